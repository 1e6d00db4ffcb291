"""The annotation panel's list: a table model of ids grouped by label (ADR 0095).

Rows are, for each label of the schema in its order, a heading row ("Claim (1) — 12") and,
while the group is expanded, its annotations in text order. The model holds the article's
annotations as the frozen values the session hands it, and per label a sorted list of
``(start, end, id)``; it works out a row's text, tooltip and colour only when the view asks
for a row it shows. Adding one annotation is one ``beginInsertRows`` at a bisected row:
nothing else is read or laid out again, however many annotations the article has.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyleOption

from marginalia.db import Annotation, Label, Schema

from ..colours import TEXT_CONTRAST, ink
from ..i18n import label_name, labelled
from .editor import short

# Role that gives a row's annotation id (None for a heading).
ID_ROLE = Qt.ItemDataRole.UserRole
# Role that gives the label id of a row (a heading's or an annotation's).
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1
# Role that says whether a heading's group is expanded (None for an annotation).
EXPANDED_ROLE = Qt.ItemDataRole.UserRole + 2

# The decoration of every row: a heading's arrow at the left, an annotation's swatch
# indented to the right of it, so that both texts start at the same place.
ICON_WIDTH, ICON_HEIGHT = 28, 12

ModelIndex = QModelIndex | QPersistentModelIndex
Key = tuple[int, int, str]

# combined once: an enum operation costs microseconds, and the view asks per row and paint
_ANNOTATION_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_HEADING_FLAGS = Qt.ItemFlag.ItemIsEnabled  # a heading is never selected


def _key(annotation: Annotation) -> Key:
    return (annotation.start, annotation.end, annotation.id)


@dataclass(slots=True)
class _Group:
    label: Label
    keys: list[Key] = field(default_factory=list)
    expanded: bool = True
    # the count its heading shows: it changes in a step of its own (``dataChanged``) after
    # the row is inserted or removed, so that no other row changes within an insert
    counted: int = 0

    @property
    def shown(self) -> int:
        """Rows the group takes: its heading, and its annotations while expanded."""
        return 1 + (len(self.keys) if self.expanded else 0)


def readable(colour: QColor, base: QColor) -> QColor:
    """A label's colour made readable as text on ``base`` (the theme may change while the app
    runs): the reader's rule, :func:`~marginalia.desktop.colours.ink` at text contrast (which
    works each colour and background out once: the headings are painted on every frame that
    shows them, issue 14)."""
    return ink(colour, base, TEXT_CONTRAST)


@dataclass(frozen=True, slots=True)
class RowLook:
    """What the delegate paints for a row: one call instead of one per role."""

    text: str
    icon: QPixmap
    # a heading's label colour (drawn bold, made readable on the background); None for an
    # annotation, drawn in the palette's text colour
    colour: QColor | None


def _swatch(colour: str) -> QPixmap:
    pixmap = QPixmap(ICON_WIDTH, ICON_HEIGHT)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    side = ICON_HEIGHT - 2
    square = QRect(ICON_WIDTH - side - 2, 1, side, side)
    painter.fillRect(square, QColor(colour))
    painter.setPen(QColor(0, 0, 0, 160))
    painter.drawRect(square.adjusted(0, 0, -1, -1))
    painter.end()
    return pixmap


def _arrow(expanded: bool) -> QPixmap:
    """The style's own branch arrow, drawn at the left of a heading."""
    pixmap = QPixmap(ICON_WIDTH, ICON_HEIGHT)
    pixmap.fill(Qt.GlobalColor.transparent)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        option = QStyleOption()
        option.rect = QRect(0, 0, ICON_HEIGHT, ICON_HEIGHT)
        option.palette = QApplication.palette()
        option.state = QStyle.StateFlag.State_Children | QStyle.StateFlag.State_Enabled
        if expanded:
            option.state |= QStyle.StateFlag.State_Open
        painter = QPainter(pixmap)
        QApplication.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorBranch, option, painter
        )
        painter.end()
    return pixmap


