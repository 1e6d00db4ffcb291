"""``agreement [--label L]… [--annotator A…] [--json]``: inter-annotator agreement."""

from __future__ import annotations

import argparse
from typing import Any

from marginalia.db.team.stats import store_agreement

from ..context import OK, Context

EXAMPLES = """
  marginalia-cli --db team.sqlite agreement
  marginalia-cli --db team.sqlite agreement --label claim --annotator ana ben --json
"""


def register(commands: Any) -> None:
    parser = commands.add_parser("agreement", help="inter-annotator agreement, per label")
    parser.add_argument("--label", action="append", help="only this label (id or name)")
    parser.add_argument(
        "--annotator",
        dest="compared",
        nargs="+",
        action="extend",
        metavar="NAME",
        help="compare only these annotators",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store
    with ctx.job("comparing", "articles", stoppable=False) as job:
        report = store_agreement(
            store, labels=args.label, annotators=args.compared, progress=job.update
        )
    if args.json:
        ctx.print_json(report.to_dict())
    else:
        ctx.print(report.to_table())
    return OK
