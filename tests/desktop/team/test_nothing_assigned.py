"""A work package for an annotator with nothing assigned and nothing ticked: the window says
what to do in the window — tick the articles in its list — where the library's sentence, the
command line's, says "name them with --article" (ADR 0117, round 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from marginalia.db import assign, assignments, unassign
from marginalia.desktop import ask
from marginalia.desktop.team.work import WorkDialog

from ..conftest import Harness
from ..helpers import add_article


def open_with_nothing_ticked(harness: Harness) -> WorkDialog:
    add_article(harness.store, images=False)
    dialog = WorkDialog(harness.workspace)
    dialog.show()
    harness.wait()
    harness.qtbot.waitUntil(lambda: dialog.articles.count() == 1)
    dialog.articles.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.annotator.setEditText("alice")
    return dialog


def test_the_chinese_window_says_to_tick_the_articles(
    chinese_window: Harness, tmp_path: Path
) -> None:
    dialog = open_with_nothing_ticked(chinese_window)
    out = tmp_path / "alice.marginalia"
    dialog.make_package(out)
    assert dialog.status.text() == "alice 没有被分配的文章：请在列表中勾选要放入工作包的文章。"
    assert "--article" not in dialog.status.text()
    assert not out.exists() and dialog.package_button.isEnabled()
    dialog.close()


def test_the_english_window_says_to_tick_the_articles(app_window: Harness, tmp_path: Path) -> None:
    dialog = open_with_nothing_ticked(app_window)
    dialog.make_package(tmp_path / "alice.marginalia")
    assert dialog.status.text() == (
        "alice has no assigned articles: tick the articles for the package in the list."
    )
    dialog.close()


def test_an_assignment_taken_back_meanwhile_is_told_in_the_windows_words(
    chinese_window: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list said alice had an article; somebody took it back before the package was
    written: the library refuses, and the window says it as the window would."""
    store = chinese_window.store
    article = add_article(store, images=False)
    assign(store, [article], ["alice"])
    dialog = WorkDialog(chinese_window.workspace)
    dialog.show()
    chinese_window.wait()
    chinese_window.qtbot.waitUntil(lambda: "alice" in dialog.articles.item(0).text())
    dialog.articles.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.annotator.setEditText("alice")
    unassign(store, [article], "alice")
    assert list(assignments(store)) == []
    told: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(
        ask, "inform", lambda _p, title, text, warning=False: told.append((title, text, warning))
    )
    dialog.make_package(tmp_path / "alice.marginalia")
    chinese_window.qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    sentence = "alice 没有被分配的文章：请在列表中勾选要放入工作包的文章。"
    assert told == [("工作包", sentence, True)]
    assert dialog.status.text() == sentence and dialog.package_button.isEnabled()
    dialog.close()
