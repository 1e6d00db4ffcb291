"""Importing from the window offers what the command line does (a forced encoding, removing
pinyin readings), remembers it, and its summary names the duplicates it skipped (ADR 0075).

The system's file picker is the one thing stood in for; the import dialog after it is driven
with keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from marginalia.desktop.article_import.dialog import ImportArticlesDialog
from marginalia.desktop.settings import Preferences

from .conftest import Harness
from .helpers import add_article

ALT = Qt.KeyboardModifier.AltModifier


def seed(corpus: Path) -> Path:
    return next((corpus / "seed").glob("*.txt"))


def open_dialog(harness: Harness) -> ImportArticlesDialog:
    harness.registry.action("file.import").trigger()
    dialog = harness.window.findChild(ImportArticlesDialog)
    assert dialog is not None
    harness.qtbot.waitExposed(dialog)
    dialog.activateWindow()
    harness.qtbot.waitUntil(dialog.isActiveWindow)  # its keys are the keyboard's now
    return dialog


def pick(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        lambda *_args, **_kw: ([str(p) for p in paths], ""),
    )


def test_the_dialog_forces_an_encoding_strips_pinyin_and_remembers(
    app_window: Harness, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gbk = next((corpus / "encodings" / "char-dataset" / "gb18030").glob("*.txt"))
    pick(monkeypatch, seed(corpus), gbk)
    dialog = open_dialog(app_window)
    assert [p.name for p in dialog.chosen_paths()] == [seed(corpus).name, gbk.name]
    assert dialog.chosen_encoding() == ""  # detect, at first
    QTest.keyClick(dialog, Qt.Key.Key_P, ALT)  # the pinyin box by its mnemonic
    app_window.qtbot.waitUntil(dialog.strip_pinyin.isChecked)  # Qt animates the click
    QTest.keyClick(dialog, Qt.Key.Key_E, ALT)  # the encoding box
    assert dialog.encoding.hasFocus()
    typed = dialog.encoding.lineEdit()
    assert typed is not None
    typed.selectAll()
    QTest.keyClicks(typed, "gb18030")
    assert dialog.import_button.isEnabled()
    with app_window.qtbot.waitSignal(app_window.workspace.article_import.finished) as done:
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    report = done.args[0]
    ((path, article_id),) = report.imported
    assert Path(path) == gbk and app_window.store.article(article_id).encoding == "gb18030"
    # the seed is UTF-8: forced to GB18030 it is refused, with the reason
    ((failed, reason),) = report.failed
    assert Path(failed).name == seed(corpus).name and "gb18030" in reason
    prefs = Preferences()
    assert prefs.import_encoding == "gb18030" and prefs.import_strip_pinyin
    app_window.wait()
    again = open_dialog(app_window)
    assert again.chosen_encoding() == "gb18030" and again.strip_pinyin.isChecked()
    again.reject()


def test_pinyin_readings_are_removed_from_the_seed(
    app_window: Harness, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "(dāng)" in seed(corpus).read_text(encoding="utf-8")
    pick(monkeypatch, seed(corpus))
    dialog = open_dialog(app_window)
    dialog.strip_pinyin.setChecked(True)
    with app_window.qtbot.waitSignal(app_window.workspace.article_import.finished) as done:
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ((_path, article_id),) = done.args[0].imported
    text = app_window.store.article(article_id).text
    assert "(dāng)" not in text and "當" in text


def with_an_unknown_encoding(
    app_window: Harness, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> ImportArticlesDialog:
    """The import dialog for the seed, with an encoding nobody knows typed into its field."""
    pick(monkeypatch, seed(corpus))
    dialog = open_dialog(app_window)
    dialog.encoding.setFocus()
    typed = dialog.encoding.lineEdit()
    assert typed is not None
    typed.selectAll()
    QTest.keyClicks(typed, "klingon-8")
    return dialog


def test_an_unknown_encoding_cannot_be_imported_with(
    app_window: Harness, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = with_an_unknown_encoding(app_window, corpus, monkeypatch)
    assert not dialog.import_button.isEnabled()
    assert "klingon-8" in dialog.problem.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert app_window.store.article_ids() == []


def test_the_summary_names_the_duplicates_it_skipped(
    app_window: Harness, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    importer = app_window.workspace.article_import
    with app_window.qtbot.waitSignal(importer.finished):
        importer.start([seed(corpus)])
    app_window.wait()
    with app_window.qtbot.waitSignal(importer.finished) as done:
        importer.start([seed(corpus)])
    report = done.args[0]
    assert report.imported == [] and len(report.duplicates) == 1
    summary = importer.summary_text(report)
    assert seed(corpus).name in summary and "Already in the database" in summary
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any(seed(corpus).name in box.text() for box in boxes if box.isVisible())
    for box in boxes:
        box.close()


def test_a_file_named_at_launch_that_is_already_there_opens_without_a_dialog(
    qtbot, store, corpus: Path
) -> None:
    """``marginalia FILE`` (and ``./dev run``'s ``--sample``) a second time: the file's
    article opens and the status bar says it was there; no dialog to dismiss at every start.
    A failure at launch still gets its dialog."""
    from marginalia.db import import_paths
    from marginalia.desktop.context import AppContext
    from marginalia.desktop.errors import ErrorReporter
    from marginalia.desktop.mainwindow import MainWindow
    from marginalia.desktop.ops import OpRunner

    [(_path, article_id)] = import_paths(store, [seed(corpus)]).imported
    broken = corpus.parent / "no-such-file.txt"
    for paths, dialog_expected in (([seed(corpus)], False), ([seed(corpus), broken], True)):
        runner = OpRunner(store)
        window = MainWindow(None, ErrorReporter())
        qtbot.addWidget(window)
        window.show()
        window.import_paths(list(paths))  # before the database is open, as app.main does
        window.attach(AppContext(runner, "tester", store.schema(), "test.sqlite"))
        assert window.workspace is not None
        importer = window.workspace.article_import
        with qtbot.waitSignal(importer.finished, timeout=10_000) as done:
            pass
        report = done.args[0]
        assert report.imported == [] and report.duplicates == [(str(seed(corpus)), article_id)]
        assert runner.wait(10_000)
        reader = window.workspace.annotate.reader.view
        qtbot.waitUntil(lambda r=reader: r.article is not None and r.article.id == article_id)
        assert "1 already there" in window.statusBar().currentMessage()
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        assert bool(boxes) == dialog_expected
        if dialog_expected:
            assert broken.name in boxes[0].text()
        for box in boxes:
            box.close()
        window.close()
        runner.shutdown()


def search_for(harness: Harness, words: str) -> None:
    """Type into the article list's search and run it (Enter), as a user does."""
    dock = harness.workspace.articles.dock
    dock.search.setFocus()
    dock.search.selectAll()
    dock.search.insert(words)  # (QTest.keyClicks cannot type CJK: a key event each)
    QTest.keyClick(dock.search, Qt.Key.Key_Return)
    harness.wait()


def listed(harness: Harness) -> list[int]:
    model = harness.workspace.articles.dock.model
    return [model.article_id(row) for row in range(model.rowCount())]


def test_filters_that_hide_an_imported_article_are_cleared_and_it_shows(
    app_window: Harness, corpus: Path
) -> None:
    """The walk of the tenth round: a search left in the list, then an import, said
    "Imported 1 article." beside "0 articles". The filters are cleared (ADR 0124); the
    article opens (none was open), is the list's selected row, and the status bar says why
    the filters went."""
    first = add_article(app_window.store)
    dock = app_window.workspace.articles.dock
    search_for(app_window, "no such words")
    dock.label_filter.setCurrentIndex(dock.label_filter.findData("claim"))
    app_window.wait()
    app_window.qtbot.waitUntil(lambda: dock.count_label.text() == "0 articles")
    importer = app_window.workspace.article_import
    with app_window.qtbot.waitSignal(importer.finished) as done:
        importer.start([seed(corpus)])
    ((_path, imported),) = done.args[0].imported
    app_window.wait()
    app_window.qtbot.waitUntil(lambda: listed(app_window) == [first, imported])
    assert dock.search.text() == "" and dock.label_filter.currentData() is None
    assert dock.status_filter.currentIndex() == 0
    assert dock.count_label.text() == "2 articles"
    app_window.qtbot.waitUntil(lambda: dock.current_article() == imported)
    assert app_window.view.article is not None and app_window.view.article.id == imported
    message = app_window.window.statusBar().currentMessage()
    assert message.startswith("Imported 1 article.") and "filters hid it" in message


def test_filters_that_show_the_imported_article_are_kept(app_window: Harness, corpus: Path) -> None:
    """A search the new article matches stays: nothing the user set is undone for nothing."""
    first = add_article(app_window.store)
    app_window.open(first)
    dock = app_window.workspace.articles.dock
    search_for(app_window, "當")  # in the seed, not in the first article
    app_window.qtbot.waitUntil(lambda: dock.count_label.text() == "0 articles")
    importer = app_window.workspace.article_import
    with app_window.qtbot.waitSignal(importer.finished) as done:
        importer.start([seed(corpus)])
    ((_path, imported),) = done.args[0].imported
    app_window.wait()
    app_window.qtbot.waitUntil(lambda: listed(app_window) == [imported])
    assert dock.search.text() == "當"
    assert app_window.window.statusBar().currentMessage() == "Imported 1 article."
    assert app_window.view.article is not None and app_window.view.article.id == first
