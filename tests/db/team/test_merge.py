"""Merging: three databases edited independently give exactly the expected union."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from marginalia.db import models as m
from marginalia.db.connection import reading
from marginalia.db.store import Store
from marginalia.db.team.conflicts import conflicts, resolve_conflict
from marginalia.db.team.merge import merge
from marginalia.db.team.package import make_package
from marginalia.db.values import Link, Status

from .helpers import add_pictured, add_text, import_corpus, live, span_of, tombstones


def _ann(store: Store, article: int, label: str, needle: str, who: str, **kw: object) -> str:
    start, end = span_of(store, article, needle)
    return store.create_annotation(article, label, start, end, who, **kw).value.id  # type: ignore[arg-type]


@pytest.fixture
def team(lead: Store, corpus: Path, tmp_path: Path) -> dict[str, object]:
    """The lead's database with work for ana and bob, and a package for each."""
    ids = import_corpus(lead, corpus)
    seed, gmw = ids[0], ids[1]
    a = {
        "a1": _ann(lead, seed, "figure", "1500", "ana"),
        "a2": _ann(lead, seed, "figure", "351", "ana"),
        "a3": _ann(lead, gmw, "claim", lead.text(gmw)[10:30], "ana"),
        "a4": _ann(lead, gmw, "claim", lead.text(gmw)[40:60], "ana"),
        "b1": _ann(lead, seed, "figure", "1500", "bob"),
        "b2": _ann(lead, gmw, "claim", lead.text(gmw)[10:30], "bob"),
    }
    ana = make_package(lead, "ana", tmp_path / "ana.sqlite", [seed, gmw])
    bob = make_package(lead, "bob", tmp_path / "bob.sqlite", [seed, gmw])
    return {"ids": ids, "seed": seed, "gmw": gmw, "a": a, "ana": ana.path, "bob": bob.path}


def test_three_databases_give_the_expected_union_winners_and_conflicts(
    lead: Store, team: dict[str, object]
) -> None:
    a: dict[str, str] = team["a"]  # type: ignore[assignment]
    seed: int = team["seed"]  # type: ignore[assignment]
    with Store.open(team["ana"]) as ana:  # type: ignore[arg-type]
        ana.update_annotation(a["a1"], 1, note="ana's note")
        ana.update_annotation(a["a2"], 1, attributes={"value": 351, "unit": "家"})
        ana.delete_annotation(a["a3"], 1)
        new_ana = _ann(ana, seed, "claim", "1500", "ana", note="new")
        ana.set_status(seed, "ana", Status.DONE)
    with Store.open(team["bob"]) as bob:  # type: ignore[arg-type]
        bob.delete_annotation(a["b1"], 1)
        new_bob = _ann(bob, seed, "figure", "351", "bob")
        bob.set_status(seed, "bob", Status.SKIPPED, "duplicate")
    lead.update_annotation(a["a1"], 1, note="lead's note")  # a true conflict with ana
    lead.update_annotation(a["a4"], 1, note="lead only")  # ana did not touch a4

    report = merge(lead, [team["ana"], team["bob"]])  # type: ignore[list-item]

    assert not report.failed
    by_source = {Path(s.source).name: s for s in report.sources}
    assert by_source["ana.sqlite"].conflicts == (a["a1"],)
    assert by_source["ana.sqlite"].annotations_added == 1
    assert by_source["ana.sqlite"].annotations_updated == 2  # a2 edited, a3 deleted
    assert by_source["bob.sqlite"].annotations_added == 1
    assert by_source["bob.sqlite"].annotations_updated == 1  # b1 deleted
    now = live(lead)
    assert set(now) == {a["a1"], a["a2"], a["a4"], a["b2"], new_ana, new_bob}
    assert tombstones(lead) == {a["a3"], a["b1"]}
    assert now[a["a1"]].note == "lead's note"  # kept until the lead decides
    assert now[a["a2"]].attributes == {"value": 351, "unit": "家"}
    assert now[a["a4"]].note == "lead only"
    assert now[new_ana].note == "new" and now[new_ana].annotator == "ana"
    assert lead.status(seed, "ana").status == Status.DONE  # type: ignore[union-attr]
    assert lead.status(seed, "bob").reason == "duplicate"  # type: ignore[union-attr]
    (conflict,) = conflicts(lead)
    assert conflict.annotation_id == a["a1"]
    assert conflict.ours.note == "lead's note" and conflict.theirs.note == "ana's note"


