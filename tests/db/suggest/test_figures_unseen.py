"""Number forms the held-out sets' first runs showed (issue 15, third round), both languages.

Each case is a general form, not a page: teaser counters and timestamps, model numbers,
festivals and titles, "from X to Y" with currencies, currencies of several words, counted
"major" (三大), bounds before a round number (逾千款), approximate pairs (five or six),
grades and digit counts, slogans in quotes.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.captions import find_captions
from marginalia.db.suggest.figures import find_figures


def spans(text: str, **options: Any) -> list[tuple[str, dict[str, Any]]]:
    return [(text[f.start : f.end], f.attributes()) for f in find_figures(text, **options)]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "kind"),
    [
        ("investors were told 176 Hong Kong dollars is the price", "176 Hong Kong dollars", 176,
         "Hong Kong dollars", "money"),
        ("raise at least 88 billion Hong Kong dollars in all", "88 billion Hong Kong dollars",
         88e9, "Hong Kong dollars", "money"),
        ("paid 40 Swiss francs for it", "40 Swiss francs", 40, "Swiss francs", "money"),
        ("a 2,500 square feet home", "2,500 square feet", 2500, "square feet", "measure"),
        ("output of 1.2 million barrels a day", "1.2 million barrels", 1.2e6, "barrels", "measure"),
        ("国庆假期出游6亿人次", "6亿人次", 6e8, "人次", "count"),
        ("票价为176港币", "176港币", 176, "港币", "money"),
        ("等了3个小时", "3个小时", 3, "个小时", "measure"),
        ("it cost ₹500 in Delhi", "₹500", 500, "₹", "money"),
        ("全球每生产3块集成电路", "3块", 3, "块", "count"),
        ("每生產三塊晶片", "三塊", 3, "塊", "count"),
        ("A股三大股指集体回调", "三大", 3, "大", "count"),
        ("這兩大密碼算法被破解", "兩大", 2, "大", "count"),
        ("全省13地市0新增", "13地市", 13, "地市", "count"),
        ("A man was shot four times in an exchange of fire, the police said", "four times", 4,
         "times", "count"),
        ("he was stabbed 4 times on the train", "4 times", 4, "times", "count"),
    ],
)  # fmt: skip
def test_units_of_several_words_and_counts(
    text: str, span: str, value: float, unit: str, kind: str
) -> None:
    (found,) = spans(text)
    assert found[0] == span
    assert found[1]["value"] == pytest.approx(value)
    assert (found[1]["unit"], found[1]["kind"]) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The study said it was about three times as contagious as the flu", "three times"),
        ("The deal was worth six times the value of the company", "six times"),
    ],
)
def test_times_as_a_multiplier_keeps_times_in_the_span(text: str, span: str) -> None:
    # rules 2.3 (they were the number alone before): "N times" is one figure, kind other
    ((found, attributes),) = spans(text)
    assert (found, attributes["unit"], attributes["kind"]) == (span, "times", "other")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("its valuation slashed from $47 billion to $8 billion. After", "$47 billion",
         "$8 billion"),
        ("the order, down by 30 to 126, which Emirates", "30", "126"),
        ("raise the minimum wage by $1 to $8.25 per hour", "$1", "$8.25"),
        ("价格从每股12元到8元不等", "12元", "8元"),
        ("销量由3万辆增至5万辆", "3万辆", "5万辆"),
    ],
)  # fmt: skip
def test_from_and_by_x_to_y_are_two_figures(text: str, first: str, second: str) -> None:
    found = spans(text)
    assert [s for s, _ in found] == [first, second]
    assert all("value_max" not in attributes for _, attributes in found)


@pytest.mark.parametrize(
    ("text", "span", "value", "high"),
    [
        (
            "“Now it’s five or six. It makes it difficult for the rest of them,” she said",
            "five or six",
            5,
            6,
        ),
        (
            "They sell the fish to four or five buyers, and that is the rest of it",
            "four or five",
            4,
            5,
        ),
    ],
)
def test_x_or_y_is_one_approximate_figure(text: str, span: str, value: int, high: int) -> None:
    ((found, attributes),) = spans(text)
    assert found == span
    assert (attributes["value"], attributes["value_max"]) == (value, high)
    assert attributes["approximate"] is True


def test_bounds_before_a_round_chinese_number() -> None:
    ((found, attributes),) = spans("将带来逾千款海外正品的优惠折扣")
    assert (found, attributes["value"], attributes["unit"]) == ("千款", 1000, "款")
    assert attributes["qualifier"] == "more than"
    ((found, attributes),) = spans("當日近萬人到場")
    assert (found, attributes["value"], attributes["qualifier"]) == ("萬人", 10000, "nearly")
    assert spans("千万人的期待") == []  # "millions of": vague, no bound word


def test_a_quarter_point_is_a_fraction_of_a_point() -> None:
    text = "The Fed cut its benchmark interest rate by a quarter-point last month, and it said"
    ((found, attributes),) = spans(text)
    assert found == "quarter-point"
    assert attributes == {"value": 0.25, "unit": "point", "kind": "measure", "fraction": "1/4"}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("最后更新: 2019-09-07 15:14:21\n\n9月3日", "2019-09-07 15:14:21", "2019-09-07T15:14:21"),
        ("嫦娥奔月\n\n2019-09-06 20:51 科技前沿", "2019-09-06 20:51", "2019-09-06T20:51"),
        ("扯上关系2015-08-11普京销毁违禁食物", "2015-08-11", "2015-08-11"),
        ("Updated 2019-11-13 08:05 and since then", "2019-11-13 08:05", "2019-11-13T08:05"),
        ("发布时间：2019.09.07 来源：新华网", "2019.09.07", "2019-09-07"),
        ("更新于2019/9/7", "2019/9/7", "2019-09-07"),
    ],
)
def test_timestamps_and_dates_glued_to_headlines_are_dates(
    text: str, span: str, value: str
) -> None:
    found = spans(text, include_dates=True)
    assert (span, {"value": value, "unit": "", "kind": "date"}) in found
    assert all(attributes["kind"] == "date" for _, attributes in found)
    assert spans(text, include_dates=False) == []


@pytest.mark.parametrize(
    "text",
    [
        # a teaser list's counters set apart from the headlines
        "印度落月梦碎评论 82 赞 97一本女性小说",
        "龙应台的作品评论 80 赞 959观网受众",
        '\n410949"人造肉"是炒作吗？',
        "阅读数 1234 评论数：56",
        "There are Comments (12) and Shares: 40 on the page for the story",
        # a gallery's counter, a stock code
        "The gallery shows Photo 3 of 12 and the rest of the set",
        "Hide Caption 3 of 12 and the photos of the day, with the rest",
        "查看: 1234|回复: 56",
        "他住在3楼，办公室在十二楼",  # an ordinal floor, not an amount
        "贵州茅台（600519）股价上涨",
        "腾讯控股(HK:0700)股价",
        # model numbers and product names
        "a deal to purchase Boeing's 787-9 Dreamliner jets",
        "the crashes of its popular 737 Max jet in less than",
        "in addition to five 787 Dreamliner sales",
        "华为发布业界首款5G SoC芯片：麒麟990 5G",
        "华为首款升降摄像头手机畅享10 Plus发布",
        "麒麟990 5G2019-09-06朝鲜驻西班牙使馆遭劫",
        "怎么看待印度「月船 2 号」登陆月球失败？",
        "长期可能是个好事（0907珠海分享-2）评论 108",
        "vivo搭载三星Exynos 980处理器的手机",
        "The phone is called the Galaxy 10 in the shops, and that is the rest of it",
        "The paper has THE TIMES WITH TAKE 5 in it, and the rest of it",
        # an emergency number, a calibre, festivals, days named as events, titles
        "officials began receiving 911 calls Tuesday afternoon",
        "possessed a loaded .45-caliber handgun",
        "将延续双11“无套路”的做法",
        "十一阅兵官宣！规模将超“9·3”",
        "历时积累出《56个民族新儿歌》等作品",
        "发布《2019年贸易和发展报告》：重建多边主义",
        # grades, digit counts, slogans, "a" beside a count in another sentence
        "出自国家一级作曲家之手",
        "统筹了全市二级以上公立医院资源",
        "继续维持两位数的高速增长",
        "要求做到“四个更加”！",
        "中国有新四大发明",
        "The final stage, 3, the rolling blackouts, began at the end of the day",
    ],
)
def test_names_counters_and_titles_are_not_figures(text: str) -> None:
    assert spans(text, include_dates=False) == []


def test_one_is_a_count_only_beside_a_count_in_its_own_sentence() -> None:
    text = "中美两个大国之间的合作更加乐观。中国从未想过构建一个没有美国的世界"
    assert [s for s, _ in spans(text)] == ["两个"]


def test_counts_beside_names_stay_figures() -> None:
    text = "It placed an order of 50 Airbus jets, while Italy 143,600 and About 40 others"
    assert [s for s, _ in spans(text)] == ["50", "143,600", "40"]
    text = "The deaths: Italy 793, Spain 394 and France 120, the ministry said of the day"
    assert [s for s, _ in spans(text)] == ["793", "394", "120"]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Body.\n\nMain image credit: Getty", "Main image credit: Getty"),
        (
            "Body.\n\nRIVERSIDE COUNTY SHERIFF'S DEPT./CONTRIBUTED IMAGE\n\nAfter a man was shot",
            "RIVERSIDE COUNTY SHERIFF'S DEPT./CONTRIBUTED IMAGE",
        ),
    ],
)
def test_credit_lines_anywhere_are_captions(text: str, line: str) -> None:
    found = [text[c.start : c.end] for c in find_captions(text)]
    assert found == [line]


def test_a_heading_ending_in_an_agency_name_is_no_credit() -> None:
    text = "Share this\n\nTrending On Reuters\n\nBanking news"
    assert find_captions(text, (0,), (None,)) == []


def test_a_parenthesised_chinese_line_under_a_picture_is_its_caption() -> None:
    text = (
        "价格不等。\n\n（某头部数据公司的部分报价单）\n\n此外，该公司还提供产品。"
        "\n\n繁星中的引导者\n\n正文。"
    )
    first, second = text.index("（某"), text.index("繁星")
    found = [
        (text[c.start : c.end], c.image_index)
        for c in find_captions(text, (first, second), (None, None))
    ]
    assert found == [("（某头部数据公司的部分报价单）", 0)]  # a subheading under a picture is not


def test_big_after_a_number_is_counted_only_as_the_n_major() -> None:
    text = "曹操有八十万大军，A股三大股指，一大早。"
    assert [(s, a["value"], a["unit"]) for s, a in spans(text)] == [
        ("八十万", 800000, ""),  # an army (大军) of 800,000
        ("三大", 3, "大"),
    ]


def test_one_unit_before_a_price_is_per_unit() -> None:
    text = "高校现天价热水1吨70元 校方:已调整为1吨55元"
    assert [s for s, _ in spans(text)] == ["70元", "55元"]


def test_a_figure_inside_a_quoted_headline_stays_a_figure() -> None:
    text = "发表题为《中国用没有新冠病毒和6亿人次出游来庆祝国庆节》的报道"
    assert [s for s, _ in spans(text)] == ["6亿人次"]
