"""Figures v12.8: the leftovers of sets 22-27 and a third review of unannotated pages — a fiscal
or season year (2017-18, 2022/23, FY19) one interval, 今晚 a part of the day, counts with 航次,
doses in 微西弗, 1萬6千人, one-in-100, 64MP, a score after "edged past arch-rivals"; refused:
list labels with a half bracket (1）…；2）) or a colon at a line's start, a heading's 之3, a
picture's number in its caption label, idioms (一个接一个, 四位一体, 三部曲, 正经八百, 年三十,
一年后), a name said digit by digit (八二三), a year written digit by digit (二00四年), a search
page's counter, a policy named by a count (the two-child policy), a chip's generation and a
week's number, a street number before Plaza (docs/performance.md, "Figures v12.8 (a third
review, seventeenth round)"; ADR 0136, "v12.8"). Short sentences written for the tests, each
form with its near misses.
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
        # a fiscal or season year, its second year shortened: one interval (held-out 20, 21, 23)
        (
            EN + "It rose between 2011-12 and 2017-18.",
            [("2011-12", "2011/2012"), ("2017-18", "2017/2018")],
        ),
        (EN + "It fell in fiscal year 2020-21 due to the virus.", [("2020-21", "2020/2021")]),
        (
            EN + "He will make cuts by 2017/8 and more by 2018/9.",
            [("2017/8", "2017/2018"), ("2018/9", "2018/2019")],
        ),
        (EN + "He stays until the end of the 2022/23 season.", [("2022/23", "2022/2023")]),
        (EN + "He tabled the 2025/2026 budget.", [("2025/2026", "2025/2026")]),
        (
            EN + "It made a profit for FY19 and will pay 2.5 cents for FY 2020.",
            [("FY19", "2019"), ("FY 2020", "2020")],
        ),
        # not the next year: the first year alone; full dates stay whole
        (EN + "He served in 2017-19 as chief.", [("2017", "2017")]),
        (
            EN + "It opened on 2019/9/7 and closed on 2020-02-19.",
            [("2019/9/7", "2019-09-07"), ("2020-02-19", "2020-02-19")],
        ),
        # 今晚 before a clock hour: tonight, on a 24-hour clock
        ("氣象局表示，預估今晚20點後雨勢趨緩。", [("20點", "T20:00")]),
        ("他說今晚8點到。", [("8點", "T20:00")]),
    ],
)
def test_dates(text: str, expected: list[tuple[str, Any]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # list labels: a half bracket after a clause's punctuation, a colon at a line's start
        "关键数据：1）移植后血糖恢复正常；2）糖化血红蛋白下降；3）血糖达标率提高。",
        "构成如下！\n\n1：【立角色】指的是\n\n2：【述问题】指的是\n\n3：【定目标】",
        "没有科学意义。\n\n骗局之2\n\n英国《泰晤士报》报道。",
        "转自《北京科技报》\n\n[图片说明1：漫画/冷洁]",
        # idioms and set phrases
        "不少發展中國家，一個接一個地面臨債務償付危機。",
        "打造港口、物流、产业、城市“四位一体”发展示范区。",
        "民间资本的动作可以归纳为三部曲：第一，测算回报。",
        "他正經八百地想跟你談政策。",
        "评论：年三十不放假 我猜大有深意",
        "患者接受了胰腺移植手术，但一年后胰腺移植失败。",
        # a name said digit by digit, a year written digit by digit
        "侯友宜昨在金門縣參加八二三砲戰的紀念活動。",
        "推荐阅读\n\n二00四年“扎眼”经理人",
        # a search page's counter; a policy named by a count
        "共找到 13,046 个相关新闻.",
        EN + "Critics say even a two-child policy will not help.",
        # a chip's generation, a week's number, a street number before Plaza
        EN + "It has a Snapdragon 8 Gen 3 chip.",
        EN + "Week 19 is over, let's look back.",
        EN + "Write to the Legal Department, 30 Rockefeller Plaza, New York.",
    ],
)
def test_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("總編制約為1萬6千人，主要工作是組織。", [("1萬6千人", 16000, "人")]),
        (
            "金門（水頭）-石井2航次全部停航、富岡-綠島8航次全部停航。",
            [("2航次", 2, "航次"), ("8航次", 8, "航次")],
        ),
        (
            "顯示數據飆升至每小時3.33微西弗，達報警值3倍以上。",
            [("3.33微西弗", 3.33, "微西弗"), ("3倍", 3, "倍")],
        ),
        (EN + "It carried a one-in-100 risk of stroke.", [("one-in-100", 0.01, "")]),
        (EN + "You get a 64MP main camera.", [("64MP", 64, "MP")]),
        (
            EN + "Hosts South Africa edged past arch-rivals New Zealand 10-5 to clinch bronze.",
            [("10", 10, ""), ("5", 5, "")],
        ),
        # the near misses of each refusal stay figures
        ("他们养育了三个女儿和一个儿子。", [("三个", 3, "个"), ("一个", 1, "个")]),
        ("一路击穿3200、3100、3000三个关口。", [("三个", 3, "个")]),  # not a year's digits
        ("两年后，他意识到自己并不想成为律师。", [("两年", 2, "年")]),
        ("他三十岁那年来到北京。", [("三十岁", 30, "岁")]),
        ("上课时间为5、6点。", []),
        ("她今年八十岁。", [("八十岁", 80, "岁")]),
        (EN + "It took a week 3 times.", [("3 times", 3, "times")]),
        (EN + "He lives at 30 Main Street, Springfield.", []),
        (EN + "There are 3 units in the Plaza.", [("3", 3, "")]),
        (EN + "Madhya Pradesh has two children's homes.", [("two", 2, "")]),
        ("有三包香烟被偷。", [("三包", 3, "包")]),
    ],
)
def test_still_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
