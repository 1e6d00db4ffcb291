"""``marginalia [--db PATH_OR_URL] [--annotator NAME] [--article ID] [PATH…]``
(the README's command table).

Opens the window, imports the paths if given, and shows the given (or last opened, or
first) article with the caret in the reader.
"""

from __future__ import annotations

import argparse
import builtins
import getpass
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import marginalia.db

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from marginalia.db import Config

    from .collector import GuiThreadCollector
    from .settings import Preferences as Prefs

#: The rolling backup starts when the first article is shown, or after this long at the
#: latest (an empty database opens no article), on a thread of its own (ADR 0091).
BACKUP_AFTER_MS = 3_000


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="marginalia", description="Annotate claims, figures and image captions."
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or postgresql:// URL")
    parser.add_argument("--annotator", metavar="NAME", help="who is annotating")
    parser.add_argument("--article", metavar="ID", type=int, help="article to open")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--sample",
        action="store_true",
        help="also import the sample article shipped with Marginalia",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without a display, print OK or what failed, and exit",
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files to import")
    return parser.parse_args(argv)


def database_target(given: str | None, configured: str = "") -> str | Path:
    """``--db``, else ``MARGINALIA_DB``, else the preference, else the default file."""
    chosen = given or os.environ.get("MARGINALIA_DB") or configured
    if chosen:
        return chosen if "://" in chosen else Path(chosen)
    from marginalia.db import default_database_path

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


def share_the_name(prefs: Prefs, config: Config) -> None:
    """The name the user gave the app (first run, Preferences) is the command line's
    configured name too: mirrored into the user's ``marginalia.ini`` (ADR 0090), so that
    ``marginalia-cli annotate`` without ``--annotator`` records the same annotator as the
    window. A name written there by hand wins and is left alone, and nothing is written
    where IT names annotators by their system user."""
    if config.annotator_policy == "os-user":
        return
    from marginalia.db import save_user_settings

    from .settings import Preferences

    key = Preferences.annotator.key

    def mirror(name: str) -> None:
        if not name.strip():
            return
        try:
            save_user_settings({"annotator": name.strip()})
        except OSError as error:  # the app works on; only the CLI's default is older
            logging.getLogger(__name__).warning("cannot save the annotator name: %s", error)

    if config.annotator is None:
        mirror(prefs.annotator)
    prefs.on_change(lambda changed: mirror(prefs.annotator) if changed == key else None)


def shown_database(target: str | Path) -> str:
    text = str(target)
    if "://" in text and "@" in text:  # never show a password
        scheme, rest = text.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return text


