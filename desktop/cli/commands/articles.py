"""``articles [--status S] [--label L] [--search TEXT] [--json]``."""

from __future__ import annotations

import argparse
from typing import Any

from marginalia.db.values import ArticleQuery, Status

from .. import counted
from ..context import OK, Context

EXAMPLES = """
  marginalia-cli articles --status new
  marginalia-cli --annotator ana articles --label figure --search 吞吐量 --json > figures.json
"""


def register(commands: Any) -> None:
    parser = commands.add_parser("articles", help="list articles")
    parser.add_argument(
        "--status", choices=[str(s) for s in Status], help="only articles with this status"
    )
    parser.add_argument("--label", help="only articles with annotations of this label")
    parser.add_argument("--search", metavar="TEXT", help="only articles whose title or text has it")
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    query = ArticleQuery(
        annotator=ctx.annotator,
        statuses=frozenset({Status(args.status)}) if args.status else frozenset(),
        label=args.label,
        search=args.search,
    )
    rows = ctx.reader.article_list(query)
    if args.json:
        ctx.print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "source": r.source,
                    "chars": r.chars,
                    "images": r.images,
                    "language": r.language,
                    "encoding": r.encoding,
                    "status": str(r.status),
                    "annotations": r.annotations,
                }
                for r in rows
            ]
        )
        return OK
    for r in rows:
        ctx.print(f"{r.id:>6}  {r.status!s:<11}  {r.annotations:>4} ann.  {r.title}")
    ctx.print(counted(len(rows), "article"))
    return OK
