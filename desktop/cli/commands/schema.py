"""``schema --export FILE`` / ``schema --import FILE [--migrate]``: move a label schema."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marginalia.db.schema.transfer import export_schema, import_schema

from .. import counted
from ..context import OK, Context

EXAMPLES = """
  marginalia-cli --db team.sqlite schema --export labels.json
  marginalia-cli schema --import labels.json --migrate
"""


def register(commands: Any) -> None:
    parser = commands.add_parser("schema", help="export or import the label schema (JSON)")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--export", type=Path, metavar="FILE", help="write the schema to FILE")
    which.add_argument("--import", dest="import_", type=Path, metavar="FILE", help="read it")
    parser.add_argument(
        "--migrate",
        action="store_true",
        help="delete annotations of removed labels and drop values that no longer fit",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store
    if args.export is not None:
        export_schema(store, args.export)
        ctx.print(f"wrote {counted(len(store.schema().labels), 'label')} to {args.export}")
        return OK
    change = import_schema(store, args.import_, migrate=args.migrate)
    changes = change.apply(store)
    ctx.print(
        f"the schema now has {counted(len(change.after.labels), 'label')}"
        + (
            f"; {counted(len(changes.annotations), 'annotation')} migrated"
            if changes.annotations
            else ""
        )
    )
    return OK
