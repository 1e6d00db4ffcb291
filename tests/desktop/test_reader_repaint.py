"""The reader paints again only the lines an edit or a selection touches (issue 14), and
what is on screen afterwards is exactly what a full paint of the same state shows: fills,
lanes, label marks, the outline and the handles, and the suggestions drawn over them."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QGuiApplication,
    QImage,
    QPaintEvent,
    QTextBlock,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QTextEdit

from marginalia.db import Annotation
from marginalia.db.store import NewArticle, Store
from marginalia.desktop.reader import ReaderView, geometry
from marginalia.desktop.reader.layers import Span
from marginalia.desktop.reader.marks import Marks

# paragraphs of a few sentences, as in news (Qt lays out and repaints a changed paragraph
# whole)
TEXT = (
    "江北工业总产值突破1500亿元，同比增长12.5%。The rate rose 5% in 2023, doesn’t it?\n" * 40
) + ("新能源汽车产量 3.2 万辆。\n" * 20)
NOW = datetime(2026, 12, 4, tzinfo=UTC)


ARTICLE = 1


def annotation(
    index: int, start: int, end: int, label: str = "claim", revision: int = 1
) -> Annotation:
    return Annotation(
        id=f"a{index}",
        article_id=ARTICLE,
        label=label,
        start=start,
        end=end,
        quote=TEXT[start:end],
        prefix="",
        suffix="",
        annotator="t",
        created=NOW,
        updated=NOW,
        revision=revision,
    )


class Paints(QObject):
    """The areas the viewport was asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        #: the rectangles of the regions painted (a rect above bounds them all)
        self.bands: list[QRect] = []

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.rects.append(event.rect())
            # PySide6 iterates a QRegion's rectangles; its stubs do not say so
            self.bands.extend(event.region())  # type: ignore[arg-type]
        return False


def on_screen(view: ReaderView) -> QImage:
    """What the window's backing store holds for the viewport (what the user sees)."""
    viewport = view.viewport()
    corner = viewport.mapTo(view.window(), viewport.rect().topLeft())
    screen = QGuiApplication.primaryScreen()
    shot = screen.grabWindow(
        view.window().winId(), corner.x(), corner.y(), viewport.width(), viewport.height()
    )
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def painted_afresh(view: ReaderView) -> QImage:
    """A full paint of the viewport worked out anew: its lines' fills, the spans' line
    pieces and underlines are not taken as remembered from earlier paints (which is what
    the screen is compared with)."""
    view.fills.forget_all()
    view.marks.invalidate()
    return view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.fixture
def reader(qtbot, store: Store) -> ReaderView:
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("reads the offscreen platform's backing store")
    article_id = store.add_articles([NewArticle("r" * 64, TEXT, "repaint")]).value[0].id
    article = store.article(article_id)
    assert article_id == ARTICLE
    view = ReaderView(store.schema())
    view.setCursorWidth(0)  # a blinking caret would differ between two grabs
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    rng = random.Random(5)
    spans = []
    for index in range(120):
        start = rng.randrange(0, len(TEXT) - 40)
        label = ("claim", "figure")[index % 2]
        spans.append(annotation(index, start, start + rng.randint(2, 40), label))
    view.show_article(article, spans)
    view.set_caret(200)
    view.ensureCursorVisible()
    view.document().documentLayout().documentSize()  # laid out to the end (Qt does it lazily)
    qtbot.wait(50)
    return view


def test_an_edit_repaints_its_lines_not_the_viewport(reader: ReaderView) -> None:
    paints = Paints()
    reader.viewport().installEventFilter(paints)
    lo, hi = reader.visible_offsets()
    start = (lo + hi) // 2
    reader.update_annotations([annotation(500, start, start + 6)])
    reader.select_annotation("a500", start + 6)
    QApplication.processEvents()
    painted = sum(rect.height() for rect in paints.rects)
    assert paints.rects, "the new span was not painted"
    assert painted < reader.viewport().height() / 2, paints.rects


