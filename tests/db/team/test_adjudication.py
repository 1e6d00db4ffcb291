"""Adjudication candidates, decisions and the accept/reject commands (Qt-free)."""

from __future__ import annotations

import hashlib

from marginalia.db.store import NewArticle, Store
from marginalia.db.team.adjudication import (
    ACCEPTED,
    EDITED,
    GOLD,
    REJECTED,
    AcceptCandidate,
    RejectCandidate,
    adjudication,
)

TEXT = "Prices rose 5% in May, the office said.\n"


def at(text: str) -> tuple[int, int]:
    return TEXT.index(text), TEXT.index(text) + len(text)


def article(store: Store) -> int:
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    return store.add_articles([NewArticle(sha, TEXT, "t")]).value[0].id


def test_candidates_group_identical_spans_and_ignore_gold(store) -> None:
    a = article(store)
    store.create_annotation(a, "figure", *at("5%"), "ann", attributes={"kind": "percent"})
    store.create_annotation(a, "figure", *at("5%"), "ben", attributes={"kind": "percent"})
    store.create_annotation(a, "figure", *at("5%"), "cy", attributes={"kind": "other"})
    store.create_annotation(a, "claim", *at("Prices rose 5%"), "ben")
    store.create_annotation(a, "claim", *at("Prices rose 5%"), GOLD)
    deleted = store.create_annotation(a, "claim", *at("May"), "ann").value
    store.delete_annotation(deleted.id, deleted.revision)
    state = adjudication(store, a)
    assert state.annotators == ("ann", "ben", "cy")
    assert [(c.label, c.quote, c.annotators) for c in state.candidates] == [
        ("claim", "Prices rose 5%", ("ben",)),
        ("figure", "5%", ("cy",)),  # same span, attributes in JSON order
        ("figure", "5%", ("ann", "ben")),
    ]
    assert all(state.disputed(c) for c in state.candidates)
    assert [g.quote for g in state.gold] == ["Prices rose 5%"]
    assert state.open == state.candidates


def test_accept_edit_reject_and_their_undo(store) -> None:
    a = article(store)
    store.create_annotation(a, "figure", *at("5%"), "ann", note="check", attributes={})
    store.create_annotation(a, "figure", *at("5%"), "ben")
    store.create_annotation(a, "claim", *at("Prices rose"), "ben")
    figure, claim = adjudication(store, a).candidates[1], adjudication(store, a).candidates[0]
    accept = AcceptCandidate(a, figure)
    accept.apply(store)
    [gold] = store.annotations(a, annotator=GOLD)
    assert (gold.quote, gold.note, gold.provenance) == (
        "5%",
        "check",
        {"source": "adjudication", "from": ["ann", "ben"]},
    )
    edit = AcceptCandidate(a, claim, end=at("Prices rose 5%")[1])
    edit.apply(store)
    state = adjudication(store, a)
    assert state.decisions == {figure.key: ACCEPTED, claim.key: EDITED}
    assert sorted(g.quote for g in state.gold) == ["5%", "Prices rose 5%"]
    edit.revert(store)
    reject = RejectCandidate(a, claim)
    reject.apply(store)
    state = adjudication(store, a)
    assert state.decisions == {figure.key: ACCEPTED, claim.key: REJECTED}
    assert [g.quote for g in state.gold] == ["5%"]
    assert state.open == ()
    reject.revert(store)
    accept.revert(store)
    assert adjudication(store, a).decisions == {}
    assert store.annotations(a, annotator=GOLD) == []
    accept.apply(store)  # redo brings back the same gold annotation
    assert [g.id for g in store.annotations(a, annotator=GOLD)] == [gold.id]
