"""``completion bash|zsh``: the shell completion script, made by argcomplete (ADR 0095)."""

from __future__ import annotations

import argparse
from typing import Any

from ..context import OK, Context

EXAMPLES = """
  eval "$(marginalia-cli completion bash)"     # in ~/.bashrc
  eval "$(marginalia-cli completion zsh)"      # in ~/.zshrc, after compinit
"""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "completion",
        help="print the shell completion script for bash or zsh",
        description="Print a script that makes the shell complete marginalia-cli's commands, "
        "options, formats and files. Load it from the shell's start-up file.",
    )
    parser.add_argument("shell", choices=("bash", "zsh"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from argcomplete.shell_integration import shellcode

    ctx.out.write(shellcode([args.parser.prog], shell=args.shell))
    return OK