class AnnotationListModel(QAbstractListModel):
    """One column; a heading row per label, then that label's annotations in text order.

    A list model, not a table model (ADR 0099): its column count is Qt's own, not a call
    into Python, and Qt asks for it often — for every cell the accessibility cache keeps
    (one for each row ever selected) on every row inserted.
    """

    def __init__(self, schema: Schema, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._annotations: dict[str, Annotation] = {}
        self._groups: list[_Group] = []
        self._group_of: dict[str, int] = {}
        # the row of each group's heading
        self._offsets: list[int] = []
        self._text: dict[str, str] = {}
        self._swatches: dict[str, QPixmap] = {}
        self._arrows: dict[bool, QPixmap] = {}
        self._colours: dict[str, QColor] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._build(schema, {})

    # -- what it holds --------------------------------------------------------------------

    @property
    def annotations(self) -> Mapping[str, Annotation]:
        """Every live annotation of the article, shown or not (a label may be unknown)."""
        return self._annotations

    def set_schema(self, schema: Schema) -> None:
        """Follow a schema change: groups as the labels now are, every group expanded."""
        self.beginResetModel()
        self._build(schema, self._annotations)
        self.endResetModel()

    def reset(self, annotations: Iterable[Annotation]) -> None:
        """Show another article's annotations (groups keep their expanded state)."""
        self.beginResetModel()
        self._annotations = {a.id: a for a in annotations if not a.is_deleted}
        self._text.clear()
        for group in self._groups:
            group.keys = []
        for annotation in self._annotations.values():
            index = self._group_of.get(annotation.label)
            if index is not None:
                self._groups[index].keys.append(_key(annotation))
        for group in self._groups:
            group.keys.sort()
            group.counted = len(group.keys)
        self._count_rows()
        self.endResetModel()

    def _build(self, schema: Schema, annotations: Mapping[str, Annotation]) -> None:
        self._groups = [_Group(label) for label in schema.labels]
        self._group_of = {group.label.id: i for i, group in enumerate(self._groups)}
        self._swatches = {label.id: _swatch(label.colour) for label in schema.labels}
        self._colours = {label.id: QColor(label.colour) for label in schema.labels}
        self._annotations = dict(annotations)
        self._text.clear()
        for annotation in self._annotations.values():
            index = self._group_of.get(annotation.label)
            if index is not None:
                self._groups[index].keys.append(_key(annotation))
        for group in self._groups:
            group.keys.sort()
            group.counted = len(group.keys)
        self._count_rows()

    def _count_rows(self) -> None:
        self._offsets = []
        row = 0
        for group in self._groups:
            self._offsets.append(row)
            row += group.shown

    # -- changes --------------------------------------------------------------------------

    def apply(self, changed: Iterable[Annotation]) -> None:
        """New, changed and deleted annotations: one row inserted, moved, updated or removed
        for each; the headings' counts follow."""
        touched: set[int] = set()
        for annotation in changed:
            old = self._annotations.get(annotation.id)
            if old is not None:
                self._text.pop(old.id, None)
                same_place = _key(old) == _key(annotation) and old.label == annotation.label
                if same_place and not annotation.is_deleted:
                    self._annotations[annotation.id] = annotation
                    row = self._row_of(annotation)
                    if row is not None:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
                    continue
                self._take(old, touched)
            if not annotation.is_deleted:
                self._annotations[annotation.id] = annotation
                self._put(annotation, touched)
        for group in sorted(touched):
            self._groups[group].counted = len(self._groups[group].keys)
            heading = self.index(self._offsets[group], 0)
            self.dataChanged.emit(heading, heading)

    def _take(self, annotation: Annotation, touched: set[int]) -> None:
        self._annotations.pop(annotation.id, None)
        group_index = self._group_of.get(annotation.label)
        if group_index is None:
            return
        group = self._groups[group_index]
        key = _key(annotation)
        position = bisect_left(group.keys, key)
        if position == len(group.keys) or group.keys[position] != key:
            return
        touched.add(group_index)
        if not group.expanded:
            del group.keys[position]
            return
        row = self._offsets[group_index] + 1 + position
        self.beginRemoveRows(QModelIndex(), row, row)
        del group.keys[position]
        self._count_rows()
        self.endRemoveRows()

    def _put(self, annotation: Annotation, touched: set[int]) -> None:
        group_index = self._group_of.get(annotation.label)
        if group_index is None:
            return
        group = self._groups[group_index]
        key = _key(annotation)
        touched.add(group_index)
        if not group.expanded:
            insort(group.keys, key)
            return
        position = bisect_left(group.keys, key)
        row = self._offsets[group_index] + 1 + position
        self.beginInsertRows(QModelIndex(), row, row)
        group.keys.insert(position, key)
        self._count_rows()
        self.endInsertRows()

    # -- expanding and collapsing ---------------------------------------------------------

    def is_expanded(self, label_id: str) -> bool:
        index = self._group_of.get(label_id)
        return index is not None and self._groups[index].expanded

    def set_expanded(self, label_id: str, expanded: bool) -> None:
        """Show or hide a group's annotations (its heading stays)."""
        group_index = self._group_of.get(label_id)
        if group_index is None:
            return
        group = self._groups[group_index]
        if group.expanded == expanded:
            return
        first = self._offsets[group_index] + 1
        if group.keys:
            if expanded:
                self.beginInsertRows(QModelIndex(), first, first + len(group.keys) - 1)
            else:
                self.beginRemoveRows(QModelIndex(), first, first + len(group.keys) - 1)
        group.expanded = expanded
        self._count_rows()
        if group.keys:
            if expanded:
                self.endInsertRows()
            else:
                self.endRemoveRows()
        heading = self.index(first - 1, 0)
        self.dataChanged.emit(heading, heading)

    # -- rows -----------------------------------------------------------------------------

    def _locate(self, row: int) -> tuple[_Group, int]:
        """The group of a row and the annotation's place in it (-1 for the heading)."""
        group_index = bisect_right(self._offsets, row) - 1
        return self._groups[group_index], row - self._offsets[group_index] - 1

    def _row_of(self, annotation: Annotation) -> int | None:
        group_index = self._group_of.get(annotation.label)
        if group_index is None or not self._groups[group_index].expanded:
            return None
        keys = self._groups[group_index].keys
        key = _key(annotation)
        position = bisect_left(keys, key)
        if position == len(keys) or keys[position] != key:
            return None
        return self._offsets[group_index] + 1 + position

    def index_of(self, annotation_id: str, expand: bool = True) -> QModelIndex:
        """The row of an annotation, expanding its group if need be (an invalid index if it
        is not shown: deleted, or of a label the schema no longer has)."""
        annotation = self._annotations.get(annotation_id)
        if annotation is None:
            return QModelIndex()
        if expand and not self.is_expanded(annotation.label):
            self.set_expanded(annotation.label, True)
        row = self._row_of(annotation)
        return self.index(row, 0) if row is not None else QModelIndex()

    def heading_of(self, index: ModelIndex) -> QModelIndex:
        """The heading row of a row's group."""
        if not index.isValid():
            return QModelIndex()
        group_index = bisect_right(self._offsets, index.row()) - 1
        return self.index(self._offsets[group_index], 0)

    def annotation_at(self, index: ModelIndex) -> Annotation | None:
        if not index.isValid():
            return None
        group, position = self._locate(index.row())
        if position < 0:
            return None
        return self._annotations.get(group.keys[position][2])

    # -- link targets for the editor (its Neighbours) ------------------------------------

    def get(self, annotation_id: str) -> Annotation | None:
        return self._annotations.get(annotation_id)

    def starting_between(self, lo: int, hi: int) -> list[Annotation]:
        """The shown annotations that start within ``[lo, hi]``, in text order."""
        keys: list[Key] = []
        for group in self._groups:
            keys += group.keys[bisect_left(group.keys, (lo,)) : bisect_left(group.keys, (hi + 1,))]
        keys.sort()
        return [self._annotations[key[2]] for key in keys]

    def group_size(self, label_id: str) -> int:
        index = self._group_of.get(label_id)
        return len(self._groups[index].keys) if index is not None else 0

    # -- QAbstractItemModel ---------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._groups:
            return 0
        return self._offsets[-1] + self._groups[-1].shown

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The headers are hidden, but a screen reader reads them: a row's header names its
        label (the context a tree's parent item gave), the column's says what the list is."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AnnotationPanel", "Annotations")
        if 0 <= section < self.rowCount():
            return label_name(self._locate(section)[0].label.name)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        _group, position = self._locate(index.row())
        return _HEADING_FLAGS if position < 0 else _ANNOTATION_FLAGS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group, position = self._locate(index.row())
        if position < 0:
            return self._heading_data(group, role)
        annotation_id = group.keys[position][2]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._short(annotation_id)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._swatches[group.label.id]
        if role == ID_ROLE:
            return annotation_id
        if role == LABEL_ROLE:
            return group.label.id
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            # the label in words, not only in colour (accessibility)
            quote = self._annotations[annotation_id].quote
            name = label_name(group.label.name)
            return labelled(
                name, quote[:500] if role == Qt.ItemDataRole.ToolTipRole else short(quote)
            )
        return None

    def _heading_data(self, group: _Group, role: int) -> Any:
        label = group.label
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = self._title(group)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                state = (
                    QCoreApplication.translate("AnnotationPanel", "expanded")
                    if group.expanded
                    else QCoreApplication.translate("AnnotationPanel", "collapsed")
                )
                #: Translators: a label's heading in the annotation panel, as a screen reader
                #: reads it: the heading ("Claim (1) — 3"), then "expanded" or "collapsed".
                return QCoreApplication.translate("AnnotationPanel", "{heading}, {state}").format(
                    heading=title, state=state
                )
            return title
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(
                readable(self._colours[label.id], QGuiApplication.palette().base().color())
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return self._arrow(group.expanded)
        if role == LABEL_ROLE:
            return label.id
        if role == EXPANDED_ROLE:
            return group.expanded
        return None

    def _arrow(self, expanded: bool) -> QPixmap:
        arrow = self._arrows.get(expanded)
        if arrow is None:
            arrow = self._arrows[expanded] = _arrow(expanded)
        return arrow

    def look(self, row: int) -> RowLook:
        """Text, icon and colour of a row, for :class:`~.view.RowDelegate`."""
        group, position = self._locate(row)
        label = group.label
        if position < 0:
            return RowLook(self._title(group), self._arrow(group.expanded), self._colours[label.id])
        return RowLook(self._short(group.keys[position][2]), self._swatches[label.id], None)

    @staticmethod
    def _title(group: _Group) -> str:
        label = group.label
        if not label.key:
            #: Translators: a heading of the annotation panel, for a label without a key:
            #: its name, then how many of the article's annotations it has.
            heading = QCoreApplication.translate("AnnotationPanel", "{label} — {count}")
        else:
            #: Translators: a heading of the annotation panel: a label's name, the key that
            #: tags a selection with it, then how many of the article's annotations it has.
            heading = QCoreApplication.translate("AnnotationPanel", "{label} ({key}) — {count}")
        return heading.format(label=label_name(label.name), key=label.key, count=group.counted)

    def _short(self, annotation_id: str) -> str:
        text = self._text.get(annotation_id)
        if text is None:
            text = self._text[annotation_id] = short(self._annotations[annotation_id].quote)
        return text

    def forget_drawings(self) -> None:
        """Draw the arrows again (the style or the palette changed)."""
        self._arrows.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
