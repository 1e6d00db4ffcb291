"""Captions v9.9: a review of pages nobody annotated (83 news articles with pictures from the
free collections, 39 Chinese and 44 English; ADR 0138, docs/performance.md "Captions v9.9 (a
review of unannotated pages)"). Each error the review found, in general form, on lines written
for it:

- A short caption the import found (``Nintendo``, a photo's credit alone) opening a longer line
  (``Nintendo Switch Lite for $200``, the product's heading under the picture) is not that line;
  a caption followed by its credit still is.
- A line under a picture whose caption the import found elsewhere is no caption by its looks
  alone (the caption was a repeat the page's import lost; the line is body text).
- A teaser's title under its thumbnail, its date on the next line, is no caption even when the
  thumbnail's alt says it.
- A page's notice about its rights (``All rights reserved``, ``如有侵权，请联系删除``) is no
  caption, not even as the caption the import found for a logo.
- A reporter's byline crediting the text (``记者马俊峰/文受访者供图``) is no caption away from
  the picture; its photo credit still makes the line above it, under the picture, the caption.
- A page's buttons and link headings under icons (``发送给朋友``, ``打印本文``, ``推荐阅读``) are
  furniture, not short captions.
- An infographic's source under it (``Source: Repeat Project``), its figcaption as often, is not
  marked (rules 2.3), unless it credits a photo too.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.captions import DETECTOR

from .captioned import IMG, page, saved_page

BODY = "The police said on Monday that the suspect had been arrested after a three-day search."
MORE = "Officers searched the house for several hours and took away two computers and a phone."


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")


def test_a_one_word_credit_is_not_the_heading_it_opens() -> None:
    heading = "Nintendo Switch Lite for $200"
    assert page(IMG, heading, "See it now: Amazon", BODY, captions=("Nintendo",)) == []


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Nintendo", "Nintendo"),
        ("Rebecca Cooke at the Qatar World Cup Credit: PA", "Rebecca Cooke at the Qatar World Cup"),
        ("The road to retiring early isn't easy. Kathrin Ziegler/Getty", "The road to retiring"),
    ],
)
def test_a_caption_alone_or_with_its_credit_is_still_its_line(line: str, caption: str) -> None:
    assert page(IMG, line, BODY, captions=(caption,)) == [(line, 0)]


def test_the_line_under_a_picture_whose_caption_was_lost_is_body_text() -> None:
    line = "T1 on the other hand, paired Xayah and Rakan at bot, and opted for Akali."
    assert page(IMG, line, BODY, captions=("Screenshot by Kristine Tuting/ONE Esports",)) == []
    # where nothing says what the import found, the same line under a picture reads like one
    assert page(IMG, line, BODY, captions=()) == [(line, 0)]


def test_its_own_credit_still_makes_it_a_caption() -> None:
    line = "Players on stage after the final. (Photo by Jane Doe)"
    assert page(IMG, line, BODY, captions=("Riot Games",)) == [(line, 0)]


@pytest.mark.parametrize("date", ["2019年09月06日", "2019-09-06 11:37", "Sept. 6, 2019"])
def test_a_teasers_title_then_its_date_is_no_caption(date: str) -> None:
    title = "海尔4名员工午休被开除 员工：只有30分钟午餐时间"
    assert page(IMG, title, date, "243,325", captions=(None,), alts=(title,)) == []


def test_the_alt_said_under_a_picture_is_still_its_caption_without_a_date() -> None:
    title = "海尔4名员工午休被开除 员工：只有30分钟午餐时间"
    assert page(IMG, title, BODY, captions=(None,), alts=(title,)) == [(title, 0)]


@pytest.mark.parametrize(
    "notice",
    [
        "图片来自网络，如有侵权，请联系删除。",
        "Photo: Copyright © 2005 Sohu.com Inc. All rights reserved.",
    ],
)
def test_a_rights_notice_is_no_caption(notice: str) -> None:
    assert page(BODY, notice, MORE) == []
    assert page(IMG, BODY, notice, MORE) == []


def test_a_footer_the_import_took_for_a_logos_caption_is_no_caption() -> None:
    footer = "CopyRight@2004-2008 All rights reserved"
    assert page(IMG, footer, "首页", captions=(footer,)) == []


def test_a_byline_crediting_the_text_is_no_caption_but_credits_the_line_above() -> None:
    caption = "郭荣梅指挥乐团练习"
    byline = "顶端新闻·河南商报记者马俊峰/文受访者供图"
    assert page(IMG, caption, byline, BODY) == [(caption, 0)]
    assert page(BODY, byline, MORE) == []


def test_a_pages_buttons_under_icons_are_no_short_captions() -> None:
    # Yahoo's old article page: an icon before each button, a paragraph after two of them
    links = "·2004年十大科技骗局揭晓，老中医绝食四十九天居首，专家称其违背常识"
    icons = [IMG, "推荐阅读", links, IMG, "发送给朋友", IMG, "打印本文", "财经新闻TOP10:"]
    icons += [IMG, "关闭窗口", IMG, "热点专题", links]
    assert page(*icons) == []


@pytest.mark.parametrize(
    "source",
    ["Source: Repeat Project", "Data source: China Electricity Council", "数据来源：国家统计局"],
)
def test_an_infographics_source_is_not_marked(source: str) -> None:
    assert page(IMG, source, BODY, captions=(source,)) == []
    assert page(IMG, source, BODY) == []


def test_a_source_that_credits_a_photo_is_still_a_caption() -> None:
    line = "Sources: New York Times, NBC News. Photo Credit: Gage Skidmore/Flickr"
    assert page(IMG, line, BODY, captions=(line,)) == [(line, 0)]


def test_set_12s_teaser_is_no_longer_a_caption() -> None:
    saved = saved_page(12, "gne-sina-3")
    assert saved.found <= saved.gold
    assert not any(
        saved.article.text[start:end].startswith("海尔4名员工") for start, end, _ in saved.found
    )


def test_set_13s_shared_credits_stand_under_each_picture() -> None:
    saved = saved_page(13, "pl-today")
    assert len(saved.gold) == 6
    assert saved.found == saved.gold
