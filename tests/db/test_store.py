"""The store: spans in code points, validation, revisions, tombstones, links, status."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from marginalia.db.connection import engine, reading, writing
from marginalia.db.errors import ConflictError, NotFoundError, ValidationError
from marginalia.db.store import ArticleQuery, NewImage, Store
from marginalia.db.values import Link, Status

from .helpers import add_text


@pytest.fixture
def store(any_store: Store) -> Store:
    """These tests run on SQLite and on PostgreSQL (see tests/db/conftest.py)."""
    return any_store


EMOJI_TEXT = "😀𠀋 前言。工业总产值突破1500亿元大关。"


def test_offsets_are_code_points_after_emoji_and_extension_b(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    start = EMOJI_TEXT.index("1500")
    outcome = store.create_annotation(article, "figure", start, start + 6, "ana")
    made = outcome.value
    assert (made.start, made.end, made.quote) == (start, start + 6, "1500亿元")
    assert made.prefix == EMOJI_TEXT[:start] and made.suffix == "大关。"
    assert outcome.changes.articles == {article} and outcome.changes.annotations == {made.id}
    assert store.annotations(article)[0] == made


def test_prefix_and_suffix_hold_at_most_32_code_points(store: Store) -> None:
    body = "甲" * 50 + "目标" + "乙" * 50
    article = add_text(store, body)
    made = store.create_annotation(article, "claim", 50, 52, "ana").value
    assert made.prefix == "甲" * 32 and made.suffix == "乙" * 32


@pytest.mark.parametrize("span", [(0, 0), (5, 3), (-1, 2), (0, 10_000)])
def test_empty_reversed_or_outside_spans_are_refused(store: Store, span: tuple[int, int]) -> None:
    article = add_text(store, EMOJI_TEXT)
    with pytest.raises(ValidationError):
        store.create_annotation(article, "claim", *span, "ana")
    assert store.annotations(article) == []


def test_unknown_labels_and_attributes_are_refused_with_the_reason(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    with pytest.raises(ValidationError, match="unknown label 'opinion'"):
        store.create_annotation(article, "opinion", 0, 2, "ana")
    with pytest.raises(ValidationError, match="no attribute 'colour'"):
        store.create_annotation(article, "claim", 0, 2, "ana", attributes={"colour": "red"})
    with pytest.raises(ValidationError, match="checkworthy must be one of"):
        store.create_annotation(article, "claim", 0, 2, "ana", attributes={"checkworthy": "maybe"})
    with pytest.raises(ValidationError, match="value must be a number"):
        store.create_annotation(article, "figure", 0, 2, "ana", attributes={"value": "lots"})
    assert store.annotations(article) == []


def test_attribute_values_are_typed(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    made = store.create_annotation(
        article, "figure", 0, 2, "ana", attributes={"value": "1,500", "unit": "亿元", "kind": ""}
    ).value
    assert made.attributes == {"value": 1500, "unit": "亿元"}


def test_overlapping_and_nested_spans_are_kept(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    outer = store.create_annotation(article, "claim", 3, 20, "ana").value
    inner = store.create_annotation(article, "figure", 12, 18, "ana").value
    same = store.create_annotation(article, "figure", 12, 18, "bo").value
    assert {a.id for a in store.annotations(article)} == {outer.id, inner.id, same.id}


def test_updates_bump_the_revision_and_stale_writers_get_a_conflict(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    made = store.create_annotation(article, "claim", 3, 20, "ana").value
    changed = store.update_annotation(made.id, made.revision, note="真的?", label="figure").value
    assert (changed.revision, changed.note, changed.label) == (2, "真的?", "figure")
    with pytest.raises(ConflictError, match="changed elsewhere"):
        store.update_annotation(made.id, made.revision, note="stale")
    assert store.annotation(made.id).note == "真的?"


def test_two_writers_with_the_same_revision_never_both_win(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    made = store.create_annotation(article, "claim", 3, 20, "ana").value
    results: list[str] = []
    barrier = threading.Barrier(2)

    def write(note: str) -> None:
        barrier.wait()
        try:
            store.update_annotation(made.id, made.revision, note=note)
            results.append("won")
        except ConflictError:
            results.append("conflict")

    threads = [threading.Thread(target=write, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["conflict", "won"]
    assert store.annotation(made.id).revision == 2


def test_moving_a_span_rederives_quote_and_context(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    start = EMOJI_TEXT.index("1500")
    made = store.create_annotation(article, "figure", start, start + 4, "ana").value
    assert made.quote == "1500"
    moved = store.update_annotation(made.id, made.revision, end=start + 6).value
    assert moved.quote == "1500亿元"


def test_delete_leaves_a_tombstone_and_restore_brings_it_back(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    made = store.create_annotation(article, "claim", 3, 20, "ana").value
    gone = store.delete_annotation(made.id, made.revision).value
    assert gone.is_deleted and store.annotations(article) == []
    assert store.annotations(article, include_deleted=True)[0].id == made.id
    back = store.restore_annotation(made.id, gone.revision).value
    assert not back.is_deleted and back.revision == 3


def test_links_connect_annotations_of_the_same_article(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    other = add_text(store, "another text")
    figure = store.create_annotation(article, "figure", 12, 18, "ana").value
    elsewhere = store.create_annotation(other, "figure", 0, 3, "ana").value
    claim = store.create_annotation(article, "claim", 3, 20, "ana", links=[Link(figure.id)]).value
    assert claim.links == (Link(figure.id, "supports"),)
    with pytest.raises(ValidationError, match="not in article"):
        store.update_annotation(claim.id, claim.revision, links=[Link(elsewhere.id)])
    with pytest.raises(ValidationError, match="itself"):
        store.update_annotation(claim.id, claim.revision, links=[Link(claim.id)])
    unlinked = store.update_annotation(claim.id, claim.revision, links=[]).value
    assert unlinked.links == ()


def test_a_caption_names_an_image_of_its_own_article(store: Store) -> None:
    image = NewImage(offset=3, name="photo.jpg", caption="图为现场")
    article = add_text(store, "第一段。\n图为现场", images=(image,))
    other = add_text(store, "其他", images=(NewImage(0, "x.png"),))
    (own,) = store.article(article).images
    (foreign,) = store.article(other).images
    made = store.create_annotation(article, "caption", 5, 9, "ana", image_id=own.id).value
    assert made.image_id == own.id
    with pytest.raises(ValidationError, match="not an image of article"):
        store.update_annotation(made.id, made.revision, image_id=foreign.id)


def test_status_per_annotator_and_next_article(store: Store) -> None:
    first, second, third = (add_text(store, f"article {n}") for n in range(3))
    store.set_status(first, "ana", Status.DONE)
    store.set_status(second, "ana", Status.SKIPPED, "not news")
    assert store.next_article("ana") == third
    assert store.next_article("ana", after=third) is None  # nothing else is left to do
    assert store.next_article("bo") == first
    assert store.status(second, "ana").reason == "not news"  # type: ignore[union-attr]
    done = store.article_ids(ArticleQuery(annotator="ana", statuses=frozenset({Status.DONE})))
    new = store.article_ids(ArticleQuery(annotator="ana", statuses=frozenset({Status.NEW})))
    assert (done, new) == ([first], [third])


def test_article_rows_count_live_annotations_per_label(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    store.create_annotation(article, "figure", 12, 18, "ana")
    gone = store.create_annotation(article, "claim", 3, 20, "ana").value
    store.delete_annotation(gone.id, gone.revision)
    store.create_annotation(article, "claim", 3, 20, "bo")
    (row,) = store.article_rows([article], annotator="ana")
    assert row.counts == {"figure": 1} and row.chars == len(EMOJI_TEXT)
    (everyone,) = store.article_rows([article])
    assert everyone.counts == {"figure": 1, "claim": 1}


def test_search_and_label_filters(store: Store) -> None:
    a = add_text(store, "江北工业总产值", title="江北")
    b = add_text(store, "100% of_the votes", title="votes")
    store.create_annotation(b, "figure", 0, 4, "ana")
    assert store.article_ids(ArticleQuery(search="工业")) == [a]
    assert store.article_ids(ArticleQuery(search="%")) == [b]
    assert store.article_ids(ArticleQuery(search="o_x")) == []
    assert store.article_ids(ArticleQuery(label="Figure")) == [b]


def test_the_same_text_is_one_article(store: Store) -> None:
    first = add_text(store, "同一篇文章")
    assert add_text(store, "同一篇文章", title="again") == first
    assert store.article_count() == 1


def test_missing_things_are_named(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no article 42"):
        store.article(42)
    with pytest.raises(NotFoundError, match="no annotation"):
        store.annotation("nope")


def test_a_committed_edit_is_in_the_file_at_once(tmp_path: Path) -> None:
    import sqlite3

    store = Store.open(tmp_path / "file.sqlite")  # about SQLite files only
    article = add_text(store, EMOJI_TEXT)
    made = store.create_annotation(article, "claim", 3, 20, "ana").value
    other = sqlite3.connect(str(engine(store).url.database))
    assert other.execute("SELECT quote FROM annotations WHERE id = ?", (made.id,)).fetchone()
    with reading(store) as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    store.close()


def test_a_rolled_back_write_does_not_leave_a_phantom_annotator(store: Store) -> None:
    article = add_text(store, EMOJI_TEXT)
    with pytest.raises(ValidationError):
        store.create_annotation(article, "claim", 0, 2, "new person", attributes={"x": 1})
    with pytest.raises(ValidationError), writing(store) as conn:
        store.annotator_id(conn, "rolled back")
        raise ValidationError("stop")
    made = store.create_annotation(article, "claim", 0, 2, "rolled back").value
    assert made.annotator == "rolled back"
