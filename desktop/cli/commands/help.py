"""``help [TOPIC]``: the formats and their offset units, or one command's ``--help``."""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from ..context import OK, Context

EXAMPLES = """
  marginalia-cli help formats
  marginalia-cli help export
"""

TOPICS = ("formats",)


def register(commands: Any) -> None:
    from . import COMMANDS

    parser = commands.add_parser(
        "help",
        help="the formats and their offset units, or one command's help",
        description="Without a topic: the list of commands. 'formats': every export and "
        "import format with the unit its offsets count in. A command's name: its help.",
    )
    parser.add_argument(
        "topic", nargs="?", choices=(*TOPICS, *(c.name for c in COMMANDS)), metavar="TOPIC"
    )
    parser.add_argument("--json", action="store_true", help="formats: print them as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.topic == "formats":
        if args.json:
            ctx.print_json(format_rows())
        else:
            ctx.out.write(format_table())
        return OK
    from ..main import build_parser, command_parser

    parser = build_parser() if args.topic is None else command_parser(args.topic)
    ctx.out.write(parser.format_help())
    return OK


def format_rows() -> list[dict[str, Any]]:
    """The interchange registry (``FORMAT_INFO``, ``LAYOUTS``), one row per format."""
    from marginalia.db.interchange import FORMAT_INFO, LAYOUTS

    return [
        {
            "format": name,
            "title": info.title,
            "export": info.exports,
            "import": info.imports,
            "offsets": info.offsets,
            "layouts": list(LAYOUTS.get(name, ())),
            "extra": info.extra,
        }
        for name, info in FORMAT_INFO.items()
    ]


def format_table(width: int = 92) -> str:
    lines = [
        "Formats of export --format F and import-annotations --format F.",
        "Marginalia counts offsets in Unicode code points of the article text; each format's",
        "offsets are converted to the unit the other tool counts in (docs/interchange.md).",
        "",
    ]
    indent = " " * 4
    for row in format_rows():
        ways = " and ".join(w for w in ("export", "import") if row[w])
        lines.append(f"{row['format']}  ({ways})")
        details = [row["title"], f"offsets: {row['offsets']}"]
        if row["layouts"]:
            details.append(f"--layout {' or '.join(row['layouts'])} (the first is the default)")
        if row["extra"]:
            details.append(f"needs the extra: pip install 'marginalia[{row['extra']}]'")
        for detail in details:
            lines += textwrap.wrap(
                detail, width, initial_indent=indent, subsequent_indent=indent * 2
            )
        lines.append("")
    return "\n".join(lines)
