"""Fixtures for the export tests: values built directly, the real corpus for text."""

from __future__ import annotations

import hashlib
import os
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from marginalia.db.connection import writing
from marginalia.db.interchange import ExportBundle
from marginalia.db.values import (
    Annotation,
    Article,
    AttributeDef,
    AttributeKind,
    ImageInfo,
    Label,
    Link,
    Schema,
    quote_context,
)

REPO = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("MARGINALIA_CORPUS", REPO / ".." / "shared" / "corpus"))

SCHEMA = Schema(
    (
        Label(
            "claim",
            "Claim",
            "1",
            "#ffbf00",
            (
                AttributeDef("checkworthy", AttributeKind.CHOICE, ("yes", "no", "unsure")),
                AttributeDef(
                    "type",
                    AttributeKind.CHOICE,
                    ("statistical", "causal", "prediction", "quotation", "other"),
                ),
                AttributeDef("speaker", AttributeKind.TEXT),
                AttributeDef("disputed", AttributeKind.BOOLEAN),
            ),
        ),
        Label(
            "figure",
            "Figure",
            "2",
            "#3070ff",
            (
                AttributeDef("value", AttributeKind.NUMBER),
                AttributeDef("unit", AttributeKind.TEXT),
                AttributeDef(
                    "kind",
                    AttributeKind.CHOICE,
                    ("count", "money", "percent", "date", "measure", "other"),
                ),
            ),
        ),
        Label(
            "caption",
            "Image caption",
            "3",
            "#30a040",
            (AttributeDef("image", AttributeKind.IMAGE),),
        ),
    )
)

T0 = datetime(2026, 11, 1, 8, 30, tzinfo=UTC)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_article(article_id: int, text: str, title: str, url: str | None = None) -> Article:
    images: tuple[ImageInfo, ...] = ()
    if "[img]" in text:
        at = text.index("[img]")
        images = (
            ImageInfo(
                10 * article_id, article_id, 0, at, "photo.jpg", "江北 摄", "ab" * 32, 640, 480
            ),
        )
    return Article(
        article_id,
        sha(text),
        title,
        text,
        "corpus",
        url,
        None,
        None,
        "zh",
        "utf-8",
        0.99,
        T0,
        images,
    )


def make_annotation(
    article: Article,
    label: str,
    needle: str,
    *,
    occurrence: int = 0,
    annotator: str = "alice",
    start: int | None = None,
    end: int | None = None,
    **fields: object,
) -> Annotation:
    if start is None:
        start = -1
        for _ in range(occurrence + 1):
            start = article.text.index(needle, start + 1)
        end = start + len(needle)
    assert end is not None
    quote, prefix, suffix = quote_context(article.text, start, end)
    seq = len(article.text) + start * 7 + end
    return Annotation(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{article.id}/{label}/{start}/{end}/{annotator}")),
        article_id=article.id,
        label=label,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        annotator=annotator,
        created=T0 + timedelta(seconds=seq),
        updated=T0 + timedelta(seconds=seq, minutes=5),
        revision=2,
        **fields,  # type: ignore[arg-type]
    )


