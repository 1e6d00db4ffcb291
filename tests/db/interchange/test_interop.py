"""Files written by Label Studio, doccano and brat themselves (``corpus/interop/``) and the
cases issue 13 lists: every span lands on the characters its tool meant."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.interchange.anchoring import text_sha256
from marginalia.db.interchange.foreign import AnnotationImportError
from marginalia.db.interchange.importer import import_annotations
from marginalia.db.schema.edit import replace_schema
from marginalia.db.store import Store
from marginalia.db.values import AttributeDef, AttributeKind, Label, Schema

#: doccano's, Label Studio's and brat's sample labels; "Date" and "Person" match "DATE" and
#: "PERSON" ignoring case (names are unique ignoring case).
INTEROP_LABELS = [
    ("ORG", ()),
    ("MISC", ()),
    (
        "PERSON",
        (
            AttributeDef("Mention", AttributeKind.CHOICE, ("Name", "Nominal", "Other")),
            AttributeDef("Individual", AttributeKind.BOOLEAN),
        ),
    ),
    ("DATE", ()),
    ("Organization", ()),
    ("GPE", ()),
    ("Money", ()),
]


def _schema(store: Store, extra: list[tuple[str, tuple[AttributeDef, ...]]]) -> None:
    labels = list(store.schema().labels)
    for n, (name, attributes) in enumerate(extra):
        labels.append(Label(f"x{n}", name, "", "#888888", attributes))
    replace_schema(store, Schema(tuple(labels))).apply(store)
    store.forget_schema()


def _articles(store: Store, folder: Path, texts: list[str]) -> dict[str, int]:
    """Import ``texts`` the real way (a JSON Lines batch); their ids by stored text."""
    folder.mkdir(parents=True, exist_ok=True)
    batch = folder / "batch.jsonl"
    with batch.open("w", encoding="utf-8", newline="") as handle:
        for n, text in enumerate(texts):
            handle.write(json.dumps({"title": f"t{n}", "text": text}) + "\n")
    report = import_paths(store, [batch])
    assert not report.failed, report.failed
    return {store.text(i): i for _, i in report.imported}


def _spans(store: Store, article: int) -> set[tuple[str, str]]:
    names = {label.id: label.name for label in store.schema().labels}
    return {(names[a.label], a.quote) for a in store.annotations(article)}


# --- doccano ---------------------------------------------------------------------------------


def test_doccano_files_land_on_their_words(store, corpus, tmp_path):
    _schema(store, INTEROP_LABELS)
    folder = corpus / "interop" / "doccano"
    lines = [
        json.loads(line)
        for name in ("doccano_export_sequence_labeling.jsonl", "doccano_relation_extraction.jsonl")
        for line in (folder / name).read_text("utf-8").splitlines()
    ]
    ids = _articles(store, tmp_path / "in", [line["text"] for line in lines])
    report = import_annotations(
        store, "doccano", folder / "doccano_export_sequence_labeling.jsonl", "ann"
    )
    assert report.problems == [] and len(report.imported) == 4
    assert _spans(store, ids["EU rejects German call to boycott British lamb."]) == {
        ("ORG", "EU"),
        ("MISC", "German"),
    }
    assert _spans(store, ids["Peter Blackburn"]) == {("PERSON", "Peter Blackburn")}
    report = import_annotations(store, "doccano", folder / "doccano_relation_extraction.jsonl", "a")
    google = ids[lines[-1]["text"]]
    assert _spans(store, google) == {
        ("ORG", "Google"),
        ("DATE", "September 4, 1998"),
        ("PERSON", "Larry Page"),
        ("PERSON", "Sergey Brin"),
    }
    links = {
        (store.annotation(a.id).quote, k.kind, store.annotation(k.target).quote)
        for a in store.annotations(google)
        for k in a.links
    }
    assert links == {
        ("Google", "foundedAt", "September 4, 1998"),
        ("Google", "foundedBy", "Larry Page"),
        ("Google", "foundedBy", "Sergey Brin"),
    }


def _doccano_line(tmp_path: Path, record: dict[str, Any], name: str = "d.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    return path


def test_doccano_counts_utf16_by_default_and_graphemes_on_request(store, tmp_path):
    """doccano's editor counts JavaScript string indices (issue 13, item 1)."""
    _schema(store, [("ORG", ())])
    text = "😀 EU rejects German call 👨‍👩‍👧 and 𠀋 NATO agrees."
    ids = _articles(store, tmp_path / "in", [text])
    article = ids[text]
    emoji = _doccano_line(tmp_path, {"text": text, "label": [[3, 5, "ORG"]]})
    import_annotations(store, "doccano", emoji, "ann")
    assert _spans(store, article) == {("ORG", "EU")}
    # NATO after a ZWJ family (5 code points, 8 UTF-16 units, 1 cluster) and 𠀋
    nato = text.index("NATO")
    utf16 = len(text[:nato].encode("utf-16-le")) // 2
    graphemes = nato - 4 - 0  # the family is one cluster instead of five code points
    assert (utf16, graphemes) == (nato + 5, nato - 4)
    import_annotations(
        store,
        "doccano",
        _doccano_line(tmp_path, {"text": text, "label": [[graphemes, graphemes + 4, "ORG"]]}, "g"),
        "ann",
        offset_unit="grapheme",
    )
    import_annotations(
        store,
        "doccano",
        _doccano_line(tmp_path, {"text": text, "label": [[nato, nato + 4, "ORG"]]}, "c"),
        "ann",
        offset_unit="codepoint",
    )
    quotes = [a.quote for a in store.annotations(article)]
    assert sorted(quotes) == ["EU", "NATO"]  # the second NATO was the same span: one id
    half = _doccano_line(tmp_path, {"text": text, "label": [[1, 5, "ORG"]]}, "h")
    with pytest.raises(AnnotationImportError, match="inside the surrogate pair"):
        import_annotations(store, "doccano", half, "ann")


