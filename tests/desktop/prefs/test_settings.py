"""Typed preferences over QSettings, and window state kept apart from them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from marginalia.desktop.settings import (
    Language,
    Preferences,
    Theme,
    WindowState,
)


def test_defaults_when_nothing_is_saved(settings_folder):
    prefs = Preferences()
    assert prefs.annotator == ""
    assert prefs.font_size == 12
    assert prefs.theme is Theme.SYSTEM
    assert prefs.language is Language.SYSTEM
    assert prefs.suggestions is True
    assert prefs.suggestions_for("claim") is True


def test_values_come_back_typed_from_a_new_settings_object(settings_folder):
    prefs = Preferences()
    prefs.annotator = "李明"
    prefs.font_size = 15
    prefs.theme = Theme.DARK
    prefs.language = Language.CHINESE_SIMPLIFIED
    prefs.backups = 3
    prefs.suggestions = False
    prefs.set_label_suggestions("figure", False)
    prefs.sync()
    again = Preferences()
    assert again.annotator == "李明"
    assert again.font_size == 15 and isinstance(again.font_size, int)
    assert again.theme is Theme.DARK
    assert again.language is Language.CHINESE_SIMPLIFIED
    assert again.backups == 3
    assert again.suggestions is False
    assert again.label_suggestions("figure") is False
    assert again.label_suggestions("claim") is True
    assert again.suggestions_for("claim") is False  # the main switch is off
    assert again.path.is_relative_to(settings_folder)


def test_out_of_range_or_broken_values_fall_back(settings_folder):
    prefs = Preferences()
    prefs.qsettings.setValue("reader/font_size", "9000")
    prefs.qsettings.setValue("appearance/theme", "purple")
    prefs.qsettings.setValue("storage/backups", "many")
    assert prefs.font_size == Preferences.font_size.maximum
    assert prefs.theme is Theme.SYSTEM
    assert prefs.backups == Preferences.backups.default


def test_listeners_hear_each_change(settings_folder):
    prefs = Preferences()
    heard: list[str] = []
    prefs.on_change(heard.append)
    prefs.font_size = 14
    prefs.theme = Theme.LIGHT
    assert heard == ["reader/font_size", "appearance/theme"]


def test_machine_wide_defaults_show_through(settings_folder):
    system = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.SystemScope, "Marginalia", "marginalia"
    )
    system.setValue("reader/font_size", 18)
    system.sync()
    prefs = Preferences()
    assert prefs.font_size == 18
    prefs.font_size = 11
    assert Preferences().font_size == 11


def test_window_state_lives_in_its_own_file(qtbot, settings_folder):
    prefs = Preferences()
    prefs.annotator = "ana"
    prefs.sync()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("centre"))
    dock = QDockWidget("Articles")
    dock.setObjectName("articleListDock")
    dock.setWidget(QLabel("list"))
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resize(640, 480)
    window.show()
    qtbot.waitExposed(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    state = WindowState()
    state.save_window(window)
    state.sync()
    assert state.qsettings.fileName() != prefs.qsettings.fileName()
    assert "geometry" not in Path(prefs.qsettings.fileName()).read_text(encoding="utf-8")

    again = QMainWindow()
    qtbot.addWidget(again)
    again.setCentralWidget(QLabel("centre"))
    dock2 = QDockWidget("Articles")
    dock2.setObjectName("articleListDock")
    again.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock2)
    assert WindowState().restore_window(again)
    assert again.dockWidgetArea(dock2) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.size() == window.size()
    WindowState().clear()
    assert Preferences().annotator == "ana"  # forgetting the layout keeps the preferences
    fresh = QMainWindow()
    qtbot.addWidget(fresh)
    assert WindowState().restore_window(fresh) is False


def test_the_last_open_article_is_window_state(settings_folder):
    state = WindowState()
    assert state.last_article is None
    state.last_article = 42
    state.sync()
    assert WindowState().last_article == 42
    state.last_article = None
    assert WindowState().last_article is None
