"""Figures v12.7: the forms held-out 27's first run showed — a day, a month with 月 and a year
set off by spaces, 月 and 日 with spaces around the day, 晚 after a day before its clock hour,
full-width clock hours and listed days, a quoted count that introduces its items; refused: a
time zone's offset, "as well as a" (以及一项), a system named by a count (三班制), a view
counter alone on its line, a number dialled after 拨打了, a toll-free number spelt in letters
and ", 100 percent." closing a sentence (docs/performance.md, "Figures v12.7 (set 27)"; ADR
0136, "v12.7"). Short sentences written for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 半岛's stamps: a date, then a time in brackets (two figures of kind date)
        (
            "27 10月 2024(10:50 GMT+8)\n\n今日活动回顾",
            [("27 10月 2024", "2024-10-27"), ("10:50", "T10:50")],
        ),
        ("5 月 24 日為台灣同性婚姻法制化四週年。", [("5 月 24 日", "--05-24")]),
        ("２月８日晚１１点左右，大荆路段出现堵塞。", [("２月８日晚１１点", "--02-08T23:00")]),
        ("２月１２日晚１１时许，大巴驶入服务区。", [("２月１２日晚１１时", "--02-12T23:00")]),
        ("2月12日晚11时许，大巴驶入服务区。", [("2月12日晚11时", "--02-12T23:00")]),
        ("他10日晚8时到达。", [("10日晚8时", "---10T20:00")]),
        ("２３、２４日，车流达到高峰。", [("２３、２４日", "---23/---24")]),
        # 晚 alone, with no day before it, joins nothing
        ("晚11时，车流仍然很大。", [("11时", "T11:00")]),
    ],
)
def test_dates_of_set_27(text: str, expected: list[tuple[str, Any]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "27 10月 2024(10:50 GMT+8)\n\n今日活动回顾",
        EN + "The call starts at 10:50 GMT+8 and at 3:50 UTC-5.",
        "5 月 24 日為台灣同性婚姻法制化四週年。",
        "２月８日晚１１点左右，大荆路段出现堵塞。",
        "收费员实行“一日三班制”，为了减少上厕所的次数。",
        "我国实行两院制。",
        "参考消息\n\n2023-08-02 09:00:29\n\n100.3万\n\n据今日俄罗斯电视台网站报道。",
        "“接到求助后，我们一方面拨打了１２０，一方面安排工作人员。”",
        "我们拨打了120求助。",
        EN + "Anyone can reach Crime Stoppers at 1-800-SPEAK-UP or 1-888-555-1212.",
        EN + "“I will pull the lever for Trump, 100 percent.”",
        "有“四个更加”的要求。",
    ],
)
def test_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted count followed by a colon introduces its items: it counts them
        ("路政部门对司机有“三大建议”：", [("三大", 3, "大")]),
        # 以及 ("as well as") adds another thing: its 一 is the article, the count before stays
        ("被告承认两项偷窃罪，以及一项拥有赃物的罪名。", [("两项", 2, "项")]),
        ("他家搜出三个大袋子，以及一个棕色包包。", [("三个", 3, "个")]),
        # the near misses of each refusal stay figures
        ("晶片需要七奈米制程。", [("七奈米", 7, "奈米")]),
        ("该市共有100.3万人口。", [("100.3万人", 1003000, "人")]),
        ("该市共有\n100.3万人\n。", [("100.3万人", 1003000, "人")]),
        (EN + "What is presented is 100% accurate.", [("100%", 100, "%")]),
        (EN + "Turnout was 100 percent.", [("100 percent", 100, "percent")]),
        (EN + "The temperature rose to +8 in the morning.", [("8", 8, "")]),
        ("他们养育了三个女儿和一个儿子。", [("三个", 3, "个"), ("一个", 1, "个")]),
        ("只设置了一个收费窗口，现在增加两个收费点。", [("一个", 1, "个"), ("两个", 2, "个")]),
    ],
)
def test_still_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
