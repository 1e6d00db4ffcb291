"""Export from one database, import into a fresh one with the same articles: the same set."""

from __future__ import annotations

import pytest

from marginalia.db.interchange import ExportOptions, export
from marginalia.db.interchange.importer import import_annotations
from marginalia.db.interchange.source import iter_bundles
from marginalia.db.store import Store

from .conftest import fill
from .helpers import identity


@pytest.fixture
def store(any_store):
    """These export tests run on SQLite and on PostgreSQL (see tests/db/conftest.py)."""
    return any_store


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
        images: dict[int | None, int] = {im.id: im.position for im in bundle.article.images}
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


def _without_marginalia(value):
    if isinstance(value, dict):
        return {k: _without_marginalia(v) for k, v in value.items() if k != "marginalia"}
    if isinstance(value, list):
        return [_without_marginalia(v) for v in value]
    return value


def test_plain_label_studio_tasks_import_from_their_own_fields(tmp_path, store, bundles):
    """A Label Studio file without our extension: labels, per-region attributes, notes
    (meta.text) and relations come from Label Studio's own result fields."""
    import json

    fill(store, bundles)
    out = tmp_path / "tasks.json"
    export(iter_bundles(store), store.schema(), "labelstudio", out)
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(_without_marginalia(json.loads(out.read_text("utf-8")))), "utf-8")
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, [type(b)(b.article, []) for b in bundles])
        report = import_annotations(fresh, "labelstudio", plain, default_annotator="carol")
        assert len(report.imported) == sum(len(b.annotations) for b in bundles)
        got = {
            (a.label, a.start, a.end, a.note, tuple(sorted(a.attributes.items())))
            for b in iter_bundles(fresh)
            for a in b.annotations
        }
        want = {
            (a.label, a.start, a.end, a.note, tuple(sorted(a.attributes.items())))
            for b in iter_bundles(store)
            for a in b.annotations
        }
        assert got == want
        links = sorted(len(a.links) for b in iter_bundles(fresh) for a in b.annotations)
        assert sum(links) == 3  # the links within one annotator's article
        assert {a.annotator for b in iter_bundles(fresh) for a in b.annotations} == {"carol"}


def test_plain_doccano_lines_import_with_the_given_annotator(tmp_path, store, bundles):
    import json

    fill(store, bundles)
    out = tmp_path / "set.jsonl"
    export(iter_bundles(store), store.schema(), "doccano", out)
    plain = tmp_path / "plain.jsonl"
    plain.write_text(
        "".join(
            json.dumps(_without_marginalia(json.loads(line))) + "\n"
            for line in out.read_text("utf-8").splitlines()
        ),
        "utf-8",
    )
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, [type(b)(b.article, []) for b in bundles])
        import_annotations(fresh, "doccano", plain, default_annotator="carol")
        got = {(a.label, a.start, a.end) for b in iter_bundles(fresh) for a in b.annotations}
        want = {(a.label, a.start, a.end) for b in iter_bundles(store) for a in b.annotations}
        assert got == want
