"""Captions v7 (issue 15): the caption forms of held-out 8's first run, in general form.

- An image anchored in the middle of a line (an inline ``<img>`` in a paragraph the page did
  not close) cuts the line: its caption is what follows the anchor (``…首航。▲气宇非凡的…``,
  ``…舱房数789间。资料图``), never the whole paragraph.
- ``▼``/``■`` lines right under a picture describe it (``▲``/``△`` do anywhere); pointers to
  what follows (``▼点击下方视频``) do not.
- A short Chinese line without punctuation right under a picture (``灯光版《清明上河图》``) is
  its caption only on a page whose other pictures have captions found under them; elsewhere
  such lines are subheadings, links and bylines (sets 0-8: docs/performance.md, "Captions v7").
- A credit under the *next* picture is that picture's: a body line between two pictures is not
  a caption because a credit follows it.
- ``…。视频截图`` and ``…。视觉中国 资料`` end a caption with its source.

Each form is tested on the detector and through a real import of a small HTML page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.store import Store
from marginalia.db.suggest.captions import find_captions
from marginalia.db.suggest.review import proposals

BODY = "据介绍，航站楼内部装修完成后，预计于今年10月具备试运营条件，将于11月17日开港运营。"
BODY2 = "该项目距离地铁四号线南沙客运港站仅约500米，是第一家实现与地铁无缝接驳的邮轮母港。"
BODY3 = "上元之夜，故宫邀请了劳动模范、快递小哥、环卫工人和消防指战员等一同观赏灯会。"
CREDIT = "故宫博物院供图"


def found(text: str, anchors: list[int]) -> list[str]:
    return [text[c.start : c.end] for c in find_captions(text, anchors, (None,) * len(anchors))]


# -- an image anchored inside a line ---------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "▲气宇非凡的航站楼建筑造型灵感来源于飞跃而起的鲸鱼。",
        "▲广州日报全媒体图片记者黎旭阳、李妍摄",
        "资料图",
        "网络图片",
    ],
)
def test_the_caption_after_an_image_anchored_inside_a_line_is_the_tail(tail: str) -> None:
    text = f"{BODY}{tail}\n{BODY2}\n"
    assert found(text, [len(BODY)]) == [tail]


def test_a_body_paragraph_cut_by_an_image_is_no_caption_when_a_credit_follows_the_next() -> None:
    # two inline images: the paragraph between them is body text, the credit is the second's
    text = f"⚓{BODY}▲广州日报记者黎旭阳摄\n{BODY2}\n"
    assert found(text, [1, 1 + len(BODY)]) == ["▲广州日报记者黎旭阳摄"]


def test_a_line_with_no_image_inside_is_not_cut() -> None:
    text = f"{BODY}资料图\n{BODY2}\n"
    assert found(text, [0]) == []


# -- ▼ and ■ under a picture ------------------------------------------------------------------


@pytest.mark.parametrize("line", ["▼施工人员在老城区主干道上铺设新的沥青路面", "■ 航站楼夜景"])
def test_marked_lines_under_a_picture_are_captions(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY2}\n"
    assert found(text, [len(BODY) + 1]) == [line]


@pytest.mark.parametrize(
    "line",
    ["▼点击下方视频，看航站楼全貌", "▼扫码关注我们", "■ 你准备好了吗？", "■" + BODY * 5],
)
def test_pointers_and_questions_after_a_marker_are_not_captions(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY2}\n"
    assert found(text, [len(BODY) + 1]) == []


def test_a_marked_line_away_from_any_picture_is_not_a_caption() -> None:
    text = f"{BODY}\n■ 航站楼夜景\n{BODY2}\n"
    assert found(text, []) == []


# -- a short line under a picture on a page that captions its pictures ------------------------


def picture_page(short: str, credits: int) -> tuple[str, list[int]]:
    """A page of pictures: ``credits`` of them with a credit line under them, then one with
    ``short`` under it; each followed by body text."""
    parts: list[str] = []
    anchors: list[int] = []
    offset = 0
    for line in [CREDIT] * credits + [short]:
        anchors.append(offset)
        block = f"{line}\n{BODY3}\n"
        parts.append(block)
        offset += len(block)
    return "".join(parts), anchors


@pytest.mark.parametrize("short", ["灯光版《清明上河图》", "车主们将车停在外面小树林中"])
def test_a_short_line_under_a_picture_is_a_caption_where_the_others_are_captioned(
    short: str,
) -> None:
    text, anchors = picture_page(short, credits=2)
    assert short in found(text, anchors)


@pytest.mark.parametrize("short", ["灯光版《清明上河图》", "繁星中的引导者"])
def test_a_short_line_under_a_picture_is_left_where_the_others_are_not_captioned(
    short: str,
) -> None:
    text, anchors = picture_page(short, credits=1)  # one other caption: not enough
    assert short not in found(text, anchors)
    # pictures without captions, then the short line: a subheading
    text = "".join(f"{BODY3}\n" for _ in range(3)) + f"{short}\n{BODY}\n"
    anchors = [0, len(BODY3) + 1, 2 * (len(BODY3) + 1), 3 * (len(BODY3) + 1)]
    assert found(text, anchors) == []


@pytest.mark.parametrize(
    "line", ["作者：上官云 宋宇晟", "[责任编辑:肖春芳]", "问题来了？", "关于未来，她选择一如既往"]
)
def test_bylines_furniture_and_punctuated_lines_are_never_taken_as_short_captions(
    line: str,
) -> None:
    text, anchors = picture_page(line, credits=3)
    assert line not in found(text, anchors)


# -- a credit under the next picture ----------------------------------------------------------


def test_a_body_line_between_two_pictures_is_not_taken_for_the_next_credit() -> None:
    text = f"{CREDIT}\n{BODY3}\n更多人通过网络直播一睹故宫灯会盛景。\n{CREDIT}\n{BODY}\n"
    first = 0
    second = text.index("更多人")
    third = text.index(CREDIT, 1)
    assert found(text, [first, second, third]) == [CREDIT, CREDIT]


# -- the source after a description -----------------------------------------------------------


@pytest.mark.parametrize("line", ["姚明场边支招周琦。视频截图", "共享充电宝。视觉中国 资料"])
def test_a_description_then_its_source_is_a_caption_anywhere(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY2}\n"
    assert found(text, []) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "记者查阅了视频截图后发现，该车并未停在划线车位内，而是停在了消防通道上。",
        "新华社资料显示，该港口去年的吞吐量增长了12%。",
    ],
)
def test_body_lines_naming_a_screenshot_or_an_archive_are_not_captions(line: str) -> None:
    text = f"{BODY}\n{line}\n{BODY2}\n"
    assert found(text, []) == []


# -- real imports -----------------------------------------------------------------------------


def page(blocks: list[str]) -> str:
    title = "广州南沙国际邮轮母港即将开港"
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head><body><article>"
        f"<h1>{escape(title)}</h1>{''.join(blocks)}</article></body></html>"
    )


def img(number: int) -> str:
    return f'<img src="https://example.org/photo{number}.jpg">'


def imported_captions(store: Store, tmp_path: Path, html: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    report = import_paths(store, [path])
    assert not report.failed, report.failed
    article = store.article(report.imported[0][1])
    assert article.images
    return [p.quote for p in proposals(store, article.id, "ana", labels=["caption"])]


def test_an_imported_inline_picture_s_marked_caption_is_found_without_its_paragraph(
    store: Store, tmp_path: Path
) -> None:
    tail = "▲气宇非凡的航站楼建筑造型灵感来源于飞跃而起的鲸鱼。"
    html = page([f"<p>{BODY}</p>", f"<p>{BODY2}{img(1)}{tail}</p>", f"<p>{BODY3}</p>"])
    assert imported_captions(store, tmp_path, html) == [tail]


def test_an_imported_page_with_captioned_pictures_gives_the_short_title_line(
    store: Store, tmp_path: Path
) -> None:
    short = "灯光版《清明上河图》"
    blocks = [f"<p>{BODY}</p>"]
    for number in (1, 2):
        blocks += [f"<p>{img(number)}</p>", f"<p>{CREDIT}</p>", f"<p>{BODY3}</p>"]
    blocks += [f"<p>{img(3)}</p>", f"<p>{short}</p>", f"<p>{BODY2}</p>"]
    assert imported_captions(store, tmp_path, page(blocks)) == [CREDIT, CREDIT, short]


def test_an_imported_page_without_captions_keeps_its_short_line_as_a_subheading(
    store: Store, tmp_path: Path
) -> None:
    blocks = [f"<p>{BODY}</p>"]
    for number in (1, 2, 3):
        blocks += [f"<p>{img(number)}</p>", f"<p>{BODY3}</p>"]
    blocks += [f"<p>{img(4)}</p>", "<p>繁星中的引导者</p>", f"<p>{BODY2}</p>"]
    assert imported_captions(store, tmp_path, page(blocks)) == []
