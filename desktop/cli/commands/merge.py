"""``merge SOURCE… --into DB [--json]``: merge annotators' databases; lists conflicts."""

from __future__ import annotations

import argparse
from typing import Any

from marginalia.db.store import Store
from marginalia.db.team.conflicts import conflicts
from marginalia.db.team.merge import MergeCancelled, merge

from .. import counted
from ..context import FAILED, INTERRUPTED, OK, PARTLY, Context

EXAMPLES = """
  marginalia-cli merge packages/ana.sqlite packages/ben.sqlite --into team.sqlite
  marginalia-cli merge packages/*.sqlite --into team.sqlite --json
"""


def register(commands: Any) -> None:
    parser = commands.add_parser("merge", help="merge annotators' databases into one")
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="database files or URLs")
    parser.add_argument(
        "--into", required=True, metavar="DB", help="the database to merge into (file or URL)"
    )
    parser.add_argument("--json", action="store_true", help="print the outcome as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with Store.open(args.into) as target:
        with ctx.job("merging", "databases", len(args.sources)) as job:
            finished = -1

            def started(_name: str) -> None:
                nonlocal finished
                finished += 1
                job.update(finished)

            try:
                report = merge(target, args.sources, progress=started, cancelled=job.stopped)
            except MergeCancelled:
                ctx.fail(
                    f"interrupted: nothing was merged; {args.into} is as it was", interrupted=True
                )
                return INTERRUPTED
        waiting = conflicts(target)
    failed = report.failed
    if args.json:
        ctx.print_json({**report.to_dict(), "conflicts": [c.to_dict() for c in waiting]})
    else:
        for source in report.sources:
            if source.error is None:
                ctx.print(
                    f"{source.source}: {counted(source.articles_added, 'new article')}; "
                    f"annotations: {source.annotations_added} new, "
                    f"{source.annotations_updated} updated; "
                    f"{counted(len(source.conflicts), 'conflict')}"
                )
        for conflict in waiting:
            ctx.print(
                f"conflict {conflict.id}: annotation {conflict.annotation_id} in article "
                f"{conflict.article_id} was changed here and in {conflict.source}"
            )
    for source in failed:
        ctx.note(f"marginalia-cli: not merged: {source.error}")
    if job.interrupted:
        return job.summary("the merge had finished")
    if not failed:
        return OK
    return FAILED if len(failed) == len(report.sources) else PARTLY
