"""``export`` and ``import-annotations`` end to end through marginalia-cli's main()."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from marginalia.desktop.cli.main import main

REPO = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("MARGINALIA_CORPUS", REPO.parent / "shared" / "corpus"))
EMOJI = "😀𠀋 Prices rose 12% in 2023, the minister said.\n=SUM(A1) was typed.\n"


def _cli(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def texts(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "emoji.txt").write_text(EMOJI, encoding="utf-8")
    seed = (CORPUS / "seed" / "000_412f5390a92e7522.txt").read_text(encoding="utf-8")
    (folder / "seed.txt").write_text(seed, encoding="utf-8")
    return folder


def _annotated(capsys, db, texts):
    status, out, err = _cli(
        capsys, "--db", db, "import", texts / "emoji.txt", texts / "seed.txt", "--json"
    )
    assert status == 0, err
    ids = [item["id"] for item in json.loads(out)["imported"]]
    emoji_id = ids[0]
    article = json.loads(_cli(capsys, "--db", db, "article", emoji_id, "--json")[1])
    text = article["text"]
    start = text.index("Prices")
    spans = [
        ("Claim", start, text.index(".", start) + 1, ["checkworthy=yes", "speaker=the minister"]),
        ("Figure", text.index("12%"), text.index("12%") + 3, ["value=12", "kind=percent"]),
        ("Claim", text.index("=SUM"), text.index("typed.") + 6, []),
    ]
    for label, s, e, attrs in spans:
        argv = [
            "--db",
            db,
            "--annotator",
            "alice",
            "annotate",
            emoji_id,
            "--label",
            label,
            "--start",
            s,
            "--end",
            e,
            "--note",
            "=1+1",
        ]
        for attr in attrs:
            argv += ["--attr", attr]
        assert _cli(capsys, *argv)[0] == 0
    return ids


def _annotations(capsys, db, article_id):
    article = json.loads(_cli(capsys, "--db", db, "article", article_id, "--json")[1])
    return article["text"], {
        (
            a["id"],
            a["label"],
            a["start"],
            a["end"],
            a["quote"],
            json.dumps(a["attributes"]),
            a["note"],
            a["annotator"],
        )
        for a in article["annotations"]
    }


@pytest.mark.parametrize(
    ("fmt", "name"), [("w3c", "set.jsonl"), ("doccano", "set.jsonl"), ("labelstudio", "tasks.json")]
)
def test_export_then_import_into_a_fresh_database(tmp_path, capsys, texts, fmt, name):
    db, fresh = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    [emoji_id, _] = _annotated(capsys, db, texts)
    out = tmp_path / name
    status, printed, err = _cli(
        capsys, "--db", db, "export", "--format", fmt, "--out", out, "--json"
    )
    assert status == 0, err
    assert json.loads(printed)["annotations"] == 3
    # the same texts, imported in the other order
    assert _cli(capsys, "--db", fresh, "import", texts / "seed.txt", texts / "emoji.txt")[0] == 0
    status, printed, err = _cli(
        capsys, "--db", fresh, "import-annotations", "--format", fmt, out, "--json"
    )
    assert status == 0, err
    assert json.loads(printed)["imported"][0]["imported"] == 3
    text, before = _annotations(capsys, db, emoji_id)
    fresh_id = json.loads(_cli(capsys, "--db", fresh, "articles", "--json")[1])
    [match] = [a["id"] for a in fresh_id if a["chars"] == len(text)]
    assert _annotations(capsys, fresh, match) == (text, before)


def test_every_format_exports_and_a_filter_that_matches_nothing_fails(tmp_path, capsys, texts):
    db = tmp_path / "a.sqlite"
    _annotated(capsys, db, texts)
    for fmt in ("w3c", "doccano", "labelstudio", "brat", "csv", "conll", "spacy", "xmi"):
        out = tmp_path / f"out-{fmt}"
        status, _, err = _cli(capsys, "--db", db, "export", "--format", fmt, "--out", out)
        assert status in (0, 3), err
        assert out.exists() and Path(f"{out}.manifest.json").exists()
    status, _, err = _cli(
        capsys,
        "--db",
        db,
        "export",
        "--format",
        "csv",
        "--out",
        tmp_path / "none.csv",
        "--annotator",
        "nobody",
    )
    assert status == 1 and "nothing was written" in err and "Traceback" not in err
    assert not (tmp_path / "none.csv").exists()


def test_conll_with_nested_spans_of_one_label_is_partly_done(tmp_path, capsys, texts):
    db = tmp_path / "a.sqlite"
    [emoji_id, _] = _annotated(capsys, db, texts)
    text = json.loads(_cli(capsys, "--db", db, "article", emoji_id, "--json")[1])["text"]
    s = text.index("rose")
    assert (
        _cli(
            capsys,
            "--db",
            db,
            "annotate",
            emoji_id,
            "--label",
            "Claim",
            "--start",
            s,
            "--end",
            s + 8,
        )[0]
        == 0
    )
    columns = ["--layout", "columns"]
    status, _, err = _cli(
        capsys, "--db", db, "export", "--format", "conll", "--out", tmp_path / "x.conll", *columns
    )
    assert status == 3 and "left out 1" in err
    status, _, err = _cli(
        capsys,
        "--db",
        db,
        "export",
        "--format",
        "conll",
        "--out",
        tmp_path / "y.conll",
        "--conll-layers",
        "2",
        *columns,
    )
    assert status == 0, err


def test_import_of_a_broken_file_names_the_record(tmp_path, capsys, texts):
    db = tmp_path / "a.sqlite"
    _annotated(capsys, db, texts)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "not in the database", "entities": [[0, 3, "Claim"]]}\n', "utf-8")
    status, _, err = _cli(capsys, "--db", db, "import-annotations", "--format", "doccano", bad)
    assert status == 1
    assert "line 1, entity 1" in err and "not in the database" in err
    assert "Traceback" not in err


def test_import_reports_each_bad_record_and_exits_3_or_refuses_all_with_strict(
    tmp_path, capsys, texts
):
    db = tmp_path / "a.sqlite"
    [emoji_id, _] = _annotated(capsys, db, texts)
    text = json.loads(_cli(capsys, "--db", db, "article", emoji_id, "--json")[1])["text"]
    units = len(text[: text.index("minister")].encode("utf-16-le")) // 2
    lines = [
        {"text": text, "label": [[units, units + 8, "CLAIM"], [units, units + 8, "Opinion"]]},
        {"text": "not in the database", "label": [[0, 3, "Claim"]]},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    before = _annotations(capsys, db, emoji_id)
    status, _, err = _cli(
        capsys, "--db", db, "import-annotations", "--format", "doccano", path, "--strict"
    )
    assert status == 1 and "nothing was imported" in err
    assert "line 1, entity 2: unknown label 'Opinion'" in err and "line 2, entity 1" in err
    assert _annotations(capsys, db, emoji_id) == before  # the database unchanged
    status, printed, err = _cli(
        capsys, "--db", db, "import-annotations", "--format", "doccano", path, "--json"
    )
    assert status == 3, err
    assert "line 1, entity 2: unknown label 'Opinion'" in err and "Traceback" not in err
    [done] = json.loads(printed)["imported"]
    assert done["imported"] == 1 and {p["record"] for p in done["problems"]} == {
        "line 1, entity 2",
        "line 2, entity 1",
    }
    assert done["labels"] == {"CLAIM": "Claim"}
    quotes = {a[4] for a in _annotations(capsys, db, emoji_id)[1]}
    assert "minister" in quotes
    # the same file counted in code points lands elsewhere: the unit is the user's to say
    status, _, err = _cli(
        capsys, "--db", db, "import-annotations", "--format", "doccano", path,
        "--offset-unit", "codepoint",
    )  # fmt: skip
    assert status == 3
    quotes = {a[4] for a in _annotations(capsys, db, emoji_id)[1]}
    assert text[units : units + 8] in quotes


def test_brat_folder_and_labelstudio_predictions_through_the_cli(tmp_path, capsys, texts):
    db, fresh = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    _annotated(capsys, db, texts)
    out = tmp_path / "brat"
    assert _cli(capsys, "--db", db, "export", "--format", "brat", "--out", out)[0] == 0
    assert _cli(capsys, "--db", fresh, "import", texts / "emoji.txt", texts / "seed.txt")[0] == 0
    status, printed, err = _cli(
        capsys, "--db", fresh, "import-annotations", "--format", "brat", out, "--json"
    )
    assert status == 0, err
    assert json.loads(printed)["imported"][0]["imported"] == 3
    tasks = tmp_path / "tasks.json"
    status, printed, err = _cli(
        capsys, "--db", fresh, "export", "--format", "labelstudio", "--out", tasks,
        "--predictions",
    )  # fmt: skip
    assert status == 0, err
    written = json.loads(tasks.read_text("utf-8"))
    assert len(written) == 2 and all("predictions" in t for t in written)  # every article
    regions = sum(len(p["result"]) for t in written for p in t["predictions"])
    assert regions and f"Wrote {regions} suggestions as predictions" in printed
    manifest = json.loads((tmp_path / "tasks.json.manifest.json").read_text("utf-8"))
    assert manifest["labelstudio"]["predictions"] == regions
