"""Suggestions: spans a machine proposes for an annotator to accept or reject.

The detectors here are Qt-free, deterministic and fast (a 100,000-character article in well under
100 ms, see ``bench/suggest.py``). A suggestion is never an annotation: the application shows it,
and only a person's accept turns it into one, with ``detector`` recorded as provenance.
ADR 0030 records the choices; docs/suggest-gold.md the gold set that measures them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

from . import captions, claims, figures
from .captions import find_captions
from .claims import find_claims
from .figures import find_figures

__all__ = ["LABELS", "Suggestion", "suggest"]

#: The label ids the detectors propose, as in the default schema.
LABELS: Final = ("claim", "figure", "caption")


@dataclass(frozen=True, slots=True)
class Suggestion:
    label: str
    start: int  # code points, half-open
    end: int
    confidence: float  # 0..1
    attributes: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    image_index: int | None = None  # captions: index into the ``images`` given
    detector: str = ""  # provenance, e.g. "figures/v1"


def suggest(
    text: str,
    images: Sequence[int] = (),
    *,
    labels: Collection[str] | None = None,
    include_dates: bool = True,
) -> list[Suggestion]:
    """Suggestions for ``text`` whose images are anchored at the offsets ``images``.

    ``labels`` limits the result to some of ``LABELS`` (None: all). Dates are figures of kind
    ``date`` unless ``include_dates`` is False. The result is ordered by start, then label.
    """
    wanted = set(LABELS if labels is None else labels)
    unknown = wanted - set(LABELS)
    if unknown:
        raise ValueError(f"no detector for label(s) {sorted(unknown)}; known: {list(LABELS)}")
    result: list[Suggestion] = []
    found_captions = find_captions(text, images) if wanted & {"caption", "claim"} else []
    found_figures = (
        find_figures(text, include_dates=include_dates) if wanted & {"figure", "claim"} else []
    )
    if "caption" in wanted:
        result.extend(
            Suggestion(
                "caption",
                c.start,
                c.end,
                c.confidence,
                MappingProxyType({}),
                c.image_index,
                captions.DETECTOR,
            )
            for c in found_captions
        )
    if "figure" in wanted:
        result.extend(
            Suggestion(
                "figure",
                f.start,
                f.end,
                f.confidence,
                MappingProxyType(f.attributes()),
                None,
                figures.DETECTOR,
            )
            for f in found_figures
        )
    if "claim" in wanted:
        excluded = [(c.start, c.end) for c in found_captions]
        figure_starts = [f.start for f in found_figures]
        result.extend(
            Suggestion(
                "claim",
                c.start,
                c.end,
                c.confidence,
                MappingProxyType({"type": c.type, "checkworthy": c.checkworthy}),
                None,
                claims.DETECTOR,
            )
            for c in find_claims(text, figure_starts, excluded)
        )
    result.sort(key=lambda s: (s.start, LABELS.index(s.label), s.end))
    return result
