"""The bundle's programs: ``marginalia`` (the app, or ``--self-test``) and ``marginalia-cli``.

One script for both, told apart by the name the program was started under: on Linux
``marginalia-cli`` is a link to ``marginalia`` (one executable, one copy of the Python code);
Windows and macOS build it twice, as a console and a windowed executable (ADR 0092).
"""

import os
import sys


def started_as_cli() -> bool:
    return os.path.basename(sys.argv[0]).lower().startswith("marginalia-cli")


if __name__ == "__main__":
    if started_as_cli():
        from marginalia.desktop.cli.main import main as cli

        sys.exit(cli())
    if sys.argv[1:] == ["--self-test"]:
        from marginalia.desktop.selftest import run_self_test

        sys.exit(run_self_test())
    from marginalia.desktop.app import run as gui

    gui()
