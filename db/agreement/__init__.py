"""Inter-annotator agreement: span F1, Cohen's kappa, Krippendorff's alpha and unitizing alpha.

Qt-free and pure Python. ``agreement(spans, lengths, ...)`` returns an ``AgreementReport``
of frozen values; ``report.to_dict()`` is JSON-able and ``report.to_table()`` is text.
Definitions, sources and the handling of overlaps and missing data: docs/adr/0040-agreement.md.
"""

from .compute import agreement
from .table import format_table, why_nothing
from .values import (
    NO_ANNOTATORS,
    NO_SHARED_ARTICLES,
    ONE_ANNOTATOR,
    OVERALL,
    AgreementReport,
    AgreementRow,
    Figure,
    Span,
)

__all__ = [
    "NO_ANNOTATORS",
    "NO_SHARED_ARTICLES",
    "ONE_ANNOTATOR",
    "OVERALL",
    "AgreementReport",
    "AgreementRow",
    "Figure",
    "Span",
    "agreement",
    "format_table",
    "why_nothing",
]
