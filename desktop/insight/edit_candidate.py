"""Accept with changes: a candidate's label, boundaries and attributes before it goes into the
gold set — attributes as fields built from the label's definitions, the quote shown as the
boundaries move."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from marginalia.db import AttributeDef, AttributeKind, Candidate, Label, Schema

from ..accessible import NamedComboBox
from ..i18n import attribute_name, attribute_value, choice_name, field_caption, label_name

#: what a blank choice stands for: no value
BLANK = ""


def attribute_field(definition: AttributeDef, value: Any, parent: QWidget) -> QWidget | None:
    """The editor of one attribute (None for an image: that is a link, not a value)."""
    name = attribute_name(definition.name)
    match definition.kind:
        case AttributeKind.CHOICE | AttributeKind.BOOLEAN:
            box = NamedComboBox(parent)
            box.addItem("—", BLANK)
            words = definition.choices if definition.kind is AttributeKind.CHOICE else ("yes", "no")
            for word in words:
                box.addItem(choice_name(word), word)
            if isinstance(value, bool):
                value = "yes" if value else "no"
            box.setCurrentIndex(max(0, box.findData(value if value is not None else BLANK)))
            box.setAccessibleName(name)
            return box
        case AttributeKind.IMAGE:
            return None
        case _:
            edit = QLineEdit(
                "" if value is None else attribute_value(definition.kind, value), parent
            )
            if definition.kind is AttributeKind.NUMBER:
                edit.setValidator(QDoubleValidator(edit))
            edit.setAccessibleName(name)
            return edit


def field_value(field: QWidget) -> Any:
    if isinstance(field, QComboBox):
        return field.currentData() or None
    if isinstance(field, QLineEdit):
        return field.text().strip() or None
    return None


class EditDialog(QDialog):
    """Label, boundaries and attributes of a candidate before it is accepted."""

    def __init__(self, candidate: Candidate, schema: Schema, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accept with changes"))
        self.schema = schema
        self.text = text
        self.candidate = candidate
        self.label = NamedComboBox(self)
        for label in schema.labels:
            self.label.addItem(label_name(label.name), label.id)
        self.label.setCurrentIndex(max(0, self.label.findData(candidate.label)))
        self.label.setAccessibleName(self.tr("Label"))
        self.start = QSpinBox(self)
        self.end = QSpinBox(self)
        for box, value, name in (
            (self.start, candidate.start, self.tr("Start")),
            (self.end, candidate.end, self.tr("End")),
        ):
            box.setRange(0, len(text))
            box.setValue(value)
            box.setAccessibleName(name)
        self.quote = QLabel(self)
        self.quote.setObjectName("edit-quote")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setAccessibleName(self.tr("Quote"))
        #: attribute name → its editor, for the chosen label
        self.fields: dict[str, QWidget] = {}
        self._field_rows: list[QWidget] = []

        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Label"), self.label)
        self.form.addRow(self.tr("&Start"), self.start)
        self.form.addRow(self.tr("&End"), self.end)
        self.form.addRow(self.tr("Quote"), self.quote)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self._fill_attributes(dict(candidate.attributes))
        self.label.currentIndexChanged.connect(lambda _i: self._fill_attributes(self.attributes()))
        self.start.valueChanged.connect(self._show_quote)
        self.end.valueChanged.connect(self._show_quote)
        self._show_quote()

    def chosen_label(self) -> Label | None:
        return self.schema.label(str(self.label.currentData()))

    def _fill_attributes(self, values: dict[str, Any]) -> None:
        for row in self._field_rows:
            self.form.removeRow(row)
        self._field_rows.clear()
        self.fields.clear()
        label = self.chosen_label()
        at = 4  # after label, start, end and quote
        for definition in label.attributes if label is not None else ():
            field = attribute_field(definition, values.get(definition.name), self)
            if field is None:
                continue
            self.form.insertRow(at, field_caption(attribute_name(definition.name)), field)
            self.fields[definition.name] = field
            self._field_rows.append(field)
            at += 1

    def _show_quote(self) -> None:
        start, end = self.start.value(), self.end.value()
        ok = start < end
        self.quote.setText(
            self.text[start:end] if ok else self.tr("The end must come after the start.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def attributes(self) -> dict[str, Any]:
        return {
            name: value
            for name, field in self.fields.items()
            if (value := field_value(field)) is not None
        }

    def values(self) -> tuple[str, int, int, dict[str, Any]]:
        return self.label.currentData(), self.start.value(), self.end.value(), self.attributes()


__all__ = ["EditDialog", "attribute_field"]
