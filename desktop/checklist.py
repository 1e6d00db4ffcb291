"""Checkable lists' rows leave room around their tick boxes.

A ``QListWidget`` row with a check box is, by default, exactly as tall as the style's tick box
(14 px in English), so the boxes of neighbouring rows touched and read as one column of
boxes. :func:`roomy_check_rows` gives a view the delegate that makes a row the box plus
:data:`CHECK_ROW_PADDING` pixels; a row still grows with its text when the font is larger.
Every checkable list in the app uses it (the Export dialog's, the Work dialog's, the
Agreement view's, the editor's links list).

A list whose rows are longer than it is wide (the editor's links, at 1024×700) asks for
:class:`FittedCheckRows`: a row is as wide as the list and its text is elided at the end,
so no horizontal scroll bar takes one of its few rows; the full text is the row's tooltip
(shown by the delegate, not stored in each row) and its accessible name (the row's text).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

#: room above and below a check-list row's tick box, in pixels, beyond the box itself
CHECK_ROW_PADDING = 6


class CheckRows(QStyledItemDelegate):
    """A check-list row as tall as the style's tick box and some room."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return size
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, widget)
        return size.expandedTo(QSize(0, box + CHECK_ROW_PADDING))


class FittedCheckRows(CheckRows):
    """A check-list row that asks for no width: the list lays it out as wide as itself and
    elides its text; the full text is its tooltip."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(0, super().sizeHint(option, index).height())

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QHelpEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.ItemDataRole.ToolTipRole) or index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), str(text), view.viewport(), option.rect)
        return True


def roomy_check_rows(view: QAbstractItemView, *, fit_width: bool = False) -> None:
    """Give ``view`` rows with room around their tick boxes (the view owns the delegate);
    with ``fit_width``, rows as wide as the view, their text elided at the end."""
    if fit_width:
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setItemDelegate(FittedCheckRows(view))
    else:
        view.setItemDelegate(CheckRows(view))
