"""``package``, ``merge``, ``schema`` and ``agreement``: JSON shapes and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.desktop.cli.main import main

TEXT = "😀𠀋 江北区工业总产值突破1500亿元，共有351家企业。\n\n图为现场。"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def lead(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "lead.sqlite")
    source = tmp_path / "a.txt"
    source.write_text(TEXT, "utf-8")
    assert run(capsys, "--db", db, "import", str(source))[0] == 0
    return db


def test_package_annotate_merge_back_and_agree(
    capsys: pytest.CaptureFixture[str], lead: str, tmp_path: Path
) -> None:
    start = TEXT.index("1500")
    packages = {}
    for who, end in (("ana", start + 6), ("bob", start + 4)):
        out = tmp_path / f"{who}.sqlite"
        status, text, err = run(
            capsys,
            "--db",
            lead,
            "package",
            "--annotator",
            who,
            "--article",
            "1",
            "--out",
            str(out),
            "--json",
        )
        assert status == 0, err
        assert json.loads(text) == {
            "path": str(out),
            "annotator": who,
            "articles": 1,
            "images": 0,
            "annotations": 0,
        }
        status, made, err = run(
            capsys,
            "--db",
            str(out),
            "--annotator",
            who,
            "annotate",
            "1",
            "--label",
            "Figure",
            "--start",
            str(start),
            "--end",
            str(end),
        )
        assert status == 0, err
        packages[who] = (out, made.strip())

    status, text, err = run(
        capsys, "merge", str(packages["ana"][0]), str(packages["bob"][0]), "--into", lead, "--json"
    )
    assert status == 0, err
    merged = json.loads(text)
    assert [s["annotations_added"] for s in merged["sources"]] == [1, 1]
    assert merged["conflicts"] == []

    status, text, _ = run(capsys, "--db", lead, "article", "1", "--json")
    ids = {a["id"]: a["annotator"] for a in json.loads(text)["annotations"]}
    assert ids == {packages["ana"][1]: "ana", packages["bob"][1]: "bob"}

    status, text, _ = run(capsys, "--db", lead, "agreement", "--json")
    assert status == 0
    report = json.loads(text)
    assert report["annotators"] == ["ana", "bob"] and report["labels"] == ["figure"]
    overall = next(r for r in report["rows"] if r["label"] == "figure" and not r["pairwise"])
    assert overall["f1_exact"]["value"] == 0.0 and overall["f1_overlap"]["value"] == 1.0

    status, text, _ = run(capsys, "merge", str(packages["ana"][0]), "--into", lead, "--json")
    assert status == 0 and json.loads(text)["sources"][0]["annotations_added"] == 0
    status, text, _ = run(capsys, "merge", str(packages["ana"][0]), "--into", lead)
    assert (
        text
        == f"{packages['ana'][0]}: 0 new articles; annotations: 0 new, 0 updated; 0 conflicts\n"
    )


def test_merge_exit_statuses(capsys: pytest.CaptureFixture[str], lead: str, tmp_path: Path) -> None:
    package = tmp_path / "ana.sqlite"
    _, out, _ = run(
        capsys,
        "--db",
        lead,
        "package",
        "--annotator",
        "ana",
        "--article",
        "1",
        "--out",
        str(package),
    )
    assert out == f"{package}: 1 article, 0 images and 0 annotations for ana\n"
    missing = tmp_path / "missing.sqlite"
    status, _, err = run(capsys, "merge", str(package), str(missing), "--into", lead)
    assert status == 3 and "missing.sqlite: there is no such database file" in err
    status, _, err = run(capsys, "merge", str(missing), "--into", lead)
    assert status == 1 and err.count("\n") == 1
    status, _, err = run(capsys, "merge", lead, "--into", lead)
    assert status == 1 and "the target database itself" in err


def test_package_refuses_an_existing_file_and_an_unknown_article(
    capsys: pytest.CaptureFixture[str], lead: str, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.sqlite"
    taken.write_text("mine")
    status, _, err = run(
        capsys, "--db", lead, "package", "--annotator", "ana", "--article", "1", "--out", str(taken)
    )
    assert status == 1 and "already exists" in err and taken.read_text() == "mine"
    fresh = tmp_path / "fresh.sqlite"
    status, _, err = run(
        capsys,
        "--db",
        lead,
        "package",
        "--annotator",
        "ana",
        "--article",
        "99",
        "--out",
        str(fresh),
    )
    assert status == 1 and "no article 99" in err and not fresh.exists()


def test_schema_export_import_and_refusal(
    capsys: pytest.CaptureFixture[str], lead: str, tmp_path: Path
) -> None:
    path = tmp_path / "schema.json"
    assert run(capsys, "--db", lead, "schema", "--export", str(path))[:2] == (
        0,
        f"wrote 3 labels to {path}\n",
    )
    data = json.loads(path.read_text("utf-8"))
    assert [lb["id"] for lb in data["labels"]] == ["claim", "figure", "caption"]
    other = str(tmp_path / "other.sqlite")
    data["labels"] = data["labels"][:2]
    data["labels"][0]["name"] = "Behauptung"
    path.write_text(json.dumps(data), "utf-8")
    assert run(capsys, "--db", other, "schema", "--import", str(path))[0] == 0
    back = tmp_path / "back.json"
    assert run(capsys, "--db", other, "schema", "--export", str(back))[0] == 0
    assert json.loads(back.read_text("utf-8")) == data

    start = TEXT.index("351")
    run(
        capsys,
        "--db",
        lead,
        "annotate",
        "1",
        "--label",
        "Image caption",
        "--start",
        str(start),
        "--end",
        str(start + 3),
    )
    status, _, err = run(capsys, "--db", lead, "schema", "--import", str(path))
    assert status == 1 and "the label 'caption' would be deleted" in err
    status, out, _ = run(capsys, "--db", lead, "schema", "--import", str(path), "--migrate")
    assert status == 0 and out == "the schema now has 2 labels; 1 annotation migrated\n"


@pytest.mark.postgres
def test_every_team_command_runs_on_postgresql(
    capsys: pytest.CaptureFixture[str], pg_url: str, tmp_path: Path
) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT, "utf-8")
    status, out, err = run(capsys, "--db", pg_url, "import", str(source), "--json")
    assert status == 0, err
    article = str(json.loads(out)["imported"][0]["id"])
    schema = tmp_path / "schema.json"
    assert run(capsys, "--db", pg_url, "schema", "--export", str(schema))[0] == 0
    assert run(capsys, "--db", pg_url, "schema", "--import", str(schema))[0] == 0
    package = tmp_path / "ana.sqlite"
    status, _, err = run(
        capsys,
        "--db",
        pg_url,
        "package",
        "--annotator",
        "ana",
        "--article",
        article,
        "--out",
        str(package),
    )
    assert status == 0, err
    start = TEXT.index("351")
    for db, who in ((str(package), "ana"), (pg_url, "bob")):
        status, _, err = run(
            capsys,
            "--db",
            db,
            "--annotator",
            who,
            "annotate",
            article,
            "--label",
            "figure",
            "--start",
            str(start),
            "--end",
            str(start + 4),
        )
        assert status == 0, err
    status, out, err = run(capsys, "merge", str(package), "--into", pg_url, "--json")
    assert status == 0, err
    assert json.loads(out)["sources"][0]["annotations_added"] == 1
    status, out, _ = run(capsys, "--db", pg_url, "agreement", "--json")
    rows = json.loads(out)["rows"]
    overall = next(r for r in rows if r["label"] == "figure" and not r["pairwise"])
    assert overall["f1_exact"]["value"] == 1.0
    status, out, _ = run(capsys, "--db", pg_url, "stats", "--json")
    assert {a["name"] for a in json.loads(out)["annotators"]} == {"ana", "bob"}


def test_conflicts_are_listed_and_resolved(
    capsys: pytest.CaptureFixture[str], lead: str, tmp_path: Path
) -> None:
    from marginalia.db.store import Store

    start = TEXT.index("1500")
    _, made, _ = run(
        capsys,
        "--db",
        lead,
        "--annotator",
        "ana",
        "annotate",
        "1",
        "--label",
        "figure",
        "--start",
        str(start),
        "--end",
        str(start + 4),
    )
    annotation = made.strip()
    package = tmp_path / "ana.sqlite"
    status, _, _ = run(
        capsys,
        "--db",
        lead,
        "package",
        "--annotator",
        "ana",
        "--article",
        "1",
        "--out",
        str(package),
    )
    assert status == 0
    for db, note in ((str(package), "ana's"), (lead, "lead's")):
        with Store.open(db) as store:
            store.update_annotation(annotation, 1, note=note)
    status, out, _ = run(capsys, "merge", str(package), "--into", lead, "--json")
    assert status == 0
    (listed,) = json.loads(out)["conflicts"]
    assert listed["annotation"] == annotation
    assert (listed["ours"]["note"], listed["theirs"]["note"]) == ("lead's", "ana's")
    status, _, err = run(capsys, "--db", lead, "conflicts", "--resolve", str(listed["id"]), "maybe")
    assert status == 1 and "ours or theirs" in err
    status, _, _ = run(capsys, "--db", lead, "conflicts", "--resolve", str(listed["id"]), "theirs")
    assert status == 0
    status, out, _ = run(capsys, "--db", lead, "conflicts", "--json")
    assert json.loads(out) == []
    status, out, _ = run(capsys, "--db", lead, "article", "1", "--json")
    assert json.loads(out)["annotations"][0]["note"] == "ana's"


def test_package_for_an_annotator_with_nothing_assigned_names_the_option(
    capsys: pytest.CaptureFixture[str], lead: str, tmp_path: Path
) -> None:
    """The command line keeps its words; the window says what to tick (ADR 0117, round 14)."""
    annotate = ["--db", lead, "--annotator", "ana", "annotate", "1", "--label", "claim"]
    assert run(capsys, *annotate, "--start", "0", "--end", "2")[0] == 0  # ana is known
    out = tmp_path / "ana.sqlite"
    status, _, err = run(capsys, "--db", lead, "package", "--annotator", "ana", "--out", str(out))
    assert status == 1 and not out.exists()
    assert err.endswith("ana has no assigned articles; name them with --article\n")
