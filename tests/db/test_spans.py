"""Where a span's edges may go (ADR 0096): words by UAX #29, whole figures, graphemes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marginalia.db.spans import WINDOW, drag, figure_reading, prefill, snap, step, units

ZH = "工業總產值突破1500億元大關，同比增長12.5%，約三分之一的企業來自江北。"
EN = "The minister doesn’t agree: sales rose 12.5% to $4.6 billion last year."


def cut(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


def around(text: str, part: str, inner: str | None = None) -> tuple[int, int]:
    """The span of ``inner`` (default: all) within the first ``part``."""
    at = text.index(part)
    if inner is None:
        return at, at + len(part)
    offset = part.index(inner)
    return at + offset, at + offset + len(inner)


def test_units_are_han_characters_latin_words_and_whole_figures() -> None:
    found = [cut(ZH, u) for u in units(ZH, 0, len(ZH))]
    assert found[:9] == ["工", "業", "總", "產", "值", "突", "破", "1500億元", "大"]
    assert "12.5%" in found and "三分之一" in found and "，" in found
    words = [cut(EN, u) for u in units(EN, 0, len(EN))]
    assert "doesn’t" in words and "12.5%" in words and "$4.6 billion" in words
    assert " " not in words and "billion" not in words


@pytest.mark.parametrize(
    ("text", "part", "inner", "expected"),
    [
        (ZH, "1500億元", "500", "1500億元"),  # a number with its multiplier and unit
        (ZH, "1500億元", "億", "1500億元"),
        (ZH, "12.5%", "12", "12.5%"),
        (ZH, "12.5%", ".5", "12.5%"),
        (ZH, "三分之一", "之", "三分之一"),
        (EN, "12.5%", "2.", "12.5%"),
        (EN, "$4.6 billion", "bill", "$4.6 billion"),
        (EN, "minister", "inis", "minister"),
        (EN, "doesn’t agree", "sn’t ag", "doesn’t agree"),
        (EN, " minister ", None, "minister"),  # spaces at the ends left out
        (ZH, "同比增長", "比增", "比增"),  # a Han character is a word already
    ],
)
def test_snap_grows_to_whole_words_and_figures(
    text: str, part: str, inner: str | None, expected: str
) -> None:
    assert cut(text, snap(text, *around(text, part, inner))) == expected


def test_snap_leaves_a_selection_of_spaces_alone() -> None:
    text = "a   b"
    assert snap(text, 1, 4) == (1, 4)


def test_steps_by_words_and_figures_both_edges() -> None:
    span = around(ZH, "1500")
    span = step(ZH, *span, "end", True)
    assert cut(ZH, span) == "1500億元"
    span = step(ZH, *span, "end", True)
    assert cut(ZH, span) == "1500億元大"
    span = step(ZH, *span, "start", False)
    assert cut(ZH, span) == "破1500億元大"
    span = step(ZH, *span, "start", True)
    assert cut(ZH, span) == "1500億元大"
    span = step(ZH, *span, "end", False)
    assert cut(ZH, span) == "1500億元"
    # never empty: the end cannot pass the start
    assert step(ZH, *span, "end", False) == span
    assert step(ZH, *span, "start", True) == span


def test_steps_skip_spaces_and_cross_lines() -> None:
    text = "one two\n\nthree"
    assert cut(text, step(text, 0, 3, "end", True)) == "one two"
    assert cut(text, step(text, 0, 7, "end", True)) == "one two\n\nthree"
    assert cut(text, step(text, 9, 14, "start", False)) == "two\n\nthree"
    # at the text's ends nothing moves
    assert step(text, 0, 3, "start", False) == (0, 3)
    assert step(text, 9, 14, "end", True) == (9, 14)


def test_without_snapping_an_edge_moves_one_grapheme() -> None:
    text = "a👍🏽é b"  # a thumbs-up with a skin tone (two code points), e + combining accent
    text = text.replace("é", "e\u0301")
    assert step(text, 0, 1, "end", True, snapping=False) == (0, 3)
    assert step(text, 0, 3, "end", True, snapping=False) == (0, 5)
    assert step(text, 0, 5, "end", False, snapping=False) == (0, 3)
    assert step(ZH, *around(ZH, "1500億元"), "end", False, snapping=False)[1] == (
        ZH.index("1500億元") + 5
    )


def test_a_long_line_costs_only_its_window() -> None:
    text = "词" * 50_000 + "增長12.5%" + "词" * 50_000
    at = text.index("12.5")
    assert cut(text, snap(text, at, at + 2)) == "12.5%"
    assert WINDOW < 1000


@given(
    st.text(alphabet="ab 1.5%億元，\n😀", max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_snap_and_step_stay_in_the_text_and_never_shrink_to_nothing(
    text: str, a: int, b: int
) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    if start == end:
        return
    s, e = snap(text, start, end)
    assert 0 <= s < e <= len(text)
    selected = text[start:end]
    if selected.strip():  # covers what was selected, without spaces at its ends
        first = start + len(selected) - len(selected.lstrip())
        last = end - (len(selected) - len(selected.rstrip()))
        assert s <= first and last <= e
        assert text[s:e].strip() == text[s:e]
    else:
        assert (s, e) == (start, end)
    for edge in ("start", "end"):
        for forward in (False, True):
            for snapping in (False, True):
                moved = step(text, start, end, edge, forward, snapping=snapping)
                assert 0 <= moved[0] < moved[1] <= len(text)


def test_figure_reading_and_prefill_for_the_default_figure_label(store) -> None:
    figure = store.schema().label("figure")
    assert figure is not None
    reading = figure_reading(ZH, *around(ZH, "1500億元"))
    assert reading == {"value": 150_000_000_000, "unit": "元", "kind": "money"}
    assert prefill(figure, reading) == reading
    # a span around the figure still reads as that figure
    assert figure_reading(ZH, *around(ZH, "增長12.5%"))["value"] == 12.5  # type: ignore[index]
    assert figure_reading(ZH, *around(ZH, "三分之一"))["value"] == pytest.approx(1 / 3)  # type: ignore[index]
    # two figures, or none: nothing is guessed
    assert figure_reading(ZH, 0, len(ZH)) is None
    assert figure_reading(EN, *around(EN, "minister")) is None
    # twelve cut out of 12.5% is not read as twelve
    assert figure_reading(ZH, *around(ZH, "12.5%", "12")) is None


def test_prefill_keeps_what_the_label_defines_and_accepts(store) -> None:
    schema = store.schema()
    figure, claim = schema.label("figure"), schema.label("claim")
    assert figure is not None and claim is not None
    odd = {"value": "2024-06-24", "unit": "", "kind": "epoch", "approximate": True}
    assert prefill(figure, odd) == {}  # no number, no such kind, no such attribute
    assert prefill(claim, {"value": 3, "unit": "%", "kind": "percent"}) == {}
    assert prefill(figure, None) == {}


def test_a_dragged_edge_lands_on_the_nearer_end_of_a_word_or_figure() -> None:
    span = around(ZH, "1500億元")
    figure_end = span[1]
    # the end dragged into 大關: the nearer end of the Han character under the pointer
    assert cut(ZH, drag(ZH, *span, "end", figure_end + 2)) == "1500億元大關"
    # the start dragged into the figure: its nearer end
    inside = ZH.index("1500") + 1
    assert drag(ZH, span[0] - 2, span[1], "start", inside) == span
    assert cut(EN, drag(EN, *around(EN, "minister"), "end", EN.index("agree") + 1)) == (
        "minister doesn’t"
    )
    assert cut(EN, drag(EN, *around(EN, "minister"), "end", EN.index("agree") + 4)) == (
        "minister doesn’t agree"
    )
    # without snapping the edge goes exactly where the pointer is
    assert cut(ZH, drag(ZH, *span, "end", span[0] + 2, snapping=False)) == "15"


def test_a_dragged_edge_never_turns_the_span_inside_out() -> None:
    span = around(EN, "doesn’t agree")
    assert cut(EN, drag(EN, *span, "end", span[0] - 5)) == "doesn’t"
    assert cut(EN, drag(EN, *span, "start", span[1] + 5)) == "agree"
    assert cut(EN, drag(EN, *span, "end", span[0], snapping=False)) == "d"
    assert cut(EN, drag(EN, *span, "start", span[1], snapping=False)) == "e"


def test_only_labels_with_figure_attributes_are_read_and_long_spans_never(store) -> None:
    from marginalia.db.spans import LONGEST_FIGURE, reads_figures

    schema = store.schema()
    assert [reads_figures(label) for label in schema.labels] == [False, True, False]
    long = "增長12.5%" + "的" * LONGEST_FIGURE
    assert figure_reading(long, 0, len(long)) is None
