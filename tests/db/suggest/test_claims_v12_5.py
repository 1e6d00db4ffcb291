"""Claims v12.5 (the sixteenth round, issue 15): the Chinese cue lists hold the other scripts'
forms of their words (OpenCC's Traditional, Hong Kong and Taiwan forms of a Simplified cue and
back: `宣佈` beside `宣布`, `報道` beside `報導`, `認爲` beside `認為`), and the Hong Kong and
Taiwanese press's "said" — a source, then 指 and a comma or colon (`最新消息指，`,
`俄羅斯新聞社（Ria）指，`) — is an attribution; 指 inside a word (`指標`, `指數`, `手指`
before a noun) is not. Refitted on sets 0–25 (ADR 0132, "v12.5"). The sentences are written for
these tests (none is a gold page's)."""

from __future__ import annotations

import pytest

from marginalia.db.suggest import claims
from marginalia.db.suggest.claims import claim_candidates
from marginalia.db.suggest.figures import find_figures
from tests.db.suggest.versions import at_least

LEAD = "市教育局發布通知，全市中小學將於3月1日開學。"


def features_of(sentence: str) -> dict[str, float]:
    text = f"{LEAD}\n{sentence}\n"
    found = claim_candidates(text, find_figures(text))
    return {text[start:end].strip(): features for start, end, features in found}[sentence]


def test_the_detector_is_v12_5_or_later() -> None:
    assert claims.DETECTOR.startswith("claims/v12.")
    assert at_least(claims.DETECTOR, "claims/v12.5")


@pytest.mark.parametrize(
    "sentence",
    [
        "俄羅斯總統府宣佈，普京將前往東方太空發射場。",
        "警方公佈了事故的調查結果。",
        "據朝中社報道，金正恩由高級政府官員陪同。",
        "他説，會談將在下周舉行。",
    ],
)
def test_the_other_scripts_reporting_words_are_attributions(sentence: str) -> None:
    found = features_of(sentence)
    assert "attribution" in found
    assert "cjk_attribution" in found


@pytest.mark.parametrize(
    ("sentence", "feature"),
    [
        ("不少分析人士認爲，這次會談意義不大。", "opinion"),
        ("不少分析人士認爲，這次會談意義不大。", "belief"),
        ("因爲天氣惡劣，航班全部取消。", "causal"),
        ("圖爲市民在街頭排隊等候。", "photo"),
    ],
)
def test_the_other_scripts_forms_of_other_cues(sentence: str, feature: str) -> None:
    assert feature in features_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "最新消息指，金正恩的專列已駛入俄羅斯境內。",
        "國營媒體俄羅斯新聞社（Ria）指，列車駛向哈巴羅夫斯克方向。",
        "有傳聞指：列車包括至少20個防彈車廂。",
        "克里姆林宮的聲明指，會面也有可能在今後幾天內進行。",
    ],
)
def test_a_source_then_zhi_is_an_attribution(sentence: str) -> None:
    found = features_of(sentence)
    assert "attribution" in found
    assert "cjk_attribution" in found


@pytest.mark.parametrize(
    "sentence",
    [
        "這一指標今年上升了兩個百分點。",
        "恒生指數收市報18000點。",
        "他的手指在事故中受了輕傷。",
    ],
)
def test_zhi_inside_a_word_is_no_attribution(sentence: str) -> None:
    assert "attribution" not in features_of(sentence)
