"""Switching the theme while an article is open: the reader's fills, captions, underlines
and marks, the suggestions drawn over it and the panel's label headings follow at once and
stay readable (issue 12: light fills on dark and a dark-blue heading on dark grey)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from marginalia.desktop.colours import contrast
from marginalia.desktop.panel.model import readable
from marginalia.desktop.prefs import apply_theme
from marginalia.desktop.settings import Theme

from .helpers import TEXT, add_article
from .test_tagging import fill_at


@pytest.fixture
def system_theme_after(qapp) -> Iterator[None]:
    yield
    apply_theme(Theme.SYSTEM)


def fill_and_text(view, offset: int) -> tuple[QColor, QColor]:
    return fill_at(view, offset), view.palette().color(QPalette.ColorRole.Text)


def test_a_theme_switched_live_is_followed_everywhere(app_window, system_theme_after) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    view = app_window.view
    start = TEXT.index("unemployment")
    view.select_span(start, start + len("unemployment"))
    QTest.keyClick(view, Qt.Key.Key_1)
    app_window.wait()
    app_window.session.select(None)
    panel = app_window.panel
    for theme in (Theme.LIGHT, Theme.DARK, Theme.LIGHT, Theme.DARK):
        apply_theme(theme)
        QApplication.processEvents()  # Qt posts the palette change to every widget
        base = view.palette().base().color()
        assert (base.lightness() < 128) == (theme is Theme.DARK)
        fill, text = fill_and_text(view, start)
        # the fill is blended over this theme's background, and the text reads on it
        assert contrast(text, fill) >= 4.5, (theme, fill.name(), text.name())
        assert fill != base
        # lines, marks and suggestion underlines: at least 3:1 on the background
        for label in ("claim", "figure", "caption"):
            assert contrast(view.ink(label), base) >= 3.0, (theme, label)
        # the panel's label headings: text contrast on the list's background
        tree_base = panel.list.palette().base().color()
        model = panel.model
        headings = [look for row in range(model.rowCount()) if (look := model.look(row)).colour]
        assert len(headings) == len(app_window.store.schema().labels)
        for look in headings:
            assert look.colour is not None
            heading = readable(look.colour, tree_base)  # what the delegate paints
            assert contrast(heading, tree_base) >= 4.5, (theme, look.text, heading.name())
        # the Suggestions list's label column too
        suggestions = app_window.workspace.suggestions.list
        rows = [
            suggestions.tree.topLevelItem(i) for i in range(suggestions.tree.topLevelItemCount())
        ]
        assert rows
        for row in rows:
            assert row is not None
            assert contrast(row.foreground(0).color(), tree_base) >= 4.5, (theme, row.text(0))
        # the caption the reader inserts under an image is muted but readable
        caption = next(p for p in view._placed if p.caption_shown)
        cursor = view.textCursor()
        cursor.setPosition(caption.position + 3)
        assert contrast(cursor.charFormat().foreground().color(), base) >= 3.0
