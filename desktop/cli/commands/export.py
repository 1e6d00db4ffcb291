"""``export --format F --out PATH [--annotator A]… [--label L]… [--status S]… [--article ID]…``."""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marginalia.db.errors import ValidationError
from marginalia.db.interchange import FORMATS, LAYOUTS, ExportFilter, ExportOptions, export
from marginalia.db.interchange.bundle import ExportBundle
from marginalia.db.interchange.source import count_annotations, iter_bundles
from marginalia.db.interchange.suggestions import prediction_source
from marginalia.db.interchange.units import OffsetUnit
from marginalia.db.values import Status

from ..context import FAILED, INTERRUPTED, OK, PARTLY, Context
from ..jobs import Job

EXAMPLES = """
  marginalia-cli --db team.sqlite export --format doccano --out gold.jsonl --status done
  marginalia-cli --db team.sqlite export --format w3c --out claims.jsonl --label claim --json
"""


class _Interrupted(Exception):
    """Raised inside the stream of articles after Ctrl+C; the writer then removes its files."""


def _watched(bundles: Iterable[ExportBundle], job: Job) -> Iterator[ExportBundle]:
    for bundle in bundles:
        if job.stopped():
            raise _Interrupted
        yield bundle
        job.advance(len(bundle.annotations))
    if job.stopped():
        raise _Interrupted


def register(commands: Any) -> None:
    parser = commands.add_parser("export", help="write an annotation set in another tool's format")
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--out", required=True, type=Path, metavar="PATH")
    parser.add_argument(
        "--layout",
        help="w3c: jsonl (default) or collection; doccano: relations (default) or simple",
    )
    parser.add_argument(
        "--annotator",
        dest="annotators",
        action="append",
        default=[],
        metavar="NAME",
        help="only this annotator's annotations (repeatable)",
    )
    parser.add_argument("--label", dest="labels", action="append", default=[], metavar="L")
    parser.add_argument(
        "--status",
        dest="statuses",
        action="append",
        default=[],
        metavar="S",
        choices=[str(s) for s in Status],
    )
    parser.add_argument(
        "--article", dest="articles", action="append", default=[], type=int, metavar="ID"
    )
    parser.add_argument("--since", metavar="DATE", help="changed at or after (ISO 8601, UTC)")
    parser.add_argument("--until", metavar="DATE", help="changed before (ISO 8601, UTC)")
    parser.add_argument(
        "--with-texts",
        action="store_true",
        help="also write the article texts and image lists where the format "
        "has no room for them (<out>.articles.jsonl)",
    )
    parser.add_argument("--no-manifest", action="store_true", help="do not write the manifest")
    parser.add_argument(
        "--conll-layers",
        type=int,
        default=1,
        metavar="N",
        help="conll: tag columns per label, for overlapping spans of one label",
    )
    parser.add_argument(
        "--conll-scheme",
        choices=["iob2", "bioes"],
        default="iob2",
        help="conll: tag scheme (iob2, which spacy convert -c ner reads; or bioes)",
    )
    parser.add_argument(
        "--offset-unit",
        choices=[str(u) for u in OffsetUnit],
        default=str(OffsetUnit.UTF16),
        help="doccano: how offsets count (utf16 as doccano's editor, the default; grapheme for "
        "projects that count grapheme clusters; codepoint)",
    )
    parser.add_argument(
        "--predictions",
        action="store_true",
        help="labelstudio: also write the current annotator's suggestions as predictions to "
        "review in Label Studio, for every chosen article",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(run=run)


def _moment(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{text!r} is not a date or time in ISO 8601 form") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.layout and args.layout not in LAYOUTS.get(args.format, ()):
        raise ValidationError(f"the {args.format} format has no layout {args.layout!r}")
    chosen = ExportFilter(
        annotators=tuple(args.annotators),
        labels=tuple(args.labels),
        statuses=tuple(Status(s) for s in args.statuses),
        article_ids=tuple(args.articles),
        since=_moment(args.since),
        until=_moment(args.until),
    )
    store = ctx.store
    if args.predictions and args.format != "labelstudio":
        raise ValidationError("--predictions is for the labelstudio format")
    predictions = prediction_source(store, ctx.annotator) if args.predictions else None
    bundles = iter_bundles(store, chosen, every_article=predictions is not None)
    first = next(bundles, None)
    if first is None:
        ctx.fail("no annotation matches; nothing was written.")
        return FAILED
    options = ExportOptions(
        layout=args.layout,
        with_texts=args.with_texts,
        with_manifest=not args.no_manifest,
        export_filter=chosen,
        conll_layers=args.conll_layers,
        conll_scheme=args.conll_scheme,
        offset_unit=args.offset_unit,
        predictions=predictions,
    )
    with ctx.job("exporting", "annotations") as job:
        if job.bar.enabled:
            job.update(0, count_annotations(store, chosen)[1])
        try:
            result = export(
                _watched(itertools.chain([first], bundles), job),
                store.schema(),
                args.format,
                args.out,
                options,
            )
        except _Interrupted:
            result = None
    if result is None:
        ctx.fail(f"interrupted: nothing was written to {args.out}", interrupted=True)
        return INTERRUPTED
    counts = result.counts
    if args.json:
        extra = {"predictions": counts.predictions} if args.predictions else {}
        ctx.print_json(
            {
                "format": args.format,
                "files": [str(p) for p in result.files],
                **counts.as_json(),
                **extra,
            }
        )
    else:
        ctx.print(
            f"Wrote {counts.annotations} annotations of {counts.articles} articles to {args.out}."
        )
        if args.predictions:
            ctx.print(f"Wrote {counts.predictions} suggestions as predictions to review.")
    for reason, n in counts.skipped.items():
        ctx.note(f"marginalia-cli: left out {n}: {reason}")
    if job.interrupted:
        return job.summary("the export had finished")
    return PARTLY if counts.skipped else OK
