"""Progress against assignments, and statistics that count what exists (issue 12).

Run on SQLite and, with ``MARGINALIA_TEST_PG``, on PostgreSQL (``any_store``).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

import pytest

from marginalia.db.commands import CreateAnnotation
from marginalia.db.store import ArticleQuery, Store
from marginalia.db.suggest.review import accept, proposals
from marginalia.db.team.adjudication import AcceptCandidate, adjudication
from marginalia.db.team.assignments import assign
from marginalia.db.team.progress import annotator_articles, progress
from marginalia.db.team.stats import activity
from marginalia.db.values import GOLD, Status

from .helpers import add_text

FIGURES = "去年出口增长12.5%，达到1500亿元，其中三分之一来自新能源汽车。"

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


class Clock:
    """The store's idea of now, moved by the test."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Every module of the library that took ``utcnow`` asks the test's clock."""
    clock = Clock(MONDAY)
    for name, module in list(sys.modules.items()):
        if name.startswith("marginalia.db") and callable(getattr(module, "utcnow", None)):
            monkeypatch.setattr(module, "utcnow", clock)
    return clock


def five_articles(store: Store) -> list[int]:
    return [add_text(store, f"{FIGURES} 第{n}篇。", title=f"article {n}") for n in range(5)]


def test_progress_counts_assigned_articles_by_status(any_store: Store, clock: Clock) -> None:
    store = any_store
    ids = five_articles(store)
    assign(store, ids[:4], ["alice"])
    assign(store, ids[2:], ["bob"])
    store.set_status(ids[0], "alice", Status.DONE)
    store.set_status(ids[1], "alice", Status.IN_PROGRESS)
    store.set_status(ids[2], "alice", Status.SKIPPED)
    store.create_annotation(ids[1], "claim", 0, 4, "alice")
    store.set_status(ids[4], "alice", Status.DONE)  # not hers, done all the same
    store.set_status(ids[3], "bob", Status.DONE)
    clock.now += timedelta(hours=2)
    store.create_annotation(ids[2], "figure", 4, 9, "bob")
    # gold is the adjudicated set, never a person in the overview
    found = adjudication(store, ids[2])
    AcceptCandidate(ids[2], found.candidates[0]).apply(store)

    people = {p.name: p for p in progress(store)}
    assert set(people) == {"alice", "bob"}
    alice, bob = people["alice"], people["bob"]
    assert (alice.assigned, alice.done, alice.in_progress, alice.skipped) == (4, 1, 1, 1)
    assert (alice.new, alice.to_do, alice.unassigned, alice.annotations) == (1, 2, 1, 1)
    assert alice.last_article == ids[4]  # her latest change: the status of article 5
    assert alice.last_title == "article 4"
    assert (bob.assigned, bob.done, bob.new, bob.to_do, bob.annotations) == (3, 1, 2, 2, 1)
    assert bob.last_article == ids[2] and bob.last_active is not None
    assert alice.last_active is not None and bob.last_active > alice.last_active

    rows = annotator_articles(store, "alice")
    assert [r.article_id for r in rows] == ids  # four assigned and one worked on anyway
    assert [r.assigned for r in rows] == [True, True, True, True, False]
    assert [r.status for r in rows] == [
        Status.DONE,
        Status.IN_PROGRESS,
        Status.SKIPPED,
        Status.NEW,
        Status.DONE,
    ]
    assert [r.annotations for r in rows] == [0, 1, 0, 0, 0]
    assert rows[3].last_change is None and rows[3].status_changed is None
    assert rows[0].title == "article 0"
    assert annotator_articles(store, "nobody") == []


def test_stats_report_assignments_and_keep_gold_apart(any_store: Store, clock: Clock) -> None:
    store = any_store
    ids = five_articles(store)
    assign(store, ids[:3], ["alice"])
    store.set_status(ids[0], "alice", Status.DONE)
    store.set_status(ids[3], "alice", Status.DONE)  # done, but not one of hers
    store.create_annotation(ids[0], "claim", 0, 4, "alice")
    store.create_annotation(ids[0], "claim", 0, 4, "bob")
    found = adjudication(store, ids[0])
    AcceptCandidate(ids[0], found.candidates[0]).apply(store)

    totals = store.stats()
    names = [who["name"] for who in totals["annotators"]]
    assert names == ["alice", "bob"]
    alice = totals["annotators"][0]
    assert (alice["assigned"], alice["assigned_done"], alice["status"]["done"]) == (3, 1, 2)
    assert totals["gold"] == {"annotations": 1, "labels": {"claim": 1}}


def test_activity_counts_what_exists(any_store: Store, clock: Clock) -> None:
    """An accept of every suggestion undone at once counts nowhere; a deletion on a later day
    counts as deleted; summed over the days, created − deleted is what exists."""
    store = any_store
    article = add_text(store, FIGURES)
    offered = proposals(store, article, "alice")
    assert len(offered) >= 3
    accepted = [accept(store, p, "alice").value for p in offered]  # "Accept all"
    for annotation in reversed(accepted):  # and its undo, as the command does it
        current = store.annotation(annotation.id)
        store.delete_annotation(annotation.id, current.revision)
    undone = CreateAnnotation(article, "claim", 0, 6, "alice")
    undone.apply(store)
    undone.revert(store)  # Ctrl+Z on a tag
    kept = store.create_annotation(article, "claim", 0, 10, "alice").value
    later = store.create_annotation(article, "figure", 4, 9, "alice").value
    store.create_annotation(article, "claim", 0, 10, GOLD)

    clock.now += timedelta(days=1)  # Tuesday
    store.delete_annotation(later.id, later.revision)
    store.update_annotation(kept.id, kept.revision, note="checked")

    days = activity(store)
    assert {d.annotator for d in days} == {"alice"}
    monday, tuesday = MONDAY.date(), (MONDAY + timedelta(days=1)).date()
    created = {(d.day, d.label): d.created for d in days if d.created}
    assert created == {(monday, "claim"): 1, (monday, "figure"): 1}
    deleted = {(d.day, d.label): d.deleted for d in days if d.deleted}
    assert deleted == {(tuesday, "figure"): 1}
    edited = {(d.day, d.label): d.edited for d in days if d.edited}
    assert edited == {(tuesday, "claim"): 1}
    live = len(store.annotations(article, annotator="alice"))
    assert sum(d.created for d in days) - sum(d.deleted for d in days) == live == 1


def test_the_assigned_filter_of_the_article_list(any_store: Store) -> None:
    store = any_store
    ids = five_articles(store)
    assign(store, ids[1:4], ["alice"])
    assign(store, [ids[4]], ["bob"])
    store.set_status(ids[2], "alice", Status.DONE)
    store.set_status(ids[3], "alice", Status.SKIPPED)
    to_do = frozenset({Status.NEW, Status.IN_PROGRESS})
    mine = ArticleQuery("alice", to_do, assigned=True)
    assert store.article_ids(mine) == [ids[1]]
    assert store.article_ids(ArticleQuery("alice", assigned=True)) == ids[1:4]
    assert store.article_ids(ArticleQuery(None, assigned=True)) == ids[1:]
    assert store.article_ids(ArticleQuery("nobody", to_do, assigned=True)) == []
    assert store.article_ids(ArticleQuery("alice", to_do)) == [ids[0], ids[1], ids[4]]
