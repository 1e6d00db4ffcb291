"""The plain values agreement takes in and hands out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: The label name under which figures over all labels together are reported.
OVERALL = "*"

#: Why a report has nothing to show (:meth:`AgreementReport.nothing_to_show`).
NO_ANNOTATORS = "no annotators"
ONE_ANNOTATOR = "one annotator"
NO_SHARED_ARTICLES = "no shared articles"


@dataclass(frozen=True, slots=True)
class Span:
    """One annotator's span of one label; code points of the article text, half-open."""

    article_id: int
    annotator: str
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Figure:
    """One coefficient and what it rests on.

    ``value`` is None where the coefficient is undefined (no data, or no variation that
    chance could explain); see docs/adr/0040-agreement.md. ``articles`` and ``spans`` count
    the articles and the distinct non-empty spans that went into it.
    """

    value: float | None
    articles: int
    spans: int

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "articles": self.articles, "spans": self.spans}


@dataclass(frozen=True, slots=True)
class AgreementRow:
    """The figures of one label (or ``OVERALL``) for one pair of annotators, or for all.

    In the row of all annotators (``pairwise`` False) the two F1 figures and ``cohen_kappa``
    are means over the pairs whose value is defined (the kappa mean is Light's kappa);
    ``krippendorff_alpha`` and ``unitizing_alpha`` are computed over all annotators at once.
    """

    label: str
    annotators: tuple[str, ...]
    pairwise: bool
    f1_exact: Figure
    f1_overlap: Figure
    cohen_kappa: Figure
    krippendorff_alpha: Figure
    unitizing_alpha: Figure

    def figures(self) -> dict[str, Figure]:
        return {
            "f1_exact": self.f1_exact,
            "f1_overlap": self.f1_overlap,
            "cohen_kappa": self.cohen_kappa,
            "krippendorff_alpha": self.krippendorff_alpha,
            "unitizing_alpha": self.unitizing_alpha,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "annotators": list(self.annotators),
            "pairwise": self.pairwise,
            **{name: figure.to_dict() for name, figure in self.figures().items()},
        }


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """Rows per label (``OVERALL`` first), each: every pair, then all annotators."""

    annotators: tuple[str, ...]
    labels: tuple[str, ...]
    rows: tuple[AgreementRow, ...]

    def row(self, label: str = OVERALL, pair: tuple[str, str] | None = None) -> AgreementRow:
        """The row of ``label`` for ``pair`` (in either order), or for all annotators."""
        wanted = None if pair is None else tuple(sorted(pair))
        for row in self.rows:
            if row.label != label:
                continue
            if wanted is None and not row.pairwise:
                return row
            if wanted is not None and row.pairwise and row.annotators == wanted:
                return row
        raise KeyError((label, pair))

    def nothing_to_show(self) -> str | None:
        """Why there is no figure at all, or None when there is something to compare.

        :data:`NO_ANNOTATORS`: nobody coded anything; :data:`ONE_ANNOTATOR`: agreement
        needs two; :data:`NO_SHARED_ARTICLES`: two or more annotators, but no article that
        two of them coded.
        """
        if not self.annotators:
            return NO_ANNOTATORS
        if len(self.annotators) == 1:
            return ONE_ANNOTATOR
        if all(row.krippendorff_alpha.articles == 0 for row in self.rows):
            return NO_SHARED_ARTICLES
        return None

    def shown_rows(self) -> tuple[AgreementRow, ...]:
        """Each comparison once, for tables and charts.

        With two annotators the row of "all annotators" is their pair's row again (the
        means over one pair, alpha over the same articles), so only the pair's row is
        kept; with fewer than two there is no comparison. ``rows`` keeps them all.
        """
        if len(self.annotators) < 2:
            return ()
        if len(self.annotators) == 2:
            return tuple(row for row in self.rows if row.pairwise)
        return self.rows

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data: lists, strings, ints, floats and None."""
        return {
            "annotators": list(self.annotators),
            "labels": list(self.labels),
            "rows": [row.to_dict() for row in self.rows],
        }

    def to_table(self) -> str:
        from .table import format_table

        return format_table(self)
