"""The other cases of issue 13: line separators in JSON Lines, a trip through Label Studio
without our extension, label-studio-sdk's Converter, CSV escaping, records skipped one by one,
and our suggestions as Label Studio predictions."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest

from marginalia.db.interchange import ExportOptions, export
from marginalia.db.interchange.csv_ import neutralize, restore
from marginalia.db.interchange.foreign import AnnotationImportError
from marginalia.db.interchange.importer import import_annotations
from marginalia.db.interchange.source import iter_bundles
from marginalia.db.store import Store

from .conftest import fill, make_annotation, make_article
from .helpers import identity


def _with_separators(bundles):
    text = "Before\u2028the 😀 line separator\u2029and 👨‍👩‍👧 next\u0085line 𠀋 end."
    article = make_article(7, text, "separators")
    spans = [
        make_annotation(article, "claim", "the 😀 line separator\u2029and 👨‍👩‍👧 next"),
        replace(make_annotation(article, "figure", "end"), note="a\u2028note"),
    ]
    return [*bundles, type(bundles[0])(article, spans)]


@pytest.mark.parametrize(("fmt", "name"), [("doccano", "s.jsonl"), ("w3c", "s.jsonl")])
def test_line_separators_inside_json_lines_re_import(tmp_path, store, bundles, fmt, name):
    """JSON Lines split on \\n only: U+2028 inside a string is no line break (item 4)."""
    bundles = _with_separators(bundles)
    fill(store, bundles)
    out = tmp_path / name
    export(iter_bundles(store), store.schema(), fmt, out)
    assert "\u2028" in out.read_text("utf-8")  # written as it is (JSON allows it)
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, [type(b)(b.article, []) for b in bundles])
        report = import_annotations(fresh, fmt, out)
        assert report.problems == []
        assert {identity(a)[2:7] for b in iter_bundles(fresh) for a in b.annotations} == {
            identity(a)[2:7] for b in iter_bundles(store) for a in b.annotations
        }


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k != "marginalia"}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def test_label_studio_trip_keeps_region_ids_so_a_re_import_is_a_no_op(tmp_path, store, bundles):
    """Through Label Studio the ``marginalia`` block is gone; the region ids remain (item 6)."""
    fill(store, bundles)
    out = tmp_path / "tasks.json"
    export(iter_bundles(store), store.schema(), "labelstudio", out)
    through = tmp_path / "through.json"
    through.write_text(json.dumps(_strip(json.loads(out.read_text("utf-8")))), "utf-8")
    before = {identity(a) for b in iter_bundles(store) for a in b.annotations}
    report = import_annotations(store, "labelstudio", through, "carol")
    assert report.imported == [] and len(report.already) == len(before)
    assert {identity(a) for b in iter_bundles(store) for a in b.annotations} == before


def test_label_studio_sdk_converter_reads_our_export(tmp_path, bundles, schema):
    """label-studio-sdk's own Converter needs an id per task (item 8)."""
    from label_studio_sdk.converter.converter import Converter

    out = tmp_path / "tasks.json"
    export(bundles, schema, "labelstudio", out)
    config = json.loads((tmp_path / "tasks.json.manifest.json").read_text("utf-8"))
    converter = Converter(config["labelstudio"]["config"], str(tmp_path), download_resources=False)
    converted = tmp_path / "min"
    converter.convert_to_json_min(str(out), str(converted), is_dir=False)
    records = json.loads((converted / "result.json").read_text("utf-8"))
    assert {r["id"] for r in records} == {b.article.id for b in bundles}
    texts = {b.article.id: b.article.text for b in bundles}
    own = {(a.start, a.end, schema.label(a.label).name) for b in bundles for a in b.annotations}
    seen = set()
    for record in records:
        for region in record.get("label", []):
            [name] = region["labels"]
            piece = texts[record["id"]][region["start"] : region["end"]]
            assert piece.replace("\n", "\\n") == region["text"]
            seen.add((region["start"], region["end"], name))
    assert seen == own


def test_csv_escaping_is_undone_exactly():
    """A cell that starts with ' is escaped too, so restore() gives the exact text (item 9)."""
    for cell in ["'quoted", "''", "'=1+1", "=SUM(A1)", "-5", "-x", "@who", "plain", "", "'"]:
        assert restore(neutralize(cell)) == cell
    assert neutralize("'quoted") == "''quoted" and neutralize("-5") == "-5"


