"""Work packages: what goes in, and the round trip back to the lead."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from marginalia.db.connection import reading
from marginalia.db.errors import NotFoundError
from marginalia.db.schema.edit import add_label, rename_label
from marginalia.db.store import NewArticle, Store
from marginalia.db.team.assignments import assign, assignments, coders_per_article, unassign
from marginalia.db.team.merge import merge
from marginalia.db.team.package import PACKAGE_ANNOTATOR, make_package
from marginalia.db.team.stats import activity, store_agreement
from marginalia.db.team.sync import read_meta
from marginalia.db.values import Status

from .helpers import add_pictured, import_corpus, live, span_of

TEXT = "红色的方块在上面。蓝色的方块在下面，统计显示共有351家企业。"


def test_a_package_holds_schema_articles_images_own_work_and_assignment(
    lead: Store, corpus: Path, tmp_path: Path
) -> None:
    ids = import_corpus(lead, corpus)
    pictured = add_pictured(lead, TEXT)
    rename_label(lead, "claim", "Behauptung").apply(lead)
    add_label(lead, "quote", "Quote", "4", "#56B4E9").apply(lead)
    mine = lead.create_annotation(pictured, "figure", *span_of(lead, pictured, "351家"), "ana")
    lead.create_annotation(pictured, "figure", *span_of(lead, pictured, "351家"), "bob")
    lead.set_status(pictured, "ana", Status.IN_PROGRESS)

    report = make_package(lead, "ana", tmp_path / "ana.sqlite", [pictured, ids[0]])

    images = len(lead.article(pictured).images) + len(lead.article(ids[0]).images)
    assert images == 4  # two blobs here, two placeholders in the seed article
    assert (report.articles, report.images, report.annotations) == (2, images, 1)
    with Store.open(report.path) as package:
        assert package.schema() == lead.schema()
        assert package.article(pictured) == lead.article(pictured)  # same ids, images too
        image = package.article(pictured).images[0].id
        assert package.image_bytes(image) == lead.image_bytes(image)
        assert list(live(package)) == [mine.value.id]
        assert package.status(pictured, "ana").status == Status.IN_PROGRESS  # type: ignore[union-attr]
        assert [(a.article_id, a.annotator) for a in assignments(package)] == [
            (ids[0], "ana"),
            (pictured, "ana"),
        ]
        with reading(package) as conn:
            assert read_meta(conn, PACKAGE_ANNOTATOR) == "ana"
        assert package.next_article("ana") in {ids[0], pictured}
    assert {a.annotator for a in assignments(lead) if a.article_id == pictured} == {"ana"}


def test_round_trip_the_lead_sees_the_annotators_work(
    lead: Store, corpus: Path, tmp_path: Path
) -> None:
    ids = import_corpus(lead, corpus)
    assign(lead, ids[:2], ["ana", "bob"])
    paths = {
        who: make_package(lead, who, tmp_path / f"{who}.sqlite").path for who in ("ana", "bob")
    }
    made = {}
    for who, path in paths.items():
        with Store.open(path) as package:
            for article in ids[:2]:
                text = package.text(article)
                made[(who, article)] = package.create_annotation(
                    article, "claim", 0, min(20, len(text)), who, attributes={"checkworthy": "yes"}
                ).value.id
                package.set_status(article, who, Status.DONE)
    report = merge(lead, list(paths.values()))
    assert report.conflicts == 0 and not report.failed
    now = live(lead)
    assert set(now) == set(made.values())
    assert all(lead.status(a, w).status == Status.DONE for w, a in made)  # type: ignore[union-attr]
    assert coders_per_article(lead) == {ids[0]: {"ana", "bob"}, ids[1]: {"ana", "bob"}}
    agreement = store_agreement(lead, labels=["Claim"])
    assert agreement.row("claim").f1_exact.value == 1.0
    assert agreement.row("claim").f1_exact.articles == 2
    today = datetime.now(UTC).date()
    counts = {(d.annotator, d.label): d for d in activity(lead) if d.day == today}
    assert counts[("ana", "claim")].created == 2 and counts[("ana", None)].done == 2


def test_assignments_and_a_package_without_articles(
    lead: Store, tmp_path: Path, corpus: Path
) -> None:
    ids = import_corpus(lead, corpus)
    with pytest.raises(NotFoundError):
        make_package(lead, "nobody", tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()
    changes = assign(lead, ids[:3], ["ana", "ana "])
    assert changes.articles == set(ids[:3])
    assign(lead, ids[:1], ["ana"])  # again: nothing doubles
    assert [a.article_id for a in assignments(lead, "ana")] == sorted(ids[:3])
    unassign(lead, ids[:1], "ana")
    assert [a.article_id for a in assignments(lead, "ana")] == sorted(ids[1:3])
    with pytest.raises(NotFoundError):
        assign(lead, [10_000], ["ana"])


def test_package_progress_and_a_stop_that_leaves_no_file(lead: Store, tmp_path: Path) -> None:
    import hashlib

    texts = [f"{TEXT}{n}" for n in range(450)]
    stored = lead.add_articles(
        [NewArticle(hashlib.sha256(t.encode()).hexdigest(), t, "t") for t in texts]
    )
    ids = [article.id for article in stored.value]
    seen: list[tuple[int, int]] = []
    out = tmp_path / "packages"
    make_package(lead, "ana", out / "ana.sqlite", ids, progress=lambda *p: seen.append(p))
    assert seen == [(200, 450), (400, 450), (450, 450)]

    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt  # Ctrl+C while the package is being written

    with pytest.raises(KeyboardInterrupt):
        make_package(lead, "bob", out / "bob.sqlite", ids, progress=interrupt)
    assert sorted(p.name for p in out.iterdir()) == ["ana.sqlite"]
