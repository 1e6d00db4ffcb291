"""The eleventh speed round (issue 15; docs/performance.md, "Suggestions' speed, eleventh
round"): each faster form must give the answers of the form it replaced."""

from __future__ import annotations

import pytest

from marginalia.db.suggest import caption_credits, claims

CREDIT_LINES = [
    "图为市民在公园里散步。",
    "  ◎ 图：123rf",
    "资料图：某地的街景",
    "（视频截图）",
    "Tourists visit the old town. (Xinhua/Li Ming)",
    "Courtesy photo of the team",
    "Composite: Guardian Design",
    "A view of the harbour. Photo / Supplied",
    "In this file photo, a man walks past the shop.",
    "The mayor spoke on Monday about the budget / image: city hall",
    "Workers at the plant on Tuesday. REUTERS/Jane Doe",
    "Credit: Jane Doe for The Times",
    "周凯航 摄",
    "The council met on Tuesday and voted on the plan.",
    "他说，图片来自网络的说法并不准确。",
    "first line\n图为第二行",  # a line break: ``^`` holds after it too
    "",
]


def test_the_credit_alternatives_rebuild_the_expression() -> None:
    parts = caption_credits.alternatives(caption_credits.CREDIT.pattern)
    assert "|".join(parts) == caption_credits.CREDIT.pattern
    assert len(parts) > 20 and any(p.startswith("^") for p in parts)


@pytest.mark.parametrize("line", CREDIT_LINES)
def test_has_credit_answers_as_the_whole_expression(line: str) -> None:
    expected = caption_credits.CREDIT.search(line) is not None
    lowered = line.lower()
    if not any(hint in lowered for hint in caption_credits.SHORTEST_HINTS):
        expected = False
    assert caption_credits.has_credit(line, 0, len(line)) is expected


def test_the_lines_hold_both_answers() -> None:
    answers = {caption_credits.has_credit(line, 0, len(line)) for line in CREDIT_LINES}
    assert answers == {True, False}


def test_probability_reads_the_weights_it_is_given() -> None:
    features = {"figure": 1.0, "no_end": 1.0, "article_figure": 0.25, "unknown": 1.0}
    copied = dict(claims.WEIGHTS)
    assert claims.probability(features) == claims.probability(features, copied)
    copied["figure"] += 1.0
    assert claims.probability(features, copied) > claims.probability(features)
    assert claims.probability({}, {}) == 0.5


#: The order in which a sentence's features were always given to the model (a dict of every
#: answer, then the holding ones): ``probability`` sums their weights in this order, so a
#: change of order would change confidences in their last digits.
FEATURE_ORDER = [
    "figure",
    "figure_unit",
    "figures_many",
    "date",
    "attribution",
    "attributed_quote",
    "quoted",
    "opinion",
    "normative",
    "hedge",
    "first_person",
    "comment",
    "demonstrative",
    "past",
    "evaluative",
    "action",
    "official",
    "future",
    "causal",
    "comparison",
    "names",
    "names_many",
    "short",
    "long",
    "no_end",
    "ends_colon",
    "exclaim",
    "imperative",
    "furniture",
    "cjk",
    "exhortation",
    "directive",
    "entitlement",
    "legal",
    "photo",
    "belief",
    "dateline",
    "numbered",
    "private",
    "cjk_figure",
    "cjk_attribution",
    "event",
    "quoted_view",
    "lexical",
    "_asked",
    "_sourced",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "This, police said, was what they had expected: prices rose 5% and fell 3% in Paris",
        "“We think the minister should resign,” said Ann Lee, who visited London on Monday.",
        "他强调，要加快建设，国家卫生健康委表示，增长了12%和30%。",
        "I declined to comment when reached!",
    ],
)
def test_a_sentences_features_keep_their_order(sentence: str) -> None:
    from marginalia.db.suggest.figures import find_figures

    found = claims.sentence_features(sentence, 0, len(sentence), find_figures(sentence), True, True)
    assert len(found) >= 4
    assert set(found) <= set(FEATURE_ORDER)
    assert list(found) == sorted(found, key=FEATURE_ORDER.index)
    # Every feature is yes/no but claims v12's lexical score (claims_lexicon.py)
    assert {value for name, value in found.items() if name != "lexical"} == {1.0}


@pytest.mark.parametrize(
    "sentence", ["", "plain words", "中文句子", "A 中 b 文字 c", "兀豈 〇 ４ 㐀鿿"]
)
def test_cjk_characters_counts_each_one(sentence: str) -> None:
    from marginalia.db.suggest import cues

    assert claims._cjk_characters(sentence) == len(cues.CJK.findall(sentence))
