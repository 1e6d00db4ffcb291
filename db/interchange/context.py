"""The state one export run shares with the writer of its format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..values import Article, Schema
from .bundle import ExportBundle, ExportCounts, ExportFilter
from .common import ARTICLES_SUFFIX, MANIFEST_SUFFIX, AtomicTarget, manifest


@dataclass(frozen=True, slots=True)
class ExportOptions:
    #: A format's alternative shape (``collection`` for w3c, ``simple`` for doccano).
    layout: str | None = None
    #: Also write the article texts and image lists where the format has no room for them.
    with_texts: bool = False
    #: Write the manifest (a sidecar ``<out>.manifest.json``, or ``manifest.json`` in a zip).
    with_manifest: bool = True
    #: Only recorded in the manifest; the bundles are already filtered.
    export_filter: ExportFilter | None = None
    #: CoNLL: tag columns per label, for spans of one label that overlap.
    conll_layers: int = 1
    #: CoNLL: ``iob2`` (what ``spacy convert -c ner`` reads) or ``bioes``.
    conll_scheme: str = "iob2"
    #: doccano: how offsets count (``utf16`` as doccano's editor, ``codepoint``, ``grapheme``).
    offset_unit: str = "utf16"
    #: Label Studio: per article, the suggestions to write as ``predictions`` (None: none).
    predictions: Callable[[Article], Sequence[Any]] | None = None


@dataclass(slots=True)
class WriteContext:
    fmt: str
    bundles: Iterable[ExportBundle]
    schema: Schema
    out: Path
    options: ExportOptions
    target: AtomicTarget
    counts: ExportCounts = field(default_factory=ExportCounts)
    #: The paths written (the writer appends the ones it makes).
    files: list[Path] = field(default_factory=list)
    #: Format-specific facts for the manifest.
    extra: dict[str, Any] = field(default_factory=dict)
    #: Set by writers that put the manifest inside their own container (zip).
    manifest_written: bool = False

    def manifest(self) -> dict[str, Any]:
        names = [p.name if p.parent == self.out.parent else str(p) for p in self.files]
        return manifest(
            self.fmt,
            self.options.layout,
            self.schema,
            self.options.export_filter,
            self.counts,
            names,
            self.extra,
        )

    def sidecar(self, suffix: str) -> Path:
        return self.out.with_name(self.out.name + suffix)

    @property
    def manifest_path(self) -> Path:
        return self.sidecar(MANIFEST_SUFFIX)

    @property
    def articles_path(self) -> Path:
        return self.sidecar(ARTICLES_SUFFIX)
