"""What the figure detector reads in a sentence, for the rounds' tests (test_*_round.py)."""

from __future__ import annotations

from typing import Any

from marginalia.db.suggest.figures import find_figures

#: An English sentence with no figure, to put a form in context (the language guess needs it).
EN = "The ministry said that the report was published and it has been read by the officials. "


def figures(text: str, *, dates: bool = False) -> list[tuple[str, Any, str]]:
    """Each figure found in ``text`` as (its text, value, unit); dates only with ``dates``."""
    return [
        (text[f.start : f.end], f.value, f.unit)
        for f in find_figures(text, include_dates=dates)
        if dates or f.kind != "date"
    ]


def dates(text: str) -> list[tuple[str, Any]]:
    """Each date found in ``text`` as (its text, value)."""
    return [(text[f.start : f.end], f.value) for f in find_figures(text) if f.kind == "date"]
