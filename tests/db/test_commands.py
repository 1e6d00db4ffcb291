"""Undoable commands against a real store (ADR 0061), without Qt."""

from __future__ import annotations

import hashlib

import pytest

from marginalia.db.commands import (
    AdjustAnnotation,
    CreateAnnotation,
    DeleteAnnotation,
    SetStatus,
    UpdateAnnotation,
)
from marginalia.db.errors import ConflictError
from marginalia.db.store import NewArticle, Store
from marginalia.db.values import Link, Status

TEXT = "😀𠀋 The rate rose 5% in 2023, said the minister."


@pytest.fixture
def article(store: Store) -> int:
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    return store.add_articles([NewArticle(sha, TEXT, "t")]).value[0].id


def test_create_undo_redo_keeps_the_id(store: Store, article: int) -> None:
    start = TEXT.index("5%")
    command = CreateAnnotation(article, "figure", start, start + 2, "ann")
    changes = command.apply(store)
    assert command.annotation_id in changes.annotations
    assert [a.quote for a in store.annotations(article)] == ["5%"]
    command.revert(store)
    assert store.annotations(article) == []
    command.apply(store)
    (again,) = store.annotations(article)
    assert again.id == command.annotation_id and (again.start, again.end) == (start, start + 2)


def test_delete_and_restore(store: Store, article: int) -> None:
    create = CreateAnnotation(article, "claim", 3, 10, "ann")
    create.apply(store)
    delete = DeleteAnnotation(create.annotation_id)
    delete.apply(store)
    assert store.annotations(article) == []
    delete.revert(store)
    assert len(store.annotations(article)) == 1


def test_update_fields_and_revert(store: Store, article: int) -> None:
    claim = CreateAnnotation(article, "claim", 3, 30, "ann", attributes={"checkworthy": "yes"})
    claim.apply(store)
    figure = CreateAnnotation(article, "figure", 17, 19, "ann")
    figure.apply(store)
    edit = UpdateAnnotation(
        claim.annotation_id,
        {"note": "check", "links": [Link(figure.annotation_id)], "attributes": {"type": "causal"}},
    )
    edit.apply(store)
    changed = store.annotation(claim.annotation_id)
    assert changed.note == "check" and changed.links == (Link(figure.annotation_id),)
    assert dict(changed.attributes) == {"type": "causal"}
    edit.revert(store)
    back = store.annotation(claim.annotation_id)
    assert back.note == "" and back.links == () and dict(back.attributes) == {"checkworthy": "yes"}


def test_label_change_clears_attributes_and_undo_brings_them_back(
    store: Store, article: int
) -> None:
    claim = CreateAnnotation(article, "claim", 3, 30, "ann", attributes={"checkworthy": "no"})
    claim.apply(store)
    relabel = UpdateAnnotation(claim.annotation_id, {"label": "figure"})
    relabel.apply(store)
    assert store.annotation(claim.annotation_id).label == "figure"
    relabel.revert(store)
    back = store.annotation(claim.annotation_id)
    assert back.label == "claim" and dict(back.attributes) == {"checkworthy": "no"}


def test_revert_refuses_to_overwrite_a_later_edit(store: Store, article: int) -> None:
    claim = CreateAnnotation(article, "claim", 3, 30, "ann")
    claim.apply(store)
    edit = UpdateAnnotation(claim.annotation_id, {"note": "mine"})
    edit.apply(store)
    current = store.annotation(claim.annotation_id)
    store.update_annotation(claim.annotation_id, current.revision, note="theirs")
    with pytest.raises(ConflictError):
        edit.revert(store)
    assert store.annotation(claim.annotation_id).note == "theirs"


def test_status_undo_returns_to_previous(store: Store, article: int) -> None:
    first = SetStatus(article, "ann", Status.IN_PROGRESS)
    first.apply(store)
    done = SetStatus(article, "ann", Status.DONE)
    done.apply(store)
    assert (status := store.status(article, "ann")) and status.status == Status.DONE
    done.revert(store)
    assert (status := store.status(article, "ann")) and status.status == Status.IN_PROGRESS
    first.revert(store)
    assert store.status(article, "ann") is None


def test_undoing_a_create_or_delete_never_overwrites_a_later_edit(
    store: Store, article: int
) -> None:
    create = CreateAnnotation(article, "claim", 0, 2, "ana")
    create.apply(store)
    current = store.annotation(create.annotation_id)
    store.update_annotation(create.annotation_id, current.revision, note="bo's note")
    with pytest.raises(ConflictError):
        create.revert(store)
    assert not store.annotation(create.annotation_id).is_deleted

    delete = DeleteAnnotation(create.annotation_id)
    delete.apply(store)
    gone = store.annotation(create.annotation_id)
    store.restore_annotation(create.annotation_id, gone.revision)  # somebody brought it back
    with pytest.raises(ConflictError):
        delete.revert(store)


