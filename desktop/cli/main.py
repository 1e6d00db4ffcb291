"""Entry point of ``marginalia-cli``.

Start-up is part of the interface (issue 14: ≤ 0.25 s for ``--version``, ``stats`` and
``articles``): this module imports nothing heavy, and only the module of the command being
run is loaded (``commands/__init__.py``, ADR 0095). Every way a command can end is mapped to
an exit status here: 0 done, 1 nothing done, 3 partly done, 130 interrupted by Ctrl+C, 141
stdout closed early (``| head``); none of them prints a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from .commands import COMMANDS
from .context import BROKEN_PIPE, FAILED, INTERRUPTED, Context

PROG = "marginalia-cli"
#: Global options that take a value (argparse accepts unambiguous prefixes of them too).
_GLOBAL_WITH_VALUE = ("--db", "--annotator")

EPILOG = """\
examples:
  marginalia-cli import --sample
  marginalia-cli --db team.sqlite articles --status done
  marginalia-cli help formats
  marginalia-cli help export

Exit status: 0 done; 1 nothing done; 3 partly done; 130 interrupted (Ctrl+C);
141 output closed early (e.g. | head). Shell completion: marginalia-cli help completion.
"""


class _VersionAction(argparse.Action):
    """``--version``, with the version looked up only when asked for (it costs ~0.1 s)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from marginalia.db import __version__

        print(f"Marginalia {__version__}")
        parser.exit()


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (the first word that is not a global option or value)."""
    takes_value = False
    for word in argv:
        if takes_value:
            takes_value = False
        elif word.startswith("--") and "=" not in word and len(word) > 2:
            takes_value = any(option.startswith(word) for option in _GLOBAL_WITH_VALUE)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The parser; only the ``chosen`` command's module is imported and its options added.

    The other commands get a placeholder with their name and summary, which is all that
    ``marginalia-cli --help`` shows; ``chosen="*"`` loads them all (tests, documentation).
    """
    return _parsers(chosen)[0]


def command_parser(name: str) -> argparse.ArgumentParser:
    """The whole parser of one command (its ``--help``)."""
    parser: argparse.ArgumentParser = _parsers(name)[1].choices[name]
    return parser


def _parsers(chosen: str | None) -> tuple[argparse.ArgumentParser, Any]:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Marginalia's headless jobs: import, list, annotate, export, merge.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="the database file or postgresql:// URL (default: your Marginalia database)",
    )
    parser.add_argument(
        "--annotator", metavar="NAME", help="who is working (default: the configured name)"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bars (results and errors still)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        if chosen in (command.name, "*"):
            module = command.load()
            module.register(commands)
            sub = commands.choices[command.name]
            sub.description = sub.description or command.summary
            sub.epilog = "examples:\n" + module.EXAMPLES.strip("\n") + "\n"
            sub.formatter_class = argparse.RawDescriptionHelpFormatter
            sub.add_argument(
                "-q",
                "--quiet",
                action="store_true",
                default=argparse.SUPPRESS,
                help="no progress bars",
            )
        else:
            commands.add_parser(command.name, help=command.summary, add_help=False)
    return parser, commands


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = build_parser(chosen_command(argv))
    args, extra = parser.parse_known_args(argv)
    if not hasattr(args, "run"):  # the command was not where chosen_command looked for it
        parser = build_parser(args.command)
        args, extra = parser.parse_known_args(argv)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.parser = parser
    return args


def _complete() -> None:
    """Answer a shell's completion request (``marginalia-cli help completion``) and exit."""
    import shlex

    import argcomplete

    line = os.environ.get("COMP_LINE", "")[: int(os.environ.get("COMP_POINT", "0") or 0)]
    try:
        words = shlex.split(line)[1:]
    except ValueError:  # an open quote
        words = line.split()[1:]
    complete_word = words[:-1] if line and not line[-1].isspace() else words
    argcomplete.autocomplete(build_parser(chosen_command(complete_word)))


def main(argv: Sequence[str] | None = None) -> int:
    if "_ARGCOMPLETE" in os.environ and argv is None:
        _complete()
    try:
        return _run(sys.argv[1:] if argv is None else list(argv))
    except BrokenPipeError:
        _quiet_stdout()
        return BROKEN_PIPE


def _run(argv: list[str]) -> int:
    try:
        args = parse(argv)
    except KeyboardInterrupt:
        print("marginalia-cli: interrupted", file=sys.stderr)
        return INTERRUPTED
    context = Context(args)
    from marginalia.db.locations import log_to_file

    log_to_file()  # details (SQL, tracebacks) go there, never to the terminal
    try:
        context.config  # noqa: B018 - read now, so that a malformed file is always reported
        status: int = args.run(args, context)
        context.out.flush()  # a closed pipe shows here, not at exit
        return status
    except BrokenPipeError:
        raise
    except KeyboardInterrupt:
        context.fail(f"{args.command} was interrupted before it finished", interrupted=True)
        return INTERRUPTED
    except Exception as exc:
        from marginalia.db.errors import MarginaliaError, first_line, storage_error
        from marginalia.db.locations import log_file

        if isinstance(exc, MarginaliaError):
            context.fail(str(exc))
            return FAILED
        filename = getattr(exc, "filename", None)
        failure = storage_error(exc, str(filename) if filename else None)
        if failure is not None:  # the disk or the server, met outside the store
            context.fail(str(failure))
            return FAILED
        if isinstance(exc, OSError) and exc.filename and exc.strerror:
            # a file named on the command line is missing, in the way or not allowed
            context.fail(f"{exc.filename}: {exc.strerror[:1].lower()}{exc.strerror[1:]}")
            return FAILED
        # A bug: one sentence (the driver's first line: SQL stays in the log), the details
        # in the log, and on the terminal only on request.
        logging.getLogger("marginalia").error("unexpected error", exc_info=exc)
        if os.environ.get("MARGINALIA_DEBUG"):
            import traceback

            traceback.print_exc()
        context.fail(
            f"an unexpected error stopped the command ({type(exc).__name__}: "
            f"{first_line(exc)}); the details are in {log_file()}"
        )
        return FAILED
    finally:
        context.close()


def _quiet_stdout() -> None:
    """After ``| head`` closed stdout: point it at /dev/null so that exit does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (a test's buffer)
        pass


if __name__ == "__main__":
    sys.exit(main())
