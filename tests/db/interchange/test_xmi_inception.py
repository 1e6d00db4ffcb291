"""UIMA CAS XMI that INCEpTION and UIMA's Java serializer wrote themselves
(``tests/data/inception_xmi/SOURCES.md``), in the layouts INCEpTION exports: every span on
the characters the file's UTF-16 offsets name, as cassis reads them too."""

from __future__ import annotations

import gzip
import io
import json
import re
import shutil
import warnings
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import cassis
import pytest

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.interchange.foreign import (
    AnnotationImportError,
    ForeignSpan,
    Problem,
    ReadOptions,
)
from marginalia.db.interchange.importer import import_annotations
from marginalia.db.interchange.xmi_in import read_xmi
from marginalia.db.interchange.xmi_scan import scan
from marginalia.db.schema.edit import replace_schema
from marginalia.db.store import Store
from marginalia.db.values import AttributeDef, AttributeKind, Label, Schema

from .conftest import REPO

DATA = REPO / "tests" / "data" / "inception_xmi"
XMI = "{http://www.omg.org/XMI}"
CAS = "{http:///uima/cas.ecore}"
CUSTOM_NS = "{http:///webanno/custom.ecore}"
NE_TAG = "{http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore}NamedEntity"
RELATION_TEST = DATA / "relation_test"
CAESAR = "Caesar, De bello Gallico 1-4.xmi"
LONE = sorted((DATA / "tsv3-suite").glob("*.xmi"))


def _caesar(folder: Path) -> Path:
    """The Caesar export as INCEpTION wrote it: the XMI and its TypeSystem.xml."""
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(DATA / "caesar" / f"{CAESAR}.gz") as packed:
        (folder / CAESAR).write_bytes(packed.read())
    shutil.copy(DATA / "caesar" / "TypeSystem.xml", folder / "TypeSystem.xml")
    return folder


def _raw(data: bytes) -> tuple[str, dict[int, tuple[str, int, int, bool]]]:
    """The sofa and each annotation's tag, raw UTF-16 offsets and whether it is a relation,
    read with the standard library's parser (independent of cassis and of our scan)."""
    root = ET.fromstring(data)
    sofa = next(e.get("sofaString") for e in root if e.tag == CAS + "Sofa")
    assert sofa is not None
    elements = {
        int(e.get(XMI + "id", "-1")): (
            e.tag,
            int(e.get("begin", "")),
            int(e.get("end", "")),
            e.get("Governor") is not None,
        )
        for e in root
        if e.get("begin") is not None
    }
    return sofa, elements


def _utf16(text: str, begin: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * begin : 2 * end].decode("utf-16-le")


def _xmi_id(record: str) -> int | None:
    found = re.search(r"(?:annotation|relation) (\d+) \(", record)
    return int(found.group(1)) if found else None


