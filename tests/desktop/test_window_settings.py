"""Window state and the reader's size live in settings.py's stores; Preferences reach the
window; the panel speaks the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from marginalia.db.values import Status
from marginalia.desktop.errors import ErrorReporter
from marginalia.desktop.i18n import label_name, status_names
from marginalia.desktop.mainwindow import MainWindow
from marginalia.desktop.settings import Preferences, WindowState

from .conftest import ANNOTATOR, Harness
from .helpers import TEXT, add_article


def _close(harness: Harness) -> None:
    harness.wait()
    harness.window.close()
    harness.runner.shutdown()
    QApplication.processEvents()


def test_geometry_and_docks_survive_a_restart_of_the_window(qtbot, store) -> None:
    first = Harness(qtbot, store)
    # inside the offscreen screen (which clamps), and no smaller than the docks allow
    hint = first.window.minimumSizeHint()  # the docks' and the reader's minimum widths
    size = (max(700, hint.width()), max(560, hint.height()))
    first.window.resize(*size)
    articles = first.workspace.articles.dock
    first.workspace.annotate.panel_dock.hide()
    first.window.removeDockWidget(articles)
    first.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, articles)
    articles.show()
    _close(first)
    assert WindowState().load("main/docks") is not None  # saved where settings.py keeps it
    # the shell, before the database opens, has the saved size (the harness resizes)
    shell = MainWindow(None, ErrorReporter())
    qtbot.addWidget(shell)
    assert (shell.width(), shell.height()) == size

    second = Harness(qtbot, store)
    window = second.window
    assert not second.workspace.annotate.panel_dock.isVisible()
    articles = second.workspace.articles.dock
    assert window.dockWidgetArea(articles) == Qt.DockWidgetArea.RightDockWidgetArea
    _close(second)


def test_zoom_is_the_font_size_preference_and_persists(qtbot, store) -> None:
    article = add_article(store)
    first = Harness(qtbot, store)
    first.open(article)
    size = first.view.font().pointSizeF()
    assert size == Preferences().font_size
    QTest.keyClick(first.window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(first.window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert Preferences().font_size == size + 2
    _close(first)
    second = Harness(qtbot, store)
    assert second.view.font().pointSizeF() == size + 2
    _close(second)


def test_renaming_in_preferences_switches_the_annotator_everywhere(app_window) -> None:
    from marginalia.desktop.prefs import PreferencesDialog

    article = add_article(app_window.store)
    app_window.open(article)
    window = app_window.window
    app_window.registry.action("edit.preferences").trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.name_edit.setText("wen")
    dialog.font_size.setValue(15)
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    app_window.wait()
    assert Preferences().annotator == "wen"
    assert app_window.workspace.context.annotator == "wen"
    assert app_window.workspace.articles.dock.annotator == "wen"
    assert "wen" in app_window.workspace.annotator_label.text()
    assert app_window.view.font().pointSizeF() == 15
    # a new edit is recorded under the new name
    start = TEXT.index("2023")
    app_window.view.select_span(start, start + 4)
    app_window.view.setFocus()
    QTest.keyClick(app_window.view, Qt.Key.Key_2)
    app_window.wait()
    (stored,) = app_window.store.annotations(article, annotator="wen")
    assert stored.quote == "2023"
    assert app_window.store.annotations(article, annotator=ANNOTATOR) == []


def test_the_panel_names_statuses_and_labels_in_words(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    panel = app_window.panel
    shown = [panel.status.itemText(i) for i in range(panel.status.count())]
    assert shown == list(status_names().values())
    assert "new" not in shown and status_names()[Status.NEW] in shown
    start = TEXT.index("unemployment")
    app_window.view.select_span(start, start + len("unemployment"))
    QTest.keyClick(app_window.view, Qt.Key.Key_1)
    app_window.wait()
    (stored,) = app_window.mine(article)
    row = panel.model.index_of(stored.id)
    claim = label_name(app_window.store.schema().label("claim").name)
    # the label in words, not colour alone: group title, tooltip, spoken name, hover text
    assert panel.model.heading_of(row).data().startswith(claim)
    assert row.data(Qt.ItemDataRole.ToolTipRole).startswith(f"{claim}:")
    assert row.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"{claim}:")
    assert claim in app_window.view.tooltip_html([stored])


def test_menu_strings_are_found_under_the_main_window_context(app_window) -> None:
    # the actions ask for "MainWindow" literally, the context lupdate files them under
    texts = {action.text() for action in app_window.window.actions()}
    assert QCoreApplication.translate("MainWindow", "&Preferences…") in texts
    assert QCoreApplication.translate("MainWindow", "Zoom &in") in texts


def test_preferences_show_the_name_given_at_start_and_keep_it_for_this_launch(
    app_window,
) -> None:
    # started as with ``--annotator tester`` and no saved name: the field was empty and OK
    # asked for a name
    from marginalia.desktop.prefs import PreferencesDialog

    assert Preferences().annotator == ""
    app_window.registry.action("edit.preferences").trigger()
    dialog = app_window.window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == ANNOTATOR
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible() and not dialog.name_error.isVisible()
    assert Preferences().annotator == ""  # the start's name is not saved by an OK
    assert app_window.workspace.context.annotator == ANNOTATOR
