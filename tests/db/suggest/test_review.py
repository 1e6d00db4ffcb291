"""Proposing, accepting and rejecting suggestions against a real database."""

from __future__ import annotations

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.locations import sample_article
from marginalia.db.store import Store
from marginalia.db.suggest.review import accept, proposals, reject, unreject


def sample(store: Store) -> int:
    report = import_paths(store, [sample_article()])
    return report.imported[0][1]


def test_proposals_never_reach_the_data_until_accepted(store: Store) -> None:
    article = sample(store)
    found = proposals(store, article, "ana")
    assert {p.suggestion.label for p in found} == {"claim", "figure", "caption"}
    assert store.annotations(article) == []
    figure = next(p for p in found if p.quote == "1.86亿吨")
    made = accept(store, figure, "ana").value
    assert (made.label, made.quote, made.annotator) == ("figure", "1.86亿吨", "ana")
    assert made.attributes["value"] == 186_000_000 and made.attributes["kind"] == "measure"
    assert made.provenance is not None and made.provenance["source"] == "suggestion"
    assert made.provenance["detector"] == figure.suggestion.detector
    assert [a.id for a in store.annotations(article)] == [made.id]
    assert figure.key not in {p.key for p in proposals(store, article, "ana")}
    assert figure.key in {p.key for p in proposals(store, article, "bo")}


def test_a_caption_is_accepted_linked_to_its_image(store: Store) -> None:
    article = sample(store)
    (caption,) = [p for p in proposals(store, article, "ana") if p.suggestion.label == "caption"]
    (image,) = store.article(article).images
    assert caption.image_id == image.id
    assert accept(store, caption, "ana").value.image_id == image.id


def test_a_rejected_suggestion_is_not_proposed_again_until_unrejected(store: Store) -> None:
    article = sample(store)
    first = proposals(store, article, "ana")[0]
    reject(store, first, "ana")
    assert first.key not in {p.key for p in proposals(store, article, "ana")}
    assert first.key in {p.key for p in proposals(store, article, "bo")}
    assert store.annotations(article) == []
    unreject(store, first, "ana")
    assert first.key in {p.key for p in proposals(store, article, "ana")}


def test_labels_can_be_limited(store: Store) -> None:
    article = sample(store)
    found = proposals(store, article, "ana", labels=["figure"], include_dates=False)
    assert found and {p.suggestion.label for p in found} == {"figure"}
    assert all(p.suggestion.attributes.get("kind") != "date" for p in found)
