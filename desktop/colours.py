"""Label colours that stay readable on the current background, light or dark.

A label's colour (Okabe–Ito by default, ADR 0005) is what the lead chose; what is drawn with
it must still stand out from the background the theme gives. :func:`ink` keeps the hue and
moves the lightness just far enough for WCAG's contrast ratio: 3:1 for lines and marks
(non-text contrast), 4.5:1 for text. Views call it when they paint or fill their rows, with
their own palette's base colour, so a theme switched while the app runs is followed at once
(ADR 0062).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

#: WCAG 2.x contrast ratios: graphical objects and large text, body text
LINE_CONTRAST = 3.0
TEXT_CONTRAST = 4.5


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.x) of an sRGB colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


#: ink's answers by (colour, background, minimum), each colour exactly (its spec and channels):
#: the bisection costs ~0.3 ms, and the lists' headings and rows ask for the same few colours
#: on every paint (issue 14); a new background (a theme switched) is a new key
_INKED: dict[tuple[object, ...], QColor] = {}
INKED_KEPT = 512


def _exactly(colour: QColor) -> tuple[object, ...]:
    return (colour.spec(), colour.redF(), colour.greenF(), colour.blueF(), colour.alphaF())


def ink(colour: QColor | str, background: QColor, minimum: float = LINE_CONTRAST) -> QColor:
    """``colour`` with its hue and saturation, lightened on a dark background or darkened on a
    light one until it reaches ``minimum`` contrast (or white/black, whichever is nearer);
    worked out once for each colour, background and minimum (a copy is returned)."""
    base = QColor(colour)
    key = (_exactly(base), _exactly(background), minimum)
    kept = _INKED.get(key)
    if kept is None:
        if len(_INKED) >= INKED_KEPT:
            _INKED.clear()
        kept = _INKED[key] = _inked(base, background, minimum)
    return QColor(kept)


def _inked(base: QColor, background: QColor, minimum: float) -> QColor:
    if contrast(base, background) >= minimum:
        return base
    dark_background = luminance(background) < 0.18
    hue = max(base.hslHueF(), 0.0)  # achromatic colours report -1
    saturation, lightness, alpha = base.hslSaturationF(), base.lightnessF(), base.alphaF()
    low, high = (lightness, 1.0) if dark_background else (0.0, lightness)
    best = QColor.fromHslF(hue, saturation, high if dark_background else low, alpha)
    for _ in range(24):  # bisect on lightness for the least change that is enough
        middle = (low + high) / 2
        candidate = QColor.fromHslF(hue, saturation, middle, alpha)
        if contrast(candidate, background) >= minimum:
            best = candidate
            if dark_background:
                high = middle
            else:
                low = middle
        elif dark_background:
            low = middle
        else:
            high = middle
    return best


def text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, fill) >= contrast(white, fill) else white


def base_of(palette: QPalette) -> QColor:
    """The colour text is read on (the reader's and the lists' background)."""
    return palette.color(QPalette.ColorRole.Base)


#: The Suggestions list's current row, light and dark theme: a plum of the suggestions' own.
#: The palette's blue had been used, which a selected Figure annotation's fill (Okabe–Ito
#: blue) in the reader matched within 8.4 ΔE2000; the plum is ≥ 21 from the highlight, ≥ 25
#: from the default labels' colours and each other, and carries white text at ≥ 4.5:1
#: (ADR 0034).
SUGGESTION_CURRENT_LIGHT = "#8e3b96"
SUGGESTION_CURRENT_DARK = "#a64fae"


def suggestion_current(palette: QPalette) -> QColor:
    """The current suggestion's row colour on ``palette``'s background."""
    dark = luminance(base_of(palette)) < 0.18
    return QColor(SUGGESTION_CURRENT_DARK if dark else SUGGESTION_CURRENT_LIGHT)


def quiet(palette: QPalette) -> QColor:
    """A hint's text colour: the palette's placeholder grey, dark enough to read (4.5:1)."""
    background = palette.color(QPalette.ColorRole.Window)
    return ink(palette.color(QPalette.ColorRole.PlaceholderText), background, TEXT_CONTRAST)


def warning(palette: QPalette) -> QColor:
    """A problem's text colour: Okabe–Ito vermillion, moved until it reads at 4.5:1."""
    background = palette.color(QPalette.ColorRole.Window)
    return ink(WARNING, background, TEXT_CONTRAST)


#: Okabe–Ito vermillion: 3.5:1 as it is on the light theme's window, 3.7:1 on the dark one
WARNING = "#d55e00"


class ReadableText(QObject):
    """Keeps a label's text in ``colour(palette)`` on its window's background, also after a
    theme switch (ADR 0114). Greyed hints had been disabled labels (3.0:1 on the light theme,
    3.5:1 on the dark one) and a problem a fixed vermillion (3.5:1, 3.7:1): under 4.5:1."""

    def __init__(self, label: QLabel, colour: Callable[[QPalette], QColor]) -> None:
        super().__init__(label)
        self.label = label
        self.colour = colour
        label.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        palette = self.label.palette()
        wanted = self.colour(palette)
        if palette.color(QPalette.ColorRole.WindowText) != wanted:
            palette.setColor(QPalette.ColorRole.WindowText, wanted)
            self.label.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply()
        return False


__all__ = [
    "LINE_CONTRAST",
    "SUGGESTION_CURRENT_DARK",
    "SUGGESTION_CURRENT_LIGHT",
    "TEXT_CONTRAST",
    "WARNING",
    "ReadableText",
    "base_of",
    "contrast",
    "ink",
    "luminance",
    "quiet",
    "suggestion_current",
    "text_on",
    "warning",
]