def test_what_is_on_screen_after_edits_is_a_full_paint(reader: ReaderView) -> None:
    """Adds, moves, relabels, deletes and selections, each followed by its partial frame:
    the screen then matches a full paint pixel for pixel."""
    rng = random.Random(8)
    shown = dict(reader.annotations)
    for step in range(40):
        lo, hi = reader.visible_offsets()
        start = rng.randrange(lo, max(lo + 1, hi - 30))
        kind = step % 4
        if kind == 0:  # a new span, selected, as after tagging
            new = annotation(1000 + step, start, start + rng.randint(1, 30))
            reader.update_annotations([new])
            reader.select_annotation(new.id, new.end)
            shown[new.id] = new
        elif kind == 1 and shown:  # one moved or relabelled
            near = [a for a in shown.values() if lo <= a.start < hi] or list(shown.values())
            old = rng.choice(near)
            moved = annotation(
                int(old.id[1:]),
                start,
                start + rng.randint(1, 50),
                "figure" if old.label == "claim" else "claim",
                old.revision + 1,
            )
            reader.update_annotations([moved])
            shown[moved.id] = moved
        elif kind == 2 and shown:  # one deleted (the selected one, sometimes)
            gone = reader.selected_annotation() if step % 8 == 2 else None
            gone = gone or rng.choice(list(shown))
            old = shown.pop(gone)
            reader.update_annotations([_deleted(old)])
        else:  # another one selected, or none
            visible = [a for a in shown.values() if lo <= a.start < hi]
            reader.select_annotation(rng.choice(visible).id if visible and step % 3 else None)
        QApplication.processEvents()
        QApplication.processEvents()
    assert on_screen(reader) == painted_afresh(reader)


def _deleted(old: Annotation) -> Annotation:
    return Annotation(**{**{f: getattr(old, f) for f in old.__slots__}, "deleted": NOW})


def test_each_selection_moves_the_handles_on_screen(reader: ReaderView) -> None:
    """A selection repaints the lines of the handles that go and come (paragraphs while
    fills were formats, ADR 0101/0103; lines since ADR 0105): after each one the screen is
    a full paint, and the repaint is a small part of the viewport."""
    rng = random.Random(11)
    paints = Paints()
    reader.viewport().installEventFilter(paints)
    for step in range(16):
        lo, hi = reader.visible_offsets()
        visible = sorted(a.id for a in reader.annotations.values() if lo <= a.start < hi)
        chosen = rng.choice(visible) if step % 5 else None
        paints.bands.clear()
        scrolled = reader.verticalScrollBar().value()
        reader.select_annotation(chosen)
        QApplication.processEvents()
        QApplication.processEvents()
        if reader.verticalScrollBar().value() == scrolled:  # (a scroll repaints it all)
            width = reader.viewport().width()
            painted = sum(rect.width() * rect.height() for rect in paints.bands) / width
            assert painted < reader.viewport().height() * 0.4, paints.bands
        assert on_screen(reader) == painted_afresh(reader), (step, chosen)


def _offset_at_height(reader: ReaderView, y: int) -> int:
    return reader.mapping.to_offset(reader.cursorForPosition(QPoint(60, y)).position())


