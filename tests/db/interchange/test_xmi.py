"""UIMA CAS XMI (INCEpTION): our export read by dkpro-cassis, the raw file in UIMA's UTF-16
offsets, an INCEpTION-style file with a NamedEntity read in, and the round trip."""

from __future__ import annotations

import re
import zipfile

import cassis
import pytest

from marginalia.db.interchange import export
from marginalia.db.interchange.importer import import_annotations
from marginalia.db.interchange.source import iter_bundles
from marginalia.db.interchange.xmi import CUSTOM, LINK_TYPE, type_name
from marginalia.db.store import Store

from .conftest import fill
from .helpers import identity


def _cases(out):
    with zipfile.ZipFile(out) as archive:
        system = cassis.load_typesystem(archive.read("TypeSystem.xml").decode("utf-8"))
        for name in sorted(n for n in archive.namelist() if n.endswith(".xmi")):
            raw = archive.read(name).decode("utf-8")
            yield name, raw, cassis.load_cas_from_xmi(raw, typesystem=system)


def test_cassis_reads_every_span_on_its_characters(tmp_path, bundles, schema):
    out = tmp_path / "set.zip"
    export(bundles, schema, "xmi", out)
    by_article = {f"article-{b.article.id}.xmi": b for b in bundles}
    seen = 0
    for name, raw, cas in _cases(out):
        bundle = by_article[name]
        assert cas.sofa_string == bundle.article.text
        made = {}
        for a in bundle.annotations:
            layer = CUSTOM + type_name(schema.label(a.label).name)
            [found] = [x for x in cas.select(layer) if x.marginaliaId == a.id]
            assert (found.begin, found.end) == (a.start, a.end)  # code points, via cassis
            assert found.get_covered_text() == a.quote
            assert found.annotator == a.annotator
            made[a.id] = found
            seen += 1
        links = {(x.Governor.marginaliaId, x.Dependent.marginaliaId, x.kind)
                 for x in cas.select(LINK_TYPE)}  # fmt: skip
        assert links == {(a.id, k.target, k.kind) for a in bundle.annotations for k in a.links}
        tokens = cas.select("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
        bounds = {t.begin for t in tokens} | {t.end for t in tokens}
        assert all(a.start in bounds and a.end in bounds for a in bundle.annotations)
        if name == "article-1.xmi":
            # in the file, offsets are UTF-16 code units: 😀 and 𠀋 count two each
            first = bundle.annotations[0]
            begins = {int(b) for b in re.findall(r'begin="(\d+)"', raw)}
            assert first.start + 2 in begins
    assert seen == sum(len(b.annotations) for b in bundles)


def test_round_trip_through_xmi(tmp_path, store, bundles):
    fill(store, bundles)
    out = tmp_path / "set"
    export(iter_bundles(store), store.schema(), "xmi", out)
    assert (out / "TypeSystem.xml").is_file()
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, list(reversed([type(b)(b.article, []) for b in bundles])))
        report = import_annotations(fresh, "xmi", out)
        assert report.problems == []

        def portable(s):
            return {
                (b.article.sha256, *identity(a)[2:8], identity(a)[8], a.annotator,
                 next((im.position for im in b.article.images if im.id == a.image_id), None))
                for b in iter_bundles(s)
                for a in b.annotations
            }  # fmt: skip

        assert portable(fresh) == portable(store)
        assert import_annotations(fresh, "xmi", out).imported == []


INCEPTION_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types>
<typeDescription><name>de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity</name>
<supertypeName>uima.tcas.Annotation</supertypeName><features>
<featureDescription><name>value</name><rangeTypeName>uima.cas.String</rangeTypeName>
</featureDescription><featureDescription><name>identifier</name>
<rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features>
</typeDescription></types></typeSystemDescription>
"""

# As UIMA's Java XmiCasSerializer writes it: offsets in UTF-16 code units (😀 and 𠀋 are
# two each, so "EU" at code points 4-6 is at 6-8), astral characters as references.
INCEPTION_XMI = """<?xml version="1.0" encoding="UTF-8"?><xmi:XMI xmlns:tcas="http:///uima/tcas.ecore"
 xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore"
 xmlns:type="http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore" xmi:version="2.0">
<cas:NULL xmi:id="0"/>
<type:NamedEntity xmi:id="2" sofa="1" begin="6" end="8" value="ORG"/>
<type:NamedEntity xmi:id="3" sofa="1" begin="17" end="23" value="person"/>
<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text"
 sofaString="&#128512; &#131083; EU rejects German call"/>
<cas:View sofa="1" members="2 3"/></xmi:XMI>
"""


def test_inception_named_entities_land_on_their_words(tmp_path, store):
    from marginalia.db.schema.edit import replace_schema
    from marginalia.db.store import NewArticle
    from marginalia.db.values import Label, Schema

    from .conftest import sha

    text = "😀 𠀋 EU rejects German call"
    labels = (*store.schema().labels, Label("org", "ORG", "", "#888888"))
    replace_schema(store, Schema((*labels, Label("per", "Person", "", "#888888")))).apply(store)
    store.forget_schema()
    [stored] = store.add_articles([NewArticle(sha256=sha(text), text=text, title="t")]).value
    folder = tmp_path / "inception"
    folder.mkdir()
    (folder / "TypeSystem.xml").write_text(INCEPTION_TYPES, "utf-8")
    (folder / "doc.xmi").write_text(INCEPTION_XMI, "utf-8")
    report = import_annotations(store, "xmi", folder / "doc.xmi", "ann")
    assert report.problems == [] and report.labels == {"person": "Person"}
    assert {(a.label, a.quote) for a in store.annotations(stored.id)} == {
        ("org", "EU"),
        ("per", "German"),
    }


def test_a_broken_xmi_file_is_named(tmp_path, store):
    from marginalia.db.interchange.foreign import AnnotationImportError

    bad = tmp_path / "bad.xmi"
    bad.write_text("<xmi:XMI", "utf-8")
    with pytest.raises(AnnotationImportError, match=r"bad\.xmi: not a readable UIMA CAS XMI"):
        import_annotations(store, "xmi", bad, "ann")
