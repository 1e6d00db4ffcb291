"""Captions v8.1 (issue 15): the caption forms of held-out 10's first run, in general form.

- Short unpunctuated lines right under several pictures, most of a page's, caption each other
  even when no other caption is found on the page (a conference report: picture, ``大会开幕式``,
  its paragraph, picture, ``大会主会场``, picture, ``大会分会场`` …), when they are not
  subheadings (one at least stands between two pictures; a subheading is followed by its
  section's text) and not a list of teasers (two at least are followed by a paragraph).
- A line that credits the article's text or editing (``…供稿 摄影/张艳 编辑/苏芳``) is page
  furniture: no caption, and no evidence that the body line before it is one; right under a
  picture it is still that picture's credit.
"""

from __future__ import annotations

import pytest

from .captioned import IMG, page

BODY = "5月11日上午，大会开幕式在西南大学圆顶报告厅举行，来自全国的专家学者参加开幕式并先后致辞。"
BODY2 = "本次大会共收到学术论文300余篇，设立了9个分会场和2个开放性论坛，与会专家学者作了专题报告。"
BODY3 = "闭幕式由专业委员会副主任主持，主任作了大会总结发言，并向与会代表发出下一届年会的邀请。"


# -- short lines that caption each other --------------------------------------------------------


def test_short_lines_under_most_pictures_caption_each_other() -> None:
    found = page(
        BODY, IMG, "大会开幕式", BODY, IMG, "大会主报告", BODY2, IMG, "大会主会场", IMG,
        "大会分会场", BODY2, IMG, "青年优秀论文颁奖典礼", IMG, "下届承办单位接受会旗并合影", BODY3,
    )  # fmt: skip
    assert found == [
        ("大会开幕式", 0),
        ("大会主报告", 1),
        ("大会主会场", 2),
        ("大会分会场", 3),
        ("青年优秀论文颁奖典礼", 4),
        ("下届承办单位接受会旗并合影", 5),
    ]


def test_subheadings_with_pictures_between_them_are_not_captions() -> None:
    """Each short line is followed by its own section's text, never by the next picture."""
    found = page(
        BODY, IMG, "大会开幕式", BODY, IMG, "大会主报告", BODY2, IMG, "专题分会场", BODY2, IMG,
        "大会闭幕式", BODY3,
    )  # fmt: skip
    assert found == []


def test_a_list_of_teasers_under_pictures_is_not_captions() -> None:
    """Picture, title, picture, title …: one paragraph after the list is not enough."""
    assert page(BODY, IMG, "网易携手华泰证券", IMG, "重点推荐栏目", IMG, "财经头条新闻") == []
    assert (
        page(BODY, IMG, "网易携手华泰证券", IMG, "重点推荐栏目", IMG, "财经头条新闻", BODY2) == []
    )


def test_two_short_lines_under_pictures_are_too_few() -> None:
    assert page(BODY, IMG, "大会主会场", IMG, "大会分会场", BODY2, IMG, BODY3) == []


def test_short_lines_under_fewer_than_most_pictures_are_not_captions() -> None:
    found = page(
        IMG, "大会主会场", IMG, "大会分会场", BODY2, IMG, "大会闭幕式", BODY3, IMG, BODY, IMG,
        BODY2, IMG, BODY3,
    )  # fmt: skip
    assert found == []


@pytest.mark.parametrize("line", ["责任编辑张三", "本报记者张三报道", "重庆日报讯"])
def test_furniture_under_pictures_does_not_count_as_their_captions(line: str) -> None:
    found = page(BODY, IMG, "大会主会场", IMG, line, BODY, IMG, "大会闭幕式", BODY3)
    assert found == []


# -- the article's credits ------------------------------------------------------------------------

CREDITS = "医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳"
LAST = (
    "此次的大赛成绩较去年有了显著的提升，这是药剂科全体同仁不断努力精进自己的结果，提高了服务水平。"
)


@pytest.mark.parametrize("line", [CREDITS, "药剂科供稿 摄影：张艳", "摄影/张艳 编辑：苏芳"])
def test_the_article_s_credits_after_its_last_paragraph_are_no_caption(line: str) -> None:
    """Neither the credit line nor the paragraph under the picture before it."""
    assert page(BODY, IMG, LAST, line, "版权所有 湖南省中医药研究院附属医院") == []


def test_a_photographer_s_credit_after_the_paragraph_under_a_picture_is_still_a_caption() -> None:
    assert page(BODY, IMG, LAST, "摄影/张艳") == [(LAST, 0), ("摄影/张艳", 0)]


def test_the_article_s_credits_right_under_a_picture_are_its_credit() -> None:
    assert page(BODY, IMG, CREDITS, BODY2) == [(CREDITS, 0)]