def test_qt_draws_the_text_of_each_band_not_the_lines_between(
    reader: ReaderView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An add far below the annotation selected before repaints two bands (the new span's
    lines, the old handles' lines): Qt's text is drawn for each band, not for the rectangle
    around them (issue 14: ~20 lines drawn and clipped away), and the screen is a full
    paint."""
    drawn: list[QRect] = []
    original = QTextEdit.paintEvent

    def recorded(self: QTextEdit, event: QPaintEvent) -> None:
        if self is reader:
            drawn.append(event.rect())
        original(self, event)

    monkeypatch.setattr(QTextEdit, "paintEvent", recorded)
    height = reader.viewport().height()
    top = _offset_at_height(reader, 40)
    reader.update_annotations([annotation(900, top, top + 5)])
    reader.select_annotation("a900", top + 5)
    QApplication.processEvents()
    QApplication.processEvents()
    bottom = _offset_at_height(reader, height - 60)
    assert bottom > top + 200
    drawn.clear()
    reader.update_annotations([annotation(901, bottom, bottom + 6, "figure")])
    reader.select_annotation("a901", bottom + 6)
    QApplication.processEvents()
    QApplication.processEvents()
    assert len(drawn) >= 2, drawn
    assert max(r.bottom() for r in drawn) - min(r.top() for r in drawn) > height / 2, drawn
    assert sum(r.height() for r in drawn) < height / 2, drawn
    assert on_screen(reader) == painted_afresh(reader)


def test_an_add_and_its_selection_work_out_the_new_lines_once(
    reader: ReaderView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new span's lines are worked out for its repaint and remembered for its
    selection's (issue 14: twice before); a new layout (a narrower view) forgets them, and
    the next edit there repaints the lines where they are now."""
    asked: list[int] = []
    original = geometry.line_edge

    def counted(document: QTextDocument, position: int, *, bottom: bool) -> float | None:
        asked.append(position)
        return original(document, position, bottom=bottom)

    monkeypatch.setattr(geometry, "line_edge", counted)
    middle = _offset_at_height(reader, reader.viewport().height() // 2)
    new = annotation(902, middle, middle + 30)
    reader.update_annotations([new])
    worked_out = len(asked)
    assert worked_out
    reader.select_annotation(new.id, new.end)
    assert len(asked) == worked_out
    QApplication.processEvents()
    QApplication.processEvents()
    reader.resize(430, 500)  # lines break elsewhere
    QApplication.processEvents()
    QApplication.processEvents()
    asked.clear()
    reader.update_annotations([annotation(902, middle, middle + 30, "figure", 2)])
    assert asked
    QApplication.processEvents()
    QApplication.processEvents()
    assert on_screen(reader) == painted_afresh(reader)


def test_a_paint_works_out_only_the_underlines_of_spans_that_changed(
    reader: ReaderView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each span's underline segments and mark line are remembered with its place, label,
    lane and size (issue 14): after an add, a relabel and a move, the frame works out only
    those of the changed span and of spans whose lane changed, and the screen is a full
    paint worked out anew."""
    drawn: list[str] = []
    original = Marks._draw

    def counted(self: Marks, document: QTextDocument, mapping: Any, span: Span, *rest: Any) -> Any:
        drawn.append(span.id)
        return original(self, document, mapping, span, *rest)

    monkeypatch.setattr(Marks, "_draw", counted)
    reader.viewport().repaint()
    lo, hi = reader.visible_offsets()
    start = (lo + hi) // 2
    new = annotation(930, start, start + 8)
    for changed in (
        new,
        dataclasses.replace(new, label="figure", revision=2),
        dataclasses.replace(new, start=start + 60, end=start + 75, revision=3),
    ):
        lanes = {span.id: reader.index.lane(span.id) for span in reader.index.overlapping(lo, hi)}
        drawn.clear()
        reader.update_annotations([changed])
        reader.select_annotation(changed.id)
        QApplication.processEvents()
        QApplication.processEvents()
        assert changed.id in drawn
        assert set(drawn) <= {changed.id} | {
            i for i, lane in lanes.items() if reader.index.lane(i) != lane
        }, drawn
        assert on_screen(reader) == painted_afresh(reader)


def test_the_lines_of_a_region_are_found_from_remembered_blocks(
    reader: ReaderView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The blocks a paint's region is looked up in are remembered until the layout changes
    (issue 14: the same binary search over blocks on every frame); after a narrower view the
    same part of the viewport is found afresh, and an edit there shows as a full paint."""
    looked_up: list[int] = []
    original = QAbstractTextDocumentLayout.blockBoundingRect

    def counted(self: QAbstractTextDocumentLayout, block: QTextBlock) -> QRectF:
        looked_up.append(block.blockNumber())
        return original(self, block)

    monkeypatch.setattr(QAbstractTextDocumentLayout, "blockBoundingRect", counted)
    reader.marks.invalidate()
    part = QRect(0, 180, 100, 40)
    found = reader.visible_offsets(part)
    assert looked_up
    looked_up.clear()
    assert reader.visible_offsets(part) == found
    assert looked_up == []
    reader.resize(380, 500)  # lines break elsewhere
    QApplication.processEvents()
    QApplication.processEvents()
    looked_up.clear()
    moved = reader.visible_offsets(part)
    assert looked_up and moved != found
    start = (moved[0] + moved[1]) // 2
    reader.update_annotations([annotation(940, start, start + 7, "figure")])
    QApplication.processEvents()
    QApplication.processEvents()
    assert on_screen(reader) == painted_afresh(reader)
