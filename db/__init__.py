"""The Qt-free Marginalia library: its public face.

What the desktop app, the command line and a lead's own scripts may use is listed here and
loaded on first use (PEP 562): ``import marginalia.db`` costs nothing, and
``from marginalia.db import Store`` loads SQLAlchemy only then, so the CLI starts fast.

- the store and its values: ``Store``, ``ArticleQuery``, ``Annotation``, ``Changes`` …
- undoable edits: ``CreateAnnotation``, ``UpdateAnnotation``, ``AdjustAnnotation``,
  ``DeleteAnnotation``, ``SetStatus`` (ADR 0061)
- where a span's edges may go: ``snap``, ``step``, ``drag``; what the figure detector reads
  in a span: ``figure_reading``, ``prefill`` (ADR 0096)
- errors with a sentence for the user: ``MarginaliaError`` and its kinds; the sentence as a
  ``Message`` (its template and values, for a window in another language: ADR 0117)
- the jobs: ``import_paths`` (articles), ``export`` / ``iter_bundles`` / ``import_annotations``
  (annotation formats; the format tables are in ``marginalia.db.interchange``), ``merge``,
  ``make_package``, ``assign``, ``conflicts``, the schema's ``export_schema`` /
  ``import_schema``, ``proposals`` (suggestions), ``store_agreement``, ``backup_database``

Anything else is the library's inside; in particular connections (``marginalia.db.connection``),
the tables and the ORM models are for code in this package only — an import-linter contract
keeps ``marginalia.desktop`` out of them (docs/architecture.md). ``marginalia`` itself is a
namespace package: the repository's ``db/``, ``desktop/`` and ``resources/`` are its parts
(ADR 0002).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names as _PUBLIC below (tests/db/test_public_face.py)
    from .agreement import OVERALL, AgreementReport, AgreementRow
    from .article_import.pipeline import (
        ImportOptions,
        ImportReport,
        ImportStopped,
        import_paths,
        import_report_lines,
    )
    from .backup import backup_database, rotate_backups
    from .commands import (
        AdjustAnnotation,
        Command,
        CreateAnnotation,
        DeleteAnnotation,
        SetStatus,
        UpdateAnnotation,
    )
    from .config import Config, load_config, save_user_settings
    from .errors import (
        ConflictError,
        DatabaseError,
        MarginaliaError,
        NotFoundError,
        StorageError,
        ValidationError,
        storage_error,
    )
    from .interchange import ExportResult, export
    from .interchange.bundle import ExportBundle, ExportCounts, ExportFilter
    from .interchange.context import ExportOptions
    from .interchange.foreign import AnnotationImportError
    from .interchange.importer import AnnotationImportReport, import_annotations
    from .interchange.source import count_annotations, iter_bundles
    from .locations import (
        data_dir,
        default_database_path,
        log_dir,
        log_file,
        log_to_file,
        sample_article,
    )
    from .messages import Message, reason_of
    from .offsets import OffsetMap, utf16_length
    from .schema.edit import SchemaChange, SchemaError
    from .schema.transfer import export_schema, import_schema
    from .spans import drag, figure_reading, prefill, snap, step
    from .store import UNSET, NewArticle, NewImage, PreparedImage, Store, Stored
    from .suggest.review import Proposal, proposals
    from .team.adjudication import (
        GOLD,
        AcceptCandidate,
        Adjudication,
        Candidate,
        RejectCandidate,
        adjudication,
    )
    from .team.assignments import Assignment, assign, assignments, unassign
    from .team.conflicts import Conflict, Resolution, conflicts, resolve_conflict
    from .team.merge import MergeCancelled, MergeReport, SourceReport, merge
    from .team.package import NothingAssigned, PackageReport, make_package
    from .team.progress import AnnotatorProgress, ArticleProgress, annotator_articles, progress
    from .team.stats import DayCount, activity, store_agreement
    from .values import (
        NOTHING,
        Annotation,
        Article,
        ArticleQuery,
        ArticleRow,
        ArticleStatus,
        AttributeDef,
        AttributeKind,
        Changes,
        Fingerprint,
        ImageInfo,
        Label,
        Link,
        Outcome,
        Schema,
        Status,
    )

#: module (relative to this package) → the public names it defines
_PUBLIC: dict[str, tuple[str, ...]] = {
    "store": (
        "UNSET",
        "NewArticle",
        "NewImage",
        "PreparedImage",
        "Store",
        "Stored",
    ),
    "values": (
        "NOTHING",
        "Annotation",
        "Article",
        "ArticleQuery",
        "ArticleRow",
        "ArticleStatus",
        "AttributeDef",
        "AttributeKind",
        "Changes",
        "Fingerprint",
        "ImageInfo",
        "Label",
        "Link",
        "Outcome",
        "Schema",
        "Status",
    ),
    "errors": (
        "ConflictError",
        "DatabaseError",
        "MarginaliaError",
        "NotFoundError",
        "StorageError",
        "ValidationError",
        "storage_error",
    ),
    "messages": ("Message", "reason_of"),
    "commands": (
        "AdjustAnnotation",
        "Command",
        "CreateAnnotation",
        "DeleteAnnotation",
        "SetStatus",
        "UpdateAnnotation",
    ),
    "offsets": ("OffsetMap", "utf16_length"),
    "config": ("Config", "load_config", "save_user_settings"),
    "locations": (
        "data_dir",
        "default_database_path",
        "log_dir",
        "log_file",
        "log_to_file",
        "sample_article",
    ),
    "backup": ("backup_database", "rotate_backups"),
    "article_import.pipeline": (
        "ImportOptions",
        "ImportReport",
        "ImportStopped",
        "import_paths",
        "import_report_lines",
    ),
    "interchange": ("ExportResult", "export"),
    "interchange.bundle": ("ExportBundle", "ExportCounts", "ExportFilter"),
    "interchange.context": ("ExportOptions",),
    "interchange.foreign": ("AnnotationImportError",),
    "interchange.importer": ("AnnotationImportReport", "import_annotations"),
    "interchange.source": ("count_annotations", "iter_bundles"),
    "team.merge": ("MergeCancelled", "MergeReport", "SourceReport", "merge"),
    "team.package": ("NothingAssigned", "PackageReport", "make_package"),
    "team.assignments": ("Assignment", "assign", "assignments", "unassign"),
    "team.progress": ("AnnotatorProgress", "ArticleProgress", "annotator_articles", "progress"),
    "team.conflicts": ("Conflict", "Resolution", "conflicts", "resolve_conflict"),
    "team.stats": ("DayCount", "activity", "store_agreement"),
    "team.adjudication": (
        "GOLD",
        "AcceptCandidate",
        "Adjudication",
        "Candidate",
        "RejectCandidate",
        "adjudication",
    ),
    "schema.edit": ("SchemaChange", "SchemaError"),
    "spans": ("drag", "figure_reading", "prefill", "snap", "step"),
    "schema.transfer": ("export_schema", "import_schema"),
    "suggest.review": ("Proposal", "proposals"),
    "agreement": ("OVERALL", "AgreementReport", "AgreementRow"),
}
_WHERE = {name: module for module, names in _PUBLIC.items() for name in names}

__all__ = sorted([*_WHERE, "__version__"])


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


def _version() -> str:
    # importlib.metadata costs ~0.1 s, which neither the desktop app's start-up (ADR 0063)
    # nor a short CLI command can afford before it is needed.
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("marginalia")
    except PackageNotFoundError:  # a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
