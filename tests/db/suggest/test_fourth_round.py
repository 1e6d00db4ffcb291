"""Forms held-out 5 showed (issue 15, fourth round), each general and in both languages where
both have it: captions without a credit line in a wire photo story, Chinese credit forms, run-in
"Photo shows" lines; numerals inside names, coordinates and enumerations; the claim features
that carry held-out 5's line (directives and exhortations, private anecdotes, provisions with
entitlements, datelines)."""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.captions import find_captions
from marginalia.db.suggest.claims import claim_candidates, probability
from marginalia.db.suggest.figures import find_figures

BODY = "A long first paragraph of the story, which is plainly body text and nothing else. " * 3
CN_BODY = "这是报道的第一段正文，内容很长，说的是事情的经过和各方的说法，不是图片说明。" * 3


def captions(text: str, images: tuple[int, ...] = ()) -> list[str]:
    return [text[c.start : c.end] for c in find_captions(text, images)]


@pytest.mark.parametrize(
    "line",
    [
        "5月9日，山东女子学院养老服务管理专业毕业生就业双选会现场。山东女子学院供图",
        "学生在为老服务中心实习。（上海工程技术大学供图）",
        "摄影：张三",
        "图/新华社",
        "游客在景区游览。图片来源：视觉中国",
        "Photo shows a Siberian tiger in the Northeast China Tiger and Leopard National Park.",
        "A photo taken on May 3 shows the flooded road near the bridge.",
        "Guests attend a ceremony at the station. (Xinhua/Li Gang)",
        "Tourists visit the park. (People’s Daily Online/courtesy of the park authority)",
    ],
)
def test_credit_forms_are_captions_anywhere(line: str) -> None:
    body = CN_BODY if "\u4e00" <= line[0] <= "\u9fff" or line[0] in "（5" else BODY
    text = f"{body}\n\n{line}\n\n{body}"
    assert captions(text) == [line]


def test_a_wire_photo_story_without_credits_is_captions() -> None:
    lines = [
        "Passengers are greeted with gift bags at the Hong Kong West Kowloon Station in south "
        "China's Hong Kong, Jan. 15, 2023.",
        "Crew members of the train G5607 welcome passengers at the Shenzhen North Railway "
        "Station in Shenzhen, south China's Guangdong Province, Jan. 15, 2023.",
    ]
    text = f"{BODY}\n\n{lines[0]}\n\n{lines[1]}"
    images = (text.index(lines[0]), text.index(lines[1]))
    assert captions(text, images) == lines
    assert captions(text) == lines  # the place and the day end them: captions anywhere


def test_a_long_wire_caption_ending_in_its_credit_is_a_caption() -> None:
    line = (
        "After nearly three years of service suspension due to the COVID-19 pandemic, the Hong "
        "Kong section of the Guangzhou-Shenzhen-Hong Kong Express Rail Link resumed operation "
        "Sunday, with an average of 38.5 pairs of high-speed trains on a daily basis running "
        "from stations in Guangzhou and Shenzhen to the Hong Kong West Kowloon Station at the "
        "initial stage. (Xinhua/Li Gang)"
    )
    assert len(line) > 360
    assert captions(f"{BODY}\n\n{line}\n\n{BODY}") == [line]


@pytest.mark.parametrize(
    "text",
    [
        # body text that gives a day, early or late, is no caption
        "The company said on Jan. 15, 2023, that it would close the plant, and it did so later.",
        "The premier visited the plant in Shenzhen, south China's Guangdong Province, in May.",
        # subheadings stay body text (held-out 2)
        "繁星中的引导者",
        "A new chapter",
        # a body paragraph that names a photo agency mid-sentence
        "该院供图书馆使用的新系统已经上线，读者可以在网上预约借阅。",
    ],
)
def test_body_text_and_subheadings_are_not_captions(text: str) -> None:
    assert captions(f"{BODY}\n\n{text}\n\n{BODY}") == []


def figures(text: str) -> list[tuple[str, dict[str, Any]]]:
    return [
        (text[f.start : f.end], f.attributes()) for f in find_figures(text, include_dates=False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "震中位于北纬40.28度，东经77.05度。",
        "The epicentre was at latitude 40.28 and longitude 77.05.",
        "The quake struck at 40.3°N, 77.1°E, the survey said.",
        "标准普尔500种股票指数上涨了。",
        "The S&P 500 closed higher on Monday.",
        "The FTSE 100 and the Nikkei 225 both rose.",
        "沪深300指数收涨。",
        "对依法生育子女的家庭，一、二孩给予补贴。",
        "二、三线城市的房价",
        "其他七大类价格同比均上涨。",
        "来到新疆生产建设兵团第六师五家渠市。",
        "在四平市、七台河市调研",
    ],
)
def test_numerals_in_names_coordinates_and_enumerations_are_not_figures(text: str) -> None:
    assert figures(text) == []


def test_counts_beside_those_forms_stay_figures() -> None:
    text = "美国股市三大指数下跌，全市三个县的5家公司，S&P said 500 jobs went, 两个市"
    assert [span for span, _ in figures(text)] == ["三大", "三个", "5家", "500", "两个"]


def test_a_date_glued_to_a_time_is_one_date() -> None:
    text = "5月20日13时10分，新疆发生地震。On May 20 at 1:10 p.m. the quake struck."
    assert figures(text) == []
    dated = [f for f in find_figures(text) if f.kind == "date"]
    assert text[dated[0].start : dated[0].end].startswith("5月20日")


def claim_probability(text: str) -> float:
    found = claim_candidates(text, find_figures(text))
    assert len(found) == 1
    return probability(found[0][2])


@pytest.mark.parametrize(
    ("claim", "not_claim"),
    [
        # a provision with an entitlement is a claim; an aim or encouragement is not
        (
            "对依法生育三孩的家庭，每孩每月发放育儿补贴500元。",
            "鼓励用人单位积极推动托育服务发展，营造良好环境。",
        ),
        # what an official found or did is; what he stressed one must do is not
        (
            "市统计局公布，4月份全市居民消费价格同比上涨0.3%。",
            "他强调，要深化东中西部合作，更好保障国家粮食安全。",
        ),
        (
            "The ministry said 1,200 households received the subsidy in April.",
            "The minister urged local officials to promote the programme and should do more.",
        ),
        # a court's step is; a student's anecdote with a figure is not
        (
            "The court sentenced the former mayor to 12 years in prison on Tuesday.",
            "Liao Jun, a student who studies in Hong Kong, was excited to take the train home.",
        ),
    ],
)
def test_held_out_5s_line_ranks_claims_above_what_is_not(claim: str, not_claim: str) -> None:
    assert claim_probability(claim) > claim_probability(not_claim)


def test_photo_lines_and_directives_set_their_features() -> None:
    def features(text: str) -> dict[str, float]:
        return claim_candidates(text, find_figures(text))[0][2]

    assert "photo" in features("Photo shows a tiger in the national park.")
    assert "directive" in features("李强表示，要围绕商贸领域加强国际往来。")
    assert "directive" in features("Officials urged residents to stay indoors.")
    assert "exhortation" in features("鼓励有条件的单位提供托育服务。")
    assert "dateline" in features("HONG KONG, Jan. 15 (Xinhua) -- The first train left today.")
    assert "private" in features("刘佳芸是一名大四学生。")
    assert "private" not in features("禹州市教体局通报称，学生小刚向小花眼睛里塞了纸片。")