def _check(xmi: Path, system: Path | None, records: list[ForeignSpan | Problem]) -> int:
    """Every span on the characters its raw offsets cut out of the sofa in UTF-16, where
    cassis's own reading puts it; every span annotation of the file read or named."""
    data = xmi.read_bytes()
    sofa, raw = _raw(data)
    types = (
        cassis.load_typesystem(system.read_bytes().decode("utf-8"))
        if system is not None
        else cassis.load_dkpro_core_typesystem()
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # without a type system cassis skips custom types
        cas = cassis.load_cas_from_xmi(data.decode("utf-8"), typesystem=types, lenient=True)
    by_id = {fs.xmiID: fs for fs in cas.select_all_fs()}
    spans = [r for r in records if isinstance(r, ForeignSpan)]
    for span in spans:
        xmi_id = _xmi_id(span.record)
        assert xmi_id is not None, span.record
        _, begin, end, _ = raw[xmi_id]
        assert span.article.text == cas.sofa_string == sofa
        assert span.start is not None and span.end is not None
        assert span.article.text[span.start : span.end] == _utf16(sofa, begin, end)
        if xmi_id in by_id:  # cassis read this type itself (always, with a type system)
            assert (by_id[xmi_id].begin, by_id[xmi_id].end) == (span.start, span.end)
            assert by_id[xmi_id].get_covered_text() == span.article.text[span.start : span.end]
        else:
            assert system is None
    named = {_xmi_id(r.record) for r in records} - {None}
    wanted = {
        i
        for i, (tag, _, _, relation) in raw.items()
        if (tag.startswith(CUSTOM_NS) or tag == NE_TAG) and not relation
    }
    assert wanted <= named, sorted(wanted - named)
    return len(spans)


@pytest.mark.parametrize("xmi", LONE, ids=[p.stem for p in LONE])
def test_inceptions_own_files_without_a_type_system(xmi):
    records = list(read_xmi(xmi, ReadOptions()))
    _check(xmi, None, records)


def test_inceptions_export_with_its_type_system_and_a_real_project(tmp_path):
    records = list(read_xmi(RELATION_TEST / "relation_test.xmi", ReadOptions()))
    assert (
        _check(RELATION_TEST / "relation_test.xmi", RELATION_TEST / "TypeSystem.xml", records) == 4
    )
    folder = _caesar(tmp_path / "caesar")
    records = list(read_xmi(folder, ReadOptions()))
    spans = _check(folder / CAESAR, folder / "TypeSystem.xml", records)
    # every annotation of the custom layers is a span or a named problem; DKPro's POS,
    # Dependency and morphology one problem per type (Lemma, like tokens, is segmentation)
    assert spans > 2000
    not_read = [p.record for p in records if isinstance(p, Problem) and "not read" in p.reason]
    assert {r.split(" of ")[1].split(" ")[0] for r in not_read} == {
        "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS",
        "de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.morph.MorphologicalFeatures",
        "de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency",
    }


def test_uima_java_offsets_agree_with_cassis_on_emoji_and_zwj_sequences():
    """UIMA's own reference file: our scan maps each UTF-16 offset where cassis does."""
    data = (DATA / "cassis-emoji" / "debug.xmi").read_bytes()
    found = scan(io.BytesIO(data))
    system = cassis.load_typesystem((DATA / "cassis-emoji" / "debug-typesystem.xml").read_text())
    cas = cassis.load_cas_from_xmi(data.decode("utf-8"), typesystem=system)
    words = cas.select("uima.tcas.Annotation")
    assert len(words) == 10 and "\u200d" in cas.sofa_string and "🥳" in cas.sofa_string
    for fs in words:
        _, begin, end = found.elements[fs.xmiID]
        assert (found.position(begin or 0), found.position(end or 0)) == (fs.begin, fs.end)
    # plain uima.tcas.Annotation is nobody's label: named once, never silently dropped
    [problem] = list(read_xmi(DATA / "cassis-emoji" / "debug.xmi", ReadOptions()))
    assert isinstance(problem, Problem)
    assert "9 annotations of uima.tcas.Annotation" in problem.record


@pytest.mark.parametrize(("kept", "counted"), [(1, "1 annotation of"), (2, "2 annotations of")])
def test_the_unread_types_count_reads_in_english_number(tmp_path, kept, counted):
    """The problem list is shown to users: "1 annotation of …", not "1 annotation(s) of …"."""
    data = (DATA / "cassis-emoji" / "debug.xmi").read_text(encoding="utf-8")
    dropped = [str(i) for i in range(2 + kept, 11)]  # the words' xmi:ids are 2 to 10
    for xmi_id in dropped:
        data = re.sub(rf'\n\s*<tcas:Annotation xmi:id="{xmi_id}"[^>]*/>', "", data)
    members = [str(i) for i in range(2, 12) if str(i) not in dropped]
    data = re.sub(r'members="[^"]*"', f'members="{" ".join(members)}"', data)
    xmi = tmp_path / "few.xmi"
    xmi.write_text(data, encoding="utf-8")
    [problem] = list(read_xmi(xmi, ReadOptions()))
    assert isinstance(problem, Problem)
    assert problem.record.startswith(f"few.xmi, {counted} uima.tcas.Annotation (xmi:id 2"), (
        problem.record
    )


# --- importing into the database ---------------------------------------------------------


def _schema(store: Store, labels: list[tuple[str, tuple[AttributeDef, ...]]]) -> None:
    have = list(store.schema().labels)
    for n, (name, attributes) in enumerate(labels):
        have.append(Label(f"x{n}", name, "", "#888888", attributes))
    replace_schema(store, Schema(tuple(have))).apply(store)
    store.forget_schema()


def _article(store: Store, folder: Path, text: str) -> int:
    """Import ``text`` the real way (article import normalizes CRLF to LF)."""
    folder.mkdir(parents=True, exist_ok=True)
    batch = folder / "batch.jsonl"
    batch.write_text(json.dumps({"title": "t", "text": text}) + "\n", "utf-8")
    report = import_paths(store, [batch])
    assert not report.failed, report.failed
    [(_, article)] = report.imported
    return int(article)


def _stored(store: Store, article: int) -> set[tuple[str, str, str, tuple[tuple[str, str], ...]]]:
    names = {label.id: label.name for label in store.schema().labels}
    quotes = {a.id: a.quote for a in store.annotations(article)}
    return {
        (
            names[a.label],
            a.quote,
            a.annotator,
            tuple(sorted((k.kind, quotes[k.target]) for k in a.links)),
        )
        for a in store.annotations(article)
    }


def _document_zip(path: Path, xmi: Path, system: Path, name: str) -> Path:
    """A zip as INCEpTION's document export writes it: the XMI and TypeSystem.xml."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(xmi, name)
        archive.write(system, "TypeSystem.xml")
    return path


RELATION_TEXT = "Darmstadt is in Hessen.\r\nHannover is in Lower Saxony."
PLACES: list[tuple[str, tuple[AttributeDef, ...]]] = [
    ("MyRelationBase", (AttributeDef("value", AttributeKind.CHOICE, ("city", "state")),))
]


def test_document_export_zip_imports_its_relation_on_a_crlf_text(store, tmp_path):
    _schema(store, PLACES)
    article = _article(store, tmp_path / "in", RELATION_TEXT)
    assert store.text(article) == RELATION_TEXT.replace("\r\n", "\n")
    export = _document_zip(
        tmp_path / "relation_test.zip",
        RELATION_TEST / "relation_test.xmi",
        RELATION_TEST / "TypeSystem.xml",
        "relation_test.xmi",
    )
    report = import_annotations(store, "xmi", export, "ann")
    assert report.problems == []
    assert _stored(store, article) == {
        ("MyRelationBase", "Darmstadt", "ann", (("located in", "Hessen"),)),
        ("MyRelationBase", "Hessen", "ann", ()),
        ("MyRelationBase", "Hannover", "ann", ()),  # after the CRLF: shifted by one
        ("MyRelationBase", "Lower Saxony", "ann", ()),
    }
    values = {a.quote: a.attributes for a in store.annotations(article)}
    assert values["Darmstadt"] == {"value": "city"} and values["Hessen"] == {"value": "state"}
    again = import_annotations(store, "xmi", export, "ann")
    assert again.imported == [] and len(again.already) == 4


def test_project_export_gives_each_user_their_annotations(store, tmp_path):
    """``annotation/<document>/<user>.zip`` per user, as INCEpTION's project export holds
    its secondary format; the initial CAS is nobody's; .ser files are not read."""
    _schema(store, PLACES)
    article = _article(store, tmp_path / "in", RELATION_TEXT)
    one = _document_zip(
        tmp_path / "one.zip",
        RELATION_TEST / "relation_test.xmi",
        RELATION_TEST / "TypeSystem.xml",
        "relation_test.txt.xmi",
    )
    project = tmp_path / "project.zip"
    with zipfile.ZipFile(project, "w") as archive:
        archive.writestr("exportedproject.json", "{}")
        archive.writestr("source/relation_test.txt", RELATION_TEXT)
        archive.writestr("annotation_ser/relation_test.txt/alice.ser", b"\xac\xed")
        for user in ("alice", "bob", "INITIAL_CAS"):
            archive.write(one, f"annotation/relation_test.txt/{user}.zip")
    report = import_annotations(store, "xmi", project)
    assert report.problems == []
    stored = _stored(store, article)
    assert {(who, quote) for _, quote, who, _ in stored} == {
        (who, quote)
        for who in ("alice", "bob")
        for quote in ("Darmstadt", "Hessen", "Hannover", "Lower Saxony")
    }
    assert ("MyRelationBase", "Darmstadt", "bob", (("located in", "Hessen"),)) in stored
    assert import_annotations(store, "xmi", project).imported == []
    # unzipped into a folder, the same export is the same annotations (a no-op now)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(project) as archive:
        archive.extractall(folder)
    again = import_annotations(store, "xmi", folder)
    assert again.imported == [] and len(again.already) == 8 and again.problems == []


def test_a_broken_zip_is_named(store, tmp_path):
    bad = tmp_path / "export.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(AnnotationImportError, match=r"export\.zip: not a readable zip file"):
        import_annotations(store, "xmi", bad, "ann")


def test_a_project_export_without_xmi_says_how_to_get_it(store, tmp_path):
    project = tmp_path / "project.zip"
    with zipfile.ZipFile(project, "w") as archive:
        archive.writestr("exportedproject.json", "{}")
        archive.writestr("annotation_ser/doc.txt/alice.ser", b"\xac\xed")
    with pytest.raises(AnnotationImportError, match="secondary format 'UIMA CAS XMI"):
        import_annotations(store, "xmi", project, "ann")


def test_lone_files_slot_features_chains_and_emoji(store, tmp_path):
    """No TypeSystem.xml: DKPro Core's types plus what the file shows."""
    _schema(
        store,
        [("SimpleSpan", ()), ("SimpleLinkHost", ()), ("Simple", ()), ("NamedEntity", ())],
    )
    test = _article(store, tmp_path / "a", "This is a test .")
    emoji = _article(store, tmp_path / "b", "I like it 😊 .")
    report = import_annotations(
        store, "xmi", DATA / "tsv3-suite" / "testSimpleSlotFeature.xmi", "ann"
    )
    assert report.problems == []
    assert _stored(store, test) == {
        ("SimpleSpan", "is", "ann", ()),
        ("SimpleSpan", "a", "ann", ()),
        ("SimpleLinkHost", "This", "ann", (("p1", "is"), ("p2", "a"))),
    }
    chain = import_annotations(store, "xmi", DATA / "tsv3-suite" / "testStackedChain.xmi", "ann")
    assert chain.problems == [] and len(chain.imported) == 6
    chains = {s for s in _stored(store, test) if s[0] == "Simple"}
    assert chains == {
        ("Simple", "This", "ann", (("next", "is"),)),
        ("Simple", "This", "ann", ()),
        ("Simple", "is", "ann", (("next", "a"),)),
        ("Simple", "is", "ann", (("next", "This"),)),
        ("Simple", "a", "ann", ()),
        ("Simple", "a", "ann", (("next", "is"),)),
    }
    # 😊 is UTF-16 units 10-12 in the file: code point 10-11 here
    import_annotations(store, "xmi", DATA / "tsv3-suite" / "testSentenceWithEmoji.xmi", "ann")
    assert _stored(store, emoji) == {("NamedEntity", "😊", "ann", ())}


def test_leading_whitespace_is_kept_as_inception_placed_it(store, tmp_path):
    _schema(store, [("NamedEntity", ())])
    article = _article(store, tmp_path / "a", "one  two")
    path = DATA / "tsv3-suite" / "testAnnotationWithLeadingWhitespace.xmi"
    assert import_annotations(store, "xmi", path, "ann").problems == []
    assert _stored(store, article) == {("NamedEntity", " two", "ann", ())}


def test_zero_length_spans_are_refused_by_name_and_nothing_half_imported(store, tmp_path):
    _schema(store, [("SimpleSpan", ())])
    _article(store, tmp_path / "a", "This is a test .")
    path = DATA / "tsv3-suite" / "testZeroLengthSpansWithoutFeatures.xmi"
    with pytest.raises(AnnotationImportError) as refused:
        import_annotations(store, "xmi", path, "ann")
    reasons = [str(p) for p in refused.value.problems]
    assert reasons == [
        f"{path.name}, annotation {n} (webanno.custom.SimpleSpan): a zero-length annotation "
        f"at {at} (INCEpTION allows them; a Marginalia span covers at least one character)"
        for n, at in ((68, 0), (72, 16))
    ]


def test_relations_between_non_spans_and_unknown_labels_are_named(store, tmp_path):
    _schema(store, [("SimpleSpan", ())])
    article = _article(store, tmp_path / "a", "This is a test .")
    rel = DATA / "tsv3-suite" / "testSingleTokenRelationWithMultipleFeatureValues.xmi"
    with pytest.raises(AnnotationImportError, match=r"relation 68 \(webanno.custom.Complex"):
        import_annotations(store, "xmi", rel, "ann")
    slots = DATA / "tsv3-suite" / "testSimpleSlotFeature.xmi"
    report = import_annotations(store, "xmi", slots, "ann")
    assert [str(p) for p in report.problems] == [
        f"{slots.name}, annotation 82 (webanno.custom.SimpleLinkHost): unknown label "
        "'SimpleLinkHost'"
    ]
    assert {q for _, q, _, _ in _stored(store, article)} == {"is", "a"}


def test_caesar_project_places_with_their_gazetteer_links(store, tmp_path):
    """A real INCEpTION project: 23 places with their World Historical Gazetteer URL;
    the other layers' labels are not in our schema and are named, one problem each."""
    folder = _caesar(tmp_path / "caesar")
    with gzip.open(DATA / "caesar" / f"{CAESAR}.gz") as packed:
        sofa, raw = _raw(packed.read())
    _schema(store, [("Place", (AttributeDef("Places", AttributeKind.TEXT),))])
    article = _article(store, tmp_path / "in", sofa)
    with pytest.raises(AnnotationImportError):
        import_annotations(store, "xmi", folder, "ann", strict=True)
    assert store.annotations(article) == []  # strict: nothing half-imported
    report = import_annotations(store, "xmi", folder, "ann")
    places = store.annotations(article)
    assert len(places) == 23 == sum(1 for t, *_ in raw.values() if t == CUSTOM_NS + "Place")
    assert {a.quote for a in places} >= {"Rhodanus", "Genavam", "Rhenum"}
    assert all(a.attributes["Places"].startswith("https://whgazetteer.org/") for a in places)
    unknown = [p for p in report.problems if p.reason.startswith("unknown label")]
    assert len(unknown) > 1900
    assert all(re.fullmatch(rf"{re.escape(CAESAR)}, annotation \d+ \(webanno\.custom\.\w+\)",
                            p.record) for p in unknown)  # fmt: skip


def test_an_offset_inside_a_surrogate_pair_is_refused(store, tmp_path):
    """Minimal case: cassis only warns and keeps the raw number; we refuse the span."""
    _schema(store, [("NamedEntity", ())])
    _article(store, tmp_path / "a", "I like it 😊 .")
    source = (DATA / "tsv3-suite" / "testSentenceWithEmoji.xmi").read_text("utf-8")
    bad = tmp_path / "bad.xmi"
    bad.write_text(source.replace('begin="10" end="12"', 'begin="11" end="12"'), "utf-8")
    with pytest.raises(AnnotationImportError) as refused:
        import_annotations(store, "xmi", bad, "ann")
    [problem] = refused.value.problems
    assert (
        problem.record
        == "bad.xmi, annotation 10 (de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity)"
    )
    assert problem.reason.startswith("begin 11 falls inside a character")
    beyond = tmp_path / "beyond.xmi"
    beyond.write_text(source.replace('begin="10" end="12"', 'begin="10" end="99"'), "utf-8")
    with pytest.raises(AnnotationImportError, match=r"end 99 lies outside the text \(14 UTF-16"):
        import_annotations(store, "xmi", beyond, "ann")


def test_an_annotation_whose_type_cannot_be_read_is_named(store, tmp_path):
    """A type the type system lacks and cassis cannot be given: named, not dropped."""
    _schema(store, [("SimpleSpan", ())])
    _article(store, tmp_path / "a", "This is a test .")
    source = (DATA / "tsv3-suite" / "testSimpleSlotFeature.xmi").read_text("utf-8")
    odd = tmp_path / "odd.xmi"
    odd.write_text(
        source.replace(
            '<custom:SimpleSpan xmi:id="72"',
            '<tcas:Weird xmi:id="90" sofa="12" begin="0" end="4"/><custom:SimpleSpan xmi:id="72"',
        ).replace('members="1 ', 'members="90 1 '),
        "utf-8",
    )
    report = import_annotations(store, "xmi", odd, "ann")
    assert (
        "odd.xmi, annotation 90: its type uima.tcas.Weird is not in the type system; not read"
        in [str(p) for p in report.problems]
    )
