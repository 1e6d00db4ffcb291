"""Learning from decisions: a rejected text stays away everywhere, decisions are exported,
a learned model re-scores suggestions, and an annotator's accept rate rises as they work."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.store import Store
from marginalia.db.suggest import DEFAULT_THRESHOLD, claims, learning
from marginalia.db.suggest.decisions import decisions, write_decisions
from marginalia.db.suggest.review import (
    accept,
    forget_learning,
    learn,
    learned_models,
    proposals,
    reject,
    unaccept,
    unreject,
)

from .gold import GoldArticle, gold_articles, iou

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "databases"
BYLINE = "记者 张三 报道：本报讯，全市工业总产值突破1500亿元。"


def add(store: Store, tmp_path: Path, name: str, text: str) -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = import_paths(store, [path])
    return report.imported[0][1]


def test_a_rejected_text_is_not_suggested_again_in_any_article(
    store: Store, tmp_path: Path
) -> None:
    first = add(store, tmp_path, "a.txt", "第一篇。\n\n" + BYLINE)
    second = add(store, tmp_path, "b.txt", "另一篇文章的开头不一样。\n\n" + BYLINE)
    figure = next(p for p in proposals(store, first, "ana") if p.quote == "1500亿元")
    reject(store, figure, "ana")
    assert "1500亿元" not in [p.quote for p in proposals(store, first, "ana")]
    # the same text and label in another article: not proposed to ana again
    assert "1500亿元" not in [p.quote for p in proposals(store, second, "ana")]
    # somebody else still sees it, and so does ana once she takes the rejection back
    assert "1500亿元" in [p.quote for p in proposals(store, second, "bo")]
    unreject(store, figure, "ana")
    assert "1500亿元" in [p.quote for p in proposals(store, second, "ana")]


def test_decisions_are_recorded_and_exported(store: Store, tmp_path: Path) -> None:
    article = add(
        store, tmp_path, "a.txt", "据统计局发布的数据，全市工业总产值突破1500亿元，同比增长8.8%。"
    )
    found = proposals(store, article, "ana")
    figure = next(p for p in found if p.suggestion.label == "figure")
    claim = next(p for p in found if p.suggestion.label == "claim")
    accept(store, figure, "ana")
    reject(store, claim, "ana")
    made = decisions(store)
    assert [(d.label, d.decision, d.quote, d.annotator) for d in made] == [
        ("figure", "accepted", figure.quote, "ana"),
        ("claim", "rejected", claim.quote, "ana"),
    ]
    assert made[1].features == dict(claim.suggestion.features) and made[1].features
    assert made[0].article_sha256 == store.article(article).sha256

    lines = tmp_path / "decisions.jsonl"
    assert write_decisions(made, lines) == 2
    records = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert records[0]["quote"] == figure.quote and records[0]["decision"] == "accepted"
    assert records[1]["detector"] == claims.DETECTOR and records[1]["features"]["figure"] == 1.0

    table = tmp_path / "decisions.csv"
    write_decisions(decisions(store, label="claim"), table)
    raw = table.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheet programs then read Chinese right
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(table, encoding="utf-8-sig")
    assert list(frame["decision"]) == ["rejected"] and frame["quote"][0] == claim.quote

    unaccept(store, figure, "ana")
    assert [d.decision for d in decisions(store)] == ["rejected"]


def test_a_date_is_accepted_with_its_iso_value_kept_aside(store: Store, tmp_path: Path) -> None:
    article = add(store, tmp_path, "a.txt", "2024年7月8日，全市1500家企业参加。")
    dated = proposals(store, article, "ana", labels=["figure"], include_dates=True)
    date = next(p for p in dated if p.suggestion.attributes["kind"] == "date")
    assert date.suggestion.attributes["value"] == "2024-07-08"
    made = accept(store, date, "ana").value
    # the schema's value is a number: the ISO date travels in the provenance
    assert "value" not in made.attributes and made.attributes["kind"] == "date"
    assert made.provenance is not None
    assert made.provenance["attributes"]["value"] == "2024-07-08"


def test_the_migration_keeps_the_text_of_earlier_decisions(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "rev-0004.sqlite", copy)
    store = Store.open(copy)
    try:
        (made,) = decisions(store)
        assert (made.label, made.decision, made.quote) == ("figure", "rejected", "1500亿元")
    finally:
        store.close()


def _oracle(article: GoldArticle, label: str, start: int, end: int) -> bool:
    """The simulated annotator: accepts what the gold has."""
    gold = [(s["start"], s["end"]) for s in article.spans if s["label"] == label]
    return any(iou((start, end), g) >= 0.5 for g in gold)


def test_learning_trains_and_is_stored_and_forgotten(
    store: Store, tmp_path: Path, corpus_available: None
) -> None:
    articles = gold_articles()
    for index, article in enumerate(articles):
        article_id = add(store, tmp_path, f"{index}.txt", article.text)
        for proposal in proposals(store, article_id, "ana", labels=["claim"]):
            s = proposal.suggestion
            if _oracle(article, "claim", s.start, s.end):
                accept(store, proposal, "ana")
            else:
                reject(store, proposal, "ana")
    # how long training takes is bench/suggest.py's (docs/performance.md), not a test's
    (report,) = learn(store)
    assert report.trained and report.decisions >= 300 and report.seconds > 0
    weights = learned_models(store)["claim"]
    assert weights[learning.PRIOR] > 0  # it still listens to the detector
    forget_learning(store)
    assert learned_models(store) == {}


def test_accept_rate_rises_over_a_simulated_session(tmp_path: Path, corpus_available: None) -> None:
    """An annotator who wants only statistical claims (claims that state a figure) works
    through the Chinese and English development articles, learning after each one; over the
    second half the share of shown claims they accept is higher than in the same session in a
    database that does not learn."""
    articles = [a for a in gold_articles() if a.language in ("en", "zh-Hans", "zh-Hant")]

    def wants(article: GoldArticle, proposal: object) -> bool:
        s = proposal.suggestion  # type: ignore[attr-defined]
        return "figure" in s.features and _oracle(article, "claim", s.start, s.end)

    def session(name: str, learning_on: bool) -> list[float]:
        folder = tmp_path / name
        folder.mkdir()
        store = Store.open(folder / "session.sqlite")
        try:
            ids = [add(store, folder, f"{i}.txt", a.text) for i, a in enumerate(articles)]
            rates = []
            for article, article_id in zip(articles, ids, strict=True):
                shown = proposals(
                    store, article_id, "ana", labels=["claim"], min_confidence=DEFAULT_THRESHOLD
                )
                accepted = 0
                for proposal in shown:
                    if wants(article, proposal):
                        accept(store, proposal, "ana")
                        accepted += 1
                    else:
                        reject(store, proposal, "ana")
                rates.append(accepted / len(shown) if shown else 1.0)
                if learning_on:
                    learn(store)
            return rates
        finally:
            store.close()

    without = session("plain", learning_on=False)
    learned = session("learning", learning_on=True)
    half = len(articles) // 2
    later_without = sum(without[half:]) / len(without[half:])
    later_with = sum(learned[half:]) / len(learned[half:])
    print(f"\naccept rate, second half: {later_without:.2f} without, {later_with:.2f} learning")
    assert later_with > later_without + 0.05
