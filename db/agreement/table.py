"""A plain-text table of an agreement report, for the terminal."""

from __future__ import annotations

from ..messages import Message
from .values import (
    NO_ANNOTATORS,
    NO_SHARED_ARTICLES,
    ONE_ANNOTATOR,
    AgreementReport,
    Figure,
)

_COLUMNS = (
    ("F1 exact", "f1_exact"),
    ("F1 overlap", "f1_overlap"),
    ("kappa", "cohen_kappa"),
    ("alpha", "krippendorff_alpha"),
    ("u-alpha", "unitizing_alpha"),
)


def _cell(figure: Figure) -> str:
    return "–" if figure.value is None else f"{figure.value:.3f}"


def why_nothing(report: AgreementReport) -> str | None:
    """One plain sentence saying why the report has no figures, or None (the command
    line's; the window says it in its own words, with what to do there)."""
    reason = report.nothing_to_show()
    if reason == NO_ANNOTATORS:
        return Message("Nothing to compare: no annotator has coded an article yet.")
    if reason == ONE_ANNOTATOR:
        return Message(
            "Nothing to compare: only {name} has coded articles; "
            "agreement needs at least two annotators on the same articles.",
            name=report.annotators[0],
        )
    if reason == NO_SHARED_ARTICLES:
        return Message(
            "Nothing to compare: {names} have not coded any "
            "article in common (assign the same articles to at least two of them).",
            names=", ".join(report.annotators),
        )
    return None


def format_table(report: AgreementReport) -> str:
    """One line per label and pair (and "all" from three annotators on: with two it would
    repeat the pair); values to three decimals, "–" if undefined. With nothing to compare,
    the sentence that says why.

    The article and span counts shown are those of Krippendorff's alpha (every article that
    at least two of the compared annotators coded); the JSON form has each figure's own.
    """
    reason = why_nothing(report)
    if reason is not None:
        return reason + "\n"
    header = ["label", "annotators", *(title for title, _ in _COLUMNS), "articles", "spans"]
    lines = [header]
    for row in report.shown_rows():
        figures = row.figures()
        who = " / ".join(row.annotators) if row.pairwise else "all"
        basis = figures["krippendorff_alpha"]
        lines.append(
            [
                row.label,
                who,
                *(_cell(figures[name]) for _, name in _COLUMNS),
                str(basis.articles),
                str(basis.spans),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text_columns = 2
    out = []
    for line in lines:
        cells = [
            cell.ljust(width) if i < text_columns else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
    out.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(out) + "\n"
