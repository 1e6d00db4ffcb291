"""``marginalia-cli suggest``: the confidence threshold, the date kind, decisions, learning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.db.store import Store
from marginalia.db.suggest.review import proposals, reject
from marginalia.desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "cli.sqlite"
    text = tmp_path / "news.txt"
    text.write_text(
        "7月8日，据统计局发布的数据，全市工业总产值突破1500亿元，同比增长8.8%。\n\n"
        "我认为这很好。\n",
        encoding="utf-8",
    )
    assert run(capsys, "--db", str(path), "import", str(text))[0] == 0
    return str(path)


def test_min_confidence_filters_and_the_human_list_is_ranked(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    status, out, _ = run(capsys, "--db", db, "suggest", "--min-confidence", "0", "--json")
    everything = json.loads(out)
    highest = max(s["confidence"] for s in everything) - 0.001  # the JSON rounds to 3 places
    assert min(s["confidence"] for s in everything) < highest
    status, out, _ = run(capsys, "--db", db, "suggest", "--min-confidence", str(highest), "--json")
    confident = json.loads(out)
    assert status == 0 and 0 < len(confident) < len(everything)
    assert all(s["confidence"] >= highest for s in confident)
    status, out, _ = run(capsys, "--db", db, "suggest", "--min-confidence", "0")
    rows = [line for line in out.splitlines() if "–" in line]
    confidences = [float(line.split()[3]) for line in rows]
    assert confidences == sorted(confidences, reverse=True)


def test_a_bad_threshold_is_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, "--db", db, "suggest", "--min-confidence", "2")
    assert exit_info.value.code == 2
    assert "not between 0 and 1" in capsys.readouterr().err


def test_dates_only_with_the_date_kind_and_as_iso_dates(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    _, out, _ = run(capsys, "--db", db, "suggest", "--label", "figure", "--json")
    assert "7月8日" not in [s["quote"] for s in json.loads(out)]
    _, out, _ = run(capsys, "--db", db, "suggest", "--label", "figure", "--dates", "--json")
    date = next(s for s in json.loads(out) if s["quote"] == "7月8日")
    assert date["attributes"]["value"] == "--07-08" and date["attributes"]["kind"] == "date"


def test_decisions_are_exported_and_learning_reports(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    store = Store.open(db)
    try:
        for proposal in proposals(store, 1, "ana"):
            reject(store, proposal, "ana")
    finally:
        store.close()
    out_file = tmp_path / "decisions.jsonl"
    status, out, _ = run(capsys, "--db", db, "suggest", "--export-decisions", str(out_file))
    records = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert len(records) > 1
    assert (status, out) == (0, f"{len(records)} decisions written to {out_file}\n")
    assert records and {r["decision"] for r in records} == {"rejected"}
    assert {r["annotator"] for r in records} == {"ana"}
    status, out, _ = run(capsys, "--db", db, "--annotator", "ana", "suggest", "--json")
    assert json.loads(out) == []  # nothing rejected comes back
    status, out, _ = run(capsys, "--db", db, "suggest", "--learn", "--json")
    assert status == 0 and all(not item["trained"] for item in json.loads(out))
    status, _, err = run(
        capsys, "--db", db, "suggest", "--export-decisions", str(tmp_path / "no" / "x.csv")
    )
    assert status == 1 and "does not exist" in err
