"""``package --annotator NAME [--article ID…] --out FILE``: a work package for one annotator."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marginalia.db.team.package import make_package

from .. import counted
from ..context import INTERRUPTED, OK, Context

EXAMPLES = """
  marginalia-cli --db team.sqlite package --annotator ana --article 1 --out packages/ana.sqlite
  marginalia-cli --db team.sqlite package --annotator ben --article 1 --out packages/ben.sqlite
"""


def register(commands: Any) -> None:
    parser = commands.add_parser("package", help="write a work package (database file)")
    parser.add_argument(
        "--annotator", dest="for_annotator", required=True, metavar="NAME", help="whose package"
    )
    parser.add_argument(
        "--article",
        "--articles",
        dest="article_ids",
        type=int,
        nargs="+",
        action="extend",
        metavar="ID",
        help="assign these articles (default: the annotator's assigned articles)",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="the new file")
    parser.add_argument("--json", action="store_true", help="print what went in as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store
    with ctx.job("packaging", "articles", stoppable=False) as job:
        try:
            report = make_package(
                store, args.for_annotator, args.out, args.article_ids, progress=job.update
            )
        except KeyboardInterrupt:
            ctx.fail(f"interrupted: no package was written to {args.out}", interrupted=True)
            return INTERRUPTED
    if args.json:
        ctx.print_json(
            {
                "path": str(report.path),
                "annotator": report.annotator,
                "articles": report.articles,
                "images": report.images,
                "annotations": report.annotations,
            }
        )
    else:
        ctx.print(
            f"{report.path}: {counted(report.articles, 'article')}, "
            f"{counted(report.images, 'image')} and "
            f"{counted(report.annotations, 'annotation')} for {report.annotator}"
        )
    return OK
