"""Figures v10's general forms for unseen pages (docs/performance.md, "Figures v10 (rules
2.3)"): scores and box scores (``db/suggest/sports.py``), ``百余家`` and ``千余人``, and a clock
time written ``N点`` after a day or a part of the day. Sentences written for them, none a gold
page's; each form with its negatives."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.figures import find_figures

from .readings import EN, figures


def quotes(text: str, *, dates: bool = False) -> list[str]:
    return [quote for quote, _, _ in figures(text, dates=dates)]


# -- Scores: two counts --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("季后赛步行者130-109战胜尼克斯。", [("130", 130), ("109", 109)]),
        ("中国男篮以77比73战胜韩国队。", [("77", 77), ("73", 73)]),
        ("步行者大比分4-3晋级东部决赛。", [("4", 4), ("3", 3)]),
        ("中国女排3：1逆转日本队。", [("3", 3), ("1", 1)]),
        ("全场比分为2:1。", [("2", 2), ("1", 1)]),
        (EN + "Arsenal beat Chelsea 2-0 at home.", [("2", 2), ("0", 0)]),
        (EN + "It was a 3-1 win for the visitors.", [("3", 3), ("1", 1)]),
    ],
)
def test_a_score_is_two_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(q, v) for q, v, _ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("项目须在1-2年内完成。", ["1-2年"]),  # a range of years, no game
        ("按3比2的比例分配。", []),  # a ratio
        ("5-6月份的销量回升。", []),  # months (a date)
        # no game or vote word: a pair running backwards is two counts since figures v12.25
        (EN + "The form lists 12-3 at the top.", ["12", "3"]),
    ],
)
def test_without_a_word_of_the_game_it_is_no_score(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


# -- Box scores: a player's line --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("詹姆斯22投12中拿下30分8篮板5助攻。",
         [("22", 22), ("12", 12), ("30分", 30), ("8", 8), ("5", 5)]),
        ("他全场出战29分钟，17中6得到17分9助攻。",
         [("29分钟", 29), ("17", 17), ("6", 6), ("17分", 17), ("9", 9)]),
    ],
)  # fmt: skip
def test_a_players_line_is_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(q, v) for q, v, _ in figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "他毕业于北京3中，后来去了5中任教。",  # N中 is a school without a player's line
        "会议讨论了9项助攻政策以外的问题。",  # a classifier, read as before
    ],
)
def test_n_zhong_without_a_line_is_no_shot_count(text: str) -> None:
    assert "3" not in quotes(text) and "5" not in quotes(text)


# -- 百余, 千余: more than a hundred, a thousand --


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("百余家企业参加了展会。", "百余家", 100),
        ("千余人到场观看。", "千余人", 1000),
        ("再往西走百余米。", "百余米", 100),
    ],
)
def test_a_hundred_or_thousand_and_more_is_an_amount(text: str, quote: str, value: int) -> None:
    assert (quote, value) in [(q, v) for q, v, _ in figures(text)]


@pytest.mark.parametrize("text", ["千万人关注此事。", "数百人次参与搜寻。", "规范上百条。"])
def test_round_words_without_a_bound_stay_vague(text: str) -> None:
    assert quotes(text) == []


# -- N点 as a clock time --


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("5月20日22点起，节目播出。", "5月20日22点", "--05-20T22:00"),
        ("下午3点开会。", "3点", "T15:00"),
        ("晚上8点半结束。", "8点半", "T20:30"),
        ("凌晨2点发生事故。", "2点", "T02:00"),
    ],
)
def test_n_dian_after_a_day_or_a_part_of_the_day_is_a_clock_time(
    text: str, quote: str, value: str
) -> None:
    assert [(q, v) for q, v, _ in figures(text, dates=True)] == [(quote, value)]
    assert quotes(text) == []  # no count left behind


@pytest.mark.parametrize("text", ["他提出3点建议。", "马上3点意见要落实。"])
def test_n_dian_elsewhere_is_points(text: str) -> None:
    assert [(q, v) for q, v, _ in figures(text, dates=True) if isinstance(v, str)] == []


# -- N强, codes after their label, a tab's unread count --


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("深圳跻身全球城市经济竞争力20强。", "20", 20),
        ("公司再次入选世界500强。", "500", 500),
    ],
)
def test_n_qiang_is_the_size_of_a_ranking(text: str, quote: str, value: int) -> None:
    assert [(q, v, u) for q, v, u in figures(text)] == [(quote, value, "")]


@pytest.mark.parametrize(
    "text",
    [
        "股票代码：600519，证券简称：贵州茅台。",
        "证券代码 000001 的公告。",
        "登记编号：1024，请妥善保管。",
        "消息\n\n通知\n\n公告0\n\n据报道，会议召开。",
    ],
)
def test_codes_after_their_label_and_tab_counters_are_not_figures(text: str) -> None:
    assert quotes(text) == []


def test_an_announcement_counted_in_a_sentence_stays_a_figure() -> None:
    assert quotes("公司发布公告3份，涉及金额12万元。") == ["3份", "12万元"]


# -- Names of a measure and of an address's part --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该车百公里油耗5.6L，百公里加速7.9秒。", ["5.6L", "7.9秒"]),  # "per 100 km": a name
        ("行驶百公里需要2小时。", ["百公里", "2小时"]),  # a distance driven stays
        ("住在1号楼2单元502室。", []),  # an address's stairway, not two "units"
        ("小区共有3个单元。", ["3个"]),
    ],
)
def test_measure_names_and_address_parts(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


# -- 多 after a unit of time or a multiple; an indicator's name glued to its amount --


@pytest.mark.parametrize(
    ("text", "quote"),
    [("新冠疫情3年多时间里，变化很大。", "3年多"), ("销量是去年的3倍多。", "3倍多")],
)
def test_more_after_a_unit_of_time_or_a_multiple_is_in_the_span(text: str, quote: str) -> None:
    (found,) = [f for f in find_figures(text) if text[f.start : f.end] == quote]
    assert found.extra == {"approximate": True, "qualifier": "more than"}


def test_how_much_is_no_more_than() -> None:
    assert quotes("3年多少钱都花完了。") == ["3年"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年人均GDP1.2万美元。", ["1.2万美元"]),
        ("当月CPI2.1%，涨幅回落。", ["2.1%"]),
        ("PM2.5浓度下降，M2余额增长，5G手机热销。", []),  # names, no amount after
    ],
)
def test_an_indicators_abbreviation_glued_before_an_amount(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


# -- English: a vote's tally, measures the lists lacked, numbered road exits --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The bill passed 52-48 in the Senate.", [("52", 52), ("48", 48)]),
        (EN + "The court issued a 6-3 ruling on Monday.", [("6", 6), ("3", 3)]),
        (EN + "The panel voted 12-3 to approve it.", [("12", 12), ("3", 3)]),
        (EN + "The Boeing 747-400 was parked there.", []),  # a model, as before
    ],
)
def test_a_votes_tally_is_two_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(q, v) for q, v, _ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (EN + "He ran for 150 yards in the game.", "150 yards"),
        (EN + "The bulb uses 40 watts of power.", "40 watts"),
        (EN + "The tumour was 3 centimetres wide.", "3 centimetres"),
    ],
)
def test_measures_keep_their_unit(text: str, quote: str) -> None:
    assert quotes(text) == [quote]


@pytest.mark.parametrize(
    "text",
    [EN + "The crash was near junction 10 of the M25.", EN + "Take Exit 4 off the highway."],
)
def test_numbered_exits_are_names(text: str) -> None:
    assert quotes(text) == []
