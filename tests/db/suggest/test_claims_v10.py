"""Claims v10: page furniture that is never a claim candidate, whatever it states, each form
beside a real claim of the same shape that stays one (ADR 0030, docs/performance.md "Claims
v10"). The forms are those of sets 0–10's false alarms; the sentences are written for these
tests (none is a gold page's)."""

from __future__ import annotations

import pytest

from marginalia.db.suggest import suggest
from marginalia.db.suggest.claims import claim_candidates, is_furniture
from marginalia.db.suggest.figures import find_figures


def candidates(text: str, title: str = "") -> list[str]:
    found = claim_candidates(text, find_figures(text), (), title)
    return [text[start:end] for start, end, _ in found]


@pytest.mark.parametrize(
    ("furniture", "claim"),
    [
        # the original headline, repeated under the article
        (
            "（原标题：美国新冠肺炎确诊病例超过278万例）",
            "报道称，美国新冠肺炎确诊病例超过278万例。",
        ),
        (
            "原标题：我国集成电路进口突破3000亿美元！",
            "海关总署称，我国集成电路进口突破3000亿美元。",
        ),
        # credits and bylines (a claim may name a reporter or a source without the colon)
        ("责任编辑：张珺", "记者从市公安局获悉，3名嫌疑人已被刑事拘留。"),
        ("本文来源：新京报", "来源于国家统计局的数据显示，4月CPI同比上涨0.3%。"),
        ("（记者 宋晨 田中全）", "（记者获悉，该项目总投资12亿元。）"),
        ("【编辑：姚昊】", "【据新华社报道】该项目总投资12亿元。"),
        # a print edition's line
        (
            "《人民日报》（2024年05月10日 04版）",
            "《人民日报》2024年5月10日报道，河南一季度GDP增长4.8%。",
        ),
        # a link list's entry behind its view count (a number opening a sentence stays)
        ('526777高校现"天价热水"1吨70元 校方:已调整为1吨55元', "123456名考生参加了今年的高考。"),
        ("431542男子夜晚尾随搭讪女孩 被拒后暴踹其面部殴打20秒", "76260人中，13863人检测呈阳性。"),
        # disclaimers
        (
            "声明：文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。",
            "证监会表示，上述行为构成内幕交易，对其罚款300万元。",
        ),
        (
            "【免责声明】本文仅代表作者本人观点，与本网无关。",
            "该公司称，本次减持仅涉及其1.2%的股份。",
        ),
        # comment counters of a link list
        (
            "券商赴证监会开救市会议 消息称达成四项决议 评论9488条",
            "该微博发布后收到评论9488条，转发超过1万次。",
        ),
        ("评论 327含“马克龙”的1700万欧元，不要！", "法国总统马克龙宣布向该基金捐款1700万欧元。"),
        # calls to scan or download
        ("扫描下方二维码关注苹果汇官方微信。", "截至5月底，该公众号的关注人数超过200万。"),
        ("(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "澎湃新闻APP的下载量已超过1亿次。"),
    ],
)
def test_chinese_furniture_is_no_candidate_and_a_claim_of_its_shape_is(
    furniture: str, claim: str
) -> None:
    assert candidates(furniture) == []
    assert is_furniture(furniture)
    assert candidates(claim) == [claim]


@pytest.mark.parametrize(
    ("entry", "claim"),
    [
        (
            "纽约原油期货下跌3.6% 报51.14美元/桶 2015/02/04",
            "纽约原油期货2015/02/04下跌3.6%，报51.14美元/桶。",
        ),
        (
            "最后更新: 2019-09-07 15:14:21",
            "The index fell 3.6% on 2015-02-04, its worst day in a year.",
        ),
        ("Posted 2019-09-07 15:14", "Sales rose 12% between 2019-01-01 and 2019-06-30."),
        (
            "真生病了2018-12-05“铜陵”号护卫舰即将移交斯里兰卡2018-09-10香港警方追查可疑车辆",
            "该舰2018-12-05在上海下水，2019-09-10移交斯里兰卡海军。",
        ),
    ],
)
def test_a_link_lists_entry_with_its_timestamp_is_no_candidate(entry: str, claim: str) -> None:
    # An entry ends on its timestamp, or several entries are glued into one line; a sentence
    # that states its date and ends on a full stop is a candidate.
    assert candidates(entry) == []
    assert candidates(claim) == [claim]


def test_the_headline_repeated_in_the_body_is_no_claim() -> None:
    title = "美国新冠肺炎确诊病例超278万例，死亡129227例_网易新闻"
    text = (
        "美国新冠肺炎确诊病例超278万例，死亡129227例\n"
        "据美国约翰斯·霍普金斯大学统计，美国新冠肺炎确诊病例超278万例，死亡129227例。"
    )
    assert candidates(text, title) == [text.splitlines()[1]]
    # without the title the headline is a candidate (scored low for its missing full stop)
    assert candidates(text) == text.splitlines()
    shown = suggest(text, labels={"claim"}, title=title)
    assert [text[s.start : s.end] for s in shown] == [text.splitlines()[1]]


def test_english_headline_repeated_is_no_candidate_but_a_short_line_of_it_is_kept() -> None:
    title = "NASA adds five companies to commercial lunar lander program"
    text = (
        "NASA adds five companies to commercial lunar lander program\n"
        "NASA has added five companies to the pool of vendors that can bid on lunar landers.\n"
        "Five companies\n"
    )
    # "Five companies" is a tenth of the title: too short a piece to call it a repetition
    assert candidates(text, title) == [
        "NASA has added five companies to the pool of vendors that can bid on lunar landers.",
        "Five companies",
    ]


def test_a_plain_texts_lead_that_is_its_title_stays_a_claim() -> None:
    # A plain text's title is its first line (article_import.text.guess_title), which may be
    # the lead itself: a sentence with its full stop is never taken for a repeated headline.
    lead = "The Fed raised its key rate by 0.25 percentage points on Wednesday."
    text = lead + "\nMarkets fell 2% after the announcement."
    assert candidates(text, title=lead) == text.splitlines()


@pytest.mark.parametrize(
    ("headline", "claim"),
    [
        # a column or source in 【】 opening a line that never ends a sentence
        (
            "【21世纪经济报道】监管曝光银行“藏利润”：23家拨备率超200% 个股却直线拉升3%",
            "【21世纪经济报道】监管部门称，23家银行的拨备率超过200%。",
        ),
        # a teaser cut off by its ellipsis (a writer's …… ends a sentence; a list with ；
        # trailing off is one too)
        (
            "【 科技 】 十年之内取代iPhone，苹果要换赛道了...",
            "游客意犹未尽，故宫就推出了大量文创产品……",
        ),
        (
            "男主克里斯·海姆斯沃斯携爱妻亮相，女主安雅·...",
            "先投放近千辆共享单车；再弄来400辆电动车，又解决了一部分需求...",
        ),
        # a headline of clauses set apart by spaces, with no sentence end anywhere
        (
            "电子烟巨头暂停所有广告 A股龙头股9天跌近30%",
            "电子烟巨头暂停所有广告后，A股龙头股9天跌近30%。",
        ),
        (
            "冷空气将影响南方地区 局地降幅10℃以上",
            "气象台称，冷空气将影响南方地区，局地降幅10℃以上。",
        ),
    ],
)
def test_chinese_headlines_and_teasers_are_no_candidates(headline: str, claim: str) -> None:
    assert candidates(headline) == []
    assert candidates(claim) == [claim]


@pytest.mark.parametrize(
    ("furniture", "claim"),
    [
        (
            "© 2019 Associated Press.",
            "The agency has held the copyright since 2019, a court ruled.",
        ),
        ("Copyright © 1996-2019 SINA Corporation", "Sina was founded in 1998 in Beijing."),
        ("posted on April 21, 2015, at 11:29 a.m.", "The video was posted on April 21, 2015."),
        ("4:14 p.m.", "The train stopped at 4:14 p.m. and 300 passengers got off."),
        ("10 p.m.", "Police arrived at 10 p.m., an hour after the first call."),
        # claims v8.3: reporting credits (nine in sets 0-11, none a claim; one shown at 0.79)
        (
            "—Staff writer Ann Lee in Paris contributed to this report.",
            "Ten donors contributed to the fund, which raised $4 million in 2019.",
        ),
        (
            "(Reporting by Tom Ray in London and Jo Hart in Delhi; Editing by Sam Cole)",
            "Reporting by the agency found that 30 fines were never paid.",
        ),
        ("Additional reporting by Mia Wong.", "Reporting by the BBC was cut by 5% in 2019."),
        ("Our reporter Li Ming contributed to this report", "The pact contributed to a 3% rise."),
    ],
)
def test_english_furniture_lines_are_no_candidates(furniture: str, claim: str) -> None:
    assert candidates(furniture) == []
    assert candidates(claim) == [claim]


def test_furniture_still_shapes_its_neighbours_features(monkeypatch: pytest.MonkeyPatch) -> None:
    # The weights were fitted with furniture among the candidates: a headline or a link list
    # still counts in the article's shares and as a sentence's neighbour, so leaving it out of
    # the candidates changes no other sentence's features (and no other confidence).
    text = (
        "纽约原油期货下跌3.6% 报51.14美元/桶 2015/02/04\n"
        "美国能源信息署称，上周美国原油库存减少200万桶。\n"
        "责任编辑：张珺\n"
    )
    kept = claim_candidates(text, find_figures(text))
    monkeypatch.setattr("marginalia.db.suggest.claims.is_furniture", lambda *_: False)
    everything = claim_candidates(text, find_figures(text))
    assert len(everything) == 3
    assert kept == [everything[1]]
    assert "previous_no_end" in kept[0][2]


@pytest.mark.parametrize(
    ("dateline", "claim"),
    [
        ("Thursday, July 28, 2011", "On Thursday, July 28, 2011, the company cut 300 jobs."),
        ("Feb 18, 2020", "Feb 18, 2020 was the day the first 6,000 masks were stolen."),
        ("28 July 2011 14:05 BST", "28 July 2011: the bank raised its rate to 1.5%."),
        ("2012年6月24日", "2012年6月24日，航天员刘旺手动控制飞船完成交会对接。"),
    ],
)
def test_a_dateline_alone_is_no_candidate(dateline: str, claim: str) -> None:
    assert candidates(dateline) == []
    assert candidates(claim) == [claim]
