"""The reader paints the annotations' fills under its text itself (ADR 0105): an edit sets
no character format and lays nothing out; the fills are where Qt would fill the same
stretches' backgrounds, in the colours of the layers; the text is drawn as the bare text's;
and after an add, a delete, an undo, a label's new colour, a theme switch or a zoom the
screen shows the right fills."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from marginalia.db import Annotation
from marginalia.db.store import NewArticle, Store
from marginalia.desktop.reader import ReaderView
from marginalia.desktop.reader.fills import Fills, blend
from marginalia.desktop.reader.layers import segments

from .test_reader_repaint import TEXT, _deleted, annotation, on_screen, painted_afresh, reader

__all__ = ["reader"]  # the fixture, shared

#: no kerning or ligature in CJK ideographs: text shaped in one run or in several is the
#: same, so Qt's own format backgrounds can be compared with ours pixel for pixel
HAN = "江北工业总产值突破亿元同比增长新能源汽车产量万辆上半年经青川港出口的首次突破\n" * 30
#: Hebrew (no joining, no kerning in its fonts) with Chinese and figures: right-to-left
#: runs inside a left-to-right paragraph and the other way round
MIXED = (
    "江北工业总产值 שלום עליכם 突破 12 ומספר 345 亿元 " * 4 + "\n" + "שלום עולם 江北 " * 9 + "\n"
) * 6
#: kerning pairs and ligatures: what a format run boundary used to move
LATIN = ("AVAWAY To Ty fi ffl Wa Yo. LTAV 1.86% Te Vo 'T' ffi AWAY. " * 6 + "\n") * 8


def shown(qtbot, store: Store, text: str, width: int = 640) -> ReaderView:
    article_id = store.add_articles([NewArticle("f" * 64, text, "fills")]).value[0].id
    view = ReaderView(store.schema())
    view.setCursorWidth(0)
    qtbot.addWidget(view)
    view.resize(width, 500)
    view.show()
    qtbot.waitExposed(view)
    view.show_article(store.article(article_id), [])
    settle()
    return view


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def grab(view: ReaderView) -> QImage:
    view.viewport().repaint()
    return painted_afresh(view)


def spans(text: str, count: int, seed: int) -> list[Annotation]:
    rng = random.Random(seed)
    found = []
    for index in range(count):
        start = rng.randrange(0, min(len(text), 900) - 40)
        label = ("claim", "figure", "caption")[index % 3]
        found.append(annotation(index, start, start + rng.randint(1, 40), label))
    return [dataclasses.replace(a, article_id=1) for a in found]


@pytest.fixture
def offscreen() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("compares grabs of the offscreen platform")


@pytest.mark.parametrize("text", [HAN, MIXED], ids=["chinese", "right-to-left"])
def test_the_fills_are_where_qt_fills_a_formats_background(
    qtbot, store, offscreen, text: str
) -> None:
    """Our fills against Qt's own: the same stretches set as character formats of the
    layers' blend, ours switched off — pixel for pixel the same (wrapped lines, overlaps,
    Hebrew in Latin text: one span over both directions is one run on screen per
    direction)."""
    view = shown(qtbot, store, text)
    view.marks.paint = lambda *args, **kwargs: None  # type: ignore[method-assign]
    for seed in (1, 2, 3):
        annotations = spans(text, 60, seed)
        view.show_article(view.article, annotations)  # type: ignore[arg-type]
        settle()
        ours = grab(view)
        view.fills.paint = lambda *args, **kwargs: None  # type: ignore[method-assign]
        cursor = QTextCursor(view.document())
        cursor.beginEditBlock()
        for segment in segments(view.index.overlapping(0, len(text))):
            fmt = QTextCharFormat()
            fmt.setBackground(view.fills.colour(tuple(s.label for s in segment.layers)))
            cursor.setPosition(view.mapping.to_document(segment.start))
            cursor.setPosition(
                view.mapping.to_document(segment.end), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()
        settle()
        theirs = grab(view)
        if text is HAN:
            assert theirs == ours, seed
        else:  # where directions meet, a run's edge may round to the next pixel column
            assert edges_only(ours, theirs), seed
        del view.fills.paint  # ours again


def edges_only(one: QImage, other: QImage) -> bool:
    """Whether two images differ at most in columns one pixel wide (no two side by side)."""
    for y in range(one.height()):
        previous = False
        for x in range(one.width()):
            differs = one.pixel(x, y) != other.pixel(x, y)
            if differs and previous:
                return False
            previous = differs
    return True


def test_each_fill_covers_its_characters_cells(qtbot, store) -> None:
    """Every fill rectangle runs from the caret position before its first character to the
    one after its last, on that line, top to bottom of the line's box; and its colour is
    the blend of the labels covering it, outermost first."""
    view = shown(qtbot, store, HAN, width=520)
    annotations = spans(HAN, 40, 7)
    view.show_article(view.article, annotations)  # type: ignore[arg-type]
    settle()
    colours = view.colours()
    base = view.palette().base().color()
    size = view.font().pixelSize() or 16
    rects = view.fills.rects(
        view.document(), view.mapping, view.index, [(0, len(HAN))], view.marks, size
    )
    covered = 0
    for segment in segments(view.index.overlapping(0, len(HAN))):
        expected = blend([colours[s.label] for s in segment.layers], base)
        for offset in range(segment.start, segment.end):
            cursor = QTextCursor(view.document())
            cursor.setPosition(view.mapping.to_document(offset))
            left = view.cursorRect(cursor)
            cursor.setPosition(view.mapping.to_document(offset) + 1)
            right = view.cursorRect(cursor)
            if right.top() != left.top():  # the character ends its line
                continue
            scroll = view.verticalScrollBar().value()
            cell = QRectF(left.x(), left.top() + scroll, right.x() - left.x(), 1)
            middle = cell.center()
            holding = [(r, c) for r, c in rects if r.contains(middle)]
            assert len(holding) == 1, (offset, holding)
            rect, colour = holding[0]
            assert colour == expected, (offset, colour.name(), expected.name())
            assert rect.left() - 1 < cell.left() and cell.right() < rect.right() + 1
            assert abs(rect.top() - (left.top() + scroll)) <= 1
            covered += 1
    assert covered > 300


def bare_and_filled(view: ReaderView, annotations: list[Annotation]) -> tuple[QImage, QImage]:
    view.marks.paint = lambda *args, **kwargs: None  # type: ignore[method-assign]
    view.show_article(view.article, [])  # type: ignore[arg-type]
    settle()
    bare = grab(view)
    view.show_article(view.article, annotations)  # type: ignore[arg-type]
    settle()
    return bare, grab(view)


def ink(pixel: int, ground: int) -> int:
    return max(abs(((pixel >> shift) & 255) - ((ground >> shift) & 255)) for shift in (0, 8, 16))


@pytest.mark.parametrize("text", [HAN, LATIN], ids=["chinese", "latin-kerning"])
def test_the_text_is_drawn_as_the_bare_text(qtbot, store, offscreen, text: str) -> None:
    """With and without annotations, the text's own pixels are the same: a pixel is text
    where it is not the background painted there (the base, or the fill of its rectangle),
    and those sets of pixels are equal. Fills set as formats broke the Latin one (each run
    was shaped alone: kerning and ligatures cut at every span's ends)."""
    view = shown(qtbot, store, text)
    annotations = spans(text, 80, 11)
    bare, filled = bare_and_filled(view, annotations)
    base = view.palette().base().color().rgb()
    scroll = view.verticalScrollBar().value()
    rects = view.fills.rects(
        view.document(), view.mapping, view.index, [view.visible_offsets()], view.marks, 16
    )
    ground = QImage(filled.size(), QImage.Format.Format_RGB32)
    ground.fill(base)
    painter = QPainter(ground)
    painter.translate(0, -scroll)
    for rect, colour in rects:
        painter.fillRect(rect.toAlignedRect(), colour)
    painter.end()
    text_bare = filled_pixels = 0
    for y in range(bare.height()):
        for x in range(bare.width()):
            # ink: how far a pixel is from the ground under it (antialiased edges are faint,
            # and a faint one may round to the ground on a fill: only clear ink must match)
            in_bare = ink(bare.pixel(x, y), base)
            in_filled = ink(filled.pixel(x, y), ground.pixel(x, y))
            assert (in_bare > 24) <= (in_filled > 0) and (in_filled > 24) <= (in_bare > 0), (
                x,
                y,
                in_bare,
                in_filled,
            )
            text_bare += in_bare > 24
            filled_pixels += ground.pixel(x, y) != base
    assert text_bare > 5000 and filled_pixels > 20000  # there is text, and fills over it


def test_an_edit_sets_no_format_and_lays_nothing_out(reader: ReaderView) -> None:
    changes: list[tuple[int, int, int]] = []
    layouts: list[object] = []
    document = reader.document()
    before = document.toHtml()
    document.contentsChange.connect(lambda *args: changes.append(args))
    document.documentLayout().update.connect(layouts.append)
    lo, hi = reader.visible_offsets()
    start = (lo + hi) // 2
    reader.update_annotations([annotation(900, start, start + 12, "figure")])
    reader.select_annotation("a900")
    reader.update_annotations([_deleted(annotation(900, start, start + 12, "figure"))])
    QApplication.processEvents()
    assert changes == [] and layouts == []
    assert document.toHtml() == before


def fill_colour_at(view: ReaderView, image: QImage, offset: int) -> QColor:
    """The colour at the top-left inside the cell of the character at ``offset`` (above
    the glyphs, inside the fill)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.mapping.to_document(offset))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.mapping.to_document(offset) + 1)
    right = view.cursorRect(cursor)
    return QColor(image.pixel((left.x() + right.x()) // 2, left.top() + 1))


def test_after_each_change_the_screen_shows_the_right_fill(reader: ReaderView) -> None:
    """Add, relabel, delete, undo (the deleted one back), a label's new colour, a theme's
    new background, a zoom: after each, the screen (what the partial repaints left) is a
    full paint, and the fill at the span is the label's blend over the background."""
    lo, hi = reader.visible_offsets()
    plain = next(o for o in range((lo + hi) // 2, hi) if not reader.index.covering(o) and han_at(o))
    new = annotation(700, plain, plain + 1, "figure")

    def check(label: str | None) -> None:
        QApplication.processEvents()
        QApplication.processEvents()
        screen = on_screen(reader)
        assert screen == painted_afresh(reader)
        base = reader.palette().base().color()
        expected = base if label is None else blend([reader.colours()[label]], base)
        assert fill_colour_at(reader, screen, plain).rgb() == expected.rgb()

    reader.update_annotations([new])
    check("figure")
    reader.update_annotations([dataclasses.replace(new, label="claim", revision=2)])
    check("claim")
    reader.update_annotations([_deleted(dataclasses.replace(new, label="claim"))])
    check(None)
    reader.update_annotations([dataclasses.replace(new, label="claim", revision=3)])  # undo
    check("claim")
    schema = reader.schema
    labels = tuple(
        dataclasses.replace(label, colour="#ff00ff") if label.id == "claim" else label
        for label in schema.labels
    )
    reader.schema = dataclasses.replace(schema, labels=labels)
    check("claim")
    assert reader.colours()["claim"] == QColor("#ff00ff")
    palette = reader.palette()
    palette.setColor(palette.ColorRole.Base, QColor("#202124"))
    reader.setPalette(palette)
    check("claim")
    reader.set_caret(plain)
    reader.zoom(3)
    reader.ensureCursorVisible()
    check("claim")


def test_a_paint_works_out_only_the_fills_of_the_lines_an_edit_changed(
    reader: ReaderView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each painted line's fills are remembered (issue 14): after an add, a move and a
    delete, only the lines of the spans changed are worked out again, though the frame
    repaints the lines around them, and the screen is a full paint worked out anew."""
    worked_out: list[tuple[int, int]] = []
    original = Fills._line_rects

    def counted(self: Fills, *args: Any) -> list[tuple[QRect, QColor]]:
        worked_out.append((args[3], args[4]))  # the line's first and end offset
        return original(self, *args)

    monkeypatch.setattr(Fills, "_line_rects", counted)
    reader.fills.forget_all()
    reader.viewport().repaint()
    assert len(worked_out) > 8  # every line in view, once
    lo, hi = reader.visible_offsets()
    start = (lo + hi) // 2
    new = annotation(910, start, start + 5, "figure")
    moved = dataclasses.replace(new, start=start + 90, end=start + 96, revision=2)
    for changed, spans_changed in (
        (new, [(new.start, new.end)]),
        (moved, [(new.start, new.end), (moved.start, moved.end)]),
        (_deleted(moved), [(moved.start, moved.end)]),
    ):
        worked_out.clear()
        reader.update_annotations([changed])
        reader.select_annotation(None if changed.is_deleted else changed.id)
        QApplication.processEvents()
        QApplication.processEvents()
        assert worked_out, changed
        for first, end in worked_out:  # (a line of one of the spans)
            assert any(first < b and a < end for a, b in spans_changed), (first, end)
        assert on_screen(reader) == painted_afresh(reader)


def test_a_pending_move_fills_where_it_goes_and_back(reader: ReaderView) -> None:
    """A dragged edge is shown before the database has it (``show_pending``) and shown
    back when refused (``cancel_preview``): the lines' fills follow, not as remembered."""
    lo, hi = reader.visible_offsets()
    plain = next(
        o
        for o in range((lo + hi) // 2, hi)
        if all(not reader.index.covering(o + k) and han_at(o + k) for k in range(3))
    )
    new = annotation(920, plain, plain + 1, "figure")
    reader.update_annotations([new])
    base = reader.palette().base().color()
    figure = blend([reader.colours()["figure"]], base)
    for show, expected in (
        (lambda: reader.show_pending(new.id, plain, plain + 3), figure),
        (reader.cancel_preview, base),
    ):
        show()
        QApplication.processEvents()
        QApplication.processEvents()
        screen = on_screen(reader)
        assert screen == painted_afresh(reader)
        assert fill_colour_at(reader, screen, plain + 2).rgb() == expected.rgb()


def han_at(offset: int) -> bool:
    return bool("\u4e00" <= TEXT[offset] <= "\u9fff")