def skip_pyside_feature_scan() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6 wraps ``__import__`` to support ``from __feature__ import snake_case`` (which
    Marginalia does not use) and, after each import, reads the new module's whole source
    to see whether it mentions PySide6 (PYSIDE-2029; napari#8584): 500 modules, ~0.1 s of
    every start. The import PySide6 itself saved as ``__orig_import__`` (shiboken's lazy
    loader) goes back in place; nothing else changes (ADR 0063).
    """
    original = getattr(builtins, "__orig_import__", None)
    current = builtins.__import__
    if original is not None and getattr(current, "__name__", "") == "__feature_import__":
        builtins.__import__ = original


def back_up_later(target: Path, keep: int, opened: Any, timer: Callable[..., None]) -> None:
    """The rolling backup (ADR 0091) once the first article is shown — or after
    :data:`BACKUP_AFTER_MS` — on a thread of its own: copying a large database must not
    stand between the user and the window, nor hold up the database worker's first edits.
    A failed backup is logged and never stops the work. The thread is not a daemon: a
    backup under way when the window closes is finished before the process ends (never
    left as a partial file)."""
    from marginalia.db import rotate_backups

    from .errors import log_exception

    started = threading.Event()

    def run() -> None:
        try:
            rotate_backups(target, keep=keep)
        except Exception as error:  # logged, never shown: the work goes on
            log_exception(error)

    def start(*_args: object) -> None:
        if not started.is_set():
            started.set()
            threading.Thread(target=run, name="marginalia-backup").start()

    opened.connect(start)
    timer(BACKUP_AFTER_MS, start)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.version:
        print(f"marginalia {marginalia.db.__version__}")
        return 0
    if args.self_test:
        from .selftest import run_self_test

        return run_self_test()
    from marginalia.db import load_config

    config = load_config()  # machine-wide file, then the user's (ADR 0090)
    for warning in config.warnings:
        print(f"marginalia: {warning}", file=sys.stderr)
    if args.sample:
        from marginalia.db import sample_article

        args.paths.append(sample_article())
    from PySide6.QtWidgets import QApplication

    skip_pyside_feature_scan()

    from .collector import collecting_on_gui_thread

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    with collecting_on_gui_thread(app) as collector:  # never off the GUI thread (ADR 0139)
        return _run_window(app, args, config, collector)


def _run_window(
    app: QApplication, args: argparse.Namespace, config: Config, collector: GuiThreadCollector
) -> int:
    """The window's life, from the first paint to the database closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from .errors import ErrorReporter, plain_sentence, setup_logging
    from .mainwindow import MainWindow
    from .opening import DatabaseOpener

    app.setOrganizationName("Marginalia")
    app.setApplicationName("Marginalia")
    app.setDesktopFileName("marginalia")
    errors = ErrorReporter()
    previous_hook = sys.excepthook
    errors.install_excepthook()
    given_name = (
        args.annotator or os.environ.get("MARGINALIA_ANNOTATOR") or config.configured_annotator
    )
    window = MainWindow(None, errors)
    window.show()
    if args.paths:
        window.import_paths(list(args.paths))
    window.open_start_article(args.article)
    state: dict[str, Any] = {"code": 0}

    def begin() -> None:
        """After the first paint: preferences (language, theme, first-run name), then the
        database, opened on a thread (ADR 0063)."""
        from .prefs.startup import start_with_preferences

        prefs = start_with_preferences(
            app, annotator=given_name, parent=window, default_language=config.language
        )
        share_the_name(prefs, config)
        window.set_preferences(prefs)
        window.retranslate_shell()
        state["prefs"] = prefs
        state["target"] = target = database_target(args.db, prefs.database or config.database or "")
        if isinstance(target, Path) and not claim(target):
            app.exit(0)  # the other window was brought forward
            return
        opener = DatabaseOpener(target)
        opener.opened.connect(opened)
        opener.failed.connect(failed)
        state["opener"] = opener
        opener.start()

    def claim(target: Path) -> bool:
        """This process's claim on the database file; False if the user went to the
        Marginalia that already has it open."""
        from .instance import DatabaseInstance, bring_forward, second_window_wanted

        instance = DatabaseInstance(target)
        if instance.claim():
            state["instance"] = instance
            instance.showRequested.connect(lambda: bring_forward(window))
            return True
        return second_window_wanted(instance, window)

    def opened(store: Any) -> None:
        from .context import AppContext
        from .ops import OpRunner

        runner = OpRunner(store)
        state["store"], state["runner"] = store, runner
        collector.defer_while(lambda: not runner.idle)  # between gestures (ADR 0139)
        name = annotator_name(given_name, state["prefs"].annotator)
        shown = shown_database(state["target"])
        window.attach(AppContext(runner, name, store.schema(), shown))
        target, workspace = state["target"], window.workspace
        if isinstance(target, Path) and state["prefs"].backups > 0 and workspace is not None:
            # after the database proved to be ours, once the window is in use
            back_up_later(
                target, state["prefs"].backups, workspace.articleOpened, QTimer.singleShot
            )

    def failed(error: BaseException) -> None:
        message = plain_sentence(error)
        print(f"marginalia: {message}", file=sys.stderr)
        if not os.environ.get("MARGINALIA_NO_DIALOGS"):
            QMessageBox.critical(window, "Marginalia", message)
        state["code"] = 1
        app.exit(1)

    QTimer.singleShot(0, begin)
    setup_logging()
    code = app.exec()
    sys.excepthook = previous_hook
    if "opener" in state:
        state["opener"].wait()
    if "runner" in state:
        collector.defer_while(None)
        state["runner"].shutdown()
    if "store" in state:
        state["store"].close()
    if "instance" in state:
        state["instance"].release()
    return int(state["code"]) or code


def run() -> None:
    """The ``marginalia`` command: :func:`main`, then out at once.

    When :func:`main` returns everything is saved — the edits committed and the database
    closed, the settings and the log flushed. Python would then spend most of a second
    taking apart a heap of Qt objects, SQLAlchemy and caches (measured: the window closes in
    ~25 ms, the process ended ~0.7 s later). The operating system frees a process faster:
    ``os._exit`` after a last flush (``bench/quit.py``).
    """
    code = main()
    # a rolling backup under way is finished, never left as a partial file (ADR 0091)
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and not thread.daemon:
            thread.join()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed, or a pipe nobody reads
            pass
    os._exit(code)


if __name__ == "__main__":
    run()
