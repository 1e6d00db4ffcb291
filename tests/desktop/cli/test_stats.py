"""``stats``: what exists, done of assigned, and the gold set apart (issue 12)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from marginalia.db.store import NewArticle, Store
from marginalia.db.team.adjudication import AcceptCandidate, adjudication
from marginalia.db.team.assignments import assign
from marginalia.db.values import Status
from marginalia.desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().out


def test_stats_give_done_of_assigned_and_keep_gold_apart(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "team.sqlite"
    with Store.open(db) as store:
        texts = [f"出口增长{n}%，官员说明年继续增长。" for n in range(3)]
        ids = [
            store.add_articles([NewArticle(hashlib.sha256(t.encode()).hexdigest(), t, "t")])
            .value[0]
            .id
            for t in texts
        ]
        assign(store, ids, ["ana"])
        store.set_status(ids[0], "ana", Status.DONE)
        made = store.create_annotation(ids[0], "claim", 0, 6, "ana").value
        gone = store.create_annotation(ids[1], "claim", 0, 6, "ana").value
        store.delete_annotation(gone.id, gone.revision)  # an undone tag: not counted
        AcceptCandidate(ids[0], adjudication(store, ids[0]).candidates[0]).apply(store)
        assert made.quote

    status, out = run(capsys, "--db", str(db), "stats", "--json")
    data = json.loads(out)
    assert status == 0
    assert [who["name"] for who in data["annotators"]] == ["ana"]
    (ana,) = data["annotators"]
    assert (ana["annotations"], ana["assigned"], ana["assigned_done"]) == (1, 3, 1)
    assert data["gold"] == {"annotations": 1, "labels": {"claim": 1}}

    status, out = run(capsys, "--db", str(db), "stats")
    lines = out.splitlines()
    assert lines[0] == "3 articles"
    assert lines[1].startswith("ana: 1 annotation (claim: 1); ")  # one, not "annotation(s)"
    assert lines[1].endswith("; 1 of 3 assigned done")
    assert lines[2] == "gold set (adjudicated): 1 annotation (claim: 1)"
