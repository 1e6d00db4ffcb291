"""``annotate ID --label L --start S --end E [--attr K=V]… [--note T]``."""

from __future__ import annotations

import argparse
from typing import Any

from marginalia.db.errors import ValidationError

from ..context import OK, Context

EXAMPLES = """
  marginalia-cli --annotator ana annotate 1 --label figure --start 90 --end 96 --attr unit=亿吨
  marginalia-cli annotate 1 --label claim --start 58 --end 131 --attr checkworthy=yes --note "check"
"""


def register(commands: Any) -> None:
    parser = commands.add_parser("annotate", help="add one annotation (prints its id)")
    parser.add_argument("id", type=int, metavar="ID", help="the article")
    parser.add_argument("--label", required=True, help="label id, name or key")
    parser.add_argument("--start", type=int, required=True, help="first code point")
    parser.add_argument("--end", type=int, required=True, help="code point after the last")
    parser.add_argument(
        "--attr", action="append", default=[], metavar="K=V", help="an attribute value"
    )
    parser.add_argument("--note", default="", help="a free-text note")
    parser.add_argument("--image", type=int, help="the image a caption describes")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store
    attributes: dict[str, str] = {}
    for item in args.attr:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ValidationError(f"--attr {item!r} is not of the form NAME=VALUE")
        attributes[key.strip()] = value
    outcome = store.create_annotation(
        args.id,
        args.label,
        args.start,
        args.end,
        ctx.annotator,
        attributes=attributes,
        note=args.note,
        image_id=args.image,
    )
    ctx.print(outcome.value.id)
    return OK
