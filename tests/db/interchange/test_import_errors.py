"""Bad input to import-annotations: each bad record is named with its reason; the good ones
go in (``strict=False``) or nothing does (``strict=True``)."""

from __future__ import annotations

import json

import pytest

from marginalia.db.interchange import export
from marginalia.db.interchange.foreign import AnnotationImportError
from marginalia.db.interchange.importer import import_annotations
from marginalia.db.interchange.source import iter_bundles

from .conftest import fill


@pytest.fixture
def target(tmp_path, store, bundles):
    """A database with the fixture's articles and no annotations; and a good doccano file."""
    from marginalia.db.store import Store

    fill(store, bundles)
    good = tmp_path / "good.jsonl"
    export(iter_bundles(store), store.schema(), "doccano", good)
    w3c = tmp_path / "good.w3c.jsonl"
    export(iter_bundles(store), store.schema(), "w3c", w3c)
    ls = tmp_path / "good.ls.json"
    export(iter_bundles(store), store.schema(), "labelstudio", ls)
    fresh = Store.open(tmp_path / "fresh.sqlite")
    fill(fresh, [type(b)(b.article, []) for b in bundles])
    yield fresh, {"doccano": good, "w3c": w3c, "labelstudio": ls}
    fresh.close()


def _count(store):
    return sum(len(b.annotations) for b in iter_bundles(store))


def _refused(store, fmt, path, *expected):
    """Strict: refused whole, the database unchanged; then, not strict: the bad records are
    reported the same way and the good ones stored."""
    with pytest.raises(AnnotationImportError) as caught:
        import_annotations(store, fmt, path, strict=True)
    message = "; ".join(str(p) for p in caught.value.problems)
    for part in expected:
        assert part in message, message
    assert _count(store) == 0
    try:
        report = import_annotations(store, fmt, path)
    except AnnotationImportError as nothing:  # every record was bad
        assert [str(p) for p in nothing.problems] == [str(p) for p in caught.value.problems]
        assert _count(store) == 0
    else:
        assert [str(p) for p in report.problems] == [str(p) for p in caught.value.problems]
        assert _count(store) == len(report.imported) > 0
    return caught.value


def _rewrite(path, out, change):
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
    change(lines)
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    return out


def test_wrong_format(target):
    store, files = target
    _refused(store, "w3c", files["doccano"], "line 1", "not a W3C Annotation")
    _refused(store, "labelstudio", files["w3c"], "line 1", "not a Label Studio task")


def test_broken_json_names_the_line(tmp_path, target):
    store, files = target
    text = files["doccano"].read_text("utf-8").splitlines()
    text[1] = text[1][:-7]
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join(text) + "\n", "utf-8")
    _refused(store, "doccano", broken, "line 2", "broken JSON")


def test_span_outside_the_text(tmp_path, target):
    store, files = target

    def outside(lines):
        lines[1]["entities"][0]["end_offset"] = len(lines[1]["text"]) + 5

    bad = _rewrite(files["doccano"], tmp_path / "outside.jsonl", outside)
    _refused(store, "doccano", bad, "line 2, entity 1", "outside the text")


def test_unknown_label(tmp_path, target):
    store, files = target

    def relabel(lines):
        lines[0]["entities"][2]["label"] = "Opinion"
        lines[0]["marginalia"]["spans"][2]["label"] = "opinion"  # the id does not save it

    bad = _rewrite(files["doccano"], tmp_path / "label.jsonl", relabel)
    error = _refused(store, "doccano", bad, "line 1, entity 3", "unknown label 'Opinion'")
    # the label's own record, and the links that pointed at it from other spans
    assert str(error.problems[0]) == "line 1, entity 3: unknown label 'Opinion'"
    assert all("link to" in p.reason for p in error.problems[1:])


def test_text_not_in_the_database(tmp_path, target):
    store, files = target

    def other_text(lines):
        lines[0]["text"] = lines[0]["text"].replace("Prices", "Costs ")
        lines[0]["marginalia"]["article"]["sha256"] = None

    bad = _rewrite(files["doccano"], tmp_path / "text.jsonl", other_text)
    error = _refused(store, "doccano", bad, "line 1, entity 1", "not in the database")
    assert all(p.record.startswith("line 1") for p in error.problems)