def test_merging_the_same_sources_again_changes_nothing(
    lead: Store, team: dict[str, object]
) -> None:
    a: dict[str, str] = team["a"]  # type: ignore[assignment]
    with Store.open(team["ana"]) as ana:  # type: ignore[arg-type]
        ana.update_annotation(a["a1"], 1, note="ana")
    lead.update_annotation(a["a1"], 1, note="lead")
    merge(lead, [team["ana"], team["bob"]])  # type: ignore[list-item]
    before = {k: (v.revision, v.note) for k, v in live(lead).items()}
    again = merge(lead, [team["ana"], team["bob"]])  # type: ignore[list-item]
    assert all(
        (s.annotations_added, s.annotations_updated, s.conflicts) == (0, 0, ())
        for s in again.sources
    )
    assert {k: (v.revision, v.note) for k, v in live(lead).items()} == before
    assert len(conflicts(lead)) == 1


@pytest.mark.parametrize("choice", ["ours", "theirs", "edited"])
def test_a_resolved_conflict_stays_resolved(
    lead: Store, team: dict[str, object], choice: str
) -> None:
    a: dict[str, str] = team["a"]  # type: ignore[assignment]
    with Store.open(team["ana"]) as ana:  # type: ignore[arg-type]
        ana.update_annotation(a["a1"], 1, note="ana")
    lead.update_annotation(a["a1"], 1, note="lead")
    merge(lead, [team["ana"]])  # type: ignore[list-item]
    (conflict,) = conflicts(lead)
    outcome = resolve_conflict(lead, conflict.id, choice, {"note": "both"})
    expected = {"ours": "lead", "theirs": "ana", "edited": "both"}[choice]
    assert outcome.value.note == expected and outcome.changes.annotations == {a["a1"]}
    assert conflicts(lead) == []
    assert conflicts(lead, include_resolved=True)[0].resolution == choice
    again = merge(lead, [team["ana"]])  # type: ignore[list-item]
    assert again.conflicts == 0 and lead.annotation(a["a1"]).note == expected


def test_an_edit_and_a_delete_of_the_same_annotation_conflict(
    lead: Store, team: dict[str, object]
) -> None:
    a: dict[str, str] = team["a"]  # type: ignore[assignment]
    with Store.open(team["ana"]) as ana:  # type: ignore[arg-type]
        ana.delete_annotation(a["a2"], 1)
    lead.update_annotation(a["a2"], 1, note="keep me")
    report = merge(lead, [team["ana"]])  # type: ignore[list-item]
    assert report.conflicts == 1
    assert not lead.annotation(a["a2"]).is_deleted
    assert conflicts(lead)[0].theirs.deleted


def test_independent_databases_join_articles_by_hash_and_images_by_position(
    tmp_path: Path, corpus: Path, target_url: str
) -> None:
    text = "红色的方块在上面。蓝色的方块在下面，统计显示共有351家企业。"
    with Store.open(tmp_path / "ana.sqlite") as ana:
        import_corpus(ana, corpus)
        pictured = add_pictured(ana, text)
        image = ana.article(pictured).images[1].id
        cap = _ann(ana, pictured, "caption", "蓝色的方块", "ana", image_id=image)
        fig = _ann(ana, pictured, "figure", "351家", "ana")
        ana.update_annotation(cap, 1, links=[])
        ana.update_annotation(fig, 1, links=[Link(cap)])
    with Store.open(tmp_path / "bob.sqlite") as bob:
        pictured_b = add_pictured(bob, text)  # first here: other ids than in ana's file
        import_corpus(bob, corpus, reverse=True)
        other = _ann(bob, pictured_b, "figure", "351家", "bob")
    with Store.open(target_url) as target:
        report = merge(target, [tmp_path / "ana.sqlite", tmp_path / "bob.sqlite"])
        assert not report.failed and report.conflicts == 0
        assert target.article_count() == 5
        merged_id = target.article_ids_by_sha256(
            [target.article(target.annotation(fig).article_id).sha256]
        )
        article = target.article(target.annotation(fig).article_id)
        assert article.text == text and next(iter(merged_id.values())) == article.id
        assert target.annotation(other).article_id == article.id
        caption = target.annotation(cap)
        assert caption.image_id == article.images[1].id
        assert target.image_bytes(article.images[1].id) is not None
        assert [link.target for link in target.annotation(fig).links] == [cap]
        with reading(target) as conn:
            blobs = conn.scalar(select(func.count()).select_from(m.ImageBlob.__table__))
        assert blobs == 2  # stored once however many sources bring them


