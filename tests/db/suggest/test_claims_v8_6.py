"""Claims v8.6 (the twelfth round, after held-out 14's first run): a related story's link in
parentheses (`(MORE: …)`) and a syndicated story's credit (`This story was provided by …`) are
page furniture, never candidates (held-out 14 showed them at 0.86 and 0.53; over every gold set
the link and credit lines of these forms hold no claim); and 未经 ("without") alone no longer
makes a sentence furniture, only a reprint disclaimer's 未经授权 / 未经许可 / 未经允许 / 未经书面
does (held-out 14's rule `未经批准，学生不得提前返校` is a gold claim). Each form beside a
sentence of the same words that states a fact. The sentences are written for these tests (none
is a gold page's)."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.claims import claim_candidates, is_furniture
from marginalia.db.suggest.figures import find_figures

LEAD = "The agency said on Tuesday that 42 people were hurt in the quake."
LEAD_ZH = "市教育局2月10日发布通知，全市中小学将于3月1日开学。"


def candidates(text: str) -> dict[str, dict[str, float]]:
    found = claim_candidates(text, find_figures(text))
    return {text[start:end]: features for start, end, features in found}


@pytest.mark.parametrize(
    ("line", "claim"),
    [
        (
            "(MORE: 'Laughter Shocks': 13 Best Tweets About the East Coast Earthquake)",
            "(More than 13 buildings were damaged, the city said.)",
        ),
        (
            "(READ MORE: Quake damages 13 buildings in Virginia)",
            "Read more than 13 reports and you find the same cracks, the inspector said.",
        ),
        (
            "This story was provided by SpaceNews, dedicated to covering the space industry.",
            "This story was first reported by SpaceNews in May, when NASA cut $200 million.",
        ),
        (
            "This article originally appeared on The Atlantic.",
            "This article's author was paid $500 by the agency, the paper said.",
        ),
    ],
)
def test_a_link_or_syndication_line_is_furniture_and_a_statement_is_not(
    line: str, claim: str
) -> None:
    found = candidates(f"{LEAD}\n{line}\n{claim}\n")
    assert is_furniture(line)
    assert line not in found
    assert not is_furniture(claim)
    assert LEAD in found
    assert claim in found


@pytest.mark.parametrize(
    "rule",
    [
        "学校正式确定开学时间前，未经批准，学生原则上不得提前返校。",
        "針對該市未經批准已開工建設兩年的事實，交通部表示將予處罰。",
    ],
)
def test_weijing_without_a_disclaimer_is_no_furniture(rule: str) -> None:
    found = candidates(f"{LEAD_ZH}\n{rule}\n")
    assert rule in found
    assert "furniture" not in found[rule]


@pytest.mark.parametrize(
    "disclaimer",
    [
        "本文为原创文章，未经允许不得转载。",
        "未经授权，任何单位或个人不得使用。",
        "未經許可，不得複製。",
        "未经书面同意请勿使用本站内容。",
    ],
)
def test_a_reprint_disclaimer_stays_furniture(disclaimer: str) -> None:
    found = candidates(f"{LEAD_ZH}\n{disclaimer}\n")
    assert disclaimer not in found or "furniture" in found[disclaimer]
