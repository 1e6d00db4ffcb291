"""What an agreement report shows: each comparison once, and why there is nothing to show.

The figures themselves are checked against reference packages in test_agreement.py.
"""

from __future__ import annotations

import pytest

from marginalia.db.agreement import (
    NO_ANNOTATORS,
    NO_SHARED_ARTICLES,
    ONE_ANNOTATOR,
    OVERALL,
    Span,
    agreement,
)
from marginalia.db.store import Store
from marginalia.db.team.adjudication import AcceptCandidate, adjudication
from marginalia.db.team.stats import store_agreement

from .helpers import add_text

LENGTHS = {1: 40, 2: 40, 3: 40}


def spans_of(who: str, article: int, *bounds: tuple[int, int], label: str = "claim") -> list[Span]:
    return [Span(article, who, label, start, end) for start, end in bounds]


def test_two_annotators_are_one_pair_listed_once() -> None:
    spans = [
        *spans_of("ann", 1, (0, 5), (10, 20)),
        *spans_of("bob", 1, (0, 5), (12, 20)),
        *spans_of("ann", 2, (3, 9), label="figure"),
        *spans_of("bob", 2, (3, 8), label="figure"),
    ]
    report = agreement(spans, LENGTHS)
    assert report.nothing_to_show() is None
    shown = report.shown_rows()
    assert [(row.label, row.annotators, row.pairwise) for row in shown] == [
        (OVERALL, ("ann", "bob"), True),
        ("claim", ("ann", "bob"), True),
        ("figure", ("ann", "bob"), True),
    ]
    # what is left out is the same comparison again, figure for figure
    for row in shown:
        everyone = report.row(row.label)
        assert not everyone.pairwise
        assert everyone.figures() == row.figures()
    table = report.to_table().splitlines()
    assert len(table) == 2 + len(shown)
    assert not any(" all " in f" {line} " for line in table)


def test_three_annotators_show_every_pair_and_all() -> None:
    spans = [
        *spans_of("ann", 1, (0, 5)),
        *spans_of("bob", 1, (0, 5)),
        *spans_of("cy", 1, (1, 5)),
    ]
    report = agreement(spans, LENGTHS)
    assert report.shown_rows() == report.rows
    assert [r.annotators for r in report.shown_rows() if r.label == OVERALL] == [
        ("ann", "bob"),
        ("ann", "cy"),
        ("bob", "cy"),
        ("ann", "bob", "cy"),
    ]


@pytest.mark.parametrize(
    ("spans", "coders", "reason", "sentence"),
    [
        ([], {}, NO_ANNOTATORS, "no annotator has coded an article yet"),
        (
            spans_of("ann", 1, (0, 5)),
            {2: {"ann"}},
            ONE_ANNOTATOR,
            "only ann has coded articles; agreement needs at least two annotators",
        ),
        (
            [*spans_of("ann", 1, (0, 5)), *spans_of("bob", 2, (0, 5))],
            {3: {"cy"}},
            NO_SHARED_ARTICLES,
            "ann, bob, cy have not coded any article in common",
        ),
    ],
    ids=["nobody", "one", "none-shared"],
)
def test_nothing_to_show_says_why(spans, coders, reason, sentence) -> None:
    report = agreement(spans, LENGTHS, coders_per_article=coders)
    assert report.nothing_to_show() == reason
    table = report.to_table()
    assert table.startswith(f"Nothing to compare: {sentence}")
    assert table.count("\n") == 1  # one sentence, no empty table
    if reason != NO_SHARED_ARTICLES:
        assert report.shown_rows() == ()


def test_the_gold_set_is_compared_only_when_named(store: Store) -> None:
    article = add_text(store, "去年出口增长12.5%，达到1500亿元，其中三分之一来自新能源汽车。")
    store.create_annotation(article, "claim", 0, 10, "alice")
    store.create_annotation(article, "claim", 0, 12, "bob")
    candidate = adjudication(store, article).candidates[0]
    AcceptCandidate(article, candidate).apply(store)
    assert {a.annotator for a in store.annotations(article)} == {"alice", "bob", "gold"}

    between_people = store_agreement(store)
    assert between_people.annotators == ("alice", "bob")
    assert len(between_people.shown_rows()) == 2  # overall and claim, alice × bob
    with_gold = store_agreement(store, annotators=["alice", "gold"])
    assert with_gold.annotators == ("alice", "gold")
    assert candidate.annotators == ("alice",)  # gold copied alice's span
    assert with_gold.row(OVERALL, ("alice", "gold")).f1_exact.value == 1.0
