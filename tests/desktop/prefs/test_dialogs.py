"""The first-run and Preferences dialogs, driven with keys and read back from settings."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from marginalia.db.values import Label
from marginalia.desktop.prefs import (
    FirstRunDialog,
    PreferencesDialog,
    is_dark,
    needs_first_run,
    run_first_run,
)
from marginalia.desktop.settings import Language, Preferences, Theme

LABELS = (
    Label(id="claim", name="Claim", key="1", colour="#f0a500"),
    Label(id="figure", name="Figure", key="2", colour="#1f77b4"),
)


def when_a_dialog_opens(action):
    """Run ``action(dialog)`` on the next modal dialog; returns the list of dialogs seen."""
    seen = []

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        seen.append(dialog)
        action(dialog)

    QTimer.singleShot(50, act)
    return seen


def test_first_run_asks_once_with_the_os_user_as_default(qtbot, settings_folder, monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: "mei")
    prefs = Preferences()
    assert needs_first_run(prefs)
    defaults: list[str] = []

    def answer(dialog):
        assert isinstance(dialog, FirstRunDialog)
        defaults.append(dialog.name_edit.text())
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Mei Lin")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    seen = when_a_dialog_opens(answer)
    assert run_first_run(prefs) == "Mei Lin"
    assert len(seen) == 1 and defaults == ["mei"]

    again = Preferences()
    assert again.annotator == "Mei Lin"
    assert not needs_first_run(again)
    seen = when_a_dialog_opens(lambda dialog: dialog.reject())
    assert run_first_run(again) == "Mei Lin"
    qtbot.wait(100)
    assert seen == []  # not asked again


def test_first_run_closed_without_answer_keeps_the_suggested_name(
    qtbot, settings_folder, monkeypatch
):
    monkeypatch.setattr(getpass, "getuser", lambda: "kofi")
    prefs = Preferences()
    when_a_dialog_opens(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert run_first_run(prefs) == "kofi"
    assert Preferences().annotator == "kofi"


def test_first_run_refuses_an_empty_name(qtbot, settings_folder):
    dialog = FirstRunDialog("x")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not ok.isEnabled()


def test_preferences_are_saved_on_ok(qtbot, settings_folder):
    prefs = Preferences()
    prefs.annotator = "ana"
    dialog = PreferencesDialog(prefs, LABELS)
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Ana Souza")
    dialog.font_size.selectAll()
    qtbot.keyClicks(dialog.font_size, "16")
    dialog.theme.setCurrentIndex(dialog.theme.findData(Theme.DARK))
    dialog.language.setCurrentIndex(dialog.language.findData(Language.CHINESE_SIMPLIFIED))
    dialog.label_switches["figure"].setChecked(False)
    with qtbot.waitSignal(dialog.preferencesChanged) as signal:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert signal.args[0] == {
        "annotator",
        "font_size",
        "theme",
        "language",
        "label_suggestions",
    }
    saved = Preferences()
    assert saved.annotator == "Ana Souza"
    assert saved.font_size == 16
    assert saved.theme is Theme.DARK
    assert saved.language is Language.CHINESE_SIMPLIFIED
    assert saved.suggestions_for("figure") is False
    assert saved.suggestions_for("claim") is True
    assert is_dark()  # the forced theme is applied at once
    dialog2 = PreferencesDialog(saved, LABELS)
    qtbot.addWidget(dialog2)
    dialog2.theme.setCurrentIndex(dialog2.theme.findData(Theme.LIGHT))
    dialog2.accept()
    assert not is_dark()
    dialog3 = PreferencesDialog(Preferences(), LABELS)
    qtbot.addWidget(dialog3)
    dialog3.theme.setCurrentIndex(dialog3.theme.findData(Theme.SYSTEM))
    dialog3.accept()


def test_cancel_saves_nothing(qtbot, settings_folder):
    prefs = Preferences()
    prefs.annotator = "ana"
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.font_size.setValue(30)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert Preferences().font_size == 12


def test_an_empty_name_keeps_the_dialog_open(qtbot, settings_folder):
    prefs = Preferences()
    prefs.annotator = "ana"
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.name_error.isVisible()
    assert Preferences().annotator == "ana"


def test_every_control_has_an_accessible_name(qtbot, settings_folder):
    dialog = PreferencesDialog(Preferences(), LABELS)
    qtbot.addWidget(dialog)
    for widget in (
        dialog.name_edit,
        dialog.font_size,
        dialog.theme,
        dialog.language,
        dialog.backups,
        dialog.suggestions,
    ):
        assert widget.accessibleName()
    assert dialog.restart_note.text()


def test_start_applies_theme_and_asks_the_name_only_without_one(
    qtbot, qapp, settings_folder, monkeypatch
):
    from marginalia.desktop.prefs import apply_theme, start_with_preferences

    monkeypatch.setattr(getpass, "getuser", lambda: "sam")
    saved = Preferences()
    saved.theme = Theme.DARK
    saved.sync()
    seen = when_a_dialog_opens(lambda dialog: dialog.accept())
    try:
        prefs = start_with_preferences(qapp)
        assert len(seen) == 1
        assert prefs.annotator == "sam"
        assert is_dark()
        assert not qapp.windowIcon().isNull()
        seen = when_a_dialog_opens(lambda dialog: dialog.reject())
        start_with_preferences(qapp)
        qtbot.wait(100)
        assert seen == []
    finally:
        apply_theme(Theme.SYSTEM)


def test_start_with_a_given_annotator_does_not_ask(qtbot, qapp, settings_folder):
    from marginalia.desktop.prefs import start_with_preferences

    seen = when_a_dialog_opens(lambda dialog: dialog.reject())
    prefs = start_with_preferences(qapp, annotator="from-the-command-line")
    qtbot.wait(100)
    assert seen == []
    assert prefs.annotator == ""  # not saved: the option is for this run only


def test_the_suggestion_threshold_and_the_date_kind_are_preferences(qtbot, settings_folder):
    from marginalia.db.suggest import DEFAULT_THRESHOLD

    prefs = Preferences()
    assert prefs.suggestion_threshold == round(DEFAULT_THRESHOLD * 100)  # one default
    assert prefs.suggestion_dates is False
    prefs.annotator = "ana"
    dialog = PreferencesDialog(prefs, LABELS)
    qtbot.addWidget(dialog)
    assert dialog.threshold.value() == prefs.suggestion_threshold
    dialog.threshold.selectAll()
    qtbot.keyClicks(dialog.threshold, "55")
    qtbot.mouseClick(dialog.dates, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.preferencesChanged) as signal:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert signal.args[0] == {"suggestion_threshold", "suggestion_dates"}
    saved = Preferences()
    assert (saved.suggestion_threshold, saved.suggestion_dates) == (55, True)
    saved.suggestion_threshold = 250  # out of range: held to the bounds
    assert saved.suggestion_threshold == 100


def test_a_threshold_left_alone_is_not_stored_and_follows_the_default(qtbot, settings_folder):
    # OK with the threshold untouched writes nothing for it: a user who never set one gets
    # whatever DEFAULT_THRESHOLD is in the version they run (ADR 0030, decision 7), while a
    # threshold the user chose (even the default's value) is stored and kept as it is.
    prefs = Preferences()
    prefs.annotator = "ana"
    dialog = PreferencesDialog(prefs, LABELS)
    qtbot.addWidget(dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not Preferences().qsettings.contains("suggestions/threshold")
    dialog = PreferencesDialog(prefs, LABELS)
    qtbot.addWidget(dialog)
    dialog.threshold.selectAll()
    qtbot.keyClicks(dialog.threshold, "41")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Preferences().suggestion_threshold == 41