def test_csv_export_of_a_quote_starting_with_an_apostrophe(tmp_path, bundles, schema):
    text = "'Tis the season, he said."
    article = make_article(8, text, "apostrophe")
    span = make_annotation(article, "claim", "'Tis the season")
    out = tmp_path / "set.csv"
    export([type(bundles[0])(article, [span])], schema, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["quote"] == "''Tis the season" and restore(row["quote"]) == "'Tis the season"


def test_comment_only_w3c_annotation_is_reported_and_the_rest_imported(tmp_path, store, bundles):
    """One bad record no longer takes the file with it (item 11); --strict does."""
    fill(store, bundles)
    out = tmp_path / "set.jsonl"
    export(iter_bundles(store), store.schema(), "w3c", out)
    lines = out.read_text("utf-8").splitlines()
    comment = {k: v for k, v in json.loads(lines[0]).items() if not k.startswith("marginalia:")}
    comment["id"] = "urn:uuid:11111111-2222-4333-8444-555555555555"
    comment["body"] = [{"type": "TextualBody", "purpose": "commenting", "value": "Nice."}]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("\n".join([json.dumps(comment), *lines]) + "\n", "utf-8")
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, [type(b)(b.article, []) for b in bundles])
        with pytest.raises(AnnotationImportError) as refused:
            import_annotations(fresh, "w3c", mixed, strict=True)
        assert not any(b.annotations for b in iter_bundles(fresh))  # nothing half-imported
        report = import_annotations(fresh, "w3c", mixed)
        assert [str(p) for p in report.problems] == [str(p) for p in refused.value.problems]
        [problem] = report.problems
        assert problem.record == f"line 1, annotation {comment['id']}"
        assert "comment-only" in problem.reason
        assert len(report.imported) == len(lines)


def test_suggestions_go_out_as_predictions_and_come_back_as_suggestions(tmp_path, store):
    """Our suggestions as Label Studio predictions, valid for its LabelInterface, and read
    back as suggestions to review (never annotations)."""
    from label_studio_sdk.label_interface.interface import LabelInterface

    from marginalia.db.interchange.suggestions import prediction_source
    from marginalia.db.store import NewArticle
    from marginalia.db.suggest.review import proposals

    from .conftest import sha

    text = (
        "😀 The port handled 4.2 million containers, up 12% in 2023.\n"
        "江北区工业总产值突破1500亿元。"
    )
    [article] = store.add_articles([NewArticle(sha256=sha(text), text=text, title="t")]).value
    expected = proposals(store, article.id, "lead")
    assert expected  # the detectors find the figures
    out = tmp_path / "tasks.json"
    export(
        iter_bundles(store, every_article=True),
        store.schema(),
        "labelstudio",
        out,
        ExportOptions(predictions=prediction_source(store, "lead")),
    )
    [task] = json.loads(out.read_text("utf-8"))
    assert task["annotations"] == [] and task["predictions"]
    config = json.loads((tmp_path / "tasks.json.manifest.json").read_text("utf-8"))
    interface = LabelInterface(config["labelstudio"]["config"])
    for prediction in task["predictions"]:
        assert interface.validate_prediction(prediction, return_errors=True) == []
    regions = [r for p in task["predictions"] for r in p["result"]]
    assert {(r["value"]["start"], r["value"]["end"], r["score"]) for r in regions} == {
        (p.suggestion.start, p.suggestion.end, round(p.suggestion.confidence, 3)) for p in expected
    }
    with Store.open(tmp_path / "other.sqlite") as other:
        other.add_articles([NewArticle(sha256=sha(text), text=text, title="t")])
        report = import_annotations(other, "labelstudio", out)
        assert report.imported == [] and report.suggestions == len(regions)
        [copy] = other.article_ids()
        assert other.annotations(copy) == []
        found = proposals(other, copy, "anyone")
        imported = [p for p in found if p.suggestion.detector.startswith("labelstudio:")]
        assert {(p.suggestion.start, p.suggestion.end) for p in imported} == {
            (r["value"]["start"], r["value"]["end"]) for r in regions
        }


def test_a_label_of_another_case_is_taken_and_said(tmp_path, store, bundles):
    """``Caption`` is our ``Image caption`` (id ``caption``); the report says so (item 10)."""
    fill(store, bundles)
    text = bundles[0].article.text
    start = text.index("The photo")
    line = {"text": text, "label": [[len(text[:start].encode("utf-16-le")) // 2,
                                    len(text.encode("utf-16-le")) // 2, "Caption"]]}  # fmt: skip
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", "utf-8")
    report = import_annotations(store, "doccano", path, "carol")
    assert report.labels == {"Caption": "Image caption"} and len(report.imported) == 1
    assert store.annotation(report.imported[0]).label == "caption"


def test_small_batches_and_cache_keep_every_article_at_hand(tmp_path, store, bundles, monkeypatch):
    """Batches and the article cache are an optimization: with the smallest of both, and
    records of one article far apart, every span still finds its article."""
    from marginalia.db.interchange import importer

    fill(store, bundles)
    out = tmp_path / "set.jsonl"
    export(iter_bundles(store), store.schema(), "w3c", out)
    lines = out.read_text("utf-8").splitlines()
    interleaved = tmp_path / "interleaved.jsonl"
    interleaved.write_text("\n".join(lines[::2] + lines[1::2]) + "\n", "utf-8")
    monkeypatch.setattr(importer, "BATCH", 2)
    monkeypatch.setattr(importer, "ARTICLE_CACHE", 0)
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, [type(b)(b.article, []) for b in bundles])
        report = import_annotations(fresh, "w3c", interleaved)
        assert report.problems == [] and len(report.imported) == len(lines)
