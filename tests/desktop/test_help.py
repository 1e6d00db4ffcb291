"""Help that teaches: the shortcut sheet is the menus' keys, the guides name real keys and
menus, in English and Chinese (issue 12)."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest

from marginalia.desktop.actions import MenuId
from marginalia.desktop.help.guide import (
    GUIDES,
    LANGUAGES,
    guide_source,
    placeholders,
    render,
)
from marginalia.desktop.help.sheet import keys_text, plain, typed

from .helpers import add_article


def sheet_of(app_window):
    help_feature = app_window.workspace.help
    assert help_feature.sheet is not None and help_feature.sheet.isVisible()
    return help_feature.sheet


def menu_keys(app_window) -> set[tuple[str, str, str]]:
    """(menu, words, keys) of every menu item with a key, read from the menu bar itself —
    what the user sees — and the window's menu-less actions with a key, by their dock."""
    found = set()
    bar = app_window.window.menuBar()
    for top in bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if action.isSeparator():
                continue
            keys = [
                s.toString(QKeySequence.SequenceFormat.NativeText)
                for s in action.shortcuts()
                if typed(s)
            ]
            hint = action.text().split("\t")[1] if "\t" in action.text() else ""
            if keys or hint:
                found.add((plain(menu.title()), plain(action.text()), ", ".join(keys or [hint])))
    dock = app_window.workspace.articles.dock
    for action in (dock.next_action, dock.search_action):
        shortcuts = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        found.add((dock.windowTitle(), plain(action.text()), shortcuts))
    return found


def test_f1_shows_every_key_of_the_menus(app_window) -> None:
    QTest.keyClick(app_window.window, Qt.Key.Key_F1)
    sheet = sheet_of(app_window)
    app_window.qtbot.waitUntil(sheet.filter.hasFocus)  # type to filter at once
    rows = set(sheet.shown_rows())
    assert rows == menu_keys(app_window)
    assert ("Edit", "Redo", "Ctrl+Y, Alt+Shift+Backspace, Ctrl+Shift+Z") in rows
    assert ("Annotate", "Claim", "1") in rows
    assert ("Help", "Keyboard shortcuts", "F1, ?") in rows
    groups = [g.title for g in sheet.groups]
    assert groups == ["File", "Edit", "View", "Annotate", "Help", "Articles"]
    # no key of special keyboards ("Open", "Undo" keys) and nothing twice
    assert not any(word in keys for _g, _a, keys in rows for word in ("Open", "Zoom In"))
    QTest.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def test_the_filter_finds_by_words_and_by_keys(app_window) -> None:
    QTest.keyClick(app_window.window, Qt.Key.Key_F1)
    sheet = sheet_of(app_window)
    QTest.keyClicks(sheet.filter, "redo")
    assert sheet.shown_rows() == [("Edit", "Redo", "Ctrl+Y, Alt+Shift+Backspace, Ctrl+Shift+Z")]
    sheet.filter.clear()
    QTest.keyClicks(sheet.filter, "ctrl+e")
    assert [row[1] for row in sheet.shown_rows()] == ["Export…"]
    sheet.filter.clear()
    QTest.keyClicks(sheet.filter, "annotate")  # a menu's name shows all of it
    assert [row[1] for row in sheet.shown_rows()] == [
        "Claim",
        "Figure",
        "Image caption",
        "Move start left",
        "Move start right",
        "Move end left",
        "Move end right",
        "Mark done and open next",
    ]
    sheet.filter.clear()
    assert len(sheet.shown_rows()) == len(menu_keys(app_window))


