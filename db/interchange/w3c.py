"""W3C Web Annotation (JSON-LD): one ``Annotation`` per span (ADR 0050).

Default layout: JSON Lines, one complete Annotation (with its own ``@context``) per line.
``collection`` layout: one ``AnnotationCollection`` document whose pages (``AnnotationPage``,
``PAGE_SIZE`` items each) are carried in the same file under ``@included`` and chained by
``next``/``prev``; the collection's ``first``/``last`` name them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from json.encoder import encode_basestring as _s
from typing import IO, Any

from ..messages import Message
from ..values import Annotation, Article, Schema
from .common import (
    NAMESPACE,
    annotation_iri,
    article_json,
    article_source,
    dumps,
    image_json,
    image_of,
    iso,
    iso_pair,
    label_name,
)
from .context import WriteContext

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"

#: The extra ``@context`` entry: the ``marginalia:`` prefix and its JSON-valued terms.
MARGINALIA_CONTEXT: dict[str, Any] = {
    "@version": 1.1,
    "marginalia": NAMESPACE,
    "marginalia:attributes": {"@type": "@json"},
    "marginalia:links": {"@type": "@json"},
    "marginalia:image": {"@type": "@json"},
    "marginalia:article": {"@type": "@json"},
}
CONTEXT: list[Any] = [ANNO_CONTEXT, MARGINALIA_CONTEXT]
PAGE_SIZE = 1000


def annotation_json(article: Article, annotation: Annotation, schema: Schema) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (without ``@context``)."""
    body: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "purpose": "tagging",
            "value": label_name(schema, annotation.label),
        }
    ]
    if annotation.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": annotation.note})
    value: dict[str, Any] = {
        "id": annotation_iri(annotation.id),
        "type": "Annotation",
        "motivation": "tagging",
        "creator": {"type": "Person", "nickname": annotation.annotator},
        "created": iso(annotation.created),
        "modified": iso(annotation.updated),
        "body": body,
        "target": {
            "source": article_source(article),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": annotation.quote,
                    "prefix": annotation.prefix,
                    "suffix": annotation.suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": annotation.start,
                    "end": annotation.end,
                },
            ],
        },
        "marginalia:label": annotation.label,
        "marginalia:revision": annotation.revision,
        "marginalia:article": {"id": article.id, "sha256": article.sha256},
        "marginalia:attributes": dict(annotation.attributes),
        "marginalia:links": [
            {"kind": link.kind, "target": annotation_iri(link.target)} for link in annotation.links
        ],
    }
    image = image_of(article, annotation)
    if image is not None:
        value["marginalia:image"] = image_json(image)
    return value


