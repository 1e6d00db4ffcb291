"""``stats [--json]``: counts and progress per annotator and label."""

from __future__ import annotations

import argparse
from typing import Any

from .. import counted
from ..context import OK, Context

EXAMPLES = """
  marginalia-cli stats
  marginalia-cli --db team.sqlite stats --json > progress.json
"""


def register(commands: Any) -> None:
    parser = commands.add_parser("stats", help="counts and progress per annotator and label")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    stats = ctx.reader.stats()
    if args.json:
        ctx.print_json(stats)
        return OK
    ctx.print(counted(stats["articles"], "article"))
    for who in stats["annotators"]:
        labels = ", ".join(f"{k}: {v}" for k, v in who["labels"].items()) or "none"
        status = ", ".join(f"{k}: {v}" for k, v in who["status"].items())
        assigned = (
            f"; {who['assigned_done']} of {who['assigned']} assigned done"
            if who["assigned"]
            else ""
        )
        ctx.print(
            f"{who['name']}: {counted(who['annotations'], 'annotation')} ({labels}); "
            f"{status}{assigned}"
        )
    gold = stats["gold"]
    if gold["annotations"]:
        labels = ", ".join(f"{k}: {v}" for k, v in gold["labels"].items())
        annotations = counted(gold["annotations"], "annotation")
        ctx.print(f"gold set (adjudicated): {annotations} ({labels})")
    return OK
