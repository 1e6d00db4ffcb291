"""Edit ▸ Label schema…: the lead renames, re-keys, recolours, adds and deletes labels and
edits their attribute definitions (ADR 0084).

Every edit is planned by a builder of :mod:`marginalia.db.schema.edit` on the database worker
and pushed as one step on the window's undo stack. A refused edit shows its reasons; an edit
that would orphan annotations offers the explicit migration, which stays undoable. When the
machine configuration locks the schema, the dialog only shows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import AttributeDef, AttributeKind, Label, Schema, SchemaChange, SchemaError
from marginalia.db.schema import edit as schema_edit

from .. import ask
from ..accessible import NamedComboBox
from ..actions import REDO_KEYS, UNDO_KEYS, key_sequences
from ..i18n import attribute_kinds, label_name
from ..shell import Shell

if TYPE_CHECKING:
    from marginalia.db import Store

Builder = Callable[["Store", bool], SchemaChange]

#: colours offered to a new label, in turn
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1")
KEYS = "123456789qwertyuiopasdfghjklzxcvbnm"


def new_label_id(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9_.-]+", "-", name.casefold()).strip("-")[:56] or "label"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


class SchemaEditor(QDialog):
    """The label schema, editable unless the machine configuration locks it."""

    def __init__(self, shell: Shell, *, locked: bool | None = None) -> None:
        super().__init__(shell.window)
        self.setObjectName("schema-editor")
        self.setWindowTitle(self.tr("Label schema"))
        self.shell = shell
        self.runner = shell.context.runner
        if locked is None:
            from marginalia.db import load_config

            locked = load_config().lock_schema
        self.locked = locked
        self.schema: Schema = shell.context.schema
        self._filling = False
        #: the reasons of the last refused change (also for tests)
        self.last_refusal: tuple[str, ...] = ()

        self.lock_note = QLabel(
            self.tr(
                "Your IT department locked the label schema in the machine configuration; "
                "you can look at it but not change it."
            ),
            self,
        )
        self.lock_note.setObjectName("lock-note")
        self.lock_note.setWordWrap(True)
        self.lock_note.setVisible(locked)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("labels")
        self.table.setAccessibleName(self.tr("Labels"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Key"), self.tr("Colour")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_a: self._show_label())

        self.add_button = QPushButton(self.tr("&Add label"), self)
        self.add_button.clicked.connect(self.add_label)
        self.delete_button = QPushButton(self.tr("&Delete label"), self)
        self.delete_button.clicked.connect(self.delete_label)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.clicked.connect(self.import_schema)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.clicked.connect(self.export_schema)
        left_buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.import_button):
            left_buttons.addWidget(button)
        left_buttons.addWidget(self.export_button)

        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.editingFinished.connect(self._name_edited)
        # the table shows a label's name as the window's language shows it ("主张"); this
        # field edits the stored name ("Claim"), the same in every language and in exports
        self.name.setPlaceholderText(self.tr("Stored name, used in exports"))
        self.name.textChanged.connect(self._explain_name)
        self.name_note = QLabel(self)
        self.name_note.setObjectName("name-note")
        self.name_note.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setObjectName("key")
        self.key.setMaxLength(16)
        self.key.editingFinished.connect(self._key_edited)
        self.colour = QPushButton(self)
        self.colour.setObjectName("colour")
        self.colour.clicked.connect(self._choose_colour)
        self.attributes = QTableWidget(0, 3, self)
        self.attributes.setObjectName("attributes")
        self.attributes.setAccessibleName(self.tr("Attributes"))
        self.attributes.setHorizontalHeaderLabels(
            [self.tr("Attribute"), self.tr("Kind"), self.tr("Choices (comma-separated)")]
        )
        self.attributes.verticalHeader().setVisible(False)
        self.attributes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.attributes.setItemDelegate(_RowNamedEditors(self))
        self.attributes.itemChanged.connect(lambda item: self._name_row_controls())
        self.attributes.currentCellChanged.connect(lambda *_a: self._name_row_controls())
        self.add_attribute_button = QPushButton(self.tr("Add attri&bute"), self)
        self.add_attribute_button.clicked.connect(self.add_attribute_row)
        self.remove_attribute_button = QPushButton(self.tr("&Remove attribute"), self)
        self.remove_attribute_button.clicked.connect(self._remove_attribute_row)
        self.apply_attributes_button = QPushButton(self.tr("A&pply attributes"), self)
        self.apply_attributes_button.clicked.connect(self.apply_attributes)
        attribute_buttons = QHBoxLayout()
        attribute_buttons.addWidget(self.add_attribute_button)
        attribute_buttons.addWidget(self.remove_attribute_button)
        attribute_buttons.addStretch(1)
        attribute_buttons.addWidget(self.apply_attributes_button)

        self.details = QGroupBox(self.tr("Label"), self)
        form = QFormLayout(self.details)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow("", self.name_note)
        form.addRow(self.tr("&Key"), self.key)
        form.addRow(self.tr("&Colour"), self.colour)
        form.addRow(self.attributes)
        form.addRow(attribute_buttons)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(left_buttons)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.details, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_note)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.resize(860, 480)

        for widget in (
            self.add_button,
            self.delete_button,
            self.import_button,
            self.name,
            self.key,
            self.colour,
            self.add_attribute_button,
            self.remove_attribute_button,
            self.apply_attributes_button,
        ):
            widget.setEnabled(not locked)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Return in a field finishes the edit, nothing more
        if locked:
            self.attributes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        stack = shell.undo  # the window's one stack: Ctrl+Z works here too
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(key_sequences(UNDO_KEYS))
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(key_sequences(REDO_KEYS))
        self.addActions([undo, redo])
        shell.context.schemaChanged.connect(self._fill)
        self._fill(self.schema)

    # -- showing ------------------------------------------------------------------------------

    def _fill(self, schema: Schema) -> None:
        current = self.current_label()
        keep = current.id if current else None
        self.schema = schema
        self._filling = True
        try:
            self.table.setRowCount(len(schema.labels))
            for row, label in enumerate(schema.labels):
                # as the panel and the reader name it ("主张"); the Name field below edits
                # the stored name ("Claim"), which every language's window starts from
                name = QTableWidgetItem(label_name(label.name))
                name.setData(Qt.ItemDataRole.UserRole, label.id)
                swatch = QTableWidgetItem(label.colour)
                swatch.setBackground(QBrush(QColor(label.colour)))
                swatch.setForeground(QBrush(_readable_on(label.colour)))
                self.table.setItem(row, 0, name)
                self.table.setItem(row, 1, QTableWidgetItem(label.key))
                self.table.setItem(row, 2, swatch)
            ids = [lb.id for lb in schema.labels]
            row = ids.index(keep) if keep in ids else (0 if ids else -1)
            self.table.setCurrentCell(row, 0)
        finally:
            self._filling = False
        self._show_label()

    def current_label(self) -> Label | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        label_id = item.data(Qt.ItemDataRole.UserRole)
        return next((lb for lb in self.schema.labels if lb.id == label_id), None)

    def select_label(self, label_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == label_id:
                self.table.setCurrentCell(row, 0)

    def _show_label(self) -> None:
        if self._filling:
            return
        label = self.current_label()
        self.details.setEnabled(label is not None)
        self.delete_button.setEnabled(label is not None and not self.locked)
        self.name.setText(label.name if label else "")
        self.key.setText(label.key if label else "")
        colour = label.colour if label else "#ffffff"
        self.colour.setText(colour)
        self.colour.setStyleSheet(
            f"background-color: {colour}; color: {_readable_on(colour).name()};"
        )
        self.attributes.setRowCount(0)
        for definition in label.attributes if label else ():
            self.add_attribute_row(definition)

    def add_attribute_row(self, definition: AttributeDef | None = None) -> None:
        if not isinstance(definition, AttributeDef):
            definition = AttributeDef("", AttributeKind.TEXT)
        row = self.attributes.rowCount()
        self.attributes.insertRow(row)
        name = QTableWidgetItem(definition.name)
        name.setData(Qt.ItemDataRole.UserRole, definition.name)
        self.attributes.setItem(row, 0, name)
        kind = NamedComboBox(self.attributes)  # named by its row: _name_row_controls
        for value, shown in attribute_kinds().items():
            kind.addItem(shown, value)
        kind.setCurrentIndex(max(0, kind.findData(definition.kind)))
        kind.setEnabled(not self.locked)
        self.attributes.setCellWidget(row, 1, kind)
        choices = ", ".join(definition.choices)  # values, not words: edited as typed
        self.attributes.setItem(row, 2, QTableWidgetItem(choices))
        self._name_row_controls()

    def _remove_attribute_row(self) -> None:
        row = self.attributes.currentRow()
        if row >= 0:
            self.attributes.removeRow(row)
            self._name_row_controls()

    # -- names a screen reader says (ADR 0117, round 16) --------------------------------------

    def row_attribute(self, row: int) -> str:
        """An attribute row as its controls name it: the attribute's name as typed, or its
        place ("attribute 3") while it has none."""
        return self._typed_name(row) or self.tr("attribute {n}").format(n=row + 1)

    def _typed_name(self, row: int) -> str:
        item = self.attributes.item(row, 0)
        return item.text().strip() if item is not None else ""

    def row_control_name(self, column: int, row: int) -> str:
        """The name of a row's control in a column: its Kind box, or the field that edits
        its name or its choices — "Kind of check_worthy", not "Kind" on every row."""
        attribute = self.row_attribute(row)
        if column == 0:
            return self.tr("Name of {attribute}").format(attribute=attribute)
        if column == 1:
            return self.tr("Kind of {attribute}").format(attribute=attribute)
        return self.tr("Choices of {attribute}").format(attribute=attribute)

    def _name_row_controls(self) -> None:
        """Each row's Kind box by its row, and the remove button by the row it removes (its
        name, when a row is current, says which: "Remove attribute check_worthy")."""
        for row in range(self.attributes.rowCount()):
            kind = self.attributes.cellWidget(row, 1)
            if kind is not None:
                kind.setAccessibleName(self.row_control_name(1, row))
        row = self.attributes.currentRow()
        if not 0 <= row < self.attributes.rowCount():
            said = ""
        elif name := self._typed_name(row):
            said = self.tr("Remove attribute {attribute}").format(attribute=name)
        else:  # "Remove attribute 4", not "Remove attribute attribute 4"
            said = self.tr("Remove attribute {n}").format(n=row + 1)
        self.remove_attribute_button.setAccessibleName(said)

    def attribute_definitions(self) -> list[AttributeDef]:
        found = []
        for row in range(self.attributes.rowCount()):
            name_item = self.attributes.item(row, 0)
            choices_item = self.attributes.item(row, 2)
            kind = self.attributes.cellWidget(row, 1)
            assert isinstance(kind, QComboBox)
            choices = tuple(
                c.strip() for c in (choices_item.text() if choices_item else "").split(",")
            )
            found.append(
                AttributeDef(
                    name_item.text().strip() if name_item else "",
                    AttributeKind(kind.currentData()),
                    tuple(c for c in choices if c),
                    row,
                )
            )
        return found

    # -- editing ------------------------------------------------------------------------------

    def _explain_name(self, name: str) -> None:
        """Say beside the Name field what it edits: the stored name, and how the window shows
        it where that differs (the Chinese window shows "Claim" as 主张)."""
        name = name.strip()
        shown = label_name(name)
        if name and shown != name:
            note = self.tr("Shown as {shown} in this window; stored and exported as {name}.")
            note = note.format(shown=shown, name=name)
        else:
            note = self.tr("The stored name, the same in every language and in exports.")
        self.name_note.setText(note)
        self.name.setAccessibleDescription(note)

    def _name_edited(self) -> None:
        label = self.current_label()
        name = self.name.text().strip()
        if label is not None and name and name != label.name:
            self.change(lambda store, _m: schema_edit.rename_label(store, label.id, name))

    def _key_edited(self) -> None:
        label = self.current_label()
        key = self.key.text().strip()
        if label is not None and key != label.key:
            self.change(lambda store, _m: schema_edit.rekey_label(store, label.id, key))

    def _choose_colour(self) -> None:
        label = self.current_label()
        if label is None:
            return
        colour = QColorDialog.getColor(QColor(label.colour), self, self.tr("Label colour"))
        if colour.isValid():
            self.set_colour(colour.name())

    def set_colour(self, colour: str) -> None:
        label = self.current_label()
        if label is not None and colour.casefold() != label.colour.casefold():
            self.change(lambda store, _m: schema_edit.recolour_label(store, label.id, colour))

    def add_label(self) -> None:
        taken_names = {lb.name.casefold() for lb in self.schema.labels}
        n = len(self.schema.labels) + 1
        while self.tr("New label {n}").format(n=n).casefold() in taken_names:
            n += 1
        name = self.tr("New label {n}").format(n=n)
        label_id = new_label_id(f"label-{n}", {lb.id for lb in self.schema.labels})
        used = {lb.key for lb in self.schema.labels}
        key = next((k for k in KEYS if k not in used), "")
        colour = PALETTE[len(self.schema.labels) % len(PALETTE)]
        self.change(
            lambda store, _m: schema_edit.add_label(store, label_id, name, key, colour),
            select=label_id,
        )

    def delete_label(self) -> None:
        label = self.current_label()
        if label is None:
            return
        self.change(
            lambda store, migrate: schema_edit.delete_label(store, label.id, migrate=migrate),
            migration=lambda n: self.tr(
                "Delete the label {name} and its %Ln annotation(s)?", "", n
            ).format(name=label_name(label.name)),
        )

    def apply_attributes(self) -> None:
        label = self.current_label()
        if label is None:
            return
        definitions = self.attribute_definitions()
        self.change(
            lambda store, migrate: schema_edit.set_attributes(
                store, label.id, definitions, migrate=migrate
            ),
            migration=lambda n: self.tr(
                "Change the attributes of {name} and drop the values that no longer fit "
                "from %Ln annotation(s)?",
                "",
                n,
            ).format(name=label_name(label.name)),
        )

    def change(
        self,
        build: Builder,
        *,
        migration: Callable[[int], str] | None = None,
        select: str | None = None,
    ) -> None:
        """Plan ``build`` on the worker and push it on the undo stack; a refusal is shown,
        or, with a ``migration`` question (asked with the count of annotations it changes),
        offered as an explicit migration."""
        if self.locked:
            return

        def planned(change: SchemaChange) -> None:
            def done(_command: object) -> None:
                if select is not None:
                    self.runner.run(lambda store: store.schema(), lambda s: self._select(s, select))

            self.shell.undo.do(change, done, self.shell.report)

        def refused(error: BaseException) -> None:
            if not isinstance(error, SchemaError):
                self.shell.report(error)
                self._show_label()
                return
            if migration is not None:
                self.runner.run(lambda store: build(store, True), offer, refused_again)
                return
            self.refuse(error)

        def refused_again(error: BaseException) -> None:
            if isinstance(error, SchemaError):
                self.refuse(error)
            else:
                self.shell.report(error)

        def offer(change: SchemaChange) -> None:
            assert migration is not None
            question = migration(len(change.migrations))
            if ask.confirm(self, self.tr("Migrate annotations"), question):
                planned(change)
            else:
                self._show_label()

        self.runner.run(lambda store: build(store, False), planned, refused)

    def _select(self, schema: Schema, label_id: str) -> None:
        self._fill(schema)
        self.select_label(label_id)

    def refuse(self, error: SchemaError) -> None:
        from ..db_messages import rendered  # the library's reasons, in the window's language

        self.last_refusal = error.reasons
        ask.inform(
            self,
            self.tr("Label schema"),
            self.tr("This change was not made:")
            + "\n"
            + "\n".join(f"• {rendered(reason)}" for reason in error.reasons),
            warning=True,
        )
        self._show_label()

    # -- files --------------------------------------------------------------------------------

    def export_schema(self, path: Path | None = None) -> None:
        if not isinstance(path, Path):
            name, _f = QFileDialog.getSaveFileName(
                self, self.tr("Export the label schema"), "schema.json", self.tr("JSON (*.json)")
            )
            if not name:
                return
            path = Path(name)
        from marginalia.db import export_schema

        target = path
        self.runner.run(
            lambda store: export_schema(store, target), None, self.shell.report, write=True
        )  # write: a file, finished even if the window closes at once

    def import_schema(self, path: Path | None = None) -> None:
        if not isinstance(path, Path):
            name, _f = QFileDialog.getOpenFileName(
                self, self.tr("Import a label schema"), "", self.tr("JSON (*.json)")
            )
            if not name:
                return
            path = Path(name)
        from marginalia.db import import_schema

        source = path
        self.change(
            lambda store, migrate: import_schema(store, source, migrate=migrate),
            migration=lambda n: self.tr(
                "The imported schema would orphan %Ln annotation(s). Import it and migrate "
                "them (delete them or drop the values that no longer fit)?",
                "",
                n,
            ),
        )


class _RowNamedEditors(QStyledItemDelegate):
    """The attribute table's cell editors, named by their row: typing a name or choices
    into a row is "Name of check_worthy" or "Choices of check_worthy", not a nameless field."""

    def __init__(self, editor: SchemaEditor) -> None:
        super().__init__(editor.attributes)
        self.editor = editor

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        field = super().createEditor(parent, option, index)
        field.setAccessibleName(self.editor.row_control_name(index.column(), index.row()))
        return field


def _readable_on(colour: str) -> QColor:
    background = QColor(colour)
    return QColor("#000000") if background.lightness() > 140 else QColor("#ffffff")


def open_schema_editor(shell: Shell) -> SchemaEditor:
    editor = SchemaEditor(shell)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor


__all__ = ["SchemaEditor", "new_label_id", "open_schema_editor"]
