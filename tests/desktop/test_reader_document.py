"""The reader's document holds the stored text exactly, images inserted where the map says."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from marginalia.db.store import Store
from marginalia.desktop.reader import ReaderView

from .helpers import TEXT, add_article


def test_every_code_point_is_where_the_offset_map_puts_it(qtbot, store: Store) -> None:
    article = store.article(add_article(store))
    view = ReaderView(store.schema())
    qtbot.addWidget(view)
    view.show_article(article, [])
    document = view.document()
    for offset, char in enumerate(TEXT):
        position = view.mapping.to_document(offset)
        found = document.characterAt(position)
        if ord(char) > 0xFFFF:  # two UTF-16 units: read both back
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + 2, QTextCursor.MoveMode.KeepAnchor)
            assert cursor.selectedText() == char
        elif char == "\n":
            assert found == "\u2029"
        else:
            assert found == char, (offset, char, found)
    assert document.characterCount() - 1 == view.mapping.document_length


def test_images_are_inline_and_captions_shown_once(qtbot, store: Store) -> None:
    article = store.article(add_article(store))
    view = ReaderView(store.schema())
    qtbot.addWidget(view)
    view.show_article(article, [])
    plain = view.document().toPlainText()
    assert plain.count("\ufffc") == 2  # two images (one a placeholder)
    assert plain.count("图片说明:江北工厂") == 1  # the caption is already the next line
    assert "Not in the text" in plain  # a caption that is not in the text shows beneath
    assert [p.info.name for p in view._placed] == ["photo.png", "missing.jpg"]
    for placed in view._placed:
        assert view.document().characterAt(placed.position) == "\ufffc"