def test_question_mark_in_the_reader_opens_the_sheet_but_types_in_a_field(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    search = app_window.workspace.articles.dock.search
    search.setFocus()
    QTest.keyClick(
        search,
        Qt.Key.Key_Question,
        Qt.KeyboardModifier.ShiftModifier,
    )
    assert search.text() == "?"
    assert app_window.workspace.help.sheet is None
    app_window.view.setFocus()
    QTest.keyClick(app_window.view, Qt.Key.Key_Question)
    sheet = sheet_of(app_window)
    QTest.keyClick(sheet, Qt.Key.Key_Escape)


def test_the_sheet_follows_a_schema_change(app_window) -> None:
    context = app_window.workspace.context
    schema = context.schema
    renamed = dataclasses.replace(schema.labels[0], name="Assertion", key="7")
    context.schemaChanged.emit(dataclasses.replace(schema, labels=(renamed, *schema.labels[1:])))
    app_window.wait()
    QTest.keyClick(app_window.window, Qt.Key.Key_F1)
    rows = set(sheet_of(app_window).shown_rows())
    assert ("Annotate", "Assertion", "7") in rows
    assert ("Annotate", "Claim", "1") not in rows
    assert rows == menu_keys(app_window)


def test_the_help_menu_opens_the_guides_and_the_sheet(app_window, qtbot) -> None:
    registry = app_window.registry
    menu = registry.menu(MenuId.HELP)
    names = [plain(a.text()) for a in menu.actions() if not a.isSeparator()]
    assert names == [
        "Keyboard shortcuts",
        "Annotator's guide",
        "Lead's guide",
        "About Marginalia",
    ]
    registry.action("help.guide.annotator").trigger()
    guide = app_window.workspace.help.guide
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert text.startswith("The annotator's guide")
    assert "{{" not in text and "}}" not in text
    # keys and menus as the window has them, from the registry
    assert "Ctrl+Return or Ctrl+Enter" in text
    assert "Ctrl+Y or Ctrl+Shift+Z" in text
    assert "1 — Claim" in text and "3 — Image caption" in text
    # the lead's guide, by its button
    qtbot.mouseClick(guide.lead_button, Qt.MouseButton.LeftButton)
    text = guide.browser.toPlainText()
    assert text.startswith("The lead's guide")
    assert "Team ▸ Team progress…" in text and "Edit ▸ Label schema…" in text
    assert "File ▸ Export… (Ctrl+E)" in text
    # a click on the link to the shortcut sheet opens the sheet
    click_link(guide.browser, "shortcut sheet", qtbot)
    assert sheet_of(app_window).isVisible()
    # and the sheet's button goes back to a guide
    qtbot.mouseClick(sheet_of(app_window).annotator_guide, Qt.MouseButton.LeftButton)
    assert guide.browser.toPlainText().startswith("The annotator's guide")


def click_link(browser, words: str, qtbot) -> None:
    found = browser.document().find(words)
    assert not found.isNull(), words
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 2)
    point = browser.cursorRect(cursor).center()
    with qtbot.waitSignal(browser.anchorClicked, timeout=2_000):
        QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


@pytest.mark.parametrize("name", GUIDES)
def test_every_guide_exists_in_both_languages_and_names_real_actions(app_window, name) -> None:
    registry = app_window.registry
    ids = set(registry.ids())
    sources = {language: guide_source(name, language) for language in LANGUAGES}
    english = Counter(placeholders(sources["en"]))
    for language, source in sources.items():
        found = placeholders(source)
        assert found, f"{name}.{language} uses no placeholder"
        # the same placeholders in both languages: the same keys and menus are taught
        assert Counter(found) == english, language
        for kind, argument in found:
            if kind in ("key", "menu"):
                assert argument in ids, f"{name}.{language}: no action {argument}"
            elif kind == "keys":
                assert argument in {m.value for m in MenuId}
        assert source.count("\n## ") == sources["en"].count("\n## "), language
        rendered = render(source, registry, app_window.workspace.context.schema)
        assert "{{" not in rendered, language
        assert "marginalia:shortcuts" in rendered


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", GUIDES)
def test_every_guides_markdown_is_read_as_markup(app_window, name, language) -> None:
    """No Markdown shows as itself: the Chinese lead's guide showed **File ▸ Import
    folder…** with its asterisks (a closing ** after "…" and before a Chinese character is
    not a closing one in CommonMark)."""
    from PySide6.QtGui import QTextDocument

    source = guide_source(name, language)
    document = QTextDocument()
    document.setMarkdown(render(source, app_window.registry, app_window.workspace.context.schema))
    text = document.toPlainText()
    for mark in ("**", "__", "`", "]("):
        assert mark not in text, (name, language, text[max(0, text.find(mark) - 40) :][:80])


