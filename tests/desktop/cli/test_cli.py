"""``marginalia-cli``: the JSON shapes and exit statuses of the README's command table."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from marginalia.db import __version__
from marginalia.desktop.cli.main import main

SAMPLE_TEXT = "😀𠀋 江北区工业总产值突破1500亿元。\n\n图为现场。"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("db") / "cli.sqlite")


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE_TEXT, "utf-8")
    return path


def test_import_json_and_exit_statuses(
    capsys: pytest.CaptureFixture[str], db: str, article_file: Path, tmp_path: Path
) -> None:
    status, out, _ = run(capsys, "--db", db, "import", str(article_file), "--json")
    assert status == 0
    assert json.loads(out) == {
        "imported": [{"path": str(article_file), "id": 1}],
        "duplicates": [],
        "failed": [],
    }
    status, out, _ = run(capsys, "--db", db, "import", str(article_file), "--json")
    assert status == 0 and json.loads(out)["duplicates"] == [{"path": str(article_file), "id": 1}]

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 10)
    other = tmp_path / "b.txt"
    other.write_text("另一篇文章", "utf-8")
    status, out, err = run(capsys, "--db", db, "import", str(bad), str(other), "--json")
    assert status == 3
    assert json.loads(out)["failed"] == [
        {"path": str(bad), "error": "the file is binary, not text"}
    ]
    assert f"{bad}: the file is binary, not text" in err

    status, out, err = run(capsys, "--db", db, "import", str(bad))
    assert status == 1 and "binary" in err and "Traceback" not in err


def test_articles_article_and_annotate(
    capsys: pytest.CaptureFixture[str], db: str, article_file: Path
) -> None:
    run(capsys, "--db", db, "import", str(article_file))
    start = SAMPLE_TEXT.index("1500")
    status, out, _ = run(
        capsys,
        "--db",
        db,
        "--annotator",
        "ana",
        "annotate",
        "1",
        "--label",
        "2",
        "--start",
        str(start),
        "--end",
        str(start + 6),
        "--attr",
        "value=150000000000",
        "--attr",
        "kind=money",
        "--note",
        "核对",
    )
    assert status == 0
    annotation_id = out.strip()
    status, out, _ = run(capsys, "--db", db, "--annotator", "ana", "articles")
    assert out.splitlines()[-1] == "1 article"  # not "1 article(s)"
    status, out, _ = run(capsys, "--db", db, "--annotator", "ana", "articles", "--json")
    (row,) = json.loads(out)
    assert row == {
        "id": 1,
        "title": "😀𠀋 江北区工业总产值突破1500亿元。",
        "source": row["source"],
        "chars": len(SAMPLE_TEXT),
        "images": 0,
        "language": "zh",
        "encoding": "utf-8",
        "status": "new",
        "annotations": 1,
    }
    status, out, _ = run(capsys, "--db", db, "article", "1", "--json")
    article = json.loads(out)
    assert article["text"] == SAMPLE_TEXT
    (annotation,) = article["annotations"]
    assert annotation["id"] == annotation_id
    assert (annotation["label"], annotation["start"], annotation["end"], annotation["quote"]) == (
        "figure",
        start,
        start + 6,
        "1500亿元",
    )
    assert annotation["attributes"] == {"value": 150000000000, "kind": "money"}
    assert annotation["annotator"] == "ana" and annotation["note"] == "核对"
    assert set(annotation) == {
        "id",
        "label",
        "start",
        "end",
        "quote",
        "attributes",
        "note",
        "image",
        "links",
        "annotator",
        "created",
        "updated",
    }
    status, out, _ = run(capsys, "--db", db, "stats", "--json")
    assert json.loads(out)["annotators"][0]["labels"] == {"figure": 1}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["annotate", "1", "--label", "opinion", "--start", "0", "--end", "2"], "unknown label"),
        (["annotate", "1", "--label", "1", "--start", "5", "--end", "5"], "is empty"),
        (["annotate", "9", "--label", "1", "--start", "0", "--end", "2"], "no article 9"),
        (
            ["annotate", "1", "--label", "1", "--start", "0", "--end", "2", "--attr", "x"],
            "is not of the form NAME=VALUE",
        ),
        (["article", "7"], "there is no article 7"),
        (["import", "--encoding", "klingon", "x.txt"], "unknown encoding 'klingon'"),
    ],
)
def test_mistakes_exit_1_with_one_sentence(
    capsys: pytest.CaptureFixture[str], db: str, article_file: Path, args: list[str], message: str
) -> None:
    run(capsys, "--db", db, "import", str(article_file))
    status, _out, err = run(capsys, "--db", db, *args)
    assert status == 1 and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_a_foreign_database_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    path.write_text("not a database")
    status, _, err = run(capsys, "--db", str(path), "articles")
    assert status == 1 and "is not a Marginalia database" in err


def test_the_installed_command_runs_with_the_default_database(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    env.pop("MARGINALIA_DB", None)
    command = [str(Path(sys.executable).with_name("marginalia-cli"))]
    version = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert version.stdout.strip() == f"Marginalia {__version__}"
    listed = subprocess.run(
        [*command, "articles", "--json"], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(listed.stdout) == []
    assert (tmp_path / "data" / "Marginalia" / "marginalia.sqlite").exists()


def test_the_bundled_sample_imports_with_its_image(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    status, out, _ = run(capsys, "--db", db, "import", "--sample", "--json")
    assert status == 0
    (imported,) = json.loads(out)["imported"]
    status, out, _ = run(capsys, "--db", db, "article", str(imported["id"]), "--json")
    article = json.loads(out)
    assert article["title"].startswith("青川港上半年货物吞吐量同比增长12.5%")
    (image,) = article["images"]
    assert (image["name"], image["width"], image["height"]) == ("青川港夜景.png", 640, 360)
    assert image["caption"] == "图为青川港三号码头的夜间装卸作业。记者 林晓 摄"
    assert article["text"][image["offset"] :].startswith(image["caption"])


def test_import_without_paths_says_what_is_missing(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    status, _, err = run(capsys, "--db", db, "import")
    assert status == 1 and "name at least one file or folder" in err


def test_suggest_lists_and_accept_stores_for_the_current_annotator(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    run(capsys, "--db", db, "import", "--sample")
    status, out, _ = run(capsys, "--db", db, "suggest", "--label", "figure", "--json")
    listed = json.loads(out)
    assert status == 0 and listed
    assert set(listed[0]) >= {
        "article",
        "label",
        "start",
        "end",
        "quote",
        "confidence",
        "attributes",
    }
    assert {s["label"] for s in listed} == {"figure"}
    status, out, _ = run(capsys, "--db", db, "article", "1", "--json")
    assert json.loads(out)["annotations"] == []  # listing stored nothing
    status, _, _ = run(
        capsys, "--db", db, "--annotator", "pre", "suggest", "--label", "2", "--accept"
    )
    status, out, _ = run(capsys, "--db", db, "article", "1", "--json")
    stored = json.loads(out)["annotations"]
    assert status == 0 and len(stored) == len(listed)
    assert {a["annotator"] for a in stored} == {"pre"}
    assert sorted((a["start"], a["quote"]) for a in stored) == sorted(
        (s["start"], s["quote"]) for s in listed
    )


def test_counts_read_in_english_number() -> None:
    from marginalia.desktop.cli import counted

    assert [counted(n, "article") for n in (0, 1, 2, 1234)] == [
        "0 articles",
        "1 article",
        "2 articles",
        "1234 articles",
    ]
    assert counted(1, "new article") == "1 new article"
