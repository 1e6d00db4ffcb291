"""brat export read back by the brat reader of the ``bioc`` package."""

from __future__ import annotations

import zipfile

import pytest
from bioc import brat as bioc_brat
from bioc.brat.validator import validate

from marginalia.db.interchange import export
from marginalia.db.interchange.brat import brat_type

from .helpers import by_id, texts


def _documents(out):
    if out.suffix == ".zip":
        with zipfile.ZipFile(out) as archive:
            names = sorted(n for n in archive.namelist() if n.endswith(".txt"))
            for name in names:
                text = archive.read(name).decode("utf-8")
                ann = archive.read(name[:-4] + ".ann").decode("utf-8")
                yield name[:-4], bioc_brat.loads(text, ann, docid=name[:-4])
    else:
        for path in sorted(out.glob("*.txt")):
            ann = path.with_suffix(".ann").read_text(encoding="utf-8")
            yield path.stem, bioc_brat.loads(path.read_text(encoding="utf-8"), ann, path.stem)


@pytest.mark.parametrize("name", ["set", "set.zip"])
def test_bioc_reads_every_span_at_its_quote(tmp_path, bundles, schema, name):
    out = tmp_path / name
    export(bundles, schema, "brat", out)
    stored = by_id(bundles)
    originals = {f"article-{k}": v for k, v in texts(bundles).items()}
    found = 0
    for docid, doc in _documents(out):
        assert doc.text == originals[docid]
        problems: list[str] = []
        validate(doc, onerror=problems.append)
        notes = {note.refid: note.text for note in doc.notes}
        for entity in doc.entities:
            pieces = sorted((iv.begin, iv.end) for iv in entity.locations)
            assert " ".join(doc.text[s:e] for s, e in pieces) == entity.text
            own = stored[notes[entity.id].split("id=")[1].split(" |")[0]]
            assert (pieces[0][0], pieces[-1][1]) == (own.start, own.end)
            assert entity.type == brat_type(schema.label(own.label).name)
            found += 1
            if len(pieces) > 1:  # bioc joins fragments without brat's space
                problems = [p for p in problems if f"at {pieces[0][0]}." not in p]
        assert problems == []
        for relation in doc.relations:
            assert set(relation.arguments) == {"Arg1", "Arg2"}
    assert found == len(stored)


def test_attributes_links_and_notes_are_lines(tmp_path, bundles, schema):
    out = tmp_path / "set"
    export(bundles, schema, "brat", out)
    [(_, doc)] = [d for d in _documents(out) if d[0] == "article-1"]
    by_quote = {e.text: e.id for e in doc.entities}
    claim = by_quote["Prices rose 12% in 2023, the minister said."]
    attrs = {(a.type, a.refid): a.attributes for a in doc.attributes}
    assert attrs[("checkworthy", claim)] == {"yes"}
    assert attrs[("disputed", claim)] == set()  # a binary attribute: present means yes
    notes = {n.refid: n.text for n in doc.notes}
    assert notes[claim].startswith("Check the\\nstatistics office; =1+1 | speaker=the minister")
    rels = {(r.type, r.arguments["Arg1"], r.arguments["Arg2"]) for r in doc.relations}
    assert ("supports", claim, by_quote["12%"]) in rels
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    assert "Image_caption" in conf and "checkworthy\tArg:Claim, Value:yes|no|unsure" in conf


def test_tabs_and_line_breaks_split_a_span_into_fragments():
    from marginalia.db.interchange.brat import fragments

    text = "a\tb c\r\nd"
    assert fragments(text, 0, len(text)) == [(0, 1), (2, 5), (7, 8)]
    assert fragments(text, 5, 7) == []
