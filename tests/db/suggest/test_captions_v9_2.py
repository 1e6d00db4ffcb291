"""Captions v9.2: forms of the misses of sets 9–16 (after held-out 16's first run), each in
general form, on lines written for it (docs/performance.md, "Captions v9.2 (sets 9–16)").

- A line under a picture with a bare photo credit on the line after it is the picture's
  caption up to :data:`MAX_CREDITED_CAPTION_CHARS` long, as a line with its own credit is (a
  wire photo's long caption, then ``Chip Somodevilla/Getty Images``), when it says it in one
  or two sentences; a paragraph that runs on is body text.
- A short Chinese title (a comma, a space, a name alone allowed) under each of five pictures
  in a row or more, each title followed by a paragraph, captions its picture (a recap page:
  picture, ``陈升``, the paragraph about him, …); fewer are a feature's subheadings
  (``test_captions_v8_1``: four).
"""

from __future__ import annotations

import re

import pytest

from marginalia.db.suggest.captions import (
    MAX_CAPTION_CHARS,
    MAX_CREDITED_CAPTION_CHARS,
)

from .captioned import IMG, page, saved_page

BODY = (
    "The council voted on Tuesday to extend the programme for another two years, a spokesman "
    "for the city said, after a review found that it had cut waiting times by a third."
)
LONG_CAPTION = (
    "Marchers carry banners along Pennsylvania Avenue toward the Capitol during the rally in "
    "Washington on Saturday, Dec. 13, 2014, as organisers led thousands of people through the "
    "centre of the capital behind the families of victims."
)
CREDIT = "Chip Somodevilla/Getty Images"


def test_a_long_line_under_a_picture_with_a_credit_after_it_is_the_caption() -> None:
    assert MAX_CAPTION_CHARS < len(LONG_CAPTION) <= MAX_CREDITED_CAPTION_CHARS
    assert page(IMG, LONG_CAPTION, CREDIT, BODY) == [(LONG_CAPTION, 0), (CREDIT, 0)]


def test_a_long_line_with_no_credit_after_it_is_body_text() -> None:
    assert page(IMG, LONG_CAPTION, BODY) == []


def test_a_credit_under_the_next_picture_does_not_make_a_long_line_a_caption() -> None:
    # image, long line, image, credit: the credit is the second picture's
    assert page(IMG, LONG_CAPTION, IMG, CREDIT, BODY) == [(CREDIT, 1)]


def test_a_paragraph_longer_than_the_bound_is_body_text_even_with_a_credit_after_it() -> None:
    paragraph = f"{LONG_CAPTION} {BODY}"
    assert len(paragraph) > MAX_CREDITED_CAPTION_CHARS
    assert page(IMG, paragraph, CREDIT, BODY) == [(CREDIT, 0)]


def test_a_long_paragraph_that_runs_on_is_body_text_even_with_a_bare_credit_after_it() -> None:
    paragraph = (
        "The march began at noon. Organisers said thousands had come from across the country. "
        "Police closed the avenue for the whole afternoon and the evening. The families of the "
        "victims spoke at the Capitol."
    )
    assert MAX_CAPTION_CHARS < len(paragraph) <= MAX_CREDITED_CAPTION_CHARS
    assert page(IMG, paragraph, CREDIT, BODY) == [(CREDIT, 0)]


def test_a_credit_line_with_its_own_description_leaves_a_long_line_above_it_alone() -> None:
    described = "2月17日，护士在献血浆时拍照留念。新华社记者 才扬 摄"
    assert page(IMG, LONG_CAPTION, described, BODY) == [(described, 0)]


PARAGRAPHS = (
    "2004年6月，艺人甲也传出因欠下赌债而遭痛殴，外界众说纷纭，他在医院接受手术后露脸向媒体说明一切。",
    "2003年3月15日，歌手乙于一间商场内遭两名青年挑衅，双方展开近半小时的追逐战，最后由警方处理。",
    "2002年2月23日，演员丙在九龙塘一食肆遭两名大汉打了三个耳光，其后他表示事发地点并非食肆。",
    "2001年7月6日深夜，主持人丁与朋友相约到一家酒吧消遣，其间有3名大汉闯入，他头部缝了5针。",
    "2002年6月27日凌晨，歌手戊在喝酒时被人用酒瓶砸伤，经过两年诉讼，打人者被判5年8个月徒刑。",
)
TITLES = ("整容手术后，露面说案情", "歌手乙", "丙心有余悸", "丁亲述被打经过 期间三度洒泪", "歌手戊")


def test_titles_under_five_pictures_in_a_row_each_before_a_paragraph_are_captions() -> None:
    # picture, its title, the paragraph about it; again and again (held-out 16's recap page)
    items: list[object] = ["近日娱乐圈被打事件频频发生，让我们回顾一下众明星被打事件："]
    for title, paragraph in zip(TITLES, PARAGRAPHS, strict=True):
        items += [IMG, title, paragraph]
    assert page(*items) == [(title, n) for n, title in enumerate(TITLES)]


def test_two_pictures_with_a_short_line_after_them_are_subheadings_not_captions() -> None:
    # a feature whose sections open on a picture now and then: picture, subheading, section
    items: list[object] = [PARAGRAPHS[0], IMG, "繁星中的引导者", PARAGRAPHS[1], IMG]
    items += ["关于未来，她选择一如既往", PARAGRAPHS[2], IMG, PARAGRAPHS[3]]
    assert page(*items) == []


def test_four_pictures_in_a_row_with_titles_are_too_few() -> None:
    items: list[object] = []
    for title, paragraph in zip(TITLES[:4], PARAGRAPHS, strict=False):
        items += [IMG, title, paragraph]
    assert page(*items) == []


def test_a_picture_followed_by_its_paragraph_breaks_the_run() -> None:
    # six pictures with a title, three and three, a picture with only its paragraph between
    items: list[object] = []
    for title, paragraph in zip(TITLES[:3], PARAGRAPHS, strict=False):
        items += [IMG, title, paragraph]
    items += [IMG, PARAGRAPHS[4]]
    for title, paragraph in zip(
        (*TITLES[3:], "歌手己"), (*PARAGRAPHS[3:], PARAGRAPHS[0]), strict=True
    ):
        items += [IMG, title, paragraph]
    assert page(*items) == []


def test_a_line_that_ends_a_sentence_is_no_title() -> None:
    items: list[object] = []
    for title, paragraph in zip(("他走出了医院。", *TITLES[1:]), PARAGRAPHS, strict=True):
        items += [IMG, title, paragraph]
    assert page(*items) == []


@pytest.mark.parametrize(
    ("number", "article_id"), [(15, "n4k-theroot-1"), (16, "cw-star-assaults")]
)
def test_the_saved_pages_captions_right_under_their_pictures_are_found(
    number: int, article_id: str
) -> None:
    """The pages whose misses these forms are (development data since their first runs): every
    gold caption on the line right under its picture is found, with its image. (Held-out 16's
    first title stands under an advertisement's two link lines, not under its picture.)"""
    saved = saved_page(number, article_id)
    article = saved.article
    line_starts = [m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", article.text)]
    wanted = {
        (span["start"], span["end"], span["image_index"])
        for span in saved.gold_spans
        if span["start"] == min(s for s in line_starts if s >= article.images[span["image_index"]])
    }
    assert wanted
    assert wanted <= saved.found