def test_the_guide_and_the_sheet_speak_chinese(qtbot, store, qm_folder, english_again) -> None:
    from marginalia.desktop.i18n import install_translators
    from marginalia.desktop.settings import Language

    from .conftest import Harness

    install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    harness = Harness(qtbot, store)
    try:
        harness.registry.action("help.guide.lead").trigger()
        guide = harness.workspace.help.guide
        assert guide is not None
        text = guide.browser.toPlainText()
        assert text.startswith("组长指南")
        assert guide.windowTitle() == "组长指南"
        team = plain(harness.registry.menu(MenuId.TEAM).title())
        assert team == "团队"
        assert f"{team} ▸ 团队进度…" in text
        assert "(&" not in text and "{{" not in text
        qtbot.mouseClick(guide.annotator_button, Qt.MouseButton.LeftButton)
        text = guide.browser.toPlainText()
        assert text.startswith("标注员指南")
        assert "1：主张" in text and " — " not in text
        done_next = keys_text(harness.registry, "annotate.done_next")
        assert done_next == "Ctrl+回车" and done_next in text  # Qt's catalogue names the keys
        QTest.keyClick(guide, Qt.Key.Key_Escape)
        with qtbot.waitActive(harness.window):
            harness.window.activateWindow()
        QTest.keyClick(harness.window, Qt.Key.Key_F1)
        sheet = harness.workspace.help.sheet
        assert sheet is not None
        assert sheet.windowTitle() == "键盘快捷键"
        assert ("标注", "主张", "1") in set(sheet.shown_rows())
    finally:
        harness.wait()
        harness.window.close()
        harness.runner.shutdown()


def mnemonic(text: str) -> str | None:
    import re

    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    for text in texts:
        key = mnemonic(text)
        if key is None:
            continue
        if key in seen:
            found.append(f"{seen[key]!r} and {text!r}")
        seen[key] = text
    return found


def widget_texts(widget) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]
    texts += [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(widget)
    ]
    return texts


def test_no_alt_key_clashes_in_the_help_team_and_export_surfaces(app_window, monkeypatch) -> None:
    """Alt+letter reaches one thing: the Help and Team menus, the sheet, the guide, the
    export, work and adjudication dialogs (in English and by the same rule in Chinese, whose
    mnemonics are the translation's)."""
    from PySide6.QtWidgets import QDialog

    from marginalia.desktop.insight.edit_candidate import EditDialog
    from marginalia.desktop.team.work import WorkDialog

    registry = app_window.registry
    for menu in (MenuId.HELP, MenuId.TEAM, MenuId.FILE):
        texts = [a.text() for a in registry.menu(menu).actions() if not a.isSeparator()]
        assert clashes(texts) == [], menu
    titles = [a.text() for a in app_window.window.menuBar().actions()]
    assert clashes(titles) == []
    help_feature = app_window.workspace.help
    assert clashes(widget_texts(help_feature.show_sheet())) == []
    assert clashes(widget_texts(help_feature.show_guide("lead"))) == []
    article = add_article(app_window.store)
    app_window.store.create_annotation(article, "claim", 2, 9, "alice")
    app_window.open(article)
    work = WorkDialog(app_window.workspace)
    assert clashes(widget_texts(work)) == []
    work.close()
    view = app_window.workspace.insight.adjudicate(article)
    app_window.wait()
    assert clashes(widget_texts(view)) == []
    edit = EditDialog(
        view.state.candidates[0], app_window.workspace.context.schema, view.text, view
    )
    assert clashes(widget_texts(edit)) == []
    monkeypatch.setattr(QDialog, "open", lambda self: None)
    app_window.registry.action("file.export").trigger()
    app_window.wait()
    export = app_window.workspace.interchange.dialog
    assert export is not None and clashes(widget_texts(export)) == []
