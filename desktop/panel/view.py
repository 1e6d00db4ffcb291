"""The annotation panel: the article's status, its annotations grouped by label, and the
editor of the selected one. It shows values it is given and emits requests; it never reads
or writes the database itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import Annotation, Article, Schema, Status

from ..colours import TEXT_CONTRAST, base_of, ink
from ..i18n import label_name, status_names
from .editor import AnnotationEditor, short

ID_ROLE = Qt.ItemDataRole.UserRole


class AnnotationPanel(QWidget):
    annotationSelected = Signal(object)  # str | None
    statusRequested = Signal(object)  # Status
    doneAndNextRequested = Signal()

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.schema = schema
        self.article: Article | None = None
        self.annotations: dict[str, Annotation] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._quiet = False

        self.status = QComboBox(self)
        self.status.setObjectName("status")
        self.status.setAccessibleName(self.tr("Article status"))
        for status, name in status_names().items():
            self.status.addItem(name, status)
        self.status.activated.connect(
            lambda _i: self.statusRequested.emit(self.status.currentData())
        )
        self.done_next = QPushButton(self.tr("Done && next"), self)
        self.done_next.setToolTip(
            self.tr("Mark the article done and open the next to do (Ctrl+Enter)")
        )
        self.done_next.clicked.connect(self.doneAndNextRequested)
        status_row = QHBoxLayout()
        status_label = QLabel(self.tr("&Status"), self)
        status_label.setBuddy(self.status)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.done_next)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("annotations")
        self.tree.setAccessibleName(self.tr("Annotations"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self._build_groups()

        self.editor = AnnotationEditor(schema, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(status_row)
        layout.addWidget(splitter, 1)

    def _build_groups(self) -> None:
        self.tree.clear()
        self._groups = {}
        self._items = {}
        for label in self.schema.labels:
            group = QTreeWidgetItem(self.tree)
            group.setData(0, ID_ROLE, None)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setExpanded(True)
            self._groups[label.id] = group
        self._colour_groups()
        self._update_group_titles()

    def _colour_groups(self) -> None:
        """Group headings in their label's colour, readable on the list's background (a
        theme switched while the app runs is followed: :meth:`changeEvent`)."""
        base = base_of(self.palette())
        for label in self.schema.labels:
            group = self._groups.get(label.id)
            if group is not None:
                group.setForeground(0, QBrush(ink(label.colour, base, TEXT_CONTRAST)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_groups()

    def set_schema(self, schema: Schema) -> None:
        """Follow a schema change (labels renamed, re-keyed, added, deleted); the article
        is shown again afterwards with :meth:`show_article`."""
        self._quiet = True
        try:
            self.schema = schema
            self.annotations = {}
            self._build_groups()
            self.editor.set_schema(schema)
        finally:
            self._quiet = False

    # -- content --------------------------------------------------------------------------

    def show_article(
        self, article: Article | None, annotations: Iterable[Annotation], status: Status
    ) -> None:
        self.article = article
        self._quiet = True
        try:
            for group in self._groups.values():
                group.takeChildren()
            self._items = {}
            self.annotations = {}
            self._add_or_update(a for a in annotations if not a.is_deleted)
            self.set_status(status)
        finally:
            self._quiet = False
        self._select_item(None)

    def update_annotations(self, changed: Iterable[Annotation]) -> None:
        if self.article is None:
            return
        selected = self.selected()
        mine = [a for a in changed if a.article_id == self.article.id]
        self._quiet = True
        try:
            for annotation in mine:
                if annotation.is_deleted:
                    self.annotations.pop(annotation.id, None)
                    item = self._items.pop(annotation.id, None)
                    if item is not None:
                        _detach(item)
            self._add_or_update(a for a in mine if not a.is_deleted)
        finally:
            self._quiet = False
        self._update_group_titles()
        self._refresh_editor_context()
        if selected in self.annotations:
            if any(a.id == selected for a in mine):
                self.editor.show_annotation(self.annotations[selected])
        elif selected is not None:
            self._select_item(None)

    def _add_or_update(self, annotations: Iterable[Annotation]) -> None:
        for annotation in annotations:
            self.annotations[annotation.id] = annotation
            group = self._groups.get(annotation.label)
            if group is None:
                continue
            item = self._items.get(annotation.id)
            if item is None or item.parent() is not group:
                if item is not None:
                    _detach(item)
                item = QTreeWidgetItem()
                item.setData(0, ID_ROLE, annotation.id)
                self._insert_sorted(group, item, annotation)
                self._items[annotation.id] = item
            item.setText(0, short(annotation.quote))
            label = self.schema.label(annotation.label)
            # the label in words, not only in colour (accessibility)
            name = label_name(label.name) if label else annotation.label
            item.setToolTip(0, f"{name}: {annotation.quote[:500]}")
        self._update_group_titles()

    def _insert_sorted(
        self, group: QTreeWidgetItem, item: QTreeWidgetItem, new: Annotation
    ) -> None:
        key = (new.start, new.end)
        lo, hi = 0, group.childCount()
        while lo < hi:  # binary search by position in the text
            mid = (lo + hi) // 2
            other = self.annotations[self._id_of(group, mid)]
            if (other.start, other.end) <= key:
                lo = mid + 1
            else:
                hi = mid
        group.insertChild(lo, item)

    @staticmethod
    def _id_of(group: QTreeWidgetItem, index: int) -> str:
        child = group.child(index)
        assert child is not None, "index within childCount()"
        annotation_id: str = child.data(0, ID_ROLE)
        return annotation_id

    def _update_group_titles(self) -> None:
        for label in self.schema.labels:
            group = self._groups[label.id]
            group.setText(0, f"{label_name(label.name)} ({label.key}) — {group.childCount()}")

    def _refresh_editor_context(self) -> None:
        images = self.article.images if self.article else ()
        self.editor.set_context(images, self.annotations.values())

    def set_status(self, status: Status) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    # -- selection --------------------------------------------------------------------------

    def selected(self) -> str | None:
        return self.editor.annotation.id if self.editor.annotation else None

    def select(self, annotation_id: str | None) -> None:
        """Select an annotation (from the reader) without echoing it back."""
        self._quiet = True
        try:
            self._select_item(annotation_id)
        finally:
            self._quiet = False

    def _select_item(self, annotation_id: str | None) -> None:
        item = self._items.get(annotation_id) if annotation_id else None
        if (
            item is not None
            and item is self.tree.currentItem()
            and self.selected() == annotation_id
        ):
            return
        if item is not None:
            self.tree.setCurrentItem(item)
        else:
            self.tree.setCurrentIndex(QModelIndex())
            self.tree.clearSelection()
        self._refresh_editor_context()
        self.editor.show_annotation(self.annotations.get(annotation_id) if annotation_id else None)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        annotation_id = current.data(0, ID_ROLE) if current is not None else None
        if self._quiet:
            return
        self.editor.commit_note()
        self._refresh_editor_context()
        self.editor.show_annotation(self.annotations.get(annotation_id) if annotation_id else None)
        self.annotationSelected.emit(annotation_id)


def _detach(item: QTreeWidgetItem) -> None:
    """Take an item out of its group, if it is in one."""
    parent = item.parent()
    if parent is not None:
        parent.removeChild(item)
