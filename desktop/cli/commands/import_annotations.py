"""``import-annotations --format F PATH… [--strict] [--offset-unit U] [--json]``: annotations
made elsewhere, matched to imported articles by their text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marginalia.db.errors import StorageError
from marginalia.db.interchange.foreign import AnnotationImportError
from marginalia.db.interchange.importer import import_annotations
from marginalia.db.interchange.readers import READERS
from marginalia.db.interchange.units import OffsetUnit

from .. import counted
from ..context import FAILED, OK, PARTLY, Context

#: Problems listed per file on stderr; the rest are counted (``--json`` lists them all).
SHOWN = 50

EXAMPLES = """
  marginalia-cli import-annotations --format doccano gold.jsonl
  marginalia-cli --annotator ana import-annotations --format w3c claims.jsonl --json
"""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import-annotations",
        help="read annotations made elsewhere (w3c, doccano, labelstudio, brat, xmi) onto imported "
        "articles",
    )
    parser.add_argument("--format", required=True, choices=tuple(READERS))
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="files (brat, xmi: a folder or a .zip too)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="all or nothing: any bad record refuses the whole file",
    )
    parser.add_argument(
        "--offset-unit",
        choices=[str(u) for u in OffsetUnit],
        help="doccano: how the file's offsets count (default utf16, as doccano's editor; "
        "grapheme for projects that count grapheme clusters; a file we wrote says itself)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Each file on its own: what can be placed goes in, each left-out record is named
    (exit 3); with ``--strict`` a file with any problem is refused whole (exit 1 if no file
    went in). The annotator is the file's, else ``--annotator``."""
    store = ctx.store
    done: list[dict[str, Any]] = []
    failed: list[dict[str, Any]] = []
    partly = False
    job = ctx.job("reading", "records")
    records = 0  # read in the files before this one
    stopped_in: Path | None = None

    def read(so_far: int) -> None:
        if job.stopped():
            raise _Interrupted  # the file's transaction rolls back
        job.update(records + so_far)

    for path in job.each(args.paths, counted=False):
        try:
            report = import_annotations(
                store,
                args.format,
                path,
                ctx.annotator,
                strict=args.strict,
                offset_unit=args.offset_unit,
                progress=read,
            )
        except _Interrupted:
            stopped_in = path
            break
        except StorageError as error:  # the disk or the server: stop; earlier files stay in
            failed.append({"path": str(path), "error": str(error), "problems": []})
            ctx.note(f"marginalia-cli: {error}")
            break
        except AnnotationImportError as error:
            failed.append(
                {
                    "path": str(path),
                    "error": str(error),
                    "problems": [{"record": p.record, "reason": p.reason} for p in error.problems],
                }
            )
            ctx.note(f"marginalia-cli: {path}: nothing was imported:")
            _list_problems(ctx, path, [(p.record, p.reason) for p in error.problems])
            continue
        finally:
            records = job.bar.done
        done.append({"path": str(path), **report.to_json()})
        partly = partly or bool(report.problems)
        for name, label in report.labels.items():
            ctx.note(f"marginalia-cli: {path}: the label {name!r} was taken as {label!r}")
        _list_problems(ctx, path, [(p.record, p.reason) for p in report.problems])
        if not args.json:
            ctx.print(_summary(path, report))
    if args.json:
        ctx.print_json({"imported": done, "failed": failed, **job.json()})
    if job.interrupted:
        unread = len(args.paths) - len(done) - len(failed)
        return job.summary(
            f"{counted(len(done), 'file')} imported, {len(failed)} failed"
            + (f"; {stopped_in} was being read and nothing of it was stored" if stopped_in else "")
            + (f"; {unread - bool(stopped_in)} not read" if unread - bool(stopped_in) else "")
        )
    if not failed and not partly:
        return OK
    return PARTLY if done else FAILED


class _Interrupted(Exception):
    """Raised from the progress callback after Ctrl+C: the file being read is not stored."""


def _summary(path: Path, report: Any) -> str:
    parts = [f"{path}: imported {len(report.imported)} annotations"]
    if report.suggestions:
        parts.append(f"{report.suggestions} suggestions to review")
    if report.already:
        parts.append(f"{len(report.already)} were already there")
    if report.reanchored:
        parts.append(f"{len(report.reanchored)} moved onto their quote")
    if report.problems:
        parts.append(f"{len(report.problems)} left out (listed above)")
    return ", ".join(parts)


def _list_problems(ctx: Context, path: Path, problems: list[tuple[str, str]]) -> None:
    for record, reason in problems[:SHOWN]:
        ctx.note(f"marginalia-cli: {path}: {record}: {reason}")
    if len(problems) > SHOWN:
        ctx.note(f"marginalia-cli: {path}: … and {len(problems) - SHOWN} more (see --json)")
