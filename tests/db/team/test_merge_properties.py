"""Properties: merging is idempotent, and order-independent for non-conflicting edits."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marginalia.db.database import backup_sqlite
from marginalia.db.store import Store
from marginalia.db.team.merge import merge
from marginalia.db.team.package import make_package
from marginalia.db.values import Status

from .helpers import add_text

TEXTS = ("江北工业总产值突破1500亿元。", "Die Zahl stieg auf 351 Betriebe.", "😀𠀋 共有三台设备。")
PEOPLE = ("ana", "bob", "cat")

add = st.tuples(
    st.just("add"),
    st.integers(0, len(TEXTS) - 1),
    st.integers(0, 10),
    st.integers(1, 5),
    st.sampled_from(["claim", "figure"]),
)
edit = st.tuples(st.just("edit"), st.integers(0, 50), st.text(max_size=5))
remove = st.tuples(st.just("delete"), st.integers(0, 50))
status = st.tuples(st.just("status"), st.integers(0, len(TEXTS) - 1), st.sampled_from(list(Status)))
work = st.lists(st.one_of(add, edit, remove, status), max_size=8)


def _do(store: Store, who: str, articles: list[int], ops: list[Any]) -> None:
    for op in ops:
        mine = [a for i in articles for a in store.annotations(i, annotator=who)]
        match op:
            case ("add", article, start, length, label):
                size = len(store.text(articles[article]))
                start %= size - 1
                end = min(size, start + length)
                store.create_annotation(articles[article], label, start, end, who)
            case ("edit", index, note) if mine:
                target = mine[index % len(mine)]
                store.update_annotation(target.id, target.revision, note=note)
            case ("delete", index) if mine:
                target = mine[index % len(mine)]
                store.delete_annotation(target.id, target.revision)
            case ("status", article, value):
                store.set_status(articles[article], who, value)


def _snapshot(store: Store) -> Any:
    annotations = {
        a.id: (a.label, a.start, a.end, dict(a.attributes), a.note, a.is_deleted, a.annotator)
        for i in store.article_ids()
        for a in store.annotations(i, include_deleted=True)
    }
    statuses = {
        (i, who): (s.status, s.reason)
        for i in store.article_ids()
        for who in PEOPLE
        if (s := store.status(i, who)) is not None
    }
    return annotations, statuses


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    lead_work=st.lists(add, max_size=4),
    team_work=st.tuples(work, work, work),
    order=st.permutations(range(len(PEOPLE))),
)
def test_merging_is_idempotent_and_order_independent(
    lead_work: list[Any], team_work: tuple[Any, ...], order: list[int]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Store.open(root / "lead.sqlite") as lead:
            articles = [add_text(lead, text) for text in TEXTS]
            for who in PEOPLE:
                _do(lead, who, articles, lead_work)  # each starts with some work of their own
            packages = [
                make_package(lead, who, root / f"{who}.sqlite", articles).path for who in PEOPLE
            ]
        for who, path, ops in zip(PEOPLE, packages, team_work, strict=True):
            with Store.open(path) as package:
                _do(package, who, articles, ops)
        backup_sqlite(root / "lead.sqlite", root / "other.sqlite")

        with Store.open(root / "lead.sqlite") as first, Store.open(root / "other.sqlite") as second:
            one = merge(first, packages)
            two = merge(second, [packages[i] for i in order])
            assert one.conflicts == two.conflicts == 0
            assert _snapshot(first) == _snapshot(second)
            expected = _snapshot(first)
            for who, path in zip(PEOPLE, packages, strict=True):
                with Store.open(path) as package:  # the lead now has each one's work
                    theirs = _snapshot(package)
                assert {k: v for k, v in expected[0].items() if v[6] == who} == theirs[0]
            again = merge(first, packages)
            assert all(
                (s.annotations_added, s.annotations_updated, s.statuses) == (0, 0, 0)
                for s in again.sources
            )
            assert _snapshot(first) == expected