class LineWriter:
    """:func:`annotation_json` with its ``@context``, as one JSON line, built from cached
    fragments: the same JSON text (a test proves it), several times faster on a million."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.head = '{"@context":' + dumps(CONTEXT) + ',"id":"urn:uuid:'
        self.creators: dict[str, str] = {}
        self.labels: dict[str, str] = {}

    def article(self, article: Article) -> None:
        self.source = (
            ',"target":{"source":' + _s(article_source(article)) + ',"selector":['
            '{"type":"TextQuoteSelector","exact":'
        )
        self.owner = dumps({"id": article.id, "sha256": article.sha256})
        self.current = article

    def line(self, a: Annotation) -> str:
        creator = self.creators.get(a.annotator)
        if creator is None:
            creator = self.creators[a.annotator] = (
                '","type":"Annotation","motivation":"tagging","creator":'
                '{"type":"Person","nickname":' + _s(a.annotator) + '},"created":"'
            )
        tagging = self.labels.get(a.label)
        if tagging is None:
            tagging = self.labels[a.label] = (
                '","body":[{"type":"TextualBody","purpose":"tagging","value":'
                + _s(label_name(self.schema, a.label))
                + "}"
            )
        note = (
            ',{"type":"TextualBody","purpose":"commenting","value":' + _s(a.note) + "}"
            if a.note
            else ""
        )
        created, updated = iso_pair(a.created, a.updated)
        attributes = a.attributes
        if attributes:
            encoded = dumps(attributes if attributes.__class__ is dict else dict(attributes))
        else:
            encoded = "{}"
        links = (
            dumps([{"kind": k.kind, "target": annotation_iri(k.target)} for k in a.links])
            if a.links
            else "[]"
        )
        image = image_of(self.current, a) if a.image_id is not None else None
        picture = ',"marginalia:image":' + dumps(image_json(image)) if image is not None else ""
        # one f-string: a single allocation, no list of parts to join
        return (
            f'{self.head}{a.id}{creator}{created}","modified":"{updated}{tagging}{note}]'
            f'{self.source}{_s(a.quote)},"prefix":{_s(a.prefix)},"suffix":{_s(a.suffix)}'
            f'}},{{"type":"TextPositionSelector","start":{a.start},"end":{a.end}'
            f'}}]}},"marginalia:label":{_s(a.label)},"marginalia:revision":{a.revision}'
            f',"marginalia:article":{self.owner},"marginalia:attributes":{encoded}'
            f',"marginalia:links":{links}{picture}}}\n'
        )


def _annotations(ctx: WriteContext, articles: IO[str] | None) -> Iterator[dict[str, Any]]:
    for bundle in ctx.bundles:
        ctx.counts.articles += 1
        if articles is not None:
            articles.write(dumps(article_json(bundle.article)) + "\n")
        for annotation in bundle.annotations:
            ctx.counts.count(annotation.label)
            yield annotation_json(bundle.article, annotation, ctx.schema)


def write(ctx: WriteContext) -> None:
    layout = ctx.options.layout or "jsonl"
    if layout not in ("jsonl", "collection"):
        raise ValueError(
            Message("w3c has no layout {layout} (use jsonl or collection)", layout=repr(layout))
        )
    out = ctx.target.open_text(ctx.out)
    ctx.files.append(ctx.out)
    articles = None
    if ctx.options.with_texts:
        articles = ctx.target.open_text(ctx.articles_path)
        ctx.files.append(ctx.articles_path)
    if layout == "jsonl":
        lines = LineWriter(ctx.schema)
        counts = ctx.counts
        for bundle in ctx.bundles:
            counts.articles += 1
            if articles is not None:
                articles.write(dumps(article_json(bundle.article)) + "\n")
            lines.article(bundle.article)
            line = lines.line
            for annotation in bundle.annotations:
                counts.count(annotation.label)
            # one write per article: a write call per line costs more than the joining
            out.write("".join([line(annotation) for annotation in bundle.annotations]))
    else:
        _write_collection(ctx, out, _annotations(ctx, articles))
    ctx.extra["w3c"] = {"layout": layout, "context": CONTEXT}


def _write_collection(ctx: WriteContext, out: IO[str], items: Iterator[dict[str, Any]]) -> None:
    collection = f"urn:uuid:{uuid.uuid4()}"

    def page_iri(n: int) -> str:
        return f"{collection}#page-{n}"

    out.write('{"@context":' + dumps(CONTEXT))
    out.write(',"id":' + dumps(collection) + ',"type":"AnnotationCollection"')
    out.write(',"label":"Marginalia annotations","@included":[')
    page: list[dict[str, Any]] = []
    pages = 0
    total = 0

    def flush(last: bool) -> None:
        nonlocal pages
        head: dict[str, Any] = {
            "id": page_iri(pages),
            "type": "AnnotationPage",
            "partOf": collection,
            "startIndex": pages * PAGE_SIZE,
        }
        if pages:
            head["prev"] = page_iri(pages - 1)
        if not last:
            head["next"] = page_iri(pages + 1)
        text = dumps(head)[:-1] + ',"items":[' + ",".join(dumps(i) for i in page) + "]}"
        out.write(("," if pages else "") + "\n" + text)
        pages += 1
        page.clear()

    for item in items:
        if len(page) == PAGE_SIZE:
            flush(last=False)
        page.append(item)
        total += 1
    if page or not pages:
        flush(last=True)
    tail: dict[str, Any] = {
        "first": page_iri(0),
        "last": page_iri(pages - 1),
        "total": total,
        "created": iso(datetime.now(UTC)),
    }
    out.write("\n]," + dumps(tail)[1:] + "\n")
