"""The store's reads for the desktop's refreshes: a batch of annotations by id, an article's
fingerprint, and the database's own integrity check."""

from __future__ import annotations

from pathlib import Path

from marginalia.db import Status, Store

from .helpers import add_text

TEXT = "第一句话。Second sentence with 5% in it. 第三句。"


def test_annotations_by_ids_reads_live_and_deleted_ones_and_skips_unknown_ids(
    any_store: Store,
) -> None:
    article = add_text(any_store, TEXT)
    kept = any_store.create_annotation(article, "claim", 0, 4, "ana").value
    gone = any_store.create_annotation(article, "figure", 5, 11, "bo").value
    gone = any_store.delete_annotation(gone.id, gone.revision).value
    found = any_store.annotations_by_ids([kept.id, gone.id, "no-such-id", kept.id])
    assert sorted(found, key=lambda a: a.id) == sorted([kept, gone], key=lambda a: a.id)
    assert any_store.annotations_by_ids([]) == []


def test_annotations_by_ids_reads_more_ids_than_one_in_clause_holds(store: Store) -> None:
    article = add_text(store, TEXT)
    made = [
        store.create_annotation(article, "claim", 0, 1 + i % 20, "ana").value for i in range(950)
    ]
    found = store.annotations_by_ids([a.id for a in made])
    assert {a.id for a in found} == {a.id for a in made}
    assert {a.id: a for a in found} == {a.id: a for a in made}  # links and all


def test_the_fingerprint_moves_with_every_kind_of_change(any_store: Store) -> None:
    article = add_text(any_store, TEXT)
    other = add_text(any_store, "another article")
    seen = [any_store.fingerprint(article)]

    def moved() -> bool:
        now = any_store.fingerprint(article)
        changed = now != seen[-1]
        seen.append(now)
        return changed

    assert not moved()  # reading changes nothing
    made = any_store.create_annotation(article, "claim", 0, 4, "ana").value
    assert moved()
    made = any_store.update_annotation(made.id, made.revision, note="a note").value
    assert moved()
    made = any_store.delete_annotation(made.id, made.revision).value
    assert moved()
    any_store.restore_annotation(made.id, made.revision)
    assert moved()
    any_store.set_status(article, "ana", Status.DONE)
    assert moved()
    any_store.create_annotation(other, "claim", 0, 3, "ana")
    any_store.set_status(other, "ana", Status.DONE)
    assert not moved()  # another article's changes are not this one's


def test_integrity_check_is_empty_for_a_sound_file_and_names_damage(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    with Store.open(path) as store:
        article = add_text(store, TEXT * 200)
        for index in range(300):
            store.create_annotation(article, "claim", index, index + 5, "ana")
        assert store.integrity_check() == []
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(len(data) - 3 * page, len(data), page):  # the last pages' cells
        data[start + 100 : start + page] = bytes(page - 100)
    path.write_bytes(bytes(data))
    problems = _integrity_check_of_damaged(path)
    assert problems and all(isinstance(p, str) and p for p in problems)


def test_integrity_check_names_damage_that_stops_the_first_statement(tmp_path: Path) -> None:
    # the schema's own page damaged: SQLite refuses to prepare anything ("malformed"), so
    # the check cannot run; that is its answer, not a failure (it once raised StorageError
    # when the damage above happened to reach the schema page)
    path = tmp_path / "damaged.sqlite"
    with Store.open(path) as store:
        add_text(store, TEXT)
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(4096 - 100)  # page 1 after the file header: sqlite_master
    path.write_bytes(bytes(data))
    problems = _integrity_check_of_damaged(path)
    assert problems and all(isinstance(p, str) and p for p in problems)
    assert "malformed" in problems[0]


def _integrity_check_of_damaged(path: Path) -> list[str]:
    """The store's check on a damaged file, opened without the lifecycle checks (which
    would refuse it)."""
    from sqlalchemy import create_engine

    from marginalia.db.connection import engine

    store = Store(create_engine(f"sqlite:///{path}"))
    try:
        return store.integrity_check()
    finally:
        engine(store).dispose()
