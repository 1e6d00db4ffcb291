"""CoNLL export read back by seqeval in strict IOB2 mode."""

from __future__ import annotations

import json

from seqeval.scheme import IOB2, Entities

from marginalia.db.interchange import ExportOptions, export
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
    result = export(bundles, schema, "conll", out)
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
    result = export(bundles, schema, "conll", out, ExportOptions(conll_layers=2))
    assert result.counts.annotations == sum(len(b.annotations) for b in bundles)
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines() if line]
    assert {len(r) for r in rows} == {7}
    claim_layers = [r for r in rows if r[1].startswith("B-") and r[2].startswith("B-")]
    assert claim_layers == []  # "rose 12%" starts inside the outer claim, not at it
    assert any(r[2] == "B-Claim" for r in rows)
