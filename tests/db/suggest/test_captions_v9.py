"""Captions v9: a caption the page marks by layout reaches the detector through the import.

A short line without a credit or a full stop under a page's only picture is as often a
subheading and is not taken on its own (ADR 0030); when the page centres it under a centred
picture, or gives it a description's class, the import keeps it as the image's caption
(ADR 0112) and the detector takes it as it takes a ``<figcaption>``.
"""

from __future__ import annotations

import pytest

from marginalia.db.article_import.html import parse_html
from marginalia.db.suggest.captions import find_captions
from tests.db.article_import.html.test_html_text_rules import article_page

from .imported import PAGES

BODY = "<p>会议由中国地理学会主办，来自全国各地的三百多名学者参加了本次年会的各项议程。</p>"


def captions_of(data: bytes) -> list[str]:
    article = parse_html(data, source="t.html", base_dir=None)
    offsets = [image.offset for image in article.images]
    known = [image.caption for image in article.images]
    found = find_captions(article.text, offsets, known, [image.alt for image in article.images])
    return [article.text[c.start : c.end] for c in found]


def test_a_centred_line_under_a_centred_picture_is_found() -> None:
    body = (
        "<p style='text-align:center'><img src='https://example.org/1.jpg'></p>"
        "<p style='text-align:center'>大会开幕式</p>" + BODY
    )
    assert captions_of(article_page(body)) == ["大会开幕式"]


def test_the_same_line_not_centred_is_left_alone() -> None:
    body = "<p><img src='https://example.org/1.jpg'></p><p>大会开幕式</p>" + BODY
    assert captions_of(article_page(body)) == []


def test_held_out_4s_description_caption_is_found() -> None:
    path = PAGES / "gne/qq/qq.html"
    if not path.is_file():
        pytest.skip(f"gne/qq/qq.html is not installed in {PAGES}")
    assert "家中曾堆满他的音像作品" in captions_of(path.read_bytes())
