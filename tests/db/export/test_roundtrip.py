"""Export from one database, import into a fresh one with the same articles: the same set."""

from __future__ import annotations

import pytest

from marginalia.db.export import ExportOptions, export
from marginalia.db.export.importer import import_annotations
from marginalia.db.export.source import iter_bundles
from marginalia.db.store import Store

from .conftest import fill
from .helpers import identity

CASES = [
    ("w3c", None, "set.jsonl"),
    ("w3c", "collection", "set.json"),
    ("doccano", None, "set.jsonl"),
    ("doccano", "simple", "set.jsonl"),
    ("labelstudio", None, "tasks.json"),
]


def _portable(store):
    """Each annotation with its article named by text hash (ids differ between databases)."""
    result = set()
    for bundle in iter_bundles(store):
        images = {im.id: im.position for im in bundle.article.images}
        for a in bundle.annotations:
            key = identity(a)
            result.add(
                (bundle.article.sha256, key[0], *key[2:7], images.get(a.image_id), key[8], key[9])
            )
    return result


@pytest.mark.parametrize(("fmt", "layout", "name"), CASES)
def test_round_trip_gives_the_same_set(tmp_path, store, bundles, fmt, layout, name):
    fill(store, bundles)
    out = tmp_path / name
    export(iter_bundles(store), store.schema(), fmt, out, ExportOptions(layout=layout))
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        # the same articles, imported in another order, so their ids differ
        fill(fresh, list(reversed([type(b)(b.article, []) for b in bundles])))
        report = import_annotations(fresh, fmt, out)
        assert report.reanchored == []
        assert len(report.imported) == sum(len(b.annotations) for b in bundles)
        assert _portable(fresh) == _portable(store)
        again = import_annotations(fresh, fmt, out)
        assert again.imported == [] and len(again.already) == len(report.imported)