def build_bundles() -> list[ExportBundle]:
    """Articles with astral characters before spans, nesting, overlaps, line breaks, CJK."""
    seed = (CORPUS / "seed" / "000_412f5390a92e7522.txt").read_text(encoding="utf-8")
    seed = seed[:1200]
    emoji = (
        '😀𠀋 Prices rose 12% in 2023, the minister said. 😀 "=SUM(A1)" was typed.\n'
        "Second line 𠀋𠀋 has 1,500 units.\n[img] The photo shows the -5 °C plant."
    )
    a1 = make_article(1, emoji, "Emoji 😀 and 𠀋", "https://news.example/a1")
    a2 = make_article(2, seed, "江北 工業")
    a3 = make_article(3, "An article nobody annotated.", "Empty")

    outer = make_annotation(
        a1,
        "claim",
        "Prices rose 12% in 2023, the minister said.",
        attributes={
            "checkworthy": "yes",
            "type": "statistical",
            "speaker": "the minister",
            "disputed": True,
        },
        note="Check the\nstatistics office; =1+1",
    )
    inner = make_annotation(
        a1, "figure", "12%", attributes={"value": 12, "unit": "%", "kind": "percent"}
    )
    overlapping = make_annotation(
        a1, "figure", "12% in 2023", annotator="bob", attributes={"kind": "other"}
    )
    nested_same = make_annotation(
        a1,
        "claim",
        "rose 12%",
        annotator="alice",
        attributes={"checkworthy": "unsure", "disputed": False},
    )
    formula = make_annotation(
        a1, "claim", '"=SUM(A1)" was typed.', attributes={"speaker": "@someone"}
    )
    crossing = make_annotation(a1, "claim", "typed.\nSecond line 𠀋𠀋 has 1,500 units.")
    figure2 = make_annotation(
        a1, "figure", "1,500", attributes={"value": 1500, "unit": "units"}, links=()
    )
    img = a1.images[0]
    caption = make_annotation(
        a1,
        "caption",
        "The photo shows the -5 °C plant.",
        image_id=img.id,
    )
    outer = _with_links(outer, (Link(inner.id), Link(figure2.id, "mentions")))
    overlapping = _with_links(overlapping, (Link(inner.id, "same-as"),))

    c1 = make_annotation(a2, "figure", "1500億元", attributes={"value": 1500e8, "kind": "money"})
    c2 = make_annotation(
        a2,
        "claim",
        "全市每生產(chǎn)三臺(tái)新能源汽車就有一臺(tái)是“江北造”",
        attributes={"checkworthy": "yes"},
    )
    c3 = make_annotation(a2, "figure", "三臺(tái)", occurrence=0)
    c4 = make_annotation(a2, "figure", "1500億元", occurrence=1, annotator="bob")
    c2 = _with_links(c2, (Link(c3.id),))
    return [
        ExportBundle(
            a1, [outer, inner, overlapping, nested_same, formula, crossing, figure2, caption]
        ),
        ExportBundle(a2, [c1, c2, c3, c4]),
        ExportBundle(a3, []),
    ]


def _with_links(annotation: Annotation, links: tuple[Link, ...]) -> Annotation:
    from dataclasses import replace

    return replace(annotation, links=links)


@pytest.fixture
def bundles() -> list[ExportBundle]:
    return build_bundles()


@pytest.fixture
def schema() -> Schema:
    return SCHEMA


@pytest.fixture
def corpus() -> Path:
    return CORPUS


def fill(store, bundles: list[ExportBundle]) -> dict[str, int]:
    """Put the fixture's articles and annotations into ``store`` through its public API.

    Adds the yes/no attribute ``disputed`` to Claim (the default schema has no boolean).
    Returns article ids by text hash.
    """
    from sqlalchemy import insert

    from marginalia.db import models
    from marginalia.db.store import NewArticle, NewImage

    with writing(store) as conn:
        names = {(r.label_id, r.name) for r in conn.execute(models.AttributeDef.__table__.select())}
        if ("claim", "disputed") not in names:
            conn.execute(
                insert(models.AttributeDef.__table__),
                {
                    "label_id": "claim",
                    "name": "disputed",
                    "kind": "boolean",
                    "choices": [],
                    "position": 9,
                },
            )
    store.forget_schema()
    new = [
        NewArticle(
            sha256=b.article.sha256,
            text=b.article.text,
            title=b.article.title,
            source=b.article.source,
            url=b.article.url,
            language=b.article.language,
            images=tuple(NewImage(im.offset, im.name, im.caption) for im in b.article.images),
        )
        for b in bundles
    ]
    stored = store.add_articles(new).value
    ids = {b.article.sha256: s.id for b, s in zip(bundles, stored, strict=True)}
    pending = [(b, a) for b in bundles for a in b.annotations]
    done: set[str] = set()
    while pending:
        later = []
        for bundle, a in pending:
            if any(link.target not in done for link in a.links):
                later.append((bundle, a))
                continue
            article = store.article(ids[bundle.article.sha256])
            image_id = None
            if a.image_id is not None:
                old = next(im for im in bundle.article.images if im.id == a.image_id)
                image_id = next(im.id for im in article.images if im.position == old.position)
            store.create_annotation(
                article.id,
                a.label,
                a.start,
                a.end,
                a.annotator,
                attributes=dict(a.attributes),
                note=a.note,
                image_id=image_id,
                links=a.links,
                annotation_id=a.id,
            )
            done.add(a.id)
        assert len(later) < len(pending)
        pending = later
    return ids