def test_doccano_extras_survive_renumbering(store, bundles, tmp_path):
    """What doccano has no field for is keyed by the span as written (item 7)."""
    from marginalia.db.interchange import export
    from marginalia.db.interchange.source import iter_bundles

    from .conftest import fill

    fill(store, bundles)
    out = tmp_path / "set.jsonl"
    export(iter_bundles(store), store.schema(), "doccano", out)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    for record in records:  # doccano renumbers and reorders its entities
        entities = list(reversed(record["entities"]))
        renumber = {e["id"]: 100 + n for n, e in enumerate(entities)}
        for entity in entities:
            entity["id"] = renumber[entity["id"]]
        for relation in record["relations"]:
            relation["from_id"] = renumber[relation["from_id"]]
            relation["to_id"] = renumber[relation["to_id"]]
        record["entities"] = entities
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, [type(b)(b.article, []) for b in bundles])
        report = import_annotations(fresh, "doccano", shuffled)
        assert report.problems == []
        want = {(a.id, a.start, a.end, tuple(sorted(a.attributes.items())), a.note, a.annotator)
                for b in iter_bundles(store) for a in b.annotations}  # fmt: skip
        got = {(a.id, a.start, a.end, tuple(sorted(a.attributes.items())), a.note, a.annotator)
               for b in iter_bundles(fresh) for a in b.annotations}  # fmt: skip
        assert got == want


# --- Label Studio ----------------------------------------------------------------------------


def test_label_studio_annotation_file_lands_on_its_words(store, corpus, tmp_path):
    _schema(store, INTEROP_LABELS)
    path = corpus / "interop" / "labelstudio" / "lsf_named_entity_annotation.json"
    task = json.loads(path.read_text("utf-8"))
    article = _articles(store, tmp_path / "in", [task["data"]["text"]])[task["data"]["text"]]
    report = import_annotations(store, "labelstudio", path, "ann")
    assert report.problems == [] and report.labels == {"Date": "DATE"}
    assert _spans(store, article) == {("DATE", "February 22")}
    # the region's id survives (a stable UUID made from it): a re-import is a no-op
    again = import_annotations(store, "labelstudio", path, "ann")
    assert again.imported == [] and again.already == report.imported