def test_adjust_moves_the_edges_and_undo_moves_them_back(store: Store, article: int) -> None:
    start = TEXT.index("5%")
    create = CreateAnnotation(article, "figure", start, start + 1, "ann", note="keep me")
    create.apply(store)
    adjust = AdjustAnnotation(create.annotation_id, (start, start + 1), (start, start + 2))
    changes = adjust.apply(store)
    assert changes.annotations == {create.annotation_id}
    moved = store.annotation(create.annotation_id)
    assert (moved.quote, moved.note) == ("5%", "keep me")
    assert moved.prefix.endswith("rose ") and moved.suffix.startswith(" in 2023")
    adjust.revert(store)
    assert store.annotation(create.annotation_id).quote == "5"
    adjust.apply(store)  # redo
    assert store.annotation(create.annotation_id).quote == "5%"


def test_adjust_refuses_a_span_moved_elsewhere_but_keeps_other_edits(
    store: Store, article: int
) -> None:
    start = TEXT.index("rate")
    create = CreateAnnotation(article, "claim", start, start + 4, "ann")
    create.apply(store)
    adjust = AdjustAnnotation(create.annotation_id, (start, start + 4), (start, start + 9))
    adjust.apply(store)
    # somebody else writes a note: undo still moves the span back and keeps the note
    current = store.annotation(create.annotation_id)
    store.update_annotation(create.annotation_id, current.revision, note="theirs")
    adjust.revert(store)
    back = store.annotation(create.annotation_id)
    assert (back.quote, back.note) == ("rate", "theirs")
    # somebody else moves the span: redo is refused and changes nothing
    store.update_annotation(create.annotation_id, back.revision, end=start + 2)
    with pytest.raises(ConflictError):
        adjust.apply(store)
    assert store.annotation(create.annotation_id).quote == "ra"
    # a step computed from a span that is no longer stored is refused too
    stale = AdjustAnnotation(create.annotation_id, (start, start + 4), (start, start + 1))
    with pytest.raises(ConflictError):
        stale.apply(store)


def test_adjust_of_a_deleted_annotation_is_a_conflict(store: Store, article: int) -> None:
    create = CreateAnnotation(article, "claim", 3, 10, "ann")
    create.apply(store)
    DeleteAnnotation(create.annotation_id).apply(store)
    with pytest.raises(ConflictError):
        AdjustAnnotation(create.annotation_id, (3, 10), (3, 12)).apply(store)


def test_an_add_is_undone_after_later_steps_on_it_were_undone(store: Store, article: int) -> None:
    """The undo stack undoes the later steps first: they move the revision on and leave the
    annotation as the add made it, so undoing the add is no conflict (tag, move an end,
    relabel; undo all three)."""
    start, end = TEXT.index("The"), TEXT.index(" in 2023")
    create = CreateAnnotation(
        article, "claim", start, end, "ann", attributes={"checkworthy": "yes"}
    )
    create.apply(store)
    adjust = AdjustAnnotation(create.annotation_id, (start, end), (start, end + 8))
    adjust.apply(store)
    relabel = UpdateAnnotation(create.annotation_id, {"label": "figure"})
    relabel.apply(store)
    for step in (relabel, adjust, create):
        step.revert(store)
    assert store.annotations(article) == []
    for step in (create, adjust, relabel):  # and redone, in order
        step.apply(store)
    (again,) = store.annotations(article)
    assert (again.label, again.start, again.end) == ("figure", start, end + 8)
    for step in (relabel, adjust):
        step.revert(store)
    assert store.annotation(create.annotation_id).attributes == {"checkworthy": "yes"}


def test_a_delete_is_redone_after_earlier_steps_were_undone_and_redone(
    store: Store, article: int
) -> None:
    create = CreateAnnotation(article, "claim", 3, 10, "ann")
    create.apply(store)
    note = UpdateAnnotation(create.annotation_id, {"note": "check"})
    note.apply(store)
    delete = DeleteAnnotation(create.annotation_id)
    delete.apply(store)
    delete.revert(store)
    note.revert(store)
    note.apply(store)
    delete.apply(store)
    assert store.annotations(article) == []
    delete.revert(store)
    note.revert(store)
    create.revert(store)
    assert store.annotations(article) == []


def test_redoing_a_delete_never_removes_somebody_elses_edit(store: Store, article: int) -> None:
    create = CreateAnnotation(article, "claim", 3, 10, "ann")
    create.apply(store)
    delete = DeleteAnnotation(create.annotation_id)
    delete.apply(store)
    delete.revert(store)
    current = store.annotation(create.annotation_id)
    store.update_annotation(create.annotation_id, current.revision, note="bo's note")
    with pytest.raises(ConflictError, match="changed or deleted elsewhere"):
        delete.apply(store)
    assert store.annotation(create.annotation_id).note == "bo's note"
    assert not store.annotation(create.annotation_id).is_deleted
