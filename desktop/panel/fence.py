"""A layout request stops at the panel's splitter when nothing the splitter uses changed
(ADR 0103).

Qt lays a widget's layout out again whenever one of its children asks
(``updateGeometry``), and every layout it activates asks its own parent in turn, "ideally
only if sizeHint() or sizePolicy() has changed" (``QLayout::activate``) — in practice always.
Showing another annotation in the editor sets the quote's text, so each add went up through
the editor, the splitter, the panel and the dock to the main window: the dock area laid out
again, the panel column repainted and the reader's floor measured again, ~3–5 ms a frame,
while nothing moved.

A vertical :class:`~PySide6.QtWidgets.QSplitter` places its widgets from the sizes it keeps
(the user's divider), clamped to each widget's smallest and largest size (``qSmartMinSize``,
``qSmartMaxSize``: minimum size hint, minimum and maximum size, size policy, and the size
hint for a policy that cannot shrink or grow) and to which of them are shown. When none of
those changed, its layout request would place every widget where it already is, and its
own request to the panel would change nothing above it either (the dock area keeps its
sizes within the same minimums). :class:`LayoutFence` therefore drops such a request; any
change of those values (a row shown or hidden, a font) goes through as before. (A quote
that needed another line at the editor's smallest height was one, until the quote got a box
of a fixed height, ADR 0107.) What the fence leaves behind is the
splitter's size *hint* as the layouts above last read it, which only a dock placed for the
first time uses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSizePolicy, QSplitter, QWidget

_LAYOUT_REQUEST = QEvent.Type.LayoutRequest
_GROWS_OR_SHRINKS = QSizePolicy.PolicyFlag.GrowFlag.value | QSizePolicy.PolicyFlag.ShrinkFlag.value

Signature = tuple[tuple[object, ...], ...]


def _bounds(widget: QWidget) -> tuple[object, ...]:
    """What the splitter reads of one widget to place it."""
    policy = widget.sizePolicy()
    vertical, horizontal = policy.verticalPolicy(), policy.horizontalPolicy()
    # the size hint counts only for a policy that cannot both grow and shrink
    fixed_hint = (vertical.value & _GROWS_OR_SHRINKS) != _GROWS_OR_SHRINKS or (
        horizontal.value & _GROWS_OR_SHRINKS
    ) != _GROWS_OR_SHRINKS
    hint = widget.sizeHint() if fixed_hint else None
    return (
        widget.isHidden(),
        widget.minimumSizeHint(),
        widget.minimumSize(),
        widget.maximumSize(),
        vertical,
        horizontal,
        hint,
    )


class LayoutFence(QObject):
    """Drops a splitter's layout requests that would change nothing (see the module)."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self._seen: Signature | None = None
        #: requests let through and dropped (for the tests and the bench)
        self.passed = 0
        self.dropped = 0
        splitter.installEventFilter(self)

    def signature(self) -> Signature:
        splitter = self.splitter
        widgets = [splitter.widget(i) for i in range(splitter.count())]
        return (
            (splitter.orientation(), splitter.count()),
            *(_bounds(widget) for widget in widgets if widget is not None),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _LAYOUT_REQUEST and watched is self.splitter:
            now = self.signature()
            if now == self._seen:
                self.dropped += 1
                return True
            self._seen = now
            self.passed += 1
        return False
