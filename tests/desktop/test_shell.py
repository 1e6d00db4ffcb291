"""The shell: one registry builds the menus and the toolbar from action specs, refuses a
shortcut another action holds, and Undo/Redo work by their keys on the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QWidget

from marginalia.desktop.actions import (
    REDO_KEYS,
    ActionRegistry,
    ActionSpec,
    MenuId,
    ShortcutTaken,
    key_sequences,
    portable,
)

from .helpers import TEXT, add_article

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def window_shortcuts(window: QMainWindow) -> dict[str, list[str]]:
    """Every key sequence some action of the main window answers to → those actions."""
    held: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        if not any(w.window() is window for w in widgets):
            continue  # a dialog's own actions (the schema editor's undo) answer there
        for sequence in action.shortcuts():
            held.setdefault(portable(sequence), []).append(action.objectName() or action.text())
    return held


def test_no_two_actions_of_the_window_share_a_shortcut(app_window) -> None:
    held = window_shortcuts(app_window.window)
    shared = {key: names for key, names in held.items() if len(names) > 1}
    assert shared == {}
    # the registry knows every one of them, the article list's own keys included
    assert set(held) == set(app_window.registry.shortcuts())
    for key, owner in (("Ctrl+Shift+Z", "edit.redo"), ("Ctrl+Y", "edit.redo")):
        assert app_window.registry.shortcuts()[key] == owner
    assert app_window.registry.shortcuts()["Ctrl+J"] == "articles.next"
    assert app_window.registry.shortcuts()["Ctrl+E"] == "file.export"


def test_a_taken_shortcut_is_refused_as_the_key_sequences_it_stands_for(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window)
    registry.add(ActionSpec(id="redo", text="Redo", shortcuts=(QKeySequence.StandardKey.Redo,)))
    taken = [portable(s) for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    with pytest.raises(ShortcutTaken, match="redo"):  # whichever the platform's redo holds
        registry.add(ActionSpec(id="other", text="Other", shortcuts=(taken[0],)))
    with pytest.raises(ValueError, match="already an action"):
        registry.add(ActionSpec(id="redo", text="Again"))
    registry.add(ActionSpec(id="free", text="Free", shortcuts=("Ctrl+Alt+F12",)))
    assert registry.shortcuts()["Ctrl+Alt+F12"] == "free"
    # one action naming one sequence twice (Ctrl+Shift+Z and the standard key) holds it once
    sequences = [portable(s) for s in key_sequences(REDO_KEYS)]
    assert len(sequences) == len(set(sequences))
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(sequences)


def test_menus_and_toolbar_are_built_in_their_declared_places(app_window) -> None:
    registry = app_window.registry
    bar = app_window.window.menuBar()
    assert [a.menu().objectName() for a in bar.actions()] == [f"{m.value}-menu" for m in MenuId]

    def layout(menu: MenuId) -> list[str]:
        return [
            a.objectName() if not a.isSeparator() else "|" for a in registry.menu(menu).actions()
        ]

    assert layout(MenuId.FILE) == [
        "file.import",
        "file.import_folder",
        "|",
        "file.export",
        "file.import_annotations",
        "|",
        "file.quit",
    ]
    assert layout(MenuId.EDIT) == [
        "edit.undo",
        "edit.redo",
        "|",
        "edit.find",
        "edit.delete",
        "edit.copy_quote",
        "|",
        "edit.preferences",
        "|",
        "edit.schema",
    ]
    assert layout(MenuId.VIEW) == [
        "view.zoom_in",
        "view.zoom_out",
        "view.zoom_reset",
        "|",
        "view.articles-dock",
        "view.panel-dock",
        "view.suggestions-dock",
        "view.review_suggestions",
    ]
    assert layout(MenuId.ANNOTATE) == [
        "label:claim",
        "label:figure",
        "label:caption",
        "|",
        "annotate.start_left",
        "annotate.start_right",
        "annotate.end_left",
        "annotate.end_right",
        "|",
        "annotate.done_next",
    ]
    assert layout(MenuId.TEAM) == [
        "team.merge",
        "team.conflicts",
        "team.work",
        "|",
        "team.progress",
        "team.agreement",
        "team.adjudicate",
        "team.statistics",
    ]
    assert layout(MenuId.HELP) == [
        "help.shortcuts",
        "help.guide.annotator",
        "help.guide.lead",
        "|",
        "help.about",
    ]
    toolbar = [a.objectName() if not a.isSeparator() else "|" for a in registry.toolbar.actions()]
    assert toolbar == [
        "file.import",
        "|",
        "label:claim",
        "label:figure",
        "label:caption",
        "|",
        "edit.undo",
        "edit.redo",
        "|",
        "annotate.done_next",
    ]
    assert registry.action("edit.preferences").menuRole() == QAction.MenuRole.PreferencesRole
    assert registry.action("label:claim").text() == "Claim\t1"


def test_label_actions_wait_for_an_article(app_window) -> None:
    claim = app_window.registry.action("label:claim")
    assert not claim.isEnabled()
    app_window.open(add_article(app_window.store))
    assert claim.isEnabled()


def _tag_minister(app_window) -> str:
    article = add_article(app_window.store)
    app_window.open(article)
    start = TEXT.index("minister")
    app_window.view.select_span(start, start + len("minister"))
    QTest.keyClick(app_window.view, Qt.Key.Key_1)
    app_window.wait()
    [made] = app_window.mine(article)
    return made.id


def _stored(app_window, annotation_id: str) -> bool:
    """Whether the annotation is live in the database (not a tombstone)."""
    return not app_window.store.annotation(annotation_id).is_deleted


@pytest.mark.parametrize(
    "redo", [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)], ids=["ctrl-shift-z", "ctrl-y"]
)
def test_undo_and_redo_by_their_keys_on_the_window(app_window, redo) -> None:
    made = _tag_minister(app_window)
    for _ in range(2):
        QTest.keyClick(app_window.window, Qt.Key.Key_Z, CTRL)
        app_window.wait()
        assert not _stored(app_window, made)
        assert made not in app_window.view.annotations
        QTest.keyClick(app_window.window, *redo)
        app_window.wait()
        assert _stored(app_window, made)
        assert made in app_window.view.annotations and made in app_window.panel.annotations


def test_after_a_schema_change_the_label_actions_still_speak_chinese(
    qtbot, store, qm_folder, english_again
) -> None:
    from marginalia.desktop.i18n import install_translators, label_name
    from marginalia.desktop.settings import Language
    from marginalia.desktop.team.schema_editor import SchemaEditor

    from .conftest import Harness

    install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    harness = Harness(qtbot, store)
    try:
        assert label_name("Claim") == "主张"
        editor = SchemaEditor(harness.workspace)
        editor.add_button.click()  # a schema change: a fourth label
        harness.wait()
        harness.wait()
        labels = harness.store.schema().labels
        assert len(labels) == 4
        registry = harness.registry
        for label in labels:
            action = registry.action(f"label:{label.id}")
            assert action.text() == f"{label_name(label.name)}\t{label.key}"
            assert action.iconText() == f"{label.key} {label_name(label.name)}"
        assert registry.action("label:claim").text() == "主张\t1"
        toolbar = [a.iconText() for a in registry.toolbar.actions() if not a.isSeparator()]
        assert "1 主张" in toolbar and "1 Claim" not in toolbar
        assert registry.menu(MenuId.ANNOTATE).title() != "&Annotate"
        editor.close()
    finally:
        harness.wait()
        harness.window.close()
        harness.runner.shutdown()
