"""Captions v6 (issue 15, sixth round; docs/performance.md, "Captions v6"): the forms the study
of sets 0-7 showed, each general: a short Chinese line under a picture with no credit, a credit
followed by the outlet that ran the photo, what a picture is (资料图, 题图来自, 视频截图, ↑), a
photo whose image the import lost (its file name left as a line) with an e-mailed credit, and a
paragraph quoting someone that merely follows a picture (not a caption)."""

from __future__ import annotations

import pytest

from marginalia.db.suggest import suggest
from marginalia.db.suggest.captions import find_captions

ZH = "截至目前，全美至少37个州出现疫情反弹，其中加利福尼亚等州的确诊病例增长最快。"
EN = "The ministry said that the report was published and it has been read by the officials. "


def captions(
    text: str, images: tuple[int, ...], known: tuple[str | None, ...] = ()
) -> list[tuple[str, int | None]]:
    return [(text[c.start : c.end], c.image_index) for c in find_captions(text, images, known)]


@pytest.mark.parametrize(
    "line", ["冰洞。", "搜救现场。", "小温在景区内的身影。", "禹州市人民医院。"]
)
def test_a_short_chinese_line_under_a_picture_is_its_caption(line: str) -> None:
    text = f"{ZH}\n\n{line}\n\n{ZH}"
    at = text.index(line)
    assert captions(text, (at,)) == [(line, 0)]
    # also when the import looked for a <figcaption> and found none (a <p> under the picture)
    assert captions(text, (at,), (None,)) == [(line, 0)]
    assert captions(text, ()) == []  # without a picture it is just a short line


@pytest.mark.parametrize(
    "line",
    [
        "繁星中的引导者",  # a subheading: no full stop
        "这也能看出当前英国的底色。",  # goes on from the sentence before it
        "他走了。",
        "调查问题加载中，请稍候。",  # page furniture, runs on with a comma
        "震中地形：震中5公里范围内平均海拔约1805米。",  # body text with a label and figures
        "西方世界的一些反华分子正试图串联起来。",  # a whole sentence, longer than a name
    ],
)
def test_subheadings_and_short_body_lines_under_a_picture_are_not_captions(line: str) -> None:
    text = f"{ZH}\n\n{line}\n\n{ZH}"
    assert captions(text, (text.index(line),), (None,)) == []


@pytest.mark.parametrize(
    "line",
    [
        "“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网",
        "天降“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网发",
        "资料图：市民在寒冷天气中出行。",
        "（资料图）",
        "题图来自 Hater",
        "头图来自视觉中国",
        "（视频截图）",
        "图源：网络",
        "↑民警在现场查看纸团",
        "（图片来源于网络）",
        "图片来自网络",
        "（网络截图）",
        "截图自视频",
        "图片由受访者提供",
        "图片说明：搜救人员在河道边搜索",
        "▲搜救人员在河道边搜索",
    ],
)
def test_chinese_credit_and_picture_markers_are_captions_anywhere(line: str) -> None:
    text = f"{ZH}\n\n{line}\n\n{ZH}"
    assert captions(text, ()) == [(line, None)]
    assert captions(text, (text.index(line),)) == [(line, 0)]  # under its picture


@pytest.mark.parametrize(
    "line",
    [
        "据悉，记者拍摄 现场",  # 摄 inside a word, then no outlet
        "记者在现场拍摄 当地居民",
        "他在题图中看到了自己。",
        "图书馆今年新增藏书3万册，来自全国各地的捐赠。",
        "他拿出一张照片来自己看了很久，才说出话来。",
        "截至目前，截图功能已经上线。",
    ],
)
def test_body_lines_near_the_new_markers_are_not_captions(line: str) -> None:
    text = f"{ZH}\n\n{line}\n\n{ZH}"
    assert captions(text, ()) == []