def test_w3c_quote_disagreeing_with_offsets_is_reanchored_or_refused(tmp_path, target):
    store, files = target

    def shift(lines):
        position = lines[0]["target"]["selector"][1]
        position["start"] += 2
        position["end"] += 2

    moved = _rewrite(files["w3c"], tmp_path / "moved.jsonl", shift)
    report = import_annotations(store, "w3c", moved)
    first = json.loads(files["w3c"].read_text("utf-8").splitlines()[0])
    assert report.reanchored == [f"line 1, annotation {first['id']}"]
    stored = store.annotation(first["id"].removeprefix("urn:uuid:"))
    assert (stored.start, stored.end) == (
        first["target"]["selector"][1]["start"],
        first["target"]["selector"][1]["end"],
    )


def test_w3c_quote_not_in_the_text_is_refused(tmp_path, target):
    store, files = target

    def wrong(lines):
        lines[3]["target"]["selector"][0]["exact"] = "nowhere in the article"

    bad = _rewrite(files["w3c"], tmp_path / "wrong.jsonl", wrong)
    _refused(store, "w3c", bad, "line 4, annotation urn:uuid:", "is not in the article's text")


def test_quote_repeated_picks_the_occurrence_its_context_names(target):
    from marginalia.db.interchange.anchoring import anchor

    text = "A 12% rise. Later, 12% fell."
    assert anchor(text, 0, 4, "12%", "Later, ", " fell") == (19, 22, True)
    assert anchor(text, 0, 4, "12%", "A ", " rise") == (2, 5, True)
    assert anchor(text, 19, 22, "12%") == (19, 22, False)


def test_labelstudio_missing_relation_target(tmp_path, target):
    store, files = target
    tasks = json.loads(files["labelstudio"].read_text("utf-8"))
    relation = next(r for r in tasks[0]["annotations"][0]["result"] if r["type"] == "relation")
    relation["to_id"] = "no-such-region"
    bad = tmp_path / "rel.json"
    bad.write_text(json.dumps(tasks), "utf-8")
    _refused(store, "labelstudio", bad, "task 1", "points at no region")


def test_no_annotator_anywhere(tmp_path, target):
    store, files = target

    def anonymous(lines):
        for line in lines:
            line.pop("creator", None)

    bad = _rewrite(files["w3c"], tmp_path / "anon.jsonl", anonymous)
    _refused(store, "w3c", bad, "no annotator")
    report = import_annotations(store, "w3c", bad, default_annotator="carol")
    assert report.imported and {
        a.annotator for b in iter_bundles(store) for a in b.annotations
    } == {"carol"}


def test_a_renamed_label_is_found_by_its_id(bundles, schema):
    from marginalia.db.interchange.anchoring import LabelMatcher, Target, place
    from marginalia.db.interchange.foreign import ArticleRef, ForeignSpan

    article = bundles[0].article
    target = Target(article.id, article.sha256, article.text, article.images)
    span = ForeignSpan(
        "line 1",
        "4d4ba0a4-8b35-4a5c-9f3b-2a8e4b7f2c10",
        ArticleRef(article.sha256),
        "Behauptung",
        3,
        9,
        label_id="claim",
    )
    assert place(span, target, None, LabelMatcher(schema)).label == "claim"
    span.label_id = None
    with pytest.raises(ValueError, match="unknown label 'Behauptung'"):
        place(span, target, None, LabelMatcher(schema))


def test_labels_match_by_id_or_name_ignoring_case(schema):
    from marginalia.db.interchange.anchoring import LabelMatcher

    labels = LabelMatcher(schema)

    def id_of(name: str) -> str | None:
        label = labels(name)
        return None if label is None else label.id

    assert id_of("Caption") == "caption"
    assert id_of("image caption") == "caption"
    assert id_of("Image_caption") == "caption"
    assert id_of("CLAIM") == "claim"
    assert id_of("Figure") == "figure"
    assert labels("Opinion") is None
    assert labels.mapped == {
        "Caption": "Image caption",
        "image caption": "Image caption",
        "Image_caption": "Image caption",
        "CLAIM": "Claim",
    }


@pytest.mark.parametrize(
    ("bad", "more"), [(1, ""), (2, " (and 1 more problem)"), (3, " (and 2 more problems)")]
)
def test_the_refusal_counts_its_other_problems_in_english_number(tmp_path, target, bad, more):
    """The refusal's message is shown to users: "(and 1 more problem)", not "problems"."""
    store, files = target

    def outside(lines):
        for entity in lines[1]["entities"][:bad]:
            entity["end_offset"] = len(lines[1]["text"]) + 5

    path = _rewrite(files["doccano"], tmp_path / "outside.jsonl", outside)
    with pytest.raises(AnnotationImportError) as caught:
        import_annotations(store, "doccano", path, strict=True)
    assert len(caught.value.problems) == bad
    assert str(caught.value) == f"{path}: {caught.value.problems[0]}{more}"
