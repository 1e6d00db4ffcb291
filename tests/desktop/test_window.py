"""Find, zoom, import by drag and drop, errors as dialogs, remembered window state."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from marginalia.desktop.errors import log_path

from .helpers import TEXT, add_article


def test_find_then_escape_then_tag_is_two_keys(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    QTest.keyClick(app_window.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = app_window.workspace.annotate.reader.find_bar
    assert find.isVisible() and find.edit.hasFocus()
    QTest.keyClicks(find.edit, "2023")
    QTest.keyClick(find.edit, Qt.Key.Key_Escape)
    assert not find.isVisible()
    assert app_window.view.hasFocus()
    start = TEXT.index("2023")
    assert app_window.view.selected_span() == (start, start + 4)
    QTest.keyClick(app_window.view, Qt.Key.Key_2)
    app_window.wait()
    (stored,) = app_window.mine(article)
    assert (stored.start, stored.quote) == (start, "2023")


def test_zoom_keys_change_the_reader_font(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    size = app_window.view.font().pointSizeF()
    QTest.keyClick(app_window.window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert app_window.view.font().pointSizeF() == size + 1
    QTest.keyClick(app_window.window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(app_window.window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert app_window.view.font().pointSizeF() == size - 1


def test_dropping_files_imports_them_off_the_gui_thread(
    app_window, corpus: Path, tmp_path: Path
) -> None:
    seed = next((corpus / "seed").glob("*.txt"))
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    copy = tmp_path / seed.name
    shutil.copy(seed, copy)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(copy)), QUrl.fromLocalFile(str(broken))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with app_window.qtbot.waitSignal(
        app_window.workspace.article_import.finished, timeout=30_000
    ) as done:
        app_window.window.dropEvent(event)
    report = done.args[0]
    assert len(report.imported) == 1 and [Path(p).name for p, _ in report.failed] == ["broken.txt"]
    assert "broken.txt" in app_window.workspace.article_import.summary_text(report)
    app_window.wait()
    # the window opens the imported article when none was open
    assert app_window.view.article is not None
    stored = app_window.store.article(report.imported[0][1])
    assert app_window.view.article.text == stored.text


def test_unexpected_error_is_logged_and_shown_and_the_app_goes_on(app_window) -> None:
    def broken(_store):
        raise RuntimeError("boom")

    app_window.runner.run(broken)
    app_window.wait()
    assert app_window.errors and "went wrong" in app_window.errors[-1]
    assert "RuntimeError: boom" in log_path().read_text(encoding="utf-8")
    # still working
    article = add_article(app_window.store)
    app_window.open(article)


def test_a_refused_edit_shows_its_sentence(app_window) -> None:
    from marginalia.db.commands import CreateAnnotation

    article = add_article(app_window.store)
    app_window.open(article)
    app_window.workspace.undo.do(
        CreateAnnotation(article, "claim", 5, 5, "tester"), None, app_window.workspace.errors.report
    )
    app_window.wait()
    assert app_window.errors[-1] == "the span 5–5 is empty"
    assert app_window.workspace.undo.count() == 0


def test_window_layout_is_remembered(qtbot, store) -> None:
    from .conftest import Harness

    first = Harness(qtbot, store)
    first.workspace.annotate.panel_dock.hide()
    first.window.close()
    first.runner.shutdown()
    QApplication.processEvents()
    second = Harness(qtbot, store)
    assert not second.workspace.annotate.panel_dock.isVisible()
    second.window.close()
    second.runner.shutdown()


def test_command_line_imports_paths_and_shows_the_first_article_with_the_caret(
    qtbot, corpus: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer

    from marginalia.desktop import app as entry
    from marginalia.desktop.mainwindow import MainWindow

    seen: dict[str, object] = {}

    def watch() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = windows[0] if windows else None
        workspace = window.workspace if window is not None else None
        article = workspace.annotate.reader.view.article if workspace is not None else None
        if window is None or workspace is None or article is None:
            QTimer.singleShot(20, watch)
            return
        view = workspace.annotate.reader.view
        seen["text"] = article.text
        seen["focus"] = view.hasFocus() or QApplication.focusWidget() is view
        seen["caret"] = view.caret_offset()
        seen["title"] = window.windowTitle()
        window.close()
        QApplication.quit()

    QTimer.singleShot(0, watch)
    database = tmp_path / "cli.sqlite"
    seed = sorted((corpus / "seed").glob("*.txt"))
    code = entry.main(["--db", str(database), "--annotator", "cli", *map(str, seed)])
    assert code == 0
    from marginalia.db.store import Store

    with Store.open(database) as store:
        (article_id,) = store.article_ids()
        assert seen["text"] == store.article(article_id).text
        assert seen["title"] == f"{store.article(article_id).title} — Marginalia"
    assert seen["caret"] == 0 and seen["focus"]


def test_command_line_refuses_a_database_it_cannot_open(tmp_path: Path, capsys) -> None:
    from marginalia.desktop import app as entry

    not_a_database = tmp_path / "notes.sqlite"
    not_a_database.write_text("just some text, not SQLite", encoding="utf-8")
    assert entry.main(["--db", str(not_a_database), "--annotator", "x"]) == 1
    err = capsys.readouterr().err
    assert "notes.sqlite" in err and "Traceback" not in err


def test_a_cancelled_import_stops_and_leaves_only_whole_articles(
    app_window, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(300):
        (folder / f"{index:03d}.txt").write_text(
            f"第{index}篇文章。\n正文 {index} 😀\n", encoding="utf-8"
        )
    importer = app_window.workspace.article_import
    with app_window.qtbot.waitSignal(importer.finished, timeout=60_000) as done:
        importer.start([folder])
        importer.cancel()
    report = done.args[0]
    assert report.cancelled
    stored = app_window.store.article_ids()
    assert len(stored) == len(report.imported) < 300
    for article_id in stored:  # every stored article is whole
        text = app_window.store.article(article_id).text
        assert text.startswith("第") and text.endswith("😀\n")
