"""``self-test``: the installation check of docs/install.md (also ``marginalia --self-test``)."""

from __future__ import annotations

import argparse
from typing import Any

from ..context import Context

EXAMPLES = """
  marginalia-cli self-test
"""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "self-test",
        help="check this installation: import, annotate, export, reopen, lay out (no display)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from marginalia.desktop.selftest import run_self_test

    return run_self_test(out=ctx.out)
