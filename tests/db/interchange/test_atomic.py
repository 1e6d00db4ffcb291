"""A failed export leaves nothing under the target name (and keeps what was there)."""

from __future__ import annotations

import pytest

from marginalia.db.interchange import FORMATS, ExportOptions, export


def _failing(bundles):
    yield bundles[0]
    raise OSError("the disk is full")


@pytest.mark.parametrize("fmt", FORMATS)
def test_failure_leaves_no_file(tmp_path, bundles, schema, fmt):
    out = tmp_path / "out" / ("set.zip" if fmt == "brat" else "set")
    with pytest.raises(OSError, match="disk is full"):
        export(_failing(bundles), schema, fmt, out, ExportOptions(with_texts=True))
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("name", ["set.csv", "brat-folder"])
def test_failure_keeps_the_previous_export(tmp_path, bundles, schema, name):
    fmt = "csv" if name.endswith(".csv") else "brat"
    out = tmp_path / name
    export(bundles, schema, fmt, out)
    before = _snapshot(tmp_path)
    with pytest.raises(OSError):
        export(_failing(bundles), schema, fmt, out)
    assert _snapshot(tmp_path) == before
    export(bundles[1:2], schema, fmt, out)  # a second success replaces the first
    after = _snapshot(tmp_path)
    assert after.keys() <= before.keys() and after != before


def _snapshot(root):
    return {
        p.relative_to(root): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and not p.name.endswith(".manifest.json")
    }


def test_manifest_describes_the_export(tmp_path, bundles, schema):
    import json

    from marginalia.db.interchange import ExportFilter

    chosen = ExportFilter(annotators=("alice",))
    export(bundles, schema, "csv", tmp_path / "set.csv", ExportOptions(export_filter=chosen))
    manifest = json.loads((tmp_path / "set.csv.manifest.json").read_text("utf-8"))
    assert manifest["format"] == "csv" and manifest["filter"]["annotators"] == ["alice"]
    assert manifest["counts"]["annotations"] == sum(len(b.annotations) for b in bundles)
    assert [lb["id"] for lb in manifest["schema"]["labels"]] == ["claim", "figure", "caption"]
    assert manifest["version"] and manifest["created"].endswith("Z")
