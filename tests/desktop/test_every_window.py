"""Every dialog and window, reached from its menu action as a user reaches it, in English and
in Chinese: no Alt-key clashes (two controls with one Alt+letter make Qt cycle between them
instead of acting) — within the menu bar, each menu, the main window's own controls with the
menu bar, and every dialog; and each opens centred on the main window, no larger than the
screen. The system's file pickers are stood in for."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from marginalia.desktop.actions import MenuId
from marginalia.desktop.i18n import install_translators
from marginalia.desktop.layout import available
from marginalia.desktop.prefs.first_run import FirstRunDialog
from marginalia.desktop.settings import Language

from .conftest import Harness
from .helpers import TEXT, add_article

#: how far from the main window's centre a window's centre may be, in pixels
NEAR = 4
MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def controls(root: QWidget) -> Iterator[tuple[str, str]]:
    """(mnemonic, what) of every visible control of a window that answers to an Alt key."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        if isinstance(widget, QMenu):
            continue  # a menu's own items answer only while it is open
        texts: list[str] = []
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        for text in texts:
            key = mnemonic(text)
            if key is not None:
                yield key, f"{type(widget).__name__} {text!r}"


def clashes(pairs: Iterator[tuple[str, str]]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = defaultdict(list)
    for key, what in pairs:
        seen[key].append(what)
    return {key: whats for key, whats in seen.items() if len(whats) > 1}


def menu_titles(window: QMainWindow) -> Iterator[tuple[str, str]]:
    for action in window.menuBar().actions():
        key = mnemonic(action.text())
        if key is not None:
            yield key, f"menu {action.text()!r}"


def menu_items(menu: QMenu) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            key = mnemonic(action.text().split("\t")[0])
            if key is not None:
                yield key, f"item {action.text()!r}"


#: the actions that open a dialog or a window of their own ("Merge databases…" opens only
#: the system's file picker)
OPENS_A_WINDOW = (
    "file.import",
    "file.export",
    "file.import_annotations",
    "edit.preferences",
    "edit.schema",
    "team.conflicts",
    "team.work",
    "team.agreement",
    "team.adjudicate",
    "team.statistics",
    "team.progress",
    "help.shortcuts",
    "help.guide.annotator",
    "help.guide.lead",
    "help.about",
)


@dataclass
class Opened:
    clashes: dict[str, list[str]]
    frame: QRect
    screen: QRect


def looked_at[T](harness: Harness, action_id: str, look: Callable[[QWidget], T]) -> dict[str, T]:
    """Trigger an action; what ``look`` saw in each window it opened (also a modal one that
    blocks in its own event loop until it is looked at and closed)."""
    before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
    found: dict[str, T] = {}

    def look_and_close() -> None:
        opened = [
            w
            for w in QApplication.topLevelWidgets()
            if w not in before and w.isVisible() and not isinstance(w, QMenu)
        ]
        if not opened:
            QTimer.singleShot(50, look_and_close)
            return
        for window in opened:
            found[f"{action_id}: {window.windowTitle()}"] = look(window)
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()

    QTimer.singleShot(30, look_and_close)  # once it has settled its size and place
    harness.registry.action(action_id).trigger()
    harness.qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    harness.wait()
    return found


def windows_opened_by(harness: Harness, action_id: str) -> dict[str, Opened]:
    """Trigger an action; the clashes of each window it opened."""

    def look(window: QWidget) -> Opened:
        return Opened(clashes(controls(window)), window.frameGeometry(), available(window))

    return looked_at(harness, action_id, look)


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp, qm_folder) -> Iterator[str]:
    if request.param == "zh_CN":
        install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    yield request.param
    install_translators(Language.ENGLISH, qm_folder)


@pytest.fixture
def window(qtbot, store, language: str, monkeypatch, tmp_path: Path) -> Iterator[Harness]:
    sample = tmp_path / "article.txt"
    sample.write_text(TEXT, "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(sample)], ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(sample), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    article = add_article(store)
    harness = Harness(qtbot, store)
    harness.open(article)
    start = TEXT.index("5%")
    harness.view.select_span(start, start + 2)
    harness.view.setFocus()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.keyClick(harness.view, Qt.Key.Key_2)  # the editor shows its fields
    harness.wait()
    yield harness
    harness.wait()
    harness.window.close()
    harness.runner.shutdown()


def test_the_menus_have_no_clashes(window: Harness) -> None:
    assert clashes(menu_titles(window.window)) == {}
    for menu_id in MenuId:
        menu = window.registry.menu(menu_id)
        assert clashes(menu_items(menu)) == {}, menu.title()


def test_the_main_window_and_its_menu_bar_have_no_clashes(window: Harness) -> None:
    pairs = [*controls(window.window), *menu_titles(window.window)]
    assert clashes(iter(pairs)) == {}


def test_every_dialog_and_window_has_no_clashes_and_opens_centred(window: Harness) -> None:
    every: dict[str, Opened] = {}
    for action_id in OPENS_A_WINDOW:
        every.update(windows_opened_by(window, action_id))
    assert len(every) >= len(OPENS_A_WINDOW)
    assert {title: seen.clashes for title, seen in every.items() if seen.clashes} == {}
    centre = window.window.frameGeometry().center()
    for title, seen in every.items():
        assert seen.screen.contains(seen.frame), title  # no larger than the screen
        # centred on the window, unless the screen's edge held it back
        offset = seen.frame.center() - centre
        held = seen.frame.left() == seen.screen.left() or seen.frame.right() == seen.screen.right()
        assert abs(offset.x()) <= NEAR or held, (title, offset)
        held = seen.frame.top() == seen.screen.top() or seen.frame.bottom() == seen.screen.bottom()
        assert abs(offset.y()) <= NEAR or held, (title, offset)
    first_run = FirstRunDialog("someone", window.window)
    first_run.show()
    assert clashes(controls(first_run)) == {}
    first_run.reject()
