"""Matching foreign spans to our articles: offsets checked, re-anchored or refused.

A span is placed on the article whose text hash (or exact text) the file names. When its
offsets cut out exactly its quote, they stand; when they do not, the quote is searched in
the text and the occurrence whose prefix/suffix agree best (then the one nearest the given
offset) is taken; when the quote is nowhere, the span is refused with that reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from ..errors import ValidationError
from ..validation import validate_attributes
from ..values import Annotation, Article, AttributeKind, Label, Link, Schema, quote_context
from .foreign import ForeignSpan, Problem


class ArticleLookup(Protocol):
    def by_sha256(self, sha256: str) -> Article | None: ...

    def by_url(self, url: str) -> Article | None: ...


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Plan:
    """What an import will insert, once every record passed."""

    annotations: list[Annotation] = field(default_factory=list)
    #: Spans whose offsets disagreed with their quote and were moved onto it.
    reanchored: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def anchor(
    text: str,
    start: int | None,
    end: int | None,
    quote: str | None,
    prefix: str | None = None,
    suffix: str | None = None,
) -> tuple[int, int, bool]:
    """``(start, end, moved)`` of the span in ``text``; raises ``ValueError`` with the reason."""
    if start is not None and end is not None:
        if not 0 <= start < end <= len(text):
            if not quote:
                raise ValueError(
                    f"span {start}–{end} lies outside the text (length {len(text)})"
                    if start < end
                    else f"span {start}–{end} is empty or reversed"
                )
        elif quote is None or text[start:end] == quote:
            return start, end, False
    if not quote:
        raise ValueError(f"span {start}–{end} is empty or reversed")
    best: tuple[int, int, int] | None = None  # (-context score, distance, position)
    at = text.find(quote)
    while at != -1:
        score = _common_suffix(prefix or "", text[:at]) + _common_prefix(
            suffix or "", text[at + len(quote) :]
        )
        key = (-score, abs(at - (start or 0)), at)
        if best is None or key < best:
            best = key
        at = text.find(quote, at + 1)
    if best is None:
        where = f" at {start}–{end}" if start is not None else ""
        raise ValueError(f"the quote {quote[:40]!r}{where} is not in the article's text")
    return best[2], best[2] + len(quote), True


def _attributes(
    label: Label, values: dict[str, Any], article: Article, image_id: int | None
) -> tuple[dict[str, Any], int | None]:
    """Attribute values checked as the store checks them; an image attribute sets the image."""
    plain = dict(values)
    for name, value in values.items():
        attr = label.attribute(name)
        if attr is not None and attr.kind == AttributeKind.IMAGE:
            del plain[name]
            if value not in (None, ""):
                image_id = value if isinstance(value, int) else int(str(value))
    try:
        clean = validate_attributes(label, plain)
    except ValidationError as error:
        raise ValueError(str(error)) from None
    if image_id is not None and not any(im.id == image_id for im in article.images):
        raise ValueError(f"image {image_id} is not an image of the article")
    return clean, image_id


def plan(
    spans: Sequence[ForeignSpan],
    schema: Schema,
    articles: ArticleLookup,
    default_annotator: str | None,
    stored_article: Callable[[str], int | None] = lambda _id: None,
    now: datetime | None = None,
) -> Plan:
    """Check every span and turn the good ones into annotations; collect every problem."""
    result = Plan()
    now = now or datetime.now(UTC)
    cache: dict[tuple[str | None, str | None], Article | None] = {}
    seen: set[str] = set()
    records: dict[str, str] = {}
    for span in spans:
        try:
            if span.id in seen:
                raise ValueError(f"annotation id {span.id} appears twice in the file")
            seen.add(span.id)
            key = (span.article.sha256, span.article.url)
            if span.article.text is not None and span.article.sha256 is None:
                key = (text_sha256(span.article.text), None)
            if key not in cache:
                found = articles.by_sha256(key[0]) if key[0] else None
                if found is None and span.article.text is not None:
                    found = articles.by_sha256(text_sha256(span.article.text))
                if found is None and key[1]:
                    found = articles.by_url(key[1])
                cache[key] = found
            article = cache[key]
            if article is None:
                raise ValueError(f"its text is not in the database ({span.article.describe()})")
            if span.article.text is not None and span.article.text != article.text:
                raise ValueError("its text differs from the database's article with that hash")
            label = schema.label(span.label)
            if label is None and span.label_id:
                label = schema.label(span.label_id)
            if label is None:
                raise ValueError(f"unknown label {span.label!r}")
            start, end, moved = anchor(
                article.text, span.start, span.end, span.quote, span.prefix, span.suffix
            )
            if moved:
                result.reanchored.append(span.record)
            annotator = span.annotator or default_annotator
            if not annotator:
                raise ValueError("no annotator in the file; give one with --annotator")
            attributes, image_id = _attributes(label, span.attributes, article, span.image_id)
            quote, prefix, suffix = quote_context(article.text, start, end)
            created = span.created or now
            result.annotations.append(
                Annotation(
                    id=span.id,
                    article_id=article.id,
                    label=label.id,
                    start=start,
                    end=end,
                    quote=quote,
                    prefix=prefix,
                    suffix=suffix,
                    annotator=annotator,
                    created=created,
                    updated=span.updated or created,
                    revision=1,
                    attributes=attributes,
                    note=span.note,
                    image_id=image_id,
                    links=tuple(Link(target, kind) for kind, target in span.links),
                )
            )
            records[span.id] = span.record
        except ValueError as error:
            result.problems.append(Problem(span.record, str(error)))
    placed = {a.id: a.article_id for a in result.annotations}
    for annotation in result.annotations:
        for link in annotation.links:
            where = placed.get(link.target) or stored_article(link.target)
            if where is None:
                reason = f"a link points at {link.target}, which is neither in the file nor stored"
            elif where != annotation.article_id:
                reason = f"a link points at {link.target}, which is in another article"
            else:
                continue
            result.problems.append(Problem(records[annotation.id], reason))
    return result
