"""What the reader draws over the text, read back from its pixels: underlines in lanes of
their own, a pattern and a key mark per label, handles on the selected annotation, and
suggestion underlines that stay clear of the text (ADR 0062, 0096)."""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QColor, QImage

from marginalia.db.store import NewArticle
from marginalia.desktop.reader.marks import (
    PATTERNS,
    Pattern,
    knob_centre,
    lane_y,
    line_pieces,
    mark_rect,
    pattern_of,
)

TEXT = "增長12.5%，達到1500億元。The rate rose 12.5% to $4.6 billion last year.\n"


def add(store, text: str = TEXT) -> int:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return store.add_articles([NewArticle(sha, text, "marks")]).value[0].id


def span_of(part: str, occurrence: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence + 1):
        at = TEXT.index(part, at + 1)
    return at, at + len(part)


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def closest(image: QImage, x: float, y: float, wanted: QColor) -> int:
    """How near the pixels around (x, y) come to ``wanted`` (0: exactly)."""
    best = 999
    for dy in (-1, 0, 1):
        pixel = image.pixelColor(round(x), round(y) + dy)
        best = min(best, distance(pixel, wanted))
    return best


def shot(view) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def pieces(view, start: int, end: int):
    dy = -view.verticalScrollBar().value()
    for piece in line_pieces(view.document(), view.mapping, start, end):
        yield piece, dy


def test_overlapping_claims_are_two_underlines_not_one(app_window) -> None:
    store = app_window.store
    article = add(store)
    first = store.create_annotation(article, "claim", *span_of("增長12.5%，達到"), "tester").value
    second = store.create_annotation(article, "claim", *span_of("12.5%，達到1500億元"), "tester")
    app_window.open(article)
    view = app_window.view
    index = view.index
    lanes = index.lane(first.id), index.lane(second.value.id)
    assert lanes == (0, 1)
    image = shot(view)
    ink = view.ink("claim")
    background = view.palette().base().color()
    (piece, dy), *_ = pieces(view, *span_of("12.5%"))
    x = (piece.x1 + piece.x2) / 2
    # under the stretch both cover: both lanes drawn in the claim's ink
    assert closest(image, x, lane_y(piece, 0) + dy, ink) < 90
    assert closest(image, x, lane_y(piece, 1) + dy, ink) < 90
    # under "增" only the first claim: its lane drawn, the second lane empty
    (only_first, dy), *_ = pieces(view, *span_of("增"))
    x = (only_first.x1 + only_first.x2) / 2
    assert closest(image, x, lane_y(only_first, 0) + dy, ink) < 90
    assert closest(image, x, lane_y(only_first, 1) + dy, background) < 30


def test_every_label_has_its_own_pattern_and_a_mark_with_its_key(app_window) -> None:
    labels = app_window.store.schema().labels
    patterns = [pattern_of(label, labels) for label in labels]
    assert len(set(patterns)) == len(labels)
    assert Pattern.SOLID in patterns and len(PATTERNS) >= 6
    store = app_window.store
    article = add(store)
    figure = store.create_annotation(article, "figure", *span_of("1500億元"), "tester").value
    app_window.open(article)
    view = app_window.view
    image = shot(view)
    (piece, dy), *_ = pieces(view, figure.start, figure.end)
    rect = mark_rect(piece).translated(0, dy)
    ink = view.ink("figure")
    # the mark is a box in the label's ink with the key in a contrasting colour inside
    corner = image.pixelColor(round(rect.left() + 1), round(rect.center().y()))
    assert distance(corner, ink) < 60
    inside = {
        image.pixelColor(round(rect.left() + dx), round(rect.top() + dy_)).name()
        for dx in range(1, int(rect.width()) - 1)
        for dy_ in range(1, int(rect.height()) - 1)
    }
    assert any(distance(QColor(name), ink) > 200 for name in inside), "no key in the mark"
    # the figure's pattern is dashed: the lane has gaps of background between dashes
    y = lane_y(piece, view.index.lane(figure.id)) + dy
    row = [closest(image, x, y, ink) < 90 for x in range(int(piece.x1) + 2, int(piece.x2) - 2)]
    assert any(row) and not all(row)


def test_the_selected_annotation_shows_a_handle_at_each_end(app_window) -> None:
    store = app_window.store
    article = add(store)
    claim = store.create_annotation(article, "claim", *span_of("The rate rose"), "tester").value
    app_window.open(article)
    view = app_window.view
    before = shot(view)
    app_window.session.select(claim.id)
    after = shot(view)
    ink = view.ink("claim")
    (piece, dy), *_ = pieces(view, claim.start, claim.end)
    for x in (piece.x1, piece.x2):
        knob = knob_centre(piece, x)
        assert closest(after, knob.x(), knob.y() + dy, ink) < 90
        assert closest(before, knob.x(), knob.y() + dy, ink) > 90


def test_suggestion_underlines_stay_below_the_text(app_window) -> None:
    """The dotted underline of a suggestion once ran through the decimal point of 12.5."""
    store = app_window.store
    article = add(store)
    app_window.open(article)
    app_window.wait()
    view = app_window.view
    overlay = app_window.workspace.suggestions.overlay
    assert any(p.quote == "12.5%" for p in overlay.proposals)
    image = shot(view)
    start, end = span_of("12.5")
    (piece, dy), *_ = pieces(view, start, end)
    ink = view.ink("figure")
    # nothing of the figure's ink between the top of the line and just below the baseline
    for y in range(round(piece.top + dy), round(piece.baseline + dy + 2)):
        for x in range(round(piece.x1), round(piece.x2)):
            assert distance(image.pixelColor(x, y), ink) > 40, (x, y)
    # and the dotted line is there, under the line (in the second lane: the claim
    # suggested for the whole sentence takes the first)
    y = lane_y(piece, 1) + dy
    assert any(closest(image, x, y, ink) < 90 for x in range(round(piece.x1), round(piece.x2)))