def test_label_studio_predictions_become_suggestions_to_review(store, corpus, tmp_path):
    from marginalia.db.suggest.review import accept, proposals, reject

    _schema(store, INTEROP_LABELS)
    path = corpus / "interop" / "labelstudio" / "lsf_named_entity_tasks_predictions.json"
    text = json.loads(path.read_text("utf-8"))[0]["data"]["text"]
    article = _articles(store, tmp_path / "in", [text])[text]
    report = import_annotations(store, "labelstudio", path)
    assert report.imported == [] and report.suggestions == 1
    assert store.annotations(article) == []  # nobody's annotation

    def imported(who):
        found = proposals(store, article, who)
        return [p for p in found if p.suggestion.detector.startswith("labelstudio")]

    [proposal] = imported("alice")
    assert proposal.quote == "February 22"
    assert proposal.suggestion.detector == "labelstudio:model 1"
    assert proposal.suggestion.confidence == 1.0  # no score in the file: never hidden
    accept(store, proposal, "alice")
    assert _spans(store, article) == {("DATE", "February 22")}
    assert imported("alice") == []
    [for_bob] = imported("bob")
    reject(store, for_bob, "bob")
    assert imported("bob") == []
    assert import_annotations(store, "labelstudio", path).suggestions == 0  # idempotent


def test_label_studio_region_across_a_line_break(store, tmp_path):
    """Label Studio's own e2e test (ner/emoji.cy.ts): code points, ``\\n`` in value.text."""
    _schema(store, [("Person", ())])
    text = "🐱 Warning:\n🐱 This is a test text"
    article = _articles(store, tmp_path / "in", [text])[text]
    task = {
        "id": 7,
        "data": {"text": text},
        "annotations": [
            {
                "id": 1,
                "result": [
                    {
                        "id": "Zz1",
                        "from_name": "label",
                        "to_name": "text",
                        "type": "labels",
                        "value": {
                            "start": 2,
                            "end": 27,
                            "text": "Warning:\\n🐱 This is a test",
                            "labels": ["Person"],
                        },
                    }
                ],
            }
        ],
    }
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")
    report = import_annotations(store, "labelstudio", path, "ann")
    assert report.problems == [] and report.reanchored == []
    assert _spans(store, article) == {("Person", "Warning:\n🐱 This is a test")}


@pytest.mark.parametrize("fmt", ["labelstudio", "doccano", "brat"])
def test_crlf_texts_are_normalized_and_offsets_shifted(store, tmp_path, fmt):
    """A tool that kept the file's CRLF counts two characters per break (item 3)."""
    _schema(store, [("ORG", ())])
    raw = "Line one\r\n😀 second 𠀋 line\r\nThe EU and\u2028NATO.\r\n"
    stored = raw.replace("\r\n", "\n")
    article = _articles(store, tmp_path / "in", [stored])[stored]
    start = raw.index("EU")
    end = raw.index("NATO") + 4
    if fmt == "labelstudio":
        region = {"start": start, "end": end, "text": "EU and\u2028NATO", "labels": ["ORG"]}
        task = {"data": {"text": raw}, "annotations": [{"result": [
            {"id": "r1", "type": "labels", "from_name": "l", "to_name": "text", "value": region}
        ]}]}  # fmt: skip
        path = tmp_path / "ls.json"
        path.write_text(json.dumps([task]), "utf-8")
    elif fmt == "doccano":
        units = len(raw[:start].encode("utf-16-le")) // 2
        length = len(raw[start:end].encode("utf-16-le")) // 2
        path = _doccano_line(tmp_path, {"text": raw, "label": [[units, units + length, "ORG"]]})
    else:
        path = tmp_path / "doc.ann"
        (tmp_path / "doc.txt").write_bytes(raw.encode("utf-8"))
        # brat splits a span at U+2028 (its line reading breaks there)
        gap = raw.index("\u2028")
        path.write_text(f"T1\tORG {start} {gap};{gap + 1} {end}\tEU and NATO\n", "utf-8")
    report = import_annotations(store, fmt, path, "ann")
    assert report.problems == []
    assert _spans(store, article) == {("ORG", "EU and\u2028NATO")}


# --- brat ------------------------------------------------------------------------------------


