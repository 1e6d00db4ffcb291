"""The reader's highlighter repaints only what an edit touches, finding the spans there by
bisection (issue 14): whatever is added, moved or removed, every character ends up painted
exactly as a freshly painted document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QTextCursor, QTextDocument

from marginalia.db import OffsetMap
from marginalia.desktop.reader.highlight import Highlighter
from marginalia.desktop.reader.layers import Span

TEXT = "江北工业总产值突破1500亿元 the rate rose 5% in 2023 ok " * 3
COLOURS = {"claim": QColor("#E69F00"), "figure": QColor("#56B4E9"), "caption": QColor("#009E73")}
BASE = QColor("white")


def painted(highlighter: Highlighter) -> list[tuple[str, bool, int]]:
    """Per character: background, underline, underline style."""
    cursor = QTextCursor(highlighter.document)
    found = []
    for position in range(1, len(TEXT) + 1):
        cursor.setPosition(position)
        fmt = cursor.charFormat()
        found.append(
            (fmt.background().color().name(), fmt.fontUnderline(), fmt.underlineStyle().value)
        )
    return found


def fresh(spans: dict[str, Span]) -> Highlighter:
    document = QTextDocument()
    document.setPlainText(TEXT)
    highlighter = Highlighter(document, OffsetMap(TEXT), COLOURS, BASE)
    highlighter.reset(spans.values())
    return highlighter


span_ids = st.sampled_from([f"s{n}" for n in range(8)])
edits = st.lists(
    st.tuples(
        span_ids,
        st.sampled_from(sorted(COLOURS)),
        st.integers(0, len(TEXT) - 1),
        st.integers(1, 90),  # some longer than any before: the bisection window grows
        st.booleans(),  # removed
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start=edits, then=edits)
def test_updates_paint_as_a_fresh_document(qapp, start, then) -> None:
    spans: dict[str, Span] = {}

    def apply(highlighter: Highlighter | None, batch) -> None:  # type: ignore[no-untyped-def]
        for span_id, label, begin, length, removed in batch:
            if removed:
                spans.pop(span_id, None)
                if highlighter is not None:
                    highlighter.update([], [span_id])
            else:
                span = Span(span_id, label, begin, min(len(TEXT), begin + length))
                spans[span_id] = span
                if highlighter is not None:
                    highlighter.update([span], [])

    apply(None, start)
    incremental = fresh(spans)
    apply(incremental, then)
    assert painted(incremental) == painted(fresh(spans))
