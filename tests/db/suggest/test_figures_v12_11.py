"""Figures v12.11: held-out 30's first-run errors in general form — read: a Chinese fraction
in digits (20分之1), a count with 万 and grouped thousands after it (7萬5,000名), Taiwan's
box-score words (7阻攻, 2阻攻, 抄截), a year with 起 after 自 (自2021起), two neighbouring
numerals listed with 、 before a unit of time (六、七年), 一 before a multiplier after 的
(的一万元), a scale word after "as many as" (a thousand loyalists), spoons and cups, grams
glued (15g); refused: the replacement
character's mojibake (Covid ï¿½ 19), 24*7, "time and again" (一次次), a count with 一 whose
parallel count is across a comma and of another noun (一个…乡镇，…3个姐姐), a network's 5g
(docs/performance.md, "Figures v12.11 (set 30)"; ADR 0136, "v12.11"). Short sentences written
for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("這大約是成年人口中接近20分之1的數字。", [("20分之1", 0.05, "")]),
        ("他的睪酮素只有她的10分之1。", [("10分之1", 0.1, "")]),
        ("大約7萬5,000名美國人使用了藥物。", [("7萬5,000名", 75000, "名")]),
        ("共计1万2000名美国成年人。", [("1万2000名", 12000, "名")]),
        (
            "首戰她拿下19分16籃板7阻攻，次戰貢獻14分4籃板2阻攻3抄截。",
            [
                ("19分", 19, "分"),
                ("16", 16, ""),
                ("7", 7, ""),
                ("14分", 14, "分"),
                ("4", 4, ""),
                ("2", 2, ""),
                ("3", 3, ""),
            ],
        ),
        ("她至今已經維持六、七年。", [("六、七年", 6, "年")]),
        ("他等了三、四个月。", [("三、四个月", 3, "个月")]),
        ("她将仅剩的一万元积蓄给了他。", [("一万元", 10000, "元")]),
        # 一 before a count of another noun across a comma is the article "a"
        ("他出生在一个并不富庶的乡镇，上头还有3个姐姐。", [("3个", 3, "个")]),
        ("8个国家的议员，组成了一个“联盟”。", [("8个", 8, "个")]),
        # 一次次, 一个个: "time and again", "one by one" (a parallel count in the same clause)
        ("公司一次次提醒他迟到了四次。", [("四次", 4, "次")]),
        ("三个人一个个走了出来。", [("三个", 3, "个")]),
        (EN + "He invites as many as a thousand loyalists.", [("a thousand", 1000, "")]),
        (
            EN + "Take 15g doses (roughly 3 teaspoons full) with 2 cups of water.",
            [("15g", 15, "g"), ("3 teaspoons", 3, "teaspoons"), ("2 cups", 2, "cups")],
        ),
        # near misses: 一 with a parallel count of the same thing, or in one clause, or "one of
        # them" (其中) stays; a time compared across a comma stays; 20强 is a ranking's size
        (
            "他们养育了三个女儿和一个儿子。",
            [("三个", 3, "个"), ("一个", 1, "个")],
        ),
        (
            "只设置了一个收费窗口，现在增加两个收费窗口。",
            [("一个", 1, "个"), ("两个", 2, "个")],
        ),
        ("手机已达五款，其中一款搭载华为芯片。", [("五款", 5, "款"), ("一款", 1, "款")]),
        ("最多一天出了47块，最少时一块。", [("47块", 47, "块"), ("一块", 1, "块")]),
        (
            "有30%的人治疗超过五年，20%的人不到一年。",
            [("30%", 30, "%"), ("五年", 5, "年"), ("20%", 20, "%"), ("一年", 1, "年")],
        ),
        ("发生了2021起事故。", [("2021起", 2021, "起")]),
        (EN + "He offered a thousand choices.", []),
        (EN + "The World Cup had 3 Cups.", [("3", 3, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_listed_pair_is_one_range() -> None:
    (found,) = find_figures("她至今已經維持六、七年。")
    assert (found.value, found.extra.get("value_max"), found.kind) == (6, 7, "measure")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("自2021起，五个赛事陆续增设了这一组别。", [("2021", "2021")]),
        ("从2019起，他们每年都来。", [("2019", "2019")]),
    ],
)
def test_dates(text: str, expected: list[tuple[str, Any]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        EN + "The outbreak of the pandemic Covid ï¿½ 19 has created a stressful environment.",
        EN + "The pandemic Covid \ufffd 19 has created a stressful environment.",
        EN + "Spending time 24*7 will create aggression; shops open 24x7 and 24/7.",
        "公司一次次提醒他迟到了。",
        "一、二孩政策",
        "五、六年级的学生",
        "三、四月份",
        EN + "The 5g network reached 4g phones.",
    ],
)
def test_refused(text: str) -> None:
    assert figures(text) == []
