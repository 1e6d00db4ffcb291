"""Claims v9.1 (the twelfth round, issue 15): two furniture cues that misfired. An "ad" or
"ads" anywhere in a sentence made it furniture (`… released a television ad saying that …`:
3 sentences over sets 0–16, 2 of them gold claims); now only an advertisement's label opening
the line does (`Advertisement`, `Ads by Google`, `Advertisement 1Story continues below`). A
Chinese lead's reporter credit before its first sentence (`北京商报讯（记者 岳品瑜）5月20日，…`) set
the furniture feature by its "记者 " (and its names apart by a space made a headline, no_end);
now the cues, names and headline's form are read on the sentence after the credit,
while a credit alone in its line is furniture still. Each form beside its negative. The
sentences are written for these tests (none is a gold page's)."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.claims import claim_candidates
from marginalia.db.suggest.figures import find_figures

LEAD = "The agency said on Tuesday that 42 people were hurt in the quake."
LEAD_ZH = "市教育局2月10日发布通知，全市中小学将于3月1日开学。"


def candidates(text: str) -> dict[str, dict[str, float]]:
    found = claim_candidates(text, find_figures(text))
    return {text[start:end].strip(): features for start, end, features in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator released a television ad saying that she wants to cut taxes by 10%.",
        "Officials said digital ads are targeted at 3 million voters.",
        "Ads for the drug ran 400 times in May, the agency said.",
        "Advertising revenue rose 5% in the quarter, the company said.",
    ],
)
def test_an_ad_inside_a_sentence_is_no_furniture(sentence: str) -> None:
    found = candidates(f"{LEAD}\n{sentence}\n")
    assert "furniture" not in found[sentence]


@pytest.mark.parametrize(
    "line",
    ["Advertisement", "ADVERTISEMENT", "Ads by Google", "Advertisement 1Story continues below"],
)
def test_an_advertisement_line_is_furniture(line: str) -> None:
    found = candidates(f"{LEAD}\n{line}\n")
    assert "furniture" in found[line]
    assert "furniture" not in found[LEAD]


@pytest.mark.parametrize(
    ("credit", "lead"),
    [
        ("北京商报讯（记者 岳品瑜 董晗萱）", "5月20日，人民银行公布，1年期报价利率为3.45%。"),
        ("据新华社拉萨电（记者 格桑边觉）", "记者近日了解到，2021年西藏改造卫生厕所4.66万座。"),
        ("本站讯（职工通讯员 李琴雯 刘会）", "10月30日，我院药剂党支部举办了2019年药学技能大赛。"),
    ],
)
def test_a_lead_after_its_reporter_credit_is_read_as_itself(credit: str, lead: str) -> None:
    found = candidates(f"{credit}{lead}\n{LEAD_ZH}\n")
    features = found[credit + lead]
    # the credit's "记者 " set the furniture, and its names apart by a space a headline's no_end
    assert "furniture" not in features
    assert "no_end" not in features


@pytest.mark.parametrize(
    "sentence",
    [
        # the credit alone in its line is furniture still
        "(记者张淼淼)",
        # furniture after the credit is furniture: the cues read the rest
        "新京报讯（记者 陆一夫）未经授权，不得转载本文的3张图片。",
        # a credit that is no lead's (no 讯 or 电 before it) is read whole, as before
        "本文作者（记者 王五）近日从会议上了解到，全市有1200所学校。",
    ],
)
def test_a_credit_without_a_lead_keeps_its_furniture(sentence: str) -> None:
    found = candidates(f"{LEAD_ZH}\n{sentence}\n")
    assert "furniture" in found[sentence]
