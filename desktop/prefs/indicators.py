"""Check box and radio button outlines that stand out from the background (WCAG 1.4.11).

Fusion draws an unticked indicator's outline from the window colour alone (darker by 40 %):
on the dark theme's #2b2b2b that is #222222, a contrast of 1.1:1, and an unticked box in the
Export dialog's Labels list was all but invisible. The palette has no role for that outline,
so a proxy style draws Fusion's indicator and then goes over its outline in a grey that
reaches the 3:1 of non-text contrast (with a margin) against both the window and the base
colour (ADR 0073). A keyboard-focused indicator keeps Fusion's highlighted outline.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from ..colours import contrast, ink, luminance

#: the grey to start from; ``ink`` moves it just far enough for :data:`OUTLINE_CONTRAST`
_OUTLINE_START = QColor("#707070")
#: WCAG's 3:1 with a margin: a one-pixel line (and a radio button's antialiased circle)
#: reaches the screen a little fainter than its colour
OUTLINE_CONTRAST = 4.0


def indicator_outline(palette: QPalette) -> QColor:
    """The outline of an unticked check box or radio button on ``palette``'s backgrounds
    (worked out once for each pair of backgrounds: it took ``ink``'s bisection up to twice,
    ~0.3 ms each, for every box painted, e.g. the editor's links rows on every add)."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    key = (window.rgba64().toArgb32(), base.rgba64().toArgb32(), window.spec(), base.spec())
    kept = _OUTLINES.get(key)
    if kept is None or kept[0] != window or kept[1] != base:
        if len(_OUTLINES) >= OUTLINES_KEPT:
            _OUTLINES.clear()
        kept = _OUTLINES[key] = (QColor(window), QColor(base), _outline(window, base))
    return QColor(kept[2])


def _outline(window: QColor, base: QColor) -> QColor:
    # the indicator sits on the window (a form) or on the base (a list): the background
    # nearer the outline in lightness is the harder one to stand out from
    dark = window.lightness() < 128
    backgrounds = sorted((window, base), key=luminance)
    harder = backgrounds[-1] if dark else backgrounds[0]
    outline = ink(_OUTLINE_START, harder, OUTLINE_CONTRAST)
    other = backgrounds[0] if dark else backgrounds[-1]
    return (
        outline
        if contrast(outline, other) >= OUTLINE_CONTRAST
        else ink(outline, other, OUTLINE_CONTRAST)
    )


# outlines by the two backgrounds (a few palettes: light, dark, the system's, disabled)
_OUTLINES: dict[tuple[object, ...], tuple[QColor, QColor, QColor]] = {}
OUTLINES_KEPT = 64
# looked up once: every primitive the application's style draws passes through this proxy
# (a row's panel, a frame, a focus rectangle: ~30 in an add's frame), and an enum's
# operations cost microseconds in PySide6
_CHECK_BOX = QStyle.PrimitiveElement.PE_IndicatorCheckBox
_RADIO_BUTTON = QStyle.PrimitiveElement.PE_IndicatorRadioButton
_FOCUSED = (QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange).value


class IndicatorStyle(QProxyStyle):
    """The application's style with outlines on its check boxes and radio buttons."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element is not _CHECK_BOX and element is not _RADIO_BUTTON:
            return
        if option.state.value & _FOCUSED == _FOCUSED:
            return
        painter.save()
        pen = QPen(indicator_outline(option.palette))
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect)
        if element is _CHECK_BOX:
            # Fusion's box: a one-pixel line on the rectangle's outermost pixels
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            # Fusion's circle: centred a pixel right and down of the rectangle's centre
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            width = option.rect.width()
            radius = (width + (width + 1) % 2) / 2.0 - 1
            centre = QPointF(option.rect.center()) + QPointF(1, 1)
            painter.drawEllipse(centre, radius, radius)
        painter.restore()


def install_indicator_style(app: QApplication) -> None:
    """Wrap the application's style once, if it is Fusion (whose geometry the outline follows;
    a theme switched later keeps the wrapper)."""
    style = app.style()
    if isinstance(style, IndicatorStyle) or style.name().lower() != "fusion":
        return
    app.setStyle(IndicatorStyle(QStyleFactory.create("Fusion")))