def test_a_schema_mismatch_is_reported_and_nothing_of_that_source_is_merged(
    lead: Store, team: dict[str, object], tmp_path: Path, corpus: Path
) -> None:
    from marginalia.db.schema.edit import add_label

    other = tmp_path / "other.sqlite"
    with Store.open(other) as store:
        add_label(store, "opinion", "Opinion", "4", "#CC79A7").apply(store)
        import_corpus(store, corpus)
    before = lead.article_count()
    report = merge(lead, [other, team["bob"]])  # type: ignore[list-item]
    (failed,) = report.failed
    assert "'Opinion' (opinion) is not in the target's schema" in (failed.error or "")
    assert lead.article_count() == before
    assert report.sources[1].error is None


def test_an_interrupted_merge_leaves_the_target_as_it_was(
    lead: Store, team: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    from marginalia.db.team import merge as merging

    with Store.open(team["bob"]) as bob:  # type: ignore[arg-type]
        _ann(bob, team["seed"], "figure", "351", "bob")  # type: ignore[arg-type]
        bob.set_status(team["seed"], "bob", Status.DONE)  # type: ignore[arg-type]
    before = (live(lead), tombstones(lead))

    def crash(self: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(merging._Merger, "merge_assignments", crash)
    with pytest.raises(KeyboardInterrupt):
        merge(lead, [team["bob"]])  # type: ignore[list-item]
    assert (live(lead), tombstones(lead)) == before
    assert lead.status(team["seed"], "bob") is None  # type: ignore[arg-type]


def test_a_missing_source_or_the_target_itself_is_refused(
    lead: Store, team: dict[str, object], tmp_path: Path
) -> None:
    report = merge(lead, [tmp_path / "nope.sqlite", team["ana"]])  # type: ignore[list-item]
    assert "no such database file" in (report.sources[0].error or "")
    assert report.sources[1].error is None


def test_a_source_whose_tombstones_use_a_label_the_target_never_had_is_refused(
    tmp_path: Path, target_url: str
) -> None:
    from marginalia.db.schema.edit import add_label, delete_label

    source = tmp_path / "source.sqlite"
    with Store.open(source) as store:
        add_label(store, "opinion", "Opinion", "4", "#CC79A7").apply(store)
        article = add_text(store, "Das ist eine Meinung.")
        store.create_annotation(article, "opinion", 0, 3, "ana")
        delete_label(store, "opinion", migrate=True).apply(store)  # retired, tombstone kept
        assert store.schema().label("opinion") is None
    with Store.open(target_url) as target:
        report = merge(target, [source])
        assert "labels the target lacks: opinion" in (report.sources[0].error or "")
        assert target.article_count() == 0


def test_a_cancelled_merge_changes_nothing(lead: Store, team: dict[str, object]) -> None:
    from marginalia.db.team.merge import MergeCancelled

    for who in ("ana", "bob"):
        with Store.open(team[who]) as package:  # type: ignore[arg-type]
            _ann(package, team["seed"], "claim", "1500", who)  # type: ignore[arg-type]
    before = (live(lead), tombstones(lead))
    started: list[str] = []
    with pytest.raises(MergeCancelled):
        merge(
            lead,
            [team["ana"], team["bob"]],  # type: ignore[list-item]
            progress=started.append,
            cancelled=lambda: len(started) == 1,  # after the first source went in
        )
    assert len(started) == 1
    assert (live(lead), tombstones(lead)) == before


@pytest.mark.postgres
def test_a_postgresql_database_merges_into_a_file_and_back(
    pg_url: str, tmp_path: Path, corpus: Path
) -> None:
    with Store.open(pg_url) as server:
        ids = import_corpus(server, corpus)
        made = _ann(server, ids[0], "figure", "1500", "ana")
    local = tmp_path / "local.sqlite"
    with Store.open(local) as copy:
        assert merge(copy, [pg_url]).failed == ()
        assert list(live(copy)) == [made]
        copy.update_annotation(made, 1, note="offline")
    with Store.open(pg_url) as server:
        report = merge(server, [local])
        assert report.sources[0].annotations_updated == 1 and report.conflicts == 0
        assert server.annotation(made).note == "offline"
