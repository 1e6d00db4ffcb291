"""Captions v9.17 (ADR 0140, "v9.17"): held-out 31's first run, one false alarm.

``视频加注文字， BBC中文重组大火扩散的经过，…``: BBC News 中文's note under a video (its fixed
label, "video caption"; its pictures' notes open ``图像加注文字，``), taken at 0.99 as the
import's caption of the video's poster. Video captions are not marked (docs/suggest-gold.md,
rules 2.4), as the English BBC's ``Media caption …`` never was: the label says what the line
is, whatever the import found. BBC's later English label ``Video caption, …`` and a Chinese
``视频：…``/``视频丨…`` say the same; a still from a video (``视频截图``) is a picture.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.captions import DETECTOR
from tests.db.suggest.versions import at_least

from .captioned import IMG, page, saved_page

BODY = "收到电话一刻，他还未意识到事态的严重性，挂了电话之后，李先生马上更换衣服，再去收拾东西。"
VIDEO = "视频加注文字， BBC中文重组大火扩散的经过，采访专家分析此次“火烧连环船”现象。"
PICTURE = "图像加注文字，在火灾之前，李先生房间的面貌。"


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")
    assert at_least(DETECTOR, "captions/v9.17")


@pytest.mark.parametrize(
    "line",
    [
        VIDEO,
        "視頻加註文字，華為無預警發售此款手機的發布會片段。",
        "Video caption, Watch: The moment the tree fell in the storm",
        "视频：消防员在大埔宏福苑灭火",
        "视频丨李克强同志遗体在京火化",
    ],
)
def test_a_videos_caption_is_none(line: str) -> None:
    assert page(BODY, IMG, line, BODY, captions=[line]) == []
    assert page(BODY, IMG, line, BODY) == []


@pytest.mark.parametrize(
    "line",
    [
        PICTURE,
        "圖像加註文字，金正恩在離開朝鮮平壤前往俄羅斯之前從專列上揮手致意。",
        "姚明场边支招周琦。视频截图",
        "为了上网推介、售卖家乡特产，安化县一块花生地里正录制视频 李尕 摄",
        "Image caption Activist Liu Xiaobo has died after spending eight years in prison",
    ],
)
def test_a_pictures_caption_is_still_one(line: str) -> None:
    assert page(BODY, IMG, line, BODY, captions=[line]) == [(line, 0)]


def test_the_pictures_are_captioned_and_the_video_is_not() -> None:
    found = page(BODY, IMG, VIDEO, BODY, IMG, PICTURE, BODY, captions=[VIDEO, PICTURE])
    assert found == [(PICTURE, 1)]


def test_held_out_31s_page() -> None:
    fire = saved_page(31, "rf-bbc-hongfukfire")
    assert fire.found == fire.gold
    # three, and the lead picture's, which the import keeps since ADR 0020's eighteenth round
    assert len(fire.gold) == 4
