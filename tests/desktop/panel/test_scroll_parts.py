"""The quote's box and the links list hold their scroll bars and the bars' containers, so
placing the bars before each frame finds the same Python objects again instead of making
new ones (issue 14)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from marginalia.desktop.panel.quote import QuoteBox, scroll_parts, settle_scroll_bars


def test_the_bars_and_containers_held_are_the_ones_settled(qtbot):
    box = QuoteBox()
    qtbot.addWidget(box)
    box.show()
    parts = box._scroll_parts
    assert parts == scroll_parts(box)
    assert box.verticalScrollBar() in parts and box.horizontalScrollBar() in parts
    held = [id(part) for part in parts]
    settle_scroll_bars(box)
    assert [id(part) for part in scroll_parts(box)] == held  # found again, not made anew


def test_a_box_without_containers_holds_its_bars(qtbot):
    plain = QListWidget()
    qtbot.addWidget(plain)
    parts = scroll_parts(plain)
    assert parts[0] is plain.horizontalScrollBar()
    assert plain.verticalScrollBar() in parts


def test_the_editors_links_list_holds_its_scroll_parts(app_window):
    editor = app_window.panel.editor
    assert editor._links_scroll_parts == scroll_parts(editor.links)
