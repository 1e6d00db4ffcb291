"""Captions v8 (issue 15): the caption forms of held-out 9's first run, in general form.

- ``◎`` opens a picture's description right under it (39健康网's convention: ``◎ 电影《百元之恋》
  截图``), as ``▼``/``■`` do; after it, a byline (``◎记者 张三``) is no caption.
- ``…。/图：@贾玲微博截图``: a description, then its credit after a slash, is a caption anywhere;
  a byline's ``文/图：张三`` is not.
- ``Pictured …`` (``Pictured right, is …``, ``Pictured from left, are …``) opens a group
  photo's caption, anywhere.
- ``注：…`` right under a picture is its note (a map's key); elsewhere it is the article's.
- A click prompt under a picture (``（点击看清晰大图）``) is never its caption; the line under the
  prompt is judged as the line under the picture.

Each form is tested on the detector with the body lines near it, and the ``◎`` page through a
real import of a small HTML page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from marginalia.db.store import Store
from marginalia.db.suggest.captions import find_captions

from .test_captions_v7 import imported_captions

BODY = "据介绍，航站楼内部装修完成后，预计于今年10月具备试运营条件，将于11月17日开港运营。"
BODY2 = "该项目距离地铁四号线南沙客运港站仅约500米，是第一家实现与地铁无缝接驳的邮轮母港。"
EN_BODY = "The book club meets on the first Saturday of every month at the Waterfront store."
EN_BODY2 = "Members said the sessions had helped them find new authors and make new friends."


def under_a_picture(line: str, body: str = BODY, after: str = BODY2) -> list[str]:
    """The captions found when ``line`` stands right under a picture between two body lines."""
    text = f"{body}\n{line}\n{after}\n"
    anchor = len(body) + 1
    return [text[c.start : c.end] for c in find_captions(text, [anchor], (None,))]


def away_from_pictures(line: str, body: str = BODY, after: str = BODY2) -> list[str]:
    """The captions found when ``line`` stands between two body lines on a page without
    pictures."""
    text = f"{body}\n{line}\n{after}\n"
    return [text[c.start : c.end] for c in find_captions(text, [], ())]


# -- ◎ under a picture -------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["◎ 电影《百元之恋》截图", "◎ 文化广场夜景", "◎贾玲在发布会现场"])
def test_a_line_opened_by_a_bullseye_under_a_picture_is_its_caption(line: str) -> None:
    assert under_a_picture(line) == [line]


def test_a_line_opened_by_a_bullseye_away_from_any_picture_is_not_a_caption() -> None:
    assert away_from_pictures("◎ 文化广场夜景") == []


@pytest.mark.parametrize(
    "line",
    ["◎记者 张三", "◎ 本报记者 李四 通讯员 王五", "◎ 文｜张三", "◎作者：王五", "◎ 来源：人民网"],
)
def test_a_byline_after_a_bullseye_is_not_a_caption(line: str) -> None:
    assert under_a_picture(line) == []


@pytest.mark.parametrize("line", ["◎ 点击下方视频看全程", "◎ 你准备好了吗？"])
def test_pointers_and_questions_after_a_bullseye_are_not_captions(line: str) -> None:
    assert under_a_picture(line) == []


# -- a description, then /图： and its credit ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "◎ 贾玲说想让观众看到一个人积极的样子、开始爱自己的样子。/图：@贾玲微博截图",
        "◎ 不少人采用激光手段治疗肥胖。/图：锐景视觉",
        "◎ 图：123rf",
        "专家认为，减肥应该运动和健康饮食相结合。/图：123rf",
    ],
)
def test_a_description_then_a_slash_credit_is_a_caption_anywhere(line: str) -> None:
    assert away_from_pictures(line) == [line]
    assert under_a_picture(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "◎文/图：张三",
        "文/图：本报记者 张三",
        # a body sentence that names a picture credit in passing, then goes on
        "网友在转发时注明“图：网络”，随后该图片被大量转载，引发了对版权归属的讨论。",
    ],
)
def test_a_byline_or_body_text_with_a_slash_is_not_a_caption(line: str) -> None:
    assert away_from_pictures(line) == []


# -- Pictured … ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Pictured right, is reader Nicole Bresler, speaking to the novelist at the store.",
        "Pictured from left, are romance novelists Therese Beharrie and Kelly L. Clarke.",
        "Pictured at the back, from left, are authors Jo Watson and Lindsay Norman.",
        "Pictured: the new ferry terminal at dusk",
    ],
)
def test_a_pictured_line_is_a_caption_anywhere(line: str) -> None:
    assert away_from_pictures(line, EN_BODY, EN_BODY2) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "She pictured herself on the podium long before she won her first race in 2019.",
        "Pictures of the flooded road were shared thousands of times on social media.",
        "Picturesque villages line the route, which the council says draws 40,000 walkers.",
    ],
)
def test_body_lines_that_picture_something_are_not_captions(line: str) -> None:
    assert away_from_pictures(line, EN_BODY, EN_BODY2) == []


# -- 注： under a picture -----------------------------------------------------------------------


NOTE = "注：红色为所有车辆绕行线路图，蓝色仅为小型车辆绕行线路图。"


def test_a_note_right_under_a_picture_is_its_caption() -> None:
    assert under_a_picture(NOTE) == [NOTE]


def test_a_note_away_from_any_picture_is_not_a_caption() -> None:
    assert away_from_pictures(NOTE) == []
    assert away_from_pictures("注：以上数据来源于国家统计局。") == []


def test_a_note_after_body_text_under_a_picture_is_not_its_caption() -> None:
    # the picture's line is body text; the note below it is the article's
    text = f"{BODY}\n{BODY2}\n{NOTE}\n"
    assert find_captions(text, [len(BODY) + 1], (None,)) == []


def test_a_body_length_note_under_a_picture_is_not_a_caption() -> None:
    assert under_a_picture("注：" + BODY * 5) == []


# -- a click prompt under a picture ---------------------------------------------------------


@pytest.mark.parametrize("prompt", ["（点击看清晰大图）", "点击查看大图", "(点此看原图)"])
def test_a_click_prompt_is_skipped_for_the_line_under_it(prompt: str) -> None:
    text = f"{BODY}\n{prompt}\n{NOTE}\n{BODY2}\n"
    captions = find_captions(text, [len(BODY) + 1], (None,))
    assert [text[c.start : c.end] for c in captions] == [NOTE]
    assert captions[0].image_index == 0


def test_a_click_prompt_over_body_text_gives_no_caption() -> None:
    assert under_a_picture("（点击看清晰大图）") == []


def test_a_click_prompt_right_before_the_next_picture_is_not_skipped_past_it() -> None:
    # picture, prompt, picture, line: the line is never the first picture's (whether it is
    # the second's is the image-line-image-line rule's to say)
    prompt = "（点击看清晰大图）"
    line = "◎ 文化广场夜景"
    text = f"{BODY}\n{prompt}\n{line}\n{BODY2}\n"
    first = len(BODY) + 1
    second = first + len(prompt) + 1
    captions = find_captions(text, [first, second], (None, None))
    assert all(c.image_index != 0 for c in captions)
    # without the second picture the line under the prompt is the first's
    captions = find_captions(text, [first], (None,))
    assert [(text[c.start : c.end], c.image_index) for c in captions] == [(line, 0)]


# -- a real import ---------------------------------------------------------------------------


def test_an_imported_page_s_bullseye_captions_are_found_and_its_byline_is_not(
    store: Store, tmp_path: Path
) -> None:
    title = "减肥不能一味求快"
    caption = "◎ 不少人采用激光手段治疗肥胖。/图：锐景视觉"
    blocks = [
        f"<h1>{escape(title)}</h1>",
        "<p>◎记者 张三</p>",
        f"<p>{BODY}</p>",
        '<p><img src="https://example.org/1.jpg"></p>',
        "<p>◎ 电影《百元之恋》截图</p>",
        f"<p>{BODY2}</p>",
        '<p><img src="https://example.org/2.jpg"></p>',
        f"<p>{escape(caption)}</p>",
        f"<p>{BODY}</p>",
    ]
    html = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head><body><article>{''.join(blocks)}"
        "</article></body></html>"
    )
    assert imported_captions(store, tmp_path, html) == ["◎ 电影《百元之恋》截图", caption]
