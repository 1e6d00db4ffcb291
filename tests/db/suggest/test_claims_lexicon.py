"""Claims v12's lexical part (ADR 0132): the sentence's common words as one score."""

from __future__ import annotations

import math

import pytest

from marginalia.db.suggest import claims, cues
from marginalia.db.suggest.claims_lexicon import (
    SEPARATORS,
    lexical_score,
    lexical_tokens,
)
from marginalia.db.suggest.claims_lexicon_weights import LEXICON


def _words(sentence: str) -> frozenset[str]:
    return frozenset(word for word in SEPARATORS.split(sentence.lower()) if word)


def test_tokens_are_the_words_and_the_chinese_character_pairs() -> None:
    assert lexical_tokens("Police said it's done.") == {
        "w:police",
        "w:said",
        "w:it",
        "w:s",
        "w:done",
    }
    assert lexical_tokens("目前正式") == {"w:目前正式", "c:目前", "c:前正", "c:正式"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry confirmed on Thursday that 12 people were found, including two children.",
        "You really can do it, if you want: it's your future.",
        "目前，北京已正式发布通知，规定当天采用新的检查。",
        "如果你还是觉得两个都好，对于我来说是一样的。",
        "Plain words nobody weighed: zzyzx qwv.",
    ],
)
def test_the_score_is_the_lexicons_weights_over_the_distinct_tokens(sentence: str) -> None:
    expected = sum(LEXICON.get(token, 0.0) for token in lexical_tokens(sentence))
    has_cjk = cues.CJK.search(sentence) is not None
    assert lexical_score(sentence, _words(sentence), has_cjk) == pytest.approx(expected)


def test_reporting_words_raise_a_sentence_and_the_readers_words_lower_it() -> None:
    found = "Officials confirmed earlier that the plant was closed, including its two units."
    addressed = "You really can close your plant, if you want, and it's very easy."
    assert lexical_score(found, _words(found), False) > 0.5
    assert lexical_score(addressed, _words(addressed), False) < -1.0


def test_the_lexical_score_is_one_feature_of_weight_one() -> None:
    sentence = "Officials confirmed earlier that the plant was closed, including its two units."
    features = claims.sentence_features(sentence, 0, len(sentence), [], False, False)
    assert features["lexical"] == pytest.approx(lexical_score(sentence, _words(sentence), False))
    assert claims.WEIGHTS["lexical"] == 1.0
    without = {name: value for name, value in features.items() if name != "lexical"}
    logit = math.log(claims.probability(features) / (1 - claims.probability(features)))
    rest = math.log(claims.probability(without) / (1 - claims.probability(without)))
    assert logit - rest == pytest.approx(features["lexical"], abs=1e-6)


def test_a_sentence_of_unknown_words_has_no_lexical_feature() -> None:
    sentence = "Zzyzx qwv blorft."
    features = claims.sentence_features(sentence, 0, len(sentence), [], False, False)
    assert "lexical" not in features


def test_the_lexicon_holds_only_words_and_character_pairs_with_small_weights() -> None:
    assert len(LEXICON) > 500
    for token, weight in LEXICON.items():
        kind, _, key = token.partition(":")
        assert kind in ("w", "c") and key, token
        assert kind == "w" or len(key) == 2, token
        assert abs(weight) < 1.0, token
