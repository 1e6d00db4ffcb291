"""Precision and recall of the detectors on the hand-annotated gold set.

Run with ``-s`` to see the table. The thresholds are the ones of issue 8.
"""

from __future__ import annotations

import json

import pytest

from .gold import GOLD, Score, gold_articles, score, table

MIN_ARTICLES = 20


@pytest.fixture(scope="module")
def scores(corpus_available: None) -> dict[str, Score]:
    articles = gold_articles()
    assert len(articles) >= MIN_ARTICLES
    result = score(articles)
    print("\n" + table(result))
    return result


def test_gold_files_hold_no_article_text() -> None:
    # The corpus pages are publishers' content: only offsets and hashes may be stored.
    for path in GOLD.glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert "text" not in doc
        assert len(doc["sha256"]) == 64
        for span in doc["spans"]:
            assert set(span) <= {"label", "start", "end", "attributes", "image_index"}


def test_gold_spans_lie_inside_their_texts(corpus_available: None) -> None:
    for article in gold_articles():
        for span in article.spans:
            assert 0 <= span["start"] < span["end"] <= len(article.text), article.id
            assert article.text[span["start"] : span["end"]].strip(), article.id


def test_gold_has_chinese_and_english_articles(corpus_available: None) -> None:
    languages = {
        json.loads(path.read_text(encoding="utf-8"))["language"] for path in GOLD.glob("*.json")
    }
    assert {"en", "zh-Hans", "zh-Hant"} <= languages


def test_figures(scores: dict[str, Score]) -> None:
    figures = scores["figure"]
    assert figures.precision >= 0.90, figures.false_alarms
    assert figures.recall >= 0.90, figures.misses


def test_figure_values_of_matched_figures(scores: dict[str, Score]) -> None:
    figures = scores["figure"]
    assert figures.values_right >= 0.95 * figures.matched


def test_captions(scores: dict[str, Score]) -> None:
    captions = scores["caption"]
    assert captions.precision >= 0.90, captions.false_alarms
    assert captions.recall >= 0.90, captions.misses
    assert captions.images_right == captions.matched


def test_claims(scores: dict[str, Score]) -> None:
    claims = scores["claim"]
    assert claims.precision >= 0.50, claims.false_alarms
    assert claims.recall >= 0.70, claims.misses
