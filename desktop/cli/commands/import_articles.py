"""``import PATH… [--encoding NAME] [--strip-pinyin] [--json]``."""

from __future__ import annotations

import argparse
from typing import Any

from marginalia.db.article_import.encoding import canonical_codec
from marginalia.db.article_import.pipeline import (
    ImportOptions,
    ImportStopped,
    import_paths,
    import_report_lines,
)
from marginalia.db.errors import MarginaliaError

from ..context import FAILED, OK, PARTLY, Context

EXAMPLES = """
  marginalia-cli import --sample
  marginalia-cli import articles/ news.zip
  marginalia-cli --db team.sqlite import batch.jsonl --json > imported.json
"""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import", help="import articles (text, HTML, JSON Lines; files, folders, zips)"
    )
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument(
        "--sample",
        action="store_true",
        help="also import the sample article shipped with Marginalia",
    )
    parser.add_argument("--encoding", metavar="NAME", help="decode text files with this encoding")
    parser.add_argument(
        "--strip-pinyin",
        action="store_true",
        help="remove bracketed pinyin readings after Chinese characters, e.g. 當(dāng)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    paths = list(args.paths)
    if args.sample:
        from marginalia.db.locations import sample_article

        paths.append(str(sample_article()))
    if not paths:
        raise MarginaliaError("name at least one file or folder to import (or --sample)")
    if args.encoding:
        canonical_codec(args.encoding)  # an unknown name fails before anything is read
    store = ctx.article_sink()
    with ctx.job("importing", "articles") as job:
        try:
            report = import_paths(
                store,
                paths,
                options=ImportOptions(encoding=args.encoding, strip_pinyin=args.strip_pinyin),
                progress=lambda done, total, _path: job.update(done, total),
                cancelled=job.stopped,
            )
        except ImportStopped as stopped:  # the disk or the server failed: say what was stored
            report = stopped.report
    if args.json:
        ctx.print_json({**report.to_json(), **job.json()})
    else:
        for path, article_id in report.imported:
            ctx.print(f"imported {article_id}: {path}")
        for path, article_id in report.duplicates:
            ctx.print(f"already there as {article_id}: {path}")
        ctx.print(import_report_lines(report)[0])
    for path, reason in report.failed:
        ctx.note(f"{path}: {reason}")
    if report.stopped:
        ctx.note(f"marginalia-cli: {report.stopped}")
    if job.interrupted:
        return job.summary(
            f"{len(report.imported)} imported, {len(report.duplicates)} already there, "
            f"{len(report.failed)} failed; "
            + (
                "the rest was not read, and no article was half-imported"
                if report.cancelled
                else "the import had finished"
            )
        )
    if not report.failed and not report.stopped:
        return OK
    return PARTLY if report.imported or report.duplicates else FAILED
