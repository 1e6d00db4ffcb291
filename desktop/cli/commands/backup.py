"""``backup --out FILE``: a consistent copy of the database, safe while the app runs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marginalia.db.backup import backup_database

from ..context import INTERRUPTED, OK, Context

EXAMPLES = """
  marginalia-cli backup --out marginalia-backup.sqlite
  marginalia-cli --db team.sqlite backup --out team-backup.sqlite
"""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "backup", help="copy the database consistently (also while Marginalia is running)"
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE", help="the copy")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.job("backing up", "pages", stoppable=False) as job:
        try:
            target = backup_database(ctx.database, args.out.expanduser(), progress=job.update)
        except KeyboardInterrupt:
            ctx.fail(f"interrupted: no backup was written to {args.out}", interrupted=True)
            return INTERRUPTED
    ctx.print(f"backed up {ctx.database} to {target}")
    return OK
