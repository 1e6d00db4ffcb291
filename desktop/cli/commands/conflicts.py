"""``conflicts [--resolve ID ours|theirs] [--all] [--json]``: merge conflicts for the lead."""

from __future__ import annotations

import argparse
from typing import Any

from marginalia.db.team.conflicts import Resolution, conflicts, resolve_conflict

from ..context import OK, Context

EXAMPLES = """
  marginalia-cli --db team.sqlite conflicts
  marginalia-cli --db team.sqlite conflicts --resolve 1 theirs
"""


def register(commands: Any) -> None:
    parser = commands.add_parser("conflicts", help="list or resolve merge conflicts")
    parser.add_argument(
        "--resolve",
        nargs=2,
        metavar=("ID", "CHOICE"),
        help="settle conflict ID by keeping ours or taking theirs",
    )
    parser.add_argument("--all", action="store_true", help="list resolved conflicts too")
    parser.add_argument("--json", action="store_true", help="print the conflicts as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store
    if args.resolve:
        number, choice = args.resolve
        if choice not in (Resolution.OURS, Resolution.THEIRS) or not number.isdigit():
            from marginalia.db.errors import ValidationError

            raise ValidationError("--resolve takes a conflict number and ours or theirs")
        outcome = resolve_conflict(store, int(number), choice)
        ctx.print(f"conflict {number}: kept {choice} (annotation {outcome.value.id})")
        return OK
    found = conflicts(store, include_resolved=args.all)
    if args.json:
        ctx.print_json([c.to_dict() for c in found])
        return OK
    for c in found:
        state = f"resolved: {c.resolution}" if c.resolved else "open"
        ctx.print(
            f"{c.id}: annotation {c.annotation_id} in article {c.article_id} from {c.source} "
            f"({state}); ours: {c.ours.start}-{c.ours.end} {c.ours.label} {c.ours.note!r}; "
            f"theirs: {c.theirs.start}-{c.theirs.end} {c.theirs.label} {c.theirs.note!r}"
        )
    return OK
