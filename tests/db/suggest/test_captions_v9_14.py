"""Captions v9.14 (ADR 0140, "v9.14"): held-out 28's first run, its three misses on one page.

- ``…合影，图自外媒``, ``…拍照，图自推特``: where the picture came from (``图自…``), after a comma
  or a sentence's end and ending the line, is a picture's credit (观察者网's style); ``企图自杀``,
  ``试图自救`` and ``地图自动更新`` are not.
- ``推特截图``, ``微博截圖``: a short line that is only a screenshot's source, a name and
  ``截图``, is a picture's caption; a sentence that mentions a screenshot is not.
- v9.13's first detector miss left: under one of two pictures side by side, a line that is its
  alt word for word may run to 360 characters, as a credited caption may (the Daily Mail's
  270-character ``imageCaption``); a teaser list of three stays none.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.caption_credits import has_credit
from marginalia.db.suggest.captions import DETECTOR

from .captioned import IMG, page, saved_page

BODY = "22日，已有一个多月没发过推特的J.K.罗琳突然连发8条推文，讲述她近期遭到“人肉搜索”的经历。"
LONG_BODY = (
    "据美国全国广播公司报道，拍摄并传播罗琳住址照片的3人分别是英国喜剧演员、演员和一名活动人士，"
    "他们在社交媒体上发布了照片，随后照片被大量转发，有人向推特客服举报这张图片违反推特服务条款。"
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")


@pytest.mark.parametrize(
    "line",
    [
        "J.K.罗琳曾与《哈利·波特》系列电影主演们合影，图自外媒",
        "3人在J.K.罗琳家门口拍照，图自推特",
        "抗议者聚集在议会大楼前。图自路透社",
        "示威現場，圖自臉書",
    ],
)
def test_where_the_picture_came_from_after_a_comma_is_a_credit(line: str) -> None:
    assert has_credit(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "嫌犯当晚企图自杀，被警方及时制止。",  # 企图自…: no comma before 图
        "他们试图自救",
        "系统升级后，地图自动更新",  # 图自动…: no source
        "这张图自去年起在网上流传，至今已被转发上万次。",  # a clause runs on past the comma
    ],
)
def test_tu_zi_inside_a_sentence_is_no_credit(line: str) -> None:
    assert not has_credit(line, 0, len(line))


@pytest.mark.parametrize("line", ["推特截图", "微博截圖", "（网友朋友圈截图）", "Twitter截图"])
def test_a_screenshots_source_alone_is_a_credit(line: str) -> None:
    assert has_credit(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "有网友将聊天记录截图发到了微博上，引发大量转发。",
        "罗琳在推特上发布了多张截图",
        "这是一位用户通过手机截图后上传的照片",
    ],
)
def test_a_sentence_about_a_screenshot_is_no_credit(line: str) -> None:
    assert not has_credit(line, 0, len(line))


def test_the_credited_lines_are_their_pictures_captions() -> None:
    first = "J.K.罗琳曾与《哈利·波特》系列电影主演们合影，图自外媒"
    shot = "推特截图"
    assert page(LONG_BODY, IMG, first, BODY, IMG, LONG_BODY, IMG, shot, BODY) == [
        (first, 0),
        (shot, 2),
    ]


def test_set_28s_misses_are_found_with_their_pictures() -> None:
    saved = saved_page(28, "wpa-gcw-rowling")
    assert saved.found == saved.gold
    assert len(saved.gold) == 3


DM_LONG = (
    "Chefs Jamie Oliver and Hugh Fearnley-Whittingstall demand assurances that 'lower-standard' "
    "meat, such as US-produced chlorinated chicken or hormone-fed beef, will not be sold in "
    "British stores or served in restaurants"
)
DM_SHORT = (
    "Fitness guru Joe Wicks has also called on the Prime Minister not to 'trade away our "
    "children's futures' in the negotiations"
)
EN_BODY = (
    "And they say that the Covid-19 pandemic has 'raised the stakes' because now, more than ever, "
    "we need to make sure everyone can afford good food."
)


def test_a_long_line_saying_its_alt_beside_a_second_picture_is_its_caption() -> None:
    assert len(DM_LONG) > 180
    items: list[object] = [EN_BODY, IMG, DM_LONG, IMG, DM_SHORT, EN_BODY]
    assert page(*items, alts=(DM_LONG, DM_SHORT)) == [(DM_LONG, 0), (DM_SHORT, 1)]
    # without the alt saying so, the long line is body text; an alt that says only part of it
    # (its first sentence) does not vouch for its length
    assert page(*items, alts=(None, DM_SHORT)) == [(DM_SHORT, 1)]
    assert page(*items, alts=(DM_LONG[:150], DM_SHORT)) == [(DM_SHORT, 1)]


def test_a_line_saying_its_alt_is_held_to_twice_the_caption_length() -> None:
    too_long = (
        DM_LONG
        + ", according to the open letter sent to Downing Street this week by "
        + (
            "an alliance of chefs, celebrities, farmers and charities who fear for the standards"
            " of British food"
        )
    )
    assert len(too_long) > 360
    items: list[object] = [EN_BODY, IMG, too_long, IMG, DM_SHORT, EN_BODY]
    assert page(*items, alts=(too_long, DM_SHORT)) == [(DM_SHORT, 1)]


def test_three_pictures_with_long_lines_stay_a_teaser_list() -> None:
    items: list[object] = [EN_BODY, IMG, DM_LONG, IMG, DM_SHORT, IMG, DM_SHORT, EN_BODY]
    assert page(*items, alts=(DM_LONG, DM_SHORT, DM_SHORT)) == []