def test_brat_tutorial_document_imports_with_its_attributes_notes_and_relations(
    store, corpus, tmp_path
):
    _schema(store, INTEROP_LABELS)
    source = corpus / "interop" / "brat"
    text = (source / "000-introduction.txt").read_text("utf-8")
    article = _articles(store, tmp_path / "in", [text])[text]
    folder = tmp_path / "brat"
    shutil.copytree(source, folder)
    report = import_annotations(store, "brat", folder, "ann")
    stored = {a.quote: a for a in store.annotations(article)}
    assert set(stored) == {
        "Citibank",
        "$100 million",
        "Raul Salinas de Gortari",
        "former Mexican president",
        "banks",
        "Switzerland",
    }
    # the event's trigger type and the event, the normalization: named, left out
    reasons = [p.reason for p in report.problems]
    assert any("unknown label 'Transfer-money'" in r for r in reasons)
    assert any("an event (E1)" in r for r in reasons) and any("(N1)" in r for r in reasons)
    assert any("Confidence" in r or "E1" in r for r in reasons)  # A5 is on the event
    assert stored["$100 million"].note == "100000000 USD"
    person = stored["Raul Salinas de Gortari"]
    assert person.attributes == {"Mention": "Name", "Individual": True}
    assert stored["former Mexican president"].attributes == {
        "Mention": "Nominal",
        "Individual": True,
    }
    links = {(store.annotation(a.id).quote, k.kind, store.annotation(k.target).quote)
             for a in stored.values() for k in a.links}  # fmt: skip
    assert links == {
        ("banks", "Origin", "Switzerland"),
        ("Raul Salinas de Gortari", "Family", "former Mexican president"),
    }
    for annotation in stored.values():
        assert text[annotation.start : annotation.end] == annotation.quote


def test_brat_round_trip_with_line_separators_and_images(store, bundles, tmp_path):
    """Our brat export read back: breaks inside spans and notes (U+2028 too), images by
    content hash, ids, attributes and links (items 4 and 5)."""
    from dataclasses import replace

    from marginalia.db.interchange import export
    from marginalia.db.interchange.source import iter_bundles

    from .conftest import fill, make_annotation, make_article
    from .helpers import identity

    text = "Alpha 😀\u2028beta 𠀋 gamma.\nDelta\u2029epsilon [img] A photo caption."
    article = make_article(9, text, "separators")
    span = make_annotation(article, "claim", "beta 𠀋 gamma.\nDelta\u2029epsilon")
    span = replace(span, note="one\u2028two | three\\four\u0085five")
    caption = make_annotation(article, "caption", "A photo caption.", image_id=90)
    bundles = [*bundles, type(bundles[0])(article, [span, caption])]
    fill(store, bundles)
    out = tmp_path / "set.zip"
    export(iter_bundles(store), store.schema(), "brat", out)
    import zipfile

    with zipfile.ZipFile(out) as archive:  # brat's rules (corpus/interop/SOURCES.md)
        for name in (n for n in archive.namelist() if n.endswith(".ann")):
            ann = archive.read(name).decode("utf-8")
            doc = archive.read(name[:-4] + ".txt").decode("utf-8")
            # brat reads .ann lines with splitlines(): no line may break inside
            assert len(ann.splitlines()) == ann.count("\n")
            for line in ann.splitlines():
                if line.startswith("T"):
                    _, where, quote = line.split("\t")
                    pieces = [p.split() for p in where.split(" ", 1)[1].split(";")]
                    # a fragment's text never holds a break; fragments join with a space
                    texts = [doc[int(a) : int(b)] for a, b in pieces]
                    assert all(t == "".join(t.splitlines()) for t in texts)
                    assert " ".join(texts) == quote
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, list(reversed([type(b)(b.article, []) for b in bundles])))
        report = import_annotations(fresh, "brat", out)
        assert report.problems == []

        def portable(s):
            result = set()
            for b in iter_bundles(s):
                positions: dict[int | None, int] = {im.id: im.position for im in b.article.images}
                for a in b.annotations:
                    key = identity(a)
                    result.add((b.article.sha256, key[0], *key[2:7], positions.get(a.image_id),
                                key[8], key[9]))  # fmt: skip
            return result

        assert portable(fresh) == portable(store)
        assert text_sha256(text) in {b.article.sha256 for b in iter_bundles(fresh)}
