"""Captions the page's layout marks without a caption element (captions v9, ADR 0112).

A centred paragraph under a picture the page centres, and an element with a description's
class right after an image (``<i class="desc">``), are the image's caption when the text holds
them at the image; they are never put back into the text, and a page that centres all its
text, or a long centred paragraph, marks nothing. The real pages are held-out 10's conference
report (``gne/gsc/1.html``: seven captions centred under centred pictures) and held-out 4's
Tencent page (``gne/qq/qq.html``: ``<i class="desc">``), installed outside the repository.
"""

from __future__ import annotations

import pytest

from marginalia.db.article_import.html import parse_html
from tests.db.suggest.imported import PAGES

from .test_html_text_rules import article_page

CENTRED_PICTURE = "<p style='text-align: center'><img src='https://example.org/{0}.jpg'></p>"
BODY = "<p>会议由中国地理学会主办，来自全国各地的三百多名学者参加了本次年会的各项议程。</p>"


def captions(body: str) -> list[str | None]:
    article = parse_html(article_page(body), source="t.html", base_dir=None)
    for image in article.images:
        if image.caption:
            assert article.text[image.offset :].startswith(image.caption)
    return [image.caption for image in article.images]


def test_a_centred_line_under_a_centred_picture_is_its_caption() -> None:
    body = (
        CENTRED_PICTURE.format(1) + "<p style='text-align:center'><span>大会开幕式</span></p>"
        + BODY + CENTRED_PICTURE.format(2) + "<p align='center'>大会主会场</p>"
        + CENTRED_PICTURE.format(3) + "<div style='TEXT-ALIGN: CENTER'>大会分会场</div>" + BODY
    )  # fmt: skip
    assert captions(body) == ["大会开幕式", "大会主会场", "大会分会场"]


def test_a_class_that_centres_counts_as_centring() -> None:
    body = (
        "<p class='f_center'><img src='https://example.org/1.jpg'><br></p>"
        "<p class='f_center'>各地高温津贴一览。</p>" + BODY
        + "<p><img class='aligncenter' src='https://example.org/2.jpg'></p>"
        "<p class='has-text-align-center'>大会主会场</p>" + BODY
    )  # fmt: skip
    assert captions(body) == ["各地高温津贴一览。", "大会主会场"]


def test_a_page_that_centres_its_text_marks_no_caption() -> None:
    centred_body = BODY.replace("<p>", "<p style='text-align: center'>")
    body = CENTRED_PICTURE.format(1) + "<p align='center'>2012年6月24日</p>" + centred_body
    assert captions(body) == [None]


def test_a_long_centred_paragraph_is_body_text() -> None:
    long = "会议强调，" + "要大力开展最美退役军人评选表彰活动，积极推行关爱退役军人的新模式。" * 3
    body = CENTRED_PICTURE.format(1) + f"<p style='text-align:center'>{long}</p>" + BODY
    assert captions(body) == [None]


def test_a_centred_line_under_a_picture_the_page_does_not_centre_is_no_caption() -> None:
    body = "<p><img src='https://example.org/1.jpg'></p><p align='center'>大会开幕式</p>" + BODY
    assert captions(body) == [None]


def test_a_description_after_an_image_is_its_caption_where_the_text_holds_it() -> None:
    body = (
        "<p>他创作的《春天在哪里》也成了世界儿童乐坛中的名曲，被人们誉为当代儿歌大王。</p>"
        "<p><img src='https://example.org/1.jpg'><i class='desc'>家中曾堆满他的音像作品</i></p>"
        + BODY
    )
    assert captions(body) == ["家中曾堆满他的音像作品"]


def test_a_description_the_text_does_not_hold_is_not_put_back() -> None:
    body = (
        BODY + "<div class='related'><img src='https://example.org/1.jpg'>"
        "<span class='desc'>你可以 刷新 试试</span></div>" + BODY
    )
    article = parse_html(article_page(body), source="t.html", base_dir=None)
    assert "刷新" not in article.text
    assert all(image.caption is None for image in article.images)


def _installed(page: str) -> bytes:
    path = PAGES / page
    if not path.is_file():
        pytest.skip(f"{page} is not installed in {PAGES} (tests/db/suggest/install_pages.py)")
    return path.read_bytes()


def test_held_out_10s_conference_report_has_its_centred_captions() -> None:
    article = parse_html(_installed("gne/gsc/1.html"), source="1.html", base_dir=None)
    found = [image.caption for image in article.images if image.caption]
    assert found == [
        "大会开幕式", "大会主报告", "大会主会场", "大会分会场", "大会闭幕式",
        "青年优秀论文颁奖典礼",
    ]  # fmt: skip


def test_held_out_4s_tencent_page_has_its_description_caption() -> None:
    article = parse_html(_installed("gne/qq/qq.html"), source="qq.html", base_dir=None)
    assert [image.caption for image in article.images if image.caption] == [
        "家中曾堆满他的音像作品"
    ]
