"""Suggestions: spans a machine proposes for an annotator to accept or reject.

The detectors here are Qt-free, deterministic and fast (a 100,000-character article in well under
100 ms, see ``bench/suggest.py``). A suggestion is never an annotation: the application shows it,
and only a person's accept turns it into one, with ``detector`` recorded as provenance.
ADR 0030 records the choices; docs/suggest-gold.md the gold set that measures them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Final

from . import captions, claims, figures
from .captions import find_captions
from .claims import find_claims
from .figures import Figure, figures_and_names

__all__ = ["DEFAULT_THRESHOLD", "LABELS", "Suggestion", "suggest"]

#: The label ids the detectors propose, as in the default schema.
LABELS: Final = ("claim", "figure", "caption")
#: Suggestions below this confidence are hidden unless the user lowers the threshold. Chosen
#: (ADR 0030, decision 7 as revised in the eleventh round) where the claim curve of the blind
#: held-out sets built by fresh annotators since set 9, pooled - never seen by the claim
#: weights - has the most room on its nearer side of issue 15's target, max min(P - 0.75,
#: R - 0.80), on the preferences' 0.01 grid: over sets 9-50 with claims v12.10 (refitted on
#: sets 0-48), figures v12.27 and captions v9.22, 0.41 (P 0.785, R 0.840), the twenty-second
#: round before its second pair (0.42 over sets 9-48 before its first); over sets 9-44 with
#: claims v12.9 (v12.5's
#: weights), figures v12.24 and captions v9.21, 0.42 (P 0.788, R 0.843), the twenty-first round
#: before its second pair; over sets 9-42 (figures v12.22, captions v9.19), 0.43 (P 0.792,
#: R 0.839), before its first;
#: over sets 9-36 with figures v12.18 and captions v9.17, 0.42 (P 0.785, R 0.840), the
#: twentieth round, and 0.42 again over sets 9-38 and 9-40 (P 0.788, R 0.843 with figures v12.21);
#: over sets 9-35, 0.43 (P 0.789, R 0.835), the nineteenth round;
#: over sets 9-27 to 9-34, 0.42 (9-27: P 0.779, R 0.836; margin 0.0286, against 0.0285 at 0.43:
#: P 0.783, R 0.829); over sets 9-26 and 9-25, 0.43; over sets 9-24 with
#: claims v12.3 (the lexical part, each set's vocabulary and weights fitted without it; ADR
#: 0132), leave one set out, 0.43 (P 0.778, R 0.830); over sets 9-23 with claims v12.2, 0.43
#: (P 0.778, R 0.829); over sets 9-22 with claims v12.1, 0.43 (P 0.783, R 0.828). Over sets
#: 9-21 with claims v12, 0.43 too (P 0.774, R 0.824; margin +0.0235, against +0.0122 for
#: v9.0.2 at 0.44). The rule gave 0.44 over sets 9-16, 9-19 and 9-21 with v9.0.2, 0.43 over
#: sets 9-20 (the default for held-out 21's first run); docs/performance.md shows the curves;
#: 0.50 before the twelfth round. Every figure and caption is above it.
DEFAULT_THRESHOLD: Final = 0.41


@dataclass(frozen=True, slots=True)
class Suggestion:
    label: str
    start: int  # code points, half-open
    end: int
    confidence: float  # 0..1
    attributes: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    image_index: int | None = None  # captions: index into the ``images`` given
    detector: str = ""  # provenance, e.g. "figures/v1"
    #: What the detector saw (claims: the sentence's features), for learning from decisions.
    features: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))


#: Suggestion's fields in their order, each with its slot's setter (:func:`_built`).
_FIELDS: Final = (
    "label", "start", "end", "confidence", "attributes", "image_index", "detector", "features"
)  # fmt: skip
if tuple(f.name for f in fields(Suggestion)) != _FIELDS:
    raise RuntimeError("Suggestion's fields changed: update _FIELDS and _built")
_SETTERS: Final = tuple(Suggestion.__dict__[name].__set__ for name in _FIELDS)


def _built(
    label: str,
    start: int,
    end: int,
    confidence: float,
    attributes: Mapping[str, Any],
    image_index: int | None,
    detector: str,
    features: Mapping[str, float] | None = None,
) -> Suggestion:
    """``Suggestion(label, start, end, …)``, the same object, built by setting its slots: the
    frozen dataclass's ``__init__`` sets each field with ``object.__setattr__`` (1.2 µs a
    suggestion, ~1 ms of a call on bench/suggest.py's article; this 0.5 µs; ADR 0141 decision
    16). Its fields are checked against :data:`_FIELDS` at import."""
    suggestion = object.__new__(Suggestion)
    (
        set_label,
        set_start,
        set_end,
        set_confidence,
        set_attributes,
        set_image,
        set_detector,
        set_features,
    ) = _SETTERS
    set_label(suggestion, label)
    set_start(suggestion, start)
    set_end(suggestion, end)
    set_confidence(suggestion, confidence)
    set_attributes(suggestion, attributes)
    set_image(suggestion, image_index)
    set_detector(suggestion, detector)
    set_features(suggestion, MappingProxyType({}) if features is None else features)
    return suggestion


def suggest(
    text: str,
    images: Sequence[int] = (),
    *,
    labels: Collection[str] | None = None,
    include_dates: bool = False,
    image_captions: Sequence[str | None] = (),
    image_alts: Sequence[str | None] = (),
    title: str = "",
) -> list[Suggestion]:
    """Suggestions for ``text`` whose images are anchored at the offsets ``images``.

    ``labels`` limits the result to some of ``LABELS`` (None: all). Dates and times are not
    figures unless ``include_dates`` (the "date" kind) is on; then a date's ``value`` is its
    ISO 8601 form. ``image_captions`` are the captions the import found for the images (an
    HTML ``<figcaption>``), in the order of ``images``; ``image_alts`` their alt texts and
    ``title`` the article's title, evidence for the caption line (``caption_match.alt_evidence``);
    a claim candidate that repeats it is a headline, not a claim.
    The result is ordered by start, then label.
    """
    wanted = set(LABELS if labels is None else labels)
    unknown = wanted - set(LABELS)
    if unknown:
        raise ValueError(f"no detector for label(s) {sorted(unknown)}; known: {list(LABELS)}")
    result: list[Suggestion] = []
    found_captions = (
        find_captions(text, images, image_captions, image_alts, title)
        if wanted & {"caption", "claim"}
        else []
    )
    # Dates are always read: a claim's features use them, and they keep a date's digits from
    # being read as a number (7月8日 is never 708).
    # Numbers inside names (``Game 5``, ``7 On Your Side``) are no figures, but the claims
    # detector reads them as it always did (a sentence with a number; figures v12.30).
    found_figures, name_numbers = (
        figures_and_names(text) if wanted & {"figure", "claim"} else ([], [])
    )
    if "caption" in wanted:
        result.extend(
            _built(
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
            _built(
                "figure",
                f.start,
                f.end,
                f.confidence,
                MappingProxyType(f.attributes()),
                None,
                figures.DETECTOR,
            )
            for f in found_figures
            if include_dates or f.kind != "date"
        )
    if "claim" in wanted:
        excluded = [(c.start, c.end) for c in found_captions]
        excluded += captions.import_caption_lines(text, image_captions)
        result.extend(
            _built(
                "claim",
                c.start,
                c.end,
                c.confidence,
                MappingProxyType({"type": c.type, "checkworthy": c.checkworthy}),
                None,
                claims.DETECTOR,
                MappingProxyType(c.features),  # its own dict (add_context), held nowhere else
            )
            for c in find_claims(
                text, _claims_read(found_figures, name_numbers), excluded, title=title
            )
        )
    result.sort(key=lambda s: (s.start, LABELS.index(s.label), s.end))
    return result


def _claims_read(found: list[Figure], names: list[Figure]) -> list[Figure]:
    """What the claims detector reads: the figures and the numbers inside names, in order (its
    features count a sentence's numbers, a name's too; figures v12.30, ADR 0143)."""
    return sorted([*found, *names], key=lambda f: f.start) if names else found
