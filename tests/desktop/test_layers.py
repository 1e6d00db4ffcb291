"""The segments the reader paints for overlapping and nested spans (no Qt needed)."""

from __future__ import annotations

from marginalia.desktop.reader.layers import Span, covering, segments


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
