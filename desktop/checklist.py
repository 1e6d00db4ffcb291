"""Checkable lists' rows leave room around their tick boxes.

A ``QListWidget`` row with a check box is, by default, exactly as tall as the style's tick box
(14 px in English), so the boxes of neighbouring rows touched and read as one column of
boxes. :func:`roomy_check_rows` gives a view the delegate that makes a row the box plus
:data:`CHECK_ROW_PADDING` pixels; a row still grows with its text when the font is larger.
Every checkable list in the app uses it (the Export dialog's, the Work dialog's, the
Agreement view's, the editor's links list).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
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


def roomy_check_rows(view: QAbstractItemView) -> None:
    """Give ``view`` rows with room around their tick boxes (the view owns the delegate)."""
    view.setItemDelegate(CheckRows(view))
