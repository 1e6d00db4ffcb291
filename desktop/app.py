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

import marginalia


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="marginalia", description="Annotate claims, figures and image captions."
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or postgresql:// URL")
    parser.add_argument("--annotator", metavar="NAME", help="who is annotating")
    parser.add_argument("--article", metavar="ID", type=int, help="article to open")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files to import")
    return parser.parse_args(argv)


def database_target(given: str | None, configured: str = "") -> str | Path:
    """``--db``, else ``MARGINALIA_DB``, else the preference, else the default file."""
    chosen = given or os.environ.get("MARGINALIA_DB") or configured
    if chosen:
        return chosen if "://" in chosen else Path(chosen)
    from marginalia.db.locations import default_database_path

    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def annotator_name(given: str | None, configured: str = "") -> str:
    """``--annotator``, else the configured name, else the operating-system user."""
    for name in (given, configured):
        if name and name.strip():
            return name.strip()
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
    if args.version:
        print(f"marginalia {marginalia.__version__}")
        return 0
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .errors import ErrorReporter, plain_sentence, setup_logging
    from .mainwindow import MainWindow
    from .opening import DatabaseOpener

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Marginalia")
    app.setApplicationName("Marginalia")
    app.setDesktopFileName("marginalia")
    errors = ErrorReporter()
    previous_hook = sys.excepthook
    errors.install_excepthook()
    from .prefs.startup import start_with_preferences

    given_name = args.annotator or os.environ.get("MARGINALIA_ANNOTATOR")
    prefs = start_with_preferences(app, annotator=given_name)
    target = database_target(args.db, prefs.database)
    window = MainWindow(None, errors, font_size=prefs.font_size)
    window.show()
    if args.paths:
        window.import_paths(list(args.paths))
    window.open_start_article(args.article)
    state: dict[str, object] = {"code": 0}

    def opened(store: object) -> None:
        from .context import AppContext
        from .ops import OpRunner

        runner = OpRunner(store)  # type: ignore[arg-type]
        state["store"], state["runner"] = store, runner
        schema = store.schema()  # type: ignore[attr-defined]
        name = annotator_name(given_name, prefs.annotator)
        window.attach(AppContext(runner, name, schema, shown_database(target)))

    def failed(error: BaseException) -> None:
        message = plain_sentence(error)
        print(f"marginalia: {message}", file=sys.stderr)
        if not os.environ.get("MARGINALIA_NO_DIALOGS"):
            QMessageBox.critical(window, "Marginalia", message)
        state["code"] = 1
        app.exit(1)

    opener = DatabaseOpener(target)
    opener.opened.connect(opened)
    opener.failed.connect(failed)
    QTimer.singleShot(0, opener.start)  # after the window's first paint
    setup_logging()
    code = app.exec()
    sys.excepthook = previous_hook
    opener.wait()
    runner = state.get("runner")
    if runner is not None:
        runner.shutdown()  # type: ignore[attr-defined]
    store = state.get("store")
    if store is not None:
        store.close()  # type: ignore[attr-defined]
    return int(state["code"]) or code


if __name__ == "__main__":
    sys.exit(main())
