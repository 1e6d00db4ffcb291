"""``marginalia [--db PATH_OR_URL] [--annotator NAME] [--article ID] [PATH…]`` (design §6).

Opens the window, imports the paths if given, and shows the given (or last opened, or
first) article with the caret in the reader.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from marginalia import __version__


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="marginalia", description="Annotate claims, figures and image captions."
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or postgresql:// URL")
    parser.add_argument("--annotator", metavar="NAME", help="who is annotating")
    parser.add_argument("--article", metavar="ID", type=int, help="article to open")
    parser.add_argument("--version", action="version", version=f"marginalia {__version__}")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files to import")
    return parser.parse_args(argv)


def default_database() -> Path:
    from .errors import data_dir

    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "marginalia.sqlite"


def annotator_name(given: str | None) -> str:
    """``--annotator``, else the configured name, else the operating-system user."""
    if given and given.strip():
        return given.strip()
    from PySide6.QtCore import QSettings

    configured = QSettings().value("annotator/name")
    if isinstance(configured, str) and configured.strip():
        return configured.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER") or os.environ.get("USERNAME") or "annotator"


def shown_database(target: str | Path) -> str:
    text = str(target)
    if "://" in text and "@" in text:  # never show a password
        scheme, rest = text.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return text


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from marginalia.db.errors import MarginaliaError
    from marginalia.db.store import Store

    from .context import AppContext
    from .errors import ErrorReporter, setup_logging
    from .mainwindow import MainWindow
    from .ops import OpRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Marginalia")
    app.setApplicationName("Marginalia")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("marginalia")
    setup_logging()
    errors = ErrorReporter()
    errors.install_excepthook()
    target: str | Path = args.db or default_database()
    try:
        store = Store.open(target)
    except MarginaliaError as error:
        QMessageBox.critical(None, "Marginalia", str(error))
        print(f"marginalia: {error}", file=sys.stderr)
        return 1
    runner = OpRunner(store)
    context = AppContext(runner, annotator_name(args.annotator), store.schema(), shown_database(target))
    window = MainWindow(context, errors)
    window.show()
    if args.paths:
        window.import_paths(list(args.paths))
    window.open_start_article(args.article)
    code = app.exec()
    runner.shutdown()
    store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
