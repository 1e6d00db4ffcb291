"""Latin punctuation in mixed text is set in a Latin font; CJK punctuation in the CJK font,
checked on the glyphs Qt really lays out in the reader (ADR 0062)."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtGui import QFontDatabase

from marginalia.db.store import NewArticle
from marginalia.desktop.reader.document import CJK_FAMILIES, latin_family, reader_font
from marginalia.desktop.reader.typography import cjk_punctuation, main_script

ZH = "部長說：“江北造”的汽車doesn’t賣得好。他認為‘新質’生產力……這是“1500億元”。\n"
EN = "The minister doesn’t agree — “no” — he said… 他说“你好”吗\n"


def marks(text: str) -> list[str]:
    return [text[a:b] for a, b in cjk_punctuation(text)]


def test_marks_follow_the_letters_around_them() -> None:
    assert main_script(ZH) == "cjk" and main_script(EN) == "latin"
    # the apostrophe between Latin letters stays Latin in a Chinese article
    apostrophe = ZH.index("’t")
    assert all(not a <= apostrophe < b for a, b in cjk_punctuation(ZH))
    assert marks(ZH) == ["“", "”", "‘", "’", "……", "“", "”"]
    # in an English article only the quotes inside Chinese are CJK
    assert marks(EN) == ["“", "”"]


def font_of(view, offset: int) -> tuple[str, float]:
    """The family Qt set the character at ``offset`` in, and its advance in pixels."""
    position = view.mapping.to_document(offset)
    block = view.document().findBlock(position)
    layout = block.layout()
    inner = position - block.position()
    runs = layout.glyphRuns(inner, 1)
    line = layout.lineForTextPosition(inner)
    advance = line.cursorToX(inner + 1)[0] - line.cursorToX(inner)[0]
    return runs[0].rawFont().familyName(), advance


def test_the_reader_sets_each_mark_in_the_font_it_belongs_to(app_window) -> None:
    if not any(family in QFontDatabase.families() for family in CJK_FAMILIES):
        pytest.skip("no CJK font installed (Debian: fonts-noto-cjk)")
    sha = hashlib.sha256(ZH.encode()).hexdigest()
    article = app_window.store.add_articles([NewArticle(sha, ZH, "fonts")]).value[0].id
    app_window.open(article)
    view = app_window.view
    size = view.fontInfo().pixelSize()
    apostrophe, apostrophe_width = font_of(view, ZH.index("’t"))
    assert apostrophe == latin_family() and apostrophe_width < size * 0.6
    letter, _width = font_of(view, ZH.index("doesn"))
    assert letter == latin_family()
    quote, quote_width = font_of(view, ZH.index("“江"))
    assert quote in CJK_FAMILIES and quote_width > size * 0.8
    han, _width = font_of(view, ZH.index("江"))
    assert han in CJK_FAMILIES
    # the reader's Latin family is a real family, not an alias that a CJK font answers for
    assert latin_family() not in CJK_FAMILIES
    assert reader_font().families()[0] == latin_family()
