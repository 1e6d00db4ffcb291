"""Bundles read straight from the store's tables, with filters, in keyset pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from marginalia.db.interchange import ExportFilter, source
from marginalia.db.interchange.source import iter_bundles
from marginalia.db.values import Status

from .conftest import fill
from .helpers import identity


@pytest.fixture
def store(any_store):
    """These export tests run on SQLite and on PostgreSQL (see tests/db/conftest.py)."""
    return any_store


def _ids(bundles):
    return {a.id for b in bundles for a in b.annotations}


def test_every_live_annotation_once_with_its_article(store, bundles, monkeypatch):
    ids = fill(store, bundles)
    store.delete_annotation(bundles[1].annotations[0].id, 1)
    read = list(iter_bundles(store))
    assert [b.article.id for b in read] == sorted(ids[b.article.sha256] for b in bundles[:2])
    expected = {
        (*identity(a)[2:6], a.annotator)
        for b in bundles
        for a in b.annotations
        if a.id != bundles[1].annotations[0].id
    }
    assert {(*identity(a)[2:6], a.annotator) for b in read for a in b.annotations} == expected
    assert read[0].article.text == bundles[0].article.text
    assert [im.name for im in read[0].article.images] == ["photo.jpg"]
    monkeypatch.setattr(source, "PAGE_ARTICLES", 1)
    assert _ids(iter_bundles(store)) == _ids(read)


def test_filters(store, bundles):
    ids = fill(store, bundles)
    bob = _ids(iter_bundles(store, ExportFilter(annotators=("bob",))))
    assert bob == {a.id for b in bundles for a in b.annotations if a.annotator == "bob"}
    figures = _ids(iter_bundles(store, ExportFilter(labels=("Figure",))))
    assert figures == {a.id for b in bundles for a in b.annotations if a.label == "figure"}
    second = ids[bundles[1].article.sha256]
    only = list(iter_bundles(store, ExportFilter(article_ids=(second,))))
    assert [b.article.id for b in only] == [second]
    future = datetime.now(UTC) + timedelta(days=1)
    assert list(iter_bundles(store, ExportFilter(since=future))) == []
    assert _ids(iter_bundles(store, ExportFilter(until=future))) == _ids(iter_bundles(store))
    store.set_status(second, "alice", Status.DONE)
    done = _ids(iter_bundles(store, ExportFilter(statuses=(Status.DONE,))))
    assert done == {a.id for a in bundles[1].annotations if a.annotator == "alice"}
    new = _ids(iter_bundles(store, ExportFilter(statuses=(Status.NEW,))))
    assert new == _ids(iter_bundles(store)) - done


def test_links_to_filtered_out_annotations_are_left_out(store, bundles):
    fill(store, bundles)
    read = next(iter_bundles(store, ExportFilter(annotators=("bob",), labels=("figure",))))
    [overlapping] = [a for a in read.annotations if a.quote == "12% in 2023"]
    assert overlapping.links == ()


def test_count_matches_what_iter_bundles_gives(store, bundles):
    from marginalia.db.interchange.source import count_annotations

    fill(store, bundles)
    for chosen in (
        ExportFilter(),
        ExportFilter(annotators=("bob",)),
        ExportFilter(labels=("claim",)),
    ):
        read = list(iter_bundles(store, chosen))
        assert count_annotations(store, chosen) == (
            len(read),
            sum(len(b.annotations) for b in read),
        )
