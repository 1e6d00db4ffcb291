"""The Conflicts dialog: every open merge conflict, ours and theirs side by side; the lead
keeps ours, takes theirs, or stores an edited version (ADR 0085)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import Changes

from ..accessible import NamedComboBox
from ..i18n import attribute_name, attribute_value, label_name, labelled
from ..shell import Shell

if TYPE_CHECKING:
    from marginalia.db import Conflict, Store


@dataclass(frozen=True, slots=True)
class ConflictRow:
    conflict: Conflict
    title: str
    quote: str
    their_quote: str


def read_conflicts(store: Store) -> list[ConflictRow]:
    from marginalia.db import conflicts

    rows = []
    titles: dict[int, tuple[str, str]] = {}
    for conflict in conflicts(store):
        if conflict.article_id not in titles:
            article = store.article(conflict.article_id)
            titles[conflict.article_id] = (article.title, article.text)
        title, text = titles[conflict.article_id]
        theirs = conflict.theirs
        rows.append(
            ConflictRow(conflict, title, conflict.ours.quote, text[theirs.start : theirs.end])
        )
    return rows


class ConflictsDialog(QDialog):
    """Open merge conflicts; each resolution refreshes the views through the broadcast."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.setObjectName("conflicts")
        self.setWindowTitle(self.tr("Merge conflicts"))
        self.shell = shell
        self.runner = shell.context.runner
        self.rows: list[ConflictRow] = []

        self.summary = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflict-list")
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Article"), self.tr("Quote"), self.tr("From"), self.tr("Annotator")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_a: self._show())

        self.ours = QTextBrowser(self)
        self.ours.setObjectName("ours")
        self.theirs = QTextBrowser(self)
        self.theirs.setObjectName("theirs")
        ours_box = QGroupBox(self.tr("Ours (this database)"), self)
        QVBoxLayout(ours_box).addWidget(self.ours)
        theirs_box = QGroupBox(self.tr("Theirs (the merged database)"), self)
        QVBoxLayout(theirs_box).addWidget(self.theirs)
        sides = QHBoxLayout()
        sides.addWidget(ours_box)
        sides.addWidget(theirs_box)

        self.edit_label = NamedComboBox(self)
        self.edit_label.setObjectName("edited-label")
        for label in shell.context.schema.labels:
            self.edit_label.addItem(label_name(label.name), label.id)
        self.edit_note = QLineEdit(self)
        self.edit_note.setObjectName("edited-note")
        edited = QGroupBox(self.tr("Edited version"), self)
        form = QFormLayout(edited)
        form.addRow(self.tr("&Label"), self.edit_label)
        form.addRow(self.tr("&Note"), self.edit_note)

        self.keep_ours = QPushButton(self.tr("Keep &ours"), self)
        self.keep_ours.clicked.connect(lambda: self.resolve("ours"))
        self.take_theirs = QPushButton(self.tr("Take &theirs"), self)
        self.take_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.keep_edited = QPushButton(self.tr("Keep &edited"), self)
        self.keep_edited.clicked.connect(lambda: self.resolve("edited"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keep_ours, self.take_theirs, self.keep_edited):
            buttons.addWidget(button)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(sides, 1)
        lower_layout.addWidget(edited)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(900, 620)
        self.reload()

    def reload(self) -> None:
        self.runner.run(read_conflicts, self._fill, self.shell.report)

    def _fill(self, rows: list[ConflictRow]) -> None:
        if not shiboken6.isValid(self):
            return  # closed (and deleted) before the read came back
        self.rows = rows
        self.summary.setText(
            self.tr("%Ln conflict(s) to settle.", "", len(rows))
            if rows
            else self.tr("No conflicts are open.")
        )
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            conflict = row.conflict
            source = PurePath(conflict.source).name or conflict.source
            for column, text in enumerate((row.title, row.quote, source, conflict.ours.annotator)):
                item = QTableWidgetItem(text)
                item.setToolTip(conflict.source if column == 2 else text)
                self.table.setItem(index, column, item)
        self.table.setCurrentCell(0 if rows else -1, 0)
        self._show()

    def current(self) -> ConflictRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _show(self) -> None:
        row = self.current()
        for widget in (self.keep_ours, self.take_theirs, self.keep_edited):
            widget.setEnabled(row is not None)
        if row is None:
            self.ours.clear()
            self.theirs.clear()
            return
        conflict = row.conflict
        ours = conflict.ours
        theirs = conflict.theirs
        self.ours.setHtml(
            self._describe(
                ours.label, row.quote, ours.attributes, ours.note, ours.is_deleted, ours.revision
            )
        )
        self.theirs.setHtml(
            self._describe(
                theirs.label,
                row.their_quote,
                theirs.attributes,
                theirs.note,
                theirs.deleted,
                conflict.their_revision,
                differs_from=(ours.label, row.quote, dict(ours.attributes), ours.note),
            )
        )
        self.edit_label.setCurrentIndex(max(0, self.edit_label.findData(theirs.label)))
        self.edit_note.setText(theirs.note)

    def _describe(
        self,
        label_id: str,
        quote: str,
        attributes: Any,
        note: str,
        deleted: bool,
        revision: int,
        differs_from: tuple[str, str, dict[str, Any], str] | None = None,
    ) -> str:
        schema = self.shell.context.schema
        label = schema.label(label_id)

        def mark(text: str, index: int, value: Any) -> str:
            changed = differs_from is not None and differs_from[index] != value
            return f"<b style='background:#ffe08a'>{text}</b>" if changed else text

        parts = [
            f"<p>{mark(escape(label_name(label.name) if label else label_id), 0, label_id)}"
            f" · {escape(self.tr('revision {n}').format(n=revision))}</p>",
            f"<p>“{mark(escape(quote), 1, quote)}”</p>",
        ]
        if attributes:
            # the attributes in the window's words, as the panel and the reader show them
            kinds = {a.name: a.kind for a in label.attributes} if label else {}
            shown = [
                labelled(escape(attribute_name(k)), escape(attribute_value(kinds.get(k), v)))
                for k, v in attributes.items()
            ]
            items = "".join(f"<li>{line}</li>" for line in shown)
            parts.append(mark(f"<ul>{items}</ul>", 2, dict(attributes)))
        if note:
            parts.append(f"<p><i>{mark(escape(note), 3, note)}</i></p>")
        if deleted:
            parts.append(f"<p><b>{escape(self.tr('Deleted'))}</b></p>")
        return "".join(parts)

    def resolve(self, resolution: str) -> None:
        row = self.current()
        if row is None:
            return
        from marginalia.db import resolve_conflict

        conflict_id = row.conflict.id
        edited = None
        if resolution == "edited":
            edited = {"label": self.edit_label.currentData(), "note": self.edit_note.text()}

        def run(store: Store) -> Changes:
            outcome = resolve_conflict(store, conflict_id, resolution, edited)
            return outcome.changes | Changes(articles=frozenset({row.conflict.article_id}))

        self.runner.run(run, lambda _c: self.reload(), self._failed, write=True)

    def _failed(self, error: BaseException) -> None:
        self.shell.report(error)
        self.reload()
