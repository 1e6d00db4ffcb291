"""W3C export read back by the W3C test suite's MUST schemas (jsonschema) and by pyld."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator
from pyld import jsonld
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from marginalia.db.interchange import ExportOptions, export

from .helpers import by_id, texts

ANNO = "http://www.w3.org/ns/anno.jsonld"


def _suite(corpus: Path) -> Path:
    return corpus / "w3c" / "web-annotation-tests"


def _registry(suite: Path) -> Registry:
    resources = []
    for path in [
        *suite.glob("definitions/*.json"),
        *suite.glob("annotations/**/*.json"),
        *suite.glob("collections/*.json"),
    ]:
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["id"], Resource.from_contents(schema, DRAFT4)))
    return Registry().with_resources(resources)


def _musts(suite: Path, test: str) -> list[tuple[str, Draft4Validator]]:
    """The MUST assertions a ``.test`` file lists, as the suite composes them (by id)."""
    registry = _registry(suite)
    listing = json.loads((suite / test).read_text(encoding="utf-8"))
    validators = []
    for name in listing["assertions"]:
        schema = json.loads((suite / name).read_text(encoding="utf-8"))
        assert schema["assertionType"] == "must" and schema["expectedResult"] == "valid"
        validators.append((name, Draft4Validator(schema, registry=registry)))
    return validators


def _failures(validators: list[tuple[str, Draft4Validator]], doc: dict[str, Any]) -> list[str]:
    return [name for name, validator in validators if not validator.is_valid(doc)]


def _loader(corpus: Path) -> Any:
    context = json.loads((corpus / "w3c/web-annotation/jsonld/anno.jsonld").read_text("utf-8"))

    def load(url: str, options: Any = None) -> dict[str, Any]:
        if url.rstrip("/") != ANNO:
            raise AssertionError(f"the test tried to fetch {url}")
        return {"contextUrl": None, "documentUrl": url, "document": context}

    return load


def test_the_suite_can_fail(corpus):
    """The harness rejects the suite's own incorrect samples, so a pass means something."""
    musts = _musts(_suite(corpus), "annotations/annotationMusts.test")
    incorrect = []
    for path in sorted((_suite(corpus) / "tools/samples/incorrect").glob("anno*.json")):
        try:
            incorrect.append(json.loads(path.read_text("utf-8")))
        except json.JSONDecodeError:  # a few samples are deliberately not JSON
            continue
    assert incorrect
    rejected = [doc for doc in incorrect if _failures(musts, doc)]
    assert len(rejected) >= len(incorrect) // 2


def test_every_line_passes_the_must_assertions(tmp_path, corpus, bundles, schema):
    out = tmp_path / "set.jsonl"
    export(bundles, schema, "w3c", out)
    musts = _musts(_suite(corpus), "annotations/annotationMusts.test")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == sum(len(b.annotations) for b in bundles)
    for line in lines:
        doc = json.loads(line)
        assert _failures(musts, doc) == [], doc["id"]


def test_offsets_and_quotes_point_into_the_text(tmp_path, bundles, schema):
    out = tmp_path / "set.jsonl"
    export(bundles, schema, "w3c", out, ExportOptions(with_texts=True))
    articles = {}
    for line in (tmp_path / "set.jsonl.articles.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        articles[record["url"] or f"urn:sha256:{record['sha256']}"] = record["text"]
    assert set(articles.values()) == set(texts(bundles).values())
    stored = by_id(bundles)
    for line in out.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = articles[doc["target"]["source"]]
        quote, position = doc["target"]["selector"]
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"]
        assert text[:start].endswith(quote["prefix"]) and text[end:].startswith(quote["suffix"])
        own = stored[doc["id"].removeprefix("urn:uuid:")]
        assert (start, end) == (own.start, own.end)


def test_expands_offline_as_json_ld_with_the_extension(tmp_path, corpus, bundles, schema):
    out = tmp_path / "set.jsonl"
    export(bundles, schema, "w3c", out)
    options = {"documentLoader": _loader(corpus)}
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    [expanded] = jsonld.expand(first, options)
    oa = "http://www.w3.org/ns/oa#"
    assert expanded["@type"] == [oa + "Annotation"]
    selectors = expanded[oa + "hasTarget"][0][oa + "hasSelector"]
    types = {s["@type"][0] for s in selectors}
    assert types == {oa + "TextQuoteSelector", oa + "TextPositionSelector"}
    ns = "https://example.invalid/marginalia/ns#"
    attributes = expanded[ns + "attributes"][0]
    assert attributes["@type"] == "@json"
    assert attributes["@value"] == first["marginalia:attributes"]
    assert expanded[ns + "links"][0]["@value"] == first["marginalia:links"]
    purposes = {b[oa + "hasPurpose"][0]["@id"] for b in expanded[oa + "hasBody"]}
    assert {oa + "tagging", oa + "commenting"} <= purposes


@pytest.mark.parametrize("page_size", [1000, 3])
def test_collection_layout_passes_the_collection_musts(
    tmp_path, corpus, bundles, schema, monkeypatch, page_size
):
    from marginalia.db.interchange import w3c

    monkeypatch.setattr(w3c, "PAGE_SIZE", page_size)
    out = tmp_path / "set.json"
    export(bundles, schema, "w3c", out, ExportOptions(layout="collection"))
    doc = json.loads(out.read_text(encoding="utf-8"))
    suite = _suite(corpus)
    assert _failures(_musts(suite, "collections/collectionMusts.test"), doc) == []
    pages = doc["@included"]
    assert pages[0]["id"] == doc["first"] and pages[-1]["id"] == doc["last"]
    items = [item for page in pages for item in page["items"]]
    assert len(items) == doc["total"] == sum(len(b.annotations) for b in bundles)
    for page, following in itertools.pairwise(pages):
        assert page["next"] == following["id"] and following["prev"] == page["id"]
    musts = _musts(suite, "annotations/annotationMusts.test")
    for item in items:
        assert _failures(musts, {"@context": doc["@context"], **item}) == []
    [expanded] = jsonld.expand(doc, {"documentLoader": _loader(corpus)})
    activity = "http://www.w3.org/ns/activitystreams#"
    assert expanded["@type"] == [activity + "OrderedCollection"]  # anno.jsonld's mapping
    included = expanded["@included"]
    assert [p["@type"] for p in included] == [[activity + "OrderedCollectionPage"]] * len(pages)
    expanded_items = [i for p in included for i in p[activity + "items"][0]["@list"]]
    assert [i["@id"] for i in expanded_items] == [i["id"] for i in items]


def test_fast_lines_are_the_documented_json(bundles, schema):
    """The JSON Lines writer's cached fragments give exactly annotation_json + @context."""
    from marginalia.db.interchange.w3c import CONTEXT, LineWriter, annotation_json

    lines = LineWriter(schema)
    for bundle in bundles:
        lines.article(bundle.article)
        for annotation in bundle.annotations:
            line = lines.line(annotation)
            assert line.endswith("}\n") and "\n" not in line[:-1]
            expected = {"@context": CONTEXT, **annotation_json(bundle.article, annotation, schema)}
            assert json.loads(line) == expected
