"""CSV export read back by the csv module and by pandas (a spreadsheet-style reader)."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd

from marginalia.db.interchange import ExportOptions, export
from marginalia.db.interchange.csv_ import neutralize, restore

from .helpers import by_id, texts


def test_csv_module_reads_one_row_per_annotation(tmp_path, bundles, schema):
    out = tmp_path / "set.csv"
    export(bundles, schema, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    stored = by_id(bundles)
    article_texts = texts(bundles)
    assert {row["id"] for row in rows} == set(stored)
    for row in rows:
        own = stored[row["id"]]
        text = article_texts[int(row["article_id"])]
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == restore(row["quote"]) == own.quote
        assert row["annotator"] == own.annotator and restore(row["note"]) == own.note
        assert row["label"] == schema.label(own.label).name


def test_pandas_reads_chinese_and_attribute_columns(tmp_path, bundles, schema):
    out = tmp_path / "set.csv"
    export(bundles, schema, "csv", out)
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert len(frame) == sum(len(b.annotations) for b in bundles)
    chinese = frame[frame["article_id"] == "2"]
    assert "1500億元" in set(chinese["quote"])
    assert {"checkworthy", "speaker", "value", "unit", "kind"} <= set(frame.columns)
    claim = frame[frame["quote"].str.startswith("Prices rose")].iloc[0]
    assert claim["checkworthy"] == "yes" and claim["speaker"] == "the minister"
    assert claim["disputed"] == "yes"


def test_formula_cells_are_neutralized(tmp_path, bundles, schema):
    out = tmp_path / "set.csv"
    export(bundles, schema, "csv", out)
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    for column in frame.columns:
        for cell in frame[column]:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (column, cell)
            assert not cell.startswith("-") or cell.lstrip("-").replace(".", "").isdigit()
    formula = frame[frame["quote"].str.contains("SUM")].iloc[0]
    assert formula["speaker"] == "'@someone"
    assert neutralize("-5") == "-5" and neutralize("-1+1") == "'-1+1"
    assert restore(neutralize("=HYPERLINK(1)")) == "=HYPERLINK(1)"


def test_with_texts_writes_the_article_sidecar(tmp_path, bundles, schema):
    out = tmp_path / "set.csv"
    export(bundles, schema, "csv", out, ExportOptions(with_texts=True))
    lines = (tmp_path / "set.csv.articles.jsonl").read_text("utf-8").splitlines()
    assert {json.loads(x)["id"]: json.loads(x)["text"] for x in lines} == texts(bundles)
