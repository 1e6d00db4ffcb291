"""The dialogs' texts read at WCAG's 4.5:1 on the light and the dark theme, also switched
while the dialog is open: greyed hints had been disabled labels (3.0:1 light, 3.5:1 dark) and
the import dialog's problem a fixed vermillion (3.5:1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel

from marginalia.desktop.colours import TEXT_CONTRAST, contrast
from marginalia.desktop.prefs import apply_theme
from marginalia.desktop.settings import Theme

from .conftest import Harness
from .helpers import add_article
from .test_article_import import with_an_unknown_encoding

THEMES = (Theme.LIGHT, Theme.DARK, Theme.LIGHT)


@pytest.fixture
def system_theme_after(qapp) -> Iterator[None]:
    yield
    apply_theme(Theme.SYSTEM)


def unreadable(dialog: QDialog) -> list[tuple[str, float]]:
    """Each shown label whose text is under 4.5:1 on the dialog's background (or greyed)."""
    background = dialog.palette().color(QPalette.ColorRole.Window)
    found = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        ratio = contrast(label.palette().color(QPalette.ColorRole.WindowText), background)
        if ratio < TEXT_CONTRAST or not label.isEnabled():
            found.append((label.text()[:40], round(ratio, 2)))
    return found


def test_the_import_dialogs_hint_and_problem_read_on_both_themes(
    app_window: Harness, corpus: Path, monkeypatch: pytest.MonkeyPatch, system_theme_after
) -> None:
    dialog = with_an_unknown_encoding(app_window, corpus, monkeypatch)
    assert "klingon-8" in dialog.problem.text()
    for theme in THEMES:
        apply_theme(theme)
        assert unreadable(dialog) == [], theme
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_export_dialogs_hint_reads_on_both_themes(
    app_window: Harness, system_theme_after
) -> None:
    add_article(app_window.store)
    app_window.registry.action("file.export").trigger()
    feature = app_window.workspace.interchange
    app_window.qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible())
    dialog = feature.dialog
    assert dialog is not None
    for theme in THEMES:
        apply_theme(theme)
        assert unreadable(dialog) == [], theme
    dialog.reject()


def test_the_import_annotations_problem_reads_on_both_themes(
    app_window: Harness, tmp_path: Path, system_theme_after
) -> None:
    app_window.registry.action("file.import_annotations").trigger()
    dialog = app_window.workspace.interchange.import_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.files, str(tmp_path / "typo.jsonl"))
    QTest.keyClick(dialog.files, Qt.Key.Key_Return)
    assert dialog.problem.isVisible()
    for theme in THEMES:
        apply_theme(theme)
        assert unreadable(dialog) == [], theme
    dialog.reject()


def test_the_suggestions_key_hint_reads_on_both_themes(
    app_window: Harness, system_theme_after
) -> None:
    # "Enter accepts · Backspace rejects · Tab next" was a disabled label: 3.0:1 on the light
    # theme, 3.5:1 on the dark one
    suggestions = app_window.workspace.suggestions.list
    hint = suggestions.findChild(QLabel, "suggestion-keys")
    assert hint is not None
    for theme in THEMES:
        apply_theme(theme)
        background = suggestions.palette().color(QPalette.ColorRole.Window)
        ratio = contrast(hint.palette().color(QPalette.ColorRole.WindowText), background)
        assert hint.isEnabled() and ratio >= TEXT_CONTRAST, (theme, round(ratio, 2))


def test_the_editors_hint_reads_with_nothing_selected_on_both_themes(
    app_window: Harness, system_theme_after
) -> None:
    # the disabled editor's "Select an annotation in the text or the list." was the disabled
    # grey, ~2.7:1 on the light theme
    editor = app_window.workspace.annotate.panel.editor
    label = editor.quote_box.label
    assert not editor.isEnabled() and label.text().startswith("Select an annotation")
    for theme in THEMES:
        apply_theme(theme)
        palette = label.palette()
        shown = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        ratio = contrast(shown, editor.palette().color(QPalette.ColorRole.Window))
        assert ratio >= TEXT_CONTRAST, (theme, round(ratio, 2))
