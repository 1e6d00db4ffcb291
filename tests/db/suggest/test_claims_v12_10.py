"""Claims v12.10 (the twenty-first round, issue 15): v12.9's features and lexical part refitted
on the development set, the training pages and held-out sets 1–48 (950 articles; v12.5's weights
were fitted on sets 0–25, 497 articles). Shipped by the lead's decision on the pooled
out-of-fit evidence over sets 26–48 (ADR 0144, "Shipped as claims/v12.10"). No new form: the
sentences are written for these tests, plain cases on both sides of the default."""

from __future__ import annotations

import re

import pytest

from marginalia.db.suggest import DEFAULT_THRESHOLD, claims, claims_lexicon_weights
from marginalia.db.suggest.claims import find_claims
from marginalia.db.suggest.figures import find_figures
from tests.db.suggest.versions import at_least

LEAD = "The city council met on Tuesday to discuss the budget.\n\n"


def confidence(sentence: str) -> float:
    text = f"{LEAD}{sentence}\n"
    found = find_claims(text, find_figures(text), minimum=0.0)
    return {text[c.start : c.end].strip(): c.confidence for c in found}[sentence]


def test_the_detector_is_v12_10_or_later() -> None:
    assert claims.DETECTOR.startswith("claims/v12.")
    assert at_least(claims.DETECTOR, "claims/v12.10")


def test_the_lexicon_is_fitted_on_sets_0_to_48() -> None:
    doc = claims_lexicon_weights.__doc__ or ""
    fitted = re.search(r"on (\d+) articles", doc)
    assert fitted is not None and int(fitted.group(1)) >= 950
    assert len(claims_lexicon_weights.LEXICON) > 3000


@pytest.mark.parametrize(
    "sentence",
    [
        "The company was paid more than $1 million by two law firms in 2016.",
        "Unemployment fell to 4.1 percent in March, the Labor Department said on Friday.",
        "国家统计局发布数据显示，今年一季度国内生产总值同比增长5.3%。",
    ],
)
def test_a_sourced_figure_is_a_claim(sentence: str) -> None:
    assert confidence(sentence) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    "sentence",
    [
        "I think we should all be a little kinder to each other!",
        "Click here to subscribe to our newsletter",
        "What a wonderful evening it was.",
    ],
)
def test_an_opinion_or_an_imperative_is_not(sentence: str) -> None:
    assert confidence(sentence) < DEFAULT_THRESHOLD
