"""Captions v9.12 (ADR 0140): held-out 26's first run.

- A title under a picture with a count of plays or views alone on the next line (凤凰's video
  teasers: ``李咏珍贵私人照曝光：24岁结婚照甜蜜青涩`` then ``播放数：145391``) is a teaser in a
  list of links, not a caption, whatever the picture's alt says; as a teaser with its date is
  (captions v9.9).
- A QR code's label under a picture (``凤凰资讯官方微信``) is the site's furniture, never a
  caption; the teasers' pictures are not counted among the page's own when the detector asks
  whether the page captions its pictures.
- A picture's source after a space ending its line (``威利姆·范·肯普恩 图源：RTL Nieuws``) is a
  credit, as ``图源：…`` opening the line is.
- An app's prompt under a picture (``打开WiFi万能钥匙，查看更多图片``) is a prompt like
  ``点击查看大图``: the line after it is the picture's caption, the prompt never.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.caption_credits import has_credit
from marginalia.db.suggest.captions import DETECTOR

from .captioned import IMG, page, saved_page

BODY = "美国加州一项新政策于20日生效，使之成为第一个能够经过专业评估，为受刑人员提供变性服务的州。"
TEASERS = (
    "李咏珍贵私人照曝光：24岁结婚照甜蜜青涩",
    "金庸去世享年94岁，三版“小龙女”李若彤刘亦菲陈妍希悼念",
    "老年痴呆男子走失10天 在离家1公里工地与工人同住",
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")


@pytest.mark.parametrize("counter", ["播放数：145391", "阅读 2.3万", "12,345 views", "3277次播放"])
def test_a_title_then_a_count_of_plays_is_a_teaser_not_a_caption(counter: str) -> None:
    items: list[object] = [BODY, "视频"]
    for title in TEASERS:
        items += [IMG, title, counter]
    # the pictures' alts say what the titles say: still no evidence of a caption
    assert page(*items, alts=TEASERS) == []


def test_a_qr_codes_label_is_no_caption() -> None:
    # the page captions its other pictures, so a short line under one is taken: not this one
    items: list[object] = [BODY, IMG, "刘霆。本人供图", IMG, "刘婷。京华时报记者张淑玲摄", BODY]
    assert page(*items, IMG, "凤凰资讯官方微信", "视频") == page(*items)
    assert len(page(*items)) == 2


def test_a_teaser_list_does_not_count_among_the_pages_pictures() -> None:
    # two of the page's three pictures have credits: the short line under the third is its
    # caption, however many video teasers follow the article
    items: list[object] = [BODY, IMG, "刘婷走秀", BODY, IMG, "刘霆。本人供图"]
    items += [IMG, "刘婷。京华时报记者张淑玲摄", BODY, IMG, "凤凰资讯官方微信", "视频"]
    for title in (*TEASERS, "章泽天棒球写真旧照曝光 穿清华校服肤白貌美嫩出水"):
        items += [IMG, title, "播放数：3277"]
    assert page(*items) == [
        ("刘婷走秀", 0),
        ("刘霆。本人供图", 1),
        ("刘婷。京华时报记者张淑玲摄", 2),
    ]


def test_a_caption_over_a_paragraph_with_a_count_is_still_found() -> None:
    caption = "加州监狱外景。图源：路透社"
    assert page(BODY, IMG, caption, BODY) == [(caption, 0)]
    # a figure in a paragraph is not a counter line
    assert page(IMG, caption, "阅读量达到12,345次的报道称，" + BODY) == [(caption, 0)]


@pytest.mark.parametrize(
    "line",
    ["威利姆·范·肯普恩 图源：RTL Nieuws", "荷兰议会大楼外景 圖源：路透社"],
)
def test_a_source_after_the_description_is_a_credit(line: str) -> None:
    assert has_credit(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "该报道的图源：一位读者提供的照片显示，荷兰政府已于去年底开始着手处理有关的法律问题。",
        "记者核实了图源：照片来自荷兰政府",
    ],
)
def test_a_sentence_naming_a_picture_source_is_no_credit(line: str) -> None:
    assert not has_credit(line, 0, len(line))


def test_the_line_after_an_apps_prompt_is_the_pictures_caption() -> None:
    caption = "威利姆·范·肯普恩 图源：RTL Nieuws"
    assert page(BODY, IMG, "打开WiFi万能钥匙，查看更多图片", caption, BODY) == [(caption, 0)]
    # the prompt alone under a picture is never its caption
    assert page(BODY, IMG, "打开WiFi万能钥匙，查看更多图片", BODY) == []


def test_set_26s_captions_are_found_and_its_teasers_left() -> None:
    california = saved_page(26, "wpa-ifeng-california")
    assert california.found == california.gold == set()
    netherlands = saved_page(26, "wpa-tp-netherlands")
    assert netherlands.found == netherlands.gold
    assert len(netherlands.gold) == 1
