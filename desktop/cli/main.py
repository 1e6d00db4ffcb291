"""Entry point of ``marginalia-cli``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence

from marginalia.db import __version__
from marginalia.db.errors import MarginaliaError

from .commands import COMMANDS
from .context import FAILED, Context

log = logging.getLogger("marginalia.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marginalia-cli",
        description="Marginalia's headless jobs: import, list, annotate, export, merge.",
    )
    parser.add_argument("--version", action="version", version=f"Marginalia {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the database file or postgresql:// URL (default: your Marginalia database)",
    )
    parser.add_argument(
        "--annotator", metavar="NAME", help="who is working (default: the configured name)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    context = Context(args)
    try:
        context.config  # noqa: B018 - read now, so that a malformed file is always reported
        status: int = args.run(args, context)
        return status
    except MarginaliaError as exc:
        context.note(f"marginalia-cli: {exc}")
        return FAILED
    except KeyboardInterrupt:
        context.note("marginalia-cli: interrupted")
        return FAILED
    except Exception as exc:  # a bug: one sentence, the details only on request
        if os.environ.get("MARGINALIA_DEBUG"):
            traceback.print_exc()
        context.note(
            f"marginalia-cli: an unexpected error stopped the command ({type(exc).__name__}: "
            f"{exc}); set MARGINALIA_DEBUG=1 to see the details"
        )
        return FAILED
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
