"""Annotation sets out (eight formats) and in (five), streaming and written atomically.

``export(bundles, schema, fmt, out, options)`` writes one format; see ADR 0050 for each
format's shape, the ``marginalia:`` extension, the CSV dialect, the CoNLL layers, Label
Studio offsets and the manifest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ValidationError
from ..messages import Message
from ..values import Schema
from . import brat, conll, csv_, doccano, labelstudio, spacy_, w3c, xmi
from .bundle import ExportBundle, ExportCounts, ExportFilter
from .common import atomic_target
from .context import ExportOptions, WriteContext

WRITERS: dict[str, Callable[[WriteContext], None]] = {
    "w3c": w3c.write,
    "doccano": doccano.write,
    "labelstudio": labelstudio.write,
    "brat": brat.write,
    "csv": csv_.write,
    "conll": conll.write,
    "spacy": spacy_.write,
    "xmi": xmi.write,
}
FORMATS = tuple(WRITERS)


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """What ``marginalia-cli help formats`` (and a dialog) says of one format."""

    title: str
    exports: bool
    imports: bool
    #: How the files count text positions.
    offsets: str
    #: The optional extra it needs (``pip install 'marginalia[extra]'``), if any.
    extra: str | None = None


#: Every format, in and out (docs/interchange.md says what survives each).
FORMAT_INFO: dict[str, FormatInfo] = {
    "w3c": FormatInfo("W3C Web Annotation (JSON-LD)", True, True, "code points"),
    "doccano": FormatInfo(
        "doccano JSON Lines",
        True,
        True,
        "UTF-16 code units (default), grapheme clusters or code points: --offset-unit",
    ),
    "labelstudio": FormatInfo(
        "Label Studio tasks (annotations; predictions as suggestions)", True, True, "code points"
    ),
    "brat": FormatInfo("brat standoff (.txt + .ann)", True, True, "code points"),
    "xmi": FormatInfo(
        "INCEpTION / UIMA CAS XMI", True, True, "UTF-16 code units (converted)", "inception"
    ),
    "csv": FormatInfo("CSV, one row per annotation", True, False, "code points"),
    "conll": FormatInfo("CoNLL (IOB2 or BIOES), spacy convert -c ner", True, False, "tokens"),
    "spacy": FormatInfo("spaCy DocBin", True, False, "code points", "spacy"),
}
LAYOUTS: dict[str, tuple[str, ...]] = {
    "w3c": ("jsonl", "collection"),
    "doccano": ("relations", "simple"),
    "conll": ("ner", "columns"),
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    files: tuple[Path, ...]
    counts: ExportCounts


def export(
    bundles: Iterable[ExportBundle],
    schema: Schema,
    fmt: str,
    out: Path,
    options: ExportOptions | None = None,
) -> ExportResult:
    """Write ``bundles`` to ``out`` in ``fmt``; nothing appears under ``out`` if it fails."""
    options = options or ExportOptions()
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ValidationError(
            Message(
                "unknown export format {format} (use one of {formats})",
                format=repr(fmt),
                formats=", ".join(FORMATS),
            )
        )
    if options.layout is not None and options.layout not in LAYOUTS.get(fmt, ()):
        raise ValidationError(
            Message("{format} has no layout {layout}", format=fmt, layout=repr(options.layout))
        )
    with atomic_target() as target:
        ctx = WriteContext(fmt, bundles, schema, Path(out), options, target)
        writer(ctx)
        if options.with_manifest and not ctx.manifest_written:
            ctx.files.append(ctx.manifest_path)
            target.write_json(ctx.manifest_path, ctx.manifest())
    return ExportResult(tuple(ctx.files), ctx.counts)


__all__ = [
    "FORMATS",
    "FORMAT_INFO",
    "ExportBundle",
    "ExportCounts",
    "ExportFilter",
    "ExportOptions",
    "ExportResult",
    "FormatInfo",
    "export",
]
