"""CoNLL export read back by seqeval in strict IOB2 and IOBES modes, and by ``spacy convert``;
the spaCy DocBin export read back by spaCy."""

from __future__ import annotations

import itertools
import json

from seqeval.scheme import IOB2, Entities

from marginalia.db.interchange import ExportOptions, export
from marginalia.db.interchange.brat import brat_type
from marginalia.db.interchange.conll import tokenize


def _read(path):
    """Documents → sentences → rows, by plain splitting (the CoNLL convention)."""
    documents: list[list[list[list[str]]]] = []
    sentence: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("-DOCSTART-"):
            documents.append([])
        elif not line:
            if sentence:
                documents[-1].append(sentence)
            sentence = []
        else:
            sentence.append(line.split("\t"))
    return documents


def _expected_column(bundle, label, schema, article_text):
    spans = sorted(
        (a for a in bundle.annotations if a.label == label), key=lambda a: (a.start, -a.end)
    )
    kept, end = [], -1
    for a in spans:
        if a.start >= end:
            kept.append(a.quote)
            end = a.end
    return kept


def test_tokens_and_strict_entities_match_the_spans(tmp_path, bundles, schema):
    out = tmp_path / "set.conll"
    result = export(bundles, schema, "conll", out, ExportOptions(layout="columns"))
    manifest = json.loads((tmp_path / "set.conll.manifest.json").read_text("utf-8"))
    columns = manifest["conll"]["columns"]
    assert columns == ["token", "Claim", "Figure", "Image_caption"]
    documents = _read(out)
    assert len(documents) == len(bundles) == len(manifest["conll"]["documents"])
    for bundle, document in zip(bundles, documents, strict=True):
        text = bundle.article.text
        tokens = [row[0] for sentence in document for row in sentence]
        assert "".join(tokens) == "".join(text.split())
        for column, label in enumerate(schema.labels, start=1):
            sequences = [[row[column] for row in sentence] for sentence in document]
            entities = Entities(sequences, IOB2, suffix=False).entities
            found = []
            for sentence_entities, sentence in zip(entities, document, strict=True):
                for entity in sentence_entities:
                    assert entity.tag == label.name.replace(" ", "_")
                    found.append([row[0] for row in sentence[entity.start : entity.end]])
            expected = _expected_column(bundle, label.id, schema, text)
            assert ["".join(f) for f in found] == ["".join(q.split()) for q in expected]
            # strict mode drops ill-formed chunks (an I- without its B-): none were dropped
            begins = sum(tag.startswith("B-") for seq in sequences for tag in seq)
            assert begins == len(found)
    assert result.counts.skipped  # same-label overlaps beyond one layer are counted


def test_cjk_characters_and_emoji_are_single_tokens():
    text = "😀𠀋工業總產值1500億元 rose 12%."
    tokens = [text[s:e] for s, e in tokenize(text)]
    assert tokens == [
        "😀",
        "𠀋",
        "工",
        "業",
        "總",
        "產",
        "值",
        "1500",
        "億",
        "元",
        "rose",
        "12",
        "%",
        ".",
    ]


def test_more_layers_keep_nested_spans_of_one_label(tmp_path, bundles, schema):
    out = tmp_path / "set.conll"
    result = export(bundles, schema, "conll", out, ExportOptions(layout="columns", conll_layers=2))
    assert result.counts.annotations == sum(len(b.annotations) for b in bundles)
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines() if line]
    assert {len(r) for r in rows} == {7}
    claim_layers = [r for r in rows if r[1].startswith("B-") and r[2].startswith("B-")]
    assert claim_layers == []  # "rose 12%" starts inside the outer claim, not at it
    assert any(r[2] == "B-Claim" for r in rows)


def _outermost(bundle):
    """The spans one tag column holds: outermost first, then earliest."""
    kept, end = [], -1
    for a in sorted(bundle.annotations, key=lambda a: (a.start, -a.end)):
        if a.start >= end:
            kept.append(a)
            end = a.end
    return kept


def test_spacy_convert_reads_every_span_of_the_ner_layout(tmp_path, bundles, schema):
    import subprocess
    import sys

    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    out = tmp_path / "set.conll"
    result = export(bundles, schema, "conll", out)
    converted = tmp_path / "spacy"
    converted.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "spacy", "convert", str(out), str(converted), "-c", "ner"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    docs = list(DocBin().from_disk(converted / "set.spacy").get_docs(Vocab()))
    assert len(docs) == len(bundles)
    found = 0
    for bundle, doc in zip(bundles, docs, strict=True):
        want = [("".join(a.quote.split()), brat_type(schema.label(a.label).name))
                for a in _outermost(bundle)]  # fmt: skip
        got = [("".join(t.text for t in ent), ent.label_) for ent in doc.ents]
        assert got == want
        found += len(got)
    total = sum(len(b.annotations) for b in bundles)
    assert found == result.counts.annotations == sum(len(_outermost(b)) for b in bundles)
    assert sum(result.counts.skipped.values()) == total - found > 0  # the overlaps, counted


def test_bioes_scheme_reads_back_strictly(tmp_path, bundles, schema):
    from seqeval.scheme import IOBES

    out = tmp_path / "set.conll"
    export(bundles, schema, "conll", out, ExportOptions(conll_scheme="bioes"))
    documents = _read(out)
    tags = {row[1][:2] for document in documents for sentence in document for row in sentence}
    assert {"E-", "B-"} <= tags
    from marginalia.db.interchange.conll import _tags

    assert _tags(1, True) == ["S"] and _tags(3, True) == ["B", "I", "E"]
    for bundle, document in zip(bundles, documents, strict=True):
        sequences = [[row[1] for row in sentence] for sentence in document]
        entities = Entities(sequences, IOBES, suffix=False).entities
        found = [
            "".join(row[0] for row in sentence[e.start : e.end])
            for sentence_entities, sentence in zip(entities, document, strict=True)
            for e in sentence_entities
        ]
        assert found == ["".join(a.quote.split()) for a in _outermost(bundle)]


def test_spacy_docbin_holds_every_span_at_its_characters(tmp_path, bundles, schema):
    import spacy
    from spacy.tokens import DocBin

    out = tmp_path / "set.spacy"
    result = export(bundles, schema, "spacy", out)
    assert result.counts.skipped == {}
    nlp = spacy.blank("zh")
    docs = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert len(docs) == len(bundles)
    for bundle, doc in zip(bundles, docs, strict=True):
        assert doc.text == bundle.article.text  # offsets are the article's own
        spans = {(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["sc"]}
        assert spans == {
            (a.start, a.end, schema.label(a.label).name, a.id) for a in bundle.annotations
        }
        ents = [(e.start_char, e.end_char) for e in doc.ents]
        assert len(ents) == len(set(ents)) and all(
            e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(ents)
        )
        extra = doc.user_data["marginalia"]
        assert extra["article"]["sha256"] == bundle.article.sha256
        assert {x["id"]: x["attributes"] for x in extra["spans"]} == {
            a.id: dict(a.attributes) for a in bundle.annotations
        }


def test_spaces_are_tokens_where_a_span_starts_or_ends_on_them():
    from marginalia.db.interchange.spacy_ import words_and_spaces

    text = "a b  c\nd 😀e"
    spans = [(1, 3), (2, 5), (9, 10)]
    words, spaces = words_and_spaces(text, spans)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text
    starts = [0]
    for w, s in zip(words, spaces, strict=True):
        starts.append(starts[-1] + len(w) + s)
    ends = {p + len(w) for p, w in zip(starts, words, strict=False)}
    assert all(s in starts and e in ends for s, e in spans)
