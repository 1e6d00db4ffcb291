"""``import-annotations --format F PATH… [--json]``: annotations made elsewhere, matched by text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marginalia.db.interchange.foreign import AnnotationImportError
from marginalia.db.interchange.importer import import_annotations
from marginalia.db.interchange.readers import READERS

from ..context import FAILED, OK, PARTLY, Context


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import-annotations",
        help="read annotations made elsewhere (w3c, doccano, labelstudio) onto imported articles",
    )
    parser.add_argument("--format", required=True, choices=tuple(READERS))
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Each file is all or nothing; the annotator is the file's, else ``--annotator``."""
    store = ctx.store
    done: list[dict[str, Any]] = []
    failed: list[dict[str, Any]] = []
    for path in args.paths:
        try:
            report = import_annotations(store, args.format, path, ctx.annotator)
        except AnnotationImportError as error:
            failed.append(
                {
                    "path": str(path),
                    "error": str(error),
                    "problems": [{"record": p.record, "reason": p.reason} for p in error.problems],
                }
            )
            ctx.note(f"marginalia-cli: {error}")
            continue
        done.append({"path": str(path), **report.to_json()})
        if not args.json:
            ctx.print(
                f"{path}: imported {len(report.imported)} annotations"
                + (f", {len(report.already)} were already there" if report.already else "")
                + (
                    f", {len(report.reanchored)} moved onto their quote"
                    if report.reanchored
                    else ""
                )
            )
    if args.json:
        ctx.print_json({"imported": done, "failed": failed})
    if not failed:
        return OK
    return PARTLY if done else FAILED