def test_a_lost_photo_leaves_its_file_name_and_its_lines_are_captions_without_an_image() -> None:
    description = (
        "Cash and cards seized during the arrest of two identity theft suspects in Baldwin "
        "County on Wednesday."
    )
    credit = "(Mike Cason/mcason@al.com)"
    video = "Jake Frith, special agent with the office, talks about an investigation."
    text = (
        f"skimming scheme seized cash and cards.jpg\n\n{description}\n\n{credit}\n\n{video}\n\n{EN}"
    )
    video_at = text.index(video)
    assert captions(text, (video_at,), (video,)) == [
        (description, None),
        (credit, None),
        (video, 0),
    ]
    found = suggest(text, (video_at,), image_captions=(video,), labels={"caption"})
    assert [text[s.start : s.end] for s in found] == [description, credit, video]


def test_a_file_name_before_body_text_makes_no_caption() -> None:
    text = f"chart.png\n\n{EN * 3}\n\n{EN}"
    assert captions(text, ()) == []


def test_an_e_mailed_credit_must_be_the_whole_line() -> None:
    line = "Write to the desk (Mike Cason/mcason@al.com) with tips about the case, he said."
    assert captions(f"{EN}\n\n{line}\n\n{EN}", ()) == []


def test_a_paragraph_quoting_someone_under_a_picture_is_not_its_caption() -> None:
    quoting = (
        'On race relations, Mr Obama said recent concerns around policing were "legitimate and '
        'deserve intense attention" but insisted progress had been made.'
    )
    text = f"{EN}\n\nThe presidential body swerve\n\n{quoting}\n\n{EN}"
    assert captions(text, (text.index(quoting),)) == []
    shows = "The president said he would continue fighting for greater gun control laws"
    text = f"{EN}\n\n{shows}\n\n{EN}"
    assert captions(text, (text.index(shows),)) == [(shows, 0)]


def test_the_title_picture_s_credit_describes_the_first_picture() -> None:
    text = f"{ZH}\n\n{ZH}\n\n{ZH}\n\n题图来自 Hater\n\n{ZH}"
    images = (0, text.index(ZH, 10), text.index(ZH, 90))
    assert captions(text, images) == [("题图来自 Hater", 0)]
    assert captions(text, ()) == [("题图来自 Hater", None)]


def test_of_pictures_anchored_together_the_caption_is_the_last_ones() -> None:
    line = "A photo taken on May 16 shows golden nanmu trees in a park. (Xinhua/Li Gang)"
    text = f"{line}\n\n{EN}"
    assert captions(text, (0, 0, 0)) == [(line, 2)]
    plain = "Passengers pose for photos aboard the train in the mountains"
    text = f"{EN}\n\n{plain}\n\n{EN}"
    at = text.index(plain)
    assert captions(text, (at, at)) == [(plain, 1)]


@pytest.mark.parametrize(
    "line",
    [
        "Tourists visit the Great Wall in Beijing. [Photo/Xinhua]",
        "A worker at the plant. [Photo provided to China Daily]",
        "Visitors at the fair. (Photo/CFP)",
        "The scene on Monday. ©Getty Images",
        "(Courtesy of the family)",
        "Courtesy photo",
        "In this file photo, protesters march in Hong Kong.",
        "This undated photo provided by the police shows the suspect.",
        "Composite: Guardian Design; Getty",
        "The boat off the coast. Photo / Supplied",
        "Firefighters at work (ANI Photo)",
        "The mayor speaks. Photo via Twitter",
        "Students at the school. (File photo)",
    ],
)
def test_agency_and_newspaper_credit_forms_are_captions_anywhere(line: str) -> None:
    text = f"{EN * 3}\n\n{line}\n\n{EN}"
    assert captions(text, ()) == [(line, None)]


@pytest.mark.parametrize(
    "line",
    [
        "The courtesy of the staff was remarkable, the inspectors wrote in their report.",
        "He said the photo, taken in 2019, was the last one of his father.",
        "© 2024 The Company. All rights reserved.",
        "Sales rose 5% in the quarter (year on year / adjusted), the company said.",
    ],
)
def test_body_lines_near_the_credit_words_are_not_captions(line: str) -> None:
    text = f"{EN * 3}\n\n{line}\n\n{EN}"
    assert captions(text, ()) == []
