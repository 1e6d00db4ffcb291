"""The editor of the selected annotation: label, attributes (built from the schema), image,
links and note. Each finished edit is one request (one undo step); the window commits it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from marginalia.db import Annotation, AttributeDef, AttributeKind, ImageInfo, Link, Schema

from ..i18n import label_name

NONE = ""
#: link targets offered: other labels within this many characters, at most this many
LINK_RADIUS = 2_000
MAX_LINK_CANDIDATES = 24


class Neighbours(Protocol):
    """The article's annotations as link targets: by id, and by where they start."""

    def get(self, annotation_id: str) -> Annotation | None: ...

    def starting_between(self, lo: int, hi: int) -> Iterable[Annotation]:
        """Those that start within ``[lo, hi]``."""
        ...


class _NoNeighbours:
    def get(self, annotation_id: str) -> Annotation | None:
        return None

    def starting_between(self, lo: int, hi: int) -> Iterable[Annotation]:
        return ()


def short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AnnotationEditor(QWidget):
    #: (annotation id, {field: value}) for UpdateAnnotation
    editRequested = Signal(str, dict)
    deleteRequested = Signal(str)

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        self.annotation: Annotation | None = None
        self.images: Sequence[ImageInfo] = ()
        self._image_choices: list[int] | None = None
        self.others: Neighbours = _NoNeighbours()
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quote = QLabel(self)
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label = QComboBox(self)
        self.label.setObjectName("label")
        self.label.setAccessibleName(self.tr("Label"))
        self._fill_labels()
        self.label.activated.connect(self._label_chosen)
        self.form.addRow(self.quote)
        self.form.addRow(self.tr("&Label"), self.label)
        self._attribute_rows: list[QWidget] = []
        self.attribute_widgets: dict[str, QWidget] = {}
        self.image = QComboBox(self)
        self.image.setObjectName("image")
        self.image.setAccessibleName(self.tr("Image"))
        self.image.activated.connect(self._image_chosen)
        self.links = QListWidget(self)
        self.links.setObjectName("links")
        self.links.setAccessibleName(self.tr("Linked annotations"))
        self.links.setMaximumHeight(110)
        self.links.setUniformItemSizes(True)  # one line each: no size asked of every item
        self.links.itemChanged.connect(self._links_changed)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note.installEventFilter(self)
        self.delete = QPushButton(self.tr("&Delete annotation"), self)
        self.delete.clicked.connect(self._delete)
        self.form.addRow(self.tr("&Image"), self.image)
        self.form.addRow(self.tr("Lin&ks"), self.links)
        self.form.addRow(self.tr("&Note"), self.note)
        self.form.addRow(self.delete)
        self._filling = False
        self.show_annotation(None)

    # -- filling ----------------------------------------------------------------------------

    def _fill_labels(self) -> None:
        self.label.clear()
        for label in self.schema.labels:
            self.label.addItem(f"{label_name(label.name)} ({label.key})", label.id)

    def set_schema(self, schema: Schema) -> None:
        """Follow a schema change; shows no annotation until one is selected again."""
        self.schema = schema
        self._fill_labels()
        self.show_annotation(None)

    def set_context(self, images: Sequence[ImageInfo], others: Neighbours) -> None:
        """The article's images and annotations, offered as image and link targets."""
        self.images = images
        self.others = others

    def show_annotation(self, annotation: Annotation | None) -> None:
        self._filling = True
        try:
            same_annotation = (
                annotation is not None
                and self.annotation is not None
                and annotation.id == self.annotation.id
            )
            same = (
                annotation is not None
                and self.annotation is not None
                and annotation.label == self.annotation.label
            )
            self.annotation = annotation
            self.setEnabled(annotation is not None)
            if same:
                self._refresh_attribute_values(same_annotation)
            else:
                self._rebuild_attributes()
            if annotation is None:
                self.quote.setText(self.tr("Select an annotation in the text or the list."))
                self.note.setPlainText("")
                self.links.clear()
                return
            self.quote.setText(f"“{short(annotation.quote, 160)}”")
            self.label.setCurrentIndex(max(0, self.label.findData(annotation.label)))
            if self.note.toPlainText() != annotation.note:
                self.note.setPlainText(annotation.note)
            label = self._label_def()
            has_image = label is not None and any(
                a.kind == AttributeKind.IMAGE for a in label.attributes
            )
            show_image = has_image or annotation.image_id is not None
            if self.image.isVisibleTo(self) != show_image:
                self.form.setRowVisible(self.image, show_image)
            self._fill_image()
            self._fill_links()
        finally:
            self._filling = False

    def _label_def(self) -> Any:
        return self.schema.label(self.annotation.label) if self.annotation else None

    def _rebuild_attributes(self) -> None:
        for widget in self._attribute_rows:
            self.form.removeRow(widget)
        self._attribute_rows = []
        self.attribute_widgets = {}
        label = self._label_def()
        if label is None or self.annotation is None:
            return
        row = 2
        for definition in label.attributes:
            if definition.kind == AttributeKind.IMAGE:
                continue  # the image row below
            widget = self._attribute_widget(definition, self.annotation.attributes)
            widget.setObjectName(f"attr-{definition.name}")
            widget.setAccessibleName(definition.name)
            self.form.insertRow(row, definition.name, widget)
            self._attribute_rows.append(widget)
            self.attribute_widgets[definition.name] = widget
            row += 1

    def _refresh_attribute_values(self, same_annotation: bool) -> None:
        assert self.annotation is not None
        for name, widget in self.attribute_widgets.items():
            value = self.annotation.attributes.get(name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(
                    max(0, widget.findData(value if value is not None else NONE))
                )
            elif isinstance(widget, QLineEdit) and not (widget.hasFocus() and same_annotation):
                widget.setText("" if value is None else str(value))

    def _attribute_widget(self, definition: AttributeDef, values: Mapping[str, Any]) -> QWidget:
        value = values.get(definition.name)
        name = definition.name
        if definition.kind in (AttributeKind.CHOICE, AttributeKind.BOOLEAN):
            combo = QComboBox(self)
            choices = definition.choices if definition.kind == AttributeKind.CHOICE else ()
            combo.addItem("—", NONE)
            if definition.kind == AttributeKind.BOOLEAN:
                combo.addItem(self.tr("yes"), True)
                combo.addItem(self.tr("no"), False)
            for choice in choices:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(value if value is not None else NONE)))
            combo.activated.connect(
                lambda _i, c=combo, n=name: self._set_attribute(n, c.currentData())
            )
            return combo
        edit = QLineEdit(self)
        edit.setText("" if value is None else str(value))
        if definition.kind == AttributeKind.NUMBER:
            edit.setValidator(QDoubleValidator(edit))
        edit.editingFinished.connect(
            lambda e=edit, n=name: self._set_attribute(n, e.text().strip())
        )
        return edit

    def _fill_image(self) -> None:
        choices = [image.id for image in self.images]
        if choices != self._image_choices:  # refilled only when the article changes
            self._image_choices = choices
            self.image.clear()
            self.image.addItem(self.tr("(none)"), None)
            for image in self.images:
                self.image.addItem(image.name, image.id)
        assert self.annotation is not None
        self.image.setCurrentIndex(max(0, self.image.findData(self.annotation.image_id)))

    def _fill_links(self) -> None:
        self.links.clear()
        assert self.annotation is not None
        linked = {link.target for link in self.annotation.links}
        for other in self.link_candidates():
            label = self.schema.label(other.label)
            item = QListWidgetItem(
                f"{label_name(label.name) if label else other.label}: {short(other.quote, 40)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            # checkable by default (QListWidgetItem's flags include ItemIsUserCheckable)
            checked = other.id in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.links.addItem(item)

    def link_candidates(self) -> list[Annotation]:
        """What the selected annotation may link to: those it links to, then the nearest
        others of another label (a claim's figures stand near it), in text order."""
        assert self.annotation is not None
        me = self.annotation
        linked = {link.target for link in me.links}
        lo, hi = me.start - LINK_RADIUS, me.start + LINK_RADIUS
        nearby = [
            other
            for other in self.others.starting_between(lo, hi)
            if other.label != me.label and other.id != me.id
        ]
        nearby.sort(key=lambda other: abs(other.start - me.start))
        chosen = {a.id: a for a in nearby[:MAX_LINK_CANDIDATES]}
        for target in linked:
            other = self.others.get(target)
            if other is not None:
                chosen[other.id] = other
        return sorted(chosen.values(), key=lambda a: (a.start, a.end))

    # -- edits ------------------------------------------------------------------------------

    def _request(self, values: dict[str, Any]) -> None:
        if not self._filling and self.annotation is not None:
            self.editRequested.emit(self.annotation.id, values)

    def _label_chosen(self, _index: int) -> None:
        label = self.label.currentData()
        if self.annotation is not None and label != self.annotation.label:
            self._request({"label": label})

    def _set_attribute(self, name: str, value: Any) -> None:
        if self.annotation is None:
            return
        attributes = dict(self.annotation.attributes)
        current = attributes.get(name)
        if value in (NONE, None):
            if name not in attributes:
                return
            attributes.pop(name)
        else:
            if current is not None and str(current) == str(value):
                return
            attributes[name] = value
        self._request({"attributes": attributes})

    def _image_chosen(self, _index: int) -> None:
        image_id = self.image.currentData()
        if self.annotation is not None and image_id != self.annotation.image_id:
            self._request({"image_id": image_id})

    def _links_changed(self, _item: QListWidgetItem) -> None:
        if self._filling or self.annotation is None:
            return
        targets = []
        for row in range(self.links.count()):
            item = self.links.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                targets.append(item.data(Qt.ItemDataRole.UserRole))
        kinds = {link.target: link.kind for link in self.annotation.links}
        self._request({"links": [Link(t, kinds.get(t, "supports")) for t in targets]})

    def commit_note(self) -> None:
        if self.annotation is not None and self.note.toPlainText() != self.annotation.note:
            self._request({"note": self.note.toPlainText()})

    def _delete(self) -> None:
        if self.annotation is not None:
            self.deleteRequested.emit(self.annotation.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.commit_note()
        return super().eventFilter(watched, event)
