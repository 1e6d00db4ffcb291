"""The segments the reader paints for overlapping and nested spans (no Qt needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marginalia.desktop.reader.layers import Span, SpanIndex, covering, segments


def test_nested_and_overlapping_spans_cut_into_segments_outermost_first() -> None:
    outer = Span("o", "claim", 0, 10)
    inner = Span("i", "figure", 3, 5)
    cross = Span("x", "caption", 8, 12)
    found = [
        (s.start, s.end, [layer.id for layer in s.layers]) for s in segments([cross, inner, outer])
    ]
    assert found == [
        (0, 3, ["o"]),
        (3, 5, ["o", "i"]),
        (5, 8, ["o"]),
        (8, 10, ["o", "x"]),
        (10, 12, ["x"]),
    ]


def test_segments_clipped_to_a_window_leave_bare_text_out() -> None:
    spans = [Span("a", "claim", 0, 4), Span("b", "claim", 6, 9)]
    assert [(s.start, s.end) for s in segments(spans, 2, 8)] == [(2, 4), (6, 8)]
    assert segments(spans, 4, 6) == []


def test_covering_is_innermost_first() -> None:
    spans = [Span("o", "claim", 0, 10), Span("i", "figure", 3, 5)]
    assert [s.id for s in covering(spans, 4)] == ["i", "o"]
    assert [s.id for s in covering(spans, 5)] == ["o"]


def test_overlapping_spans_of_one_label_take_different_lanes() -> None:
    # two claims that cross, and a third that only touches the second's end
    index = SpanIndex(
        [Span("a", "claim", 0, 10), Span("b", "claim", 5, 15), Span("c", "claim", 15, 20)]
    )
    assert (index.lane("a"), index.lane("b"), index.lane("c")) == (0, 1, 0)
    # nested in both: a third lane; the outer span keeps the first
    index.update([Span("d", "claim", 6, 8)], [])
    assert (index.lane("a"), index.lane("b"), index.lane("d")) == (0, 1, 2)
    # deleting one: the span that overlapped it moves down into the lane it freed
    index.update([], ["b"])
    assert (index.lane("a"), index.lane("d")) == (0, 1)
    # a moved span takes the lowest lane free where it now is; the others stay put
    index.update([Span("d", "claim", 12, 14)], [])
    assert (index.lane("a"), index.lane("c"), index.lane("d")) == (0, 0, 0)
    index.update([Span("d", "claim", 13, 17)], [])
    assert (index.lane("a"), index.lane("c"), index.lane("d")) == (0, 0, 1)


@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 15), st.sampled_from(["claim", "figure"])),
        max_size=30,
    ),
    st.integers(0, 70),
    st.integers(1, 20),
)
def test_span_index_agrees_with_a_plain_scan(
    raw: list[tuple[int, int, str]], lo: int, width: int
) -> None:
    spans = [Span(f"s{i}", label, a, a + n) for i, (a, n, label) in enumerate(raw)]
    index = SpanIndex(spans[: len(spans) // 2])
    index.update(spans[len(spans) // 2 :], [])
    # moving a third of them about and back keeps every rule
    moved = [Span(s.id, s.label, s.start + 3, s.end + 3) for s in spans[::3]]
    index.update(moved, [])
    index.update(spans[::3], [])
    hi = lo + width
    expected = {s.id for s in spans if s.start < hi and s.end > lo}
    assert {s.id for s in index.overlapping(lo, hi)} == expected
    assert [s.id for s in index.covering(lo)] == [s.id for s in covering(spans, lo)]
    # no two overlapping spans share a lane
    for a in spans:
        for b in spans:
            if a.id < b.id and a.start < b.end and b.start < a.end:
                assert index.lane(a.id) != index.lane(b.id)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["add", "move", "remove"]),
            st.integers(0, 199),
            st.integers(0, 400),
            st.sampled_from([1, 3, 10, 150, 400]),
        ),
        max_size=60,
    ),
    st.integers(0, 450),
    st.integers(1, 30),
)
def test_span_index_agrees_with_a_plain_scan_after_every_kind_of_edit(
    steps: list[tuple[str, int, int, int]], lo: int, width: int
) -> None:
    # 200 short spans and edits among them, some spanning hundreds of others (the running
    # furthest end is then followed past REACH_STEPS and worked out again in one go)
    spans = {f"s{i}": Span(f"s{i}", "claim", 2 * i, 2 * i + 2) for i in range(200)}
    index = SpanIndex(spans.values())
    for kind, number, start, length in steps:
        span_id = f"s{number}" if kind != "add" else f"n{len(spans)}-{start}-{length}"
        if kind == "remove":
            if spans.pop(span_id, None) is not None:
                index.update([], [span_id])
            continue
        span = Span(span_id, "claim", start, start + length)
        spans[span_id] = span
        index.update([span], [])
        hi = lo + width
        expected = {s.id for s in spans.values() if s.start < hi and s.end > lo}
        assert {s.id for s in index.overlapping(lo, hi)} == expected
    hi = lo + width
    expected = {s.id for s in spans.values() if s.start < hi and s.end > lo}
    assert {s.id for s in index.overlapping(lo, hi)} == expected
    assert [s.id for s in index.covering(lo)] == [s.id for s in covering(list(spans.values()), lo)]
