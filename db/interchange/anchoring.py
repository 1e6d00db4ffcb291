"""Placing a foreign span on one of our articles: label, offsets, attributes, image.

The offsets come as code points of the file's text; that text may differ from ours by what
article import normalizes (CRLF, BOM, controls), so they are mapped (:class:`Normalized`).
When a reader checked them against the file's text they stand; otherwise, when they do not
cut out exactly the span's quote, the quote is searched in the text and the occurrence
whose prefix/suffix agree best (then the one nearest the given offset) is taken; when the
quote is nowhere, the span is refused with that reason.

Labels are matched by id or name, ignoring case (and brat's ``_`` for other characters);
the report says which of our labels a file's name mapped to. An attribute the label does
not have, or a value it does not allow, is left out and reported; the span still goes in.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import ValidationError
from ..messages import Message, reason_of
from ..validation import validate_attributes
from ..values import AttributeKind, ImageInfo, Label, Schema, quote_context
from .foreign import ForeignSpan, ImageRef
from .units import Normalized


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fold(name: str) -> str:
    return re.sub(r"[^\w]+", "_", name.strip()).casefold()


class LabelMatcher:
    """Our label for a file's label name (or our id from the ``marginalia`` extension)."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self._exact: dict[str, Label] = {}
        self._folded: dict[str, Label] = {}
        for label in schema.labels:
            self._exact.setdefault(label.id, label)
            self._exact.setdefault(label.name, label)
        for label in schema.labels:  # ids first, so that an id wins over another's name
            self._folded.setdefault(_fold(label.id), label)
        for label in schema.labels:
            self._folded.setdefault(_fold(label.name), label)
        #: file name → our label name, for the names that were not ours exactly
        self.mapped: dict[str, str] = {}
        self._cache: dict[tuple[str, str | None], Label | None] = {}

    def __call__(self, name: str, label_id: str | None = None) -> Label | None:
        key = (name, label_id)
        if key in self._cache:
            return self._cache[key]
        label = self._exact.get(name)
        if label is None and label_id:
            label = self._exact.get(label_id)
        if label is None:
            label = self._folded.get(_fold(name))
        if label is not None and name != label.name and name != label.id:
            self.mapped[name] = label.name
        self._cache[key] = label
        return label


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
                    Message(
                        "span {start}–{end} lies outside the text (length {length})",
                        start=start,
                        end=end,
                        length=len(text),
                    )
                    if start < end
                    else Message("span {start}–{end} is empty or reversed", start=start, end=end)
                )
        elif quote is None or text[start:end] == quote:
            return start, end, False
    if not quote:
        raise ValueError(Message("span {start}–{end} is empty or reversed", start=start, end=end))
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
        if start is None:
            raise ValueError(
                Message("the quote {quote} is not in the article's text", quote=repr(quote[:40]))
            )
        raise ValueError(
            Message(
                "the quote {quote} at {start}–{end} is not in the article's text",
                quote=repr(quote[:40]),
                start=start,
                end=end,
            )
        )
    return best[2], best[2] + len(quote), True


def _attribute_name(label: Label, name: str) -> str | None:
    if label.attribute(name) is not None:
        return name
    folded = _fold(name)
    return next((a.name for a in label.attributes if _fold(a.name) == folded), None)


def _choice(choices: tuple[str, ...], value: Any) -> Any:
    if not isinstance(value, str) or value in choices:
        return value
    folded = _fold(value)
    return next((c for c in choices if _fold(c) == folded), value)


def clean_attributes(label: Label, values: dict[str, Any]) -> tuple[dict[str, Any], list[Message]]:
    """The values the label accepts, and why each other one was left out."""
    clean: dict[str, Any] = {}
    dropped: list[Message] = []
    for raw_name, value in values.items():
        name = _attribute_name(label, raw_name)
        attr = label.attribute(name) if name else None
        if attr is None or name is None:
            dropped.append(
                Message(
                    "attribute {name}={value} left out: {label} has no such",
                    name=raw_name,
                    value=repr(value),
                    label=label.name,
                )
            )
            continue
        if attr.kind == AttributeKind.IMAGE:
            continue  # the image is matched by content (ImageRef), never by a local id
        if attr.kind == AttributeKind.CHOICE:
            value = _choice(attr.choices, value)
        try:
            clean.update(validate_attributes(label, {name: value}))
        except ValidationError as error:
            dropped.append(Message("attribute left out: {reason}", reason=reason_of(error)))
    return clean, dropped


def find_image(article: Target, ref: ImageRef) -> ImageInfo:
    """The article's image a reference names; ``ValueError`` when it has none such."""
    candidates: list[ImageInfo] = list(article.images)
    if ref.sha256:
        candidates = [im for im in candidates if im.sha256 == ref.sha256]
    elif ref.name is not None:
        candidates = [im for im in candidates if im.name == ref.name]
    if len(candidates) > 1 and ref.offset is not None:
        candidates = [im for im in candidates if im.offset == ref.offset] or candidates
    if not candidates or (not ref.sha256 and ref.name is None and ref.offset is None):
        raise ValueError(ref.not_in())
    if ref.offset is not None and not ref.sha256 and ref.name is None:
        candidates = [im for im in candidates if im.offset == ref.offset]
        if not candidates:
            raise ValueError(ref.not_in())
    return candidates[0]


@dataclass(frozen=True, slots=True)
class Target:
    """The stored article a span is placed on: what placing needs of it."""

    id: int
    sha256: str
    text: str
    images: tuple[ImageInfo, ...] = ()


@dataclass(slots=True)
class Placed:
    """A span checked against its article, ready to store."""

    article_id: int
    label: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    attributes: dict[str, Any]
    image_id: int | None
    moved: bool
    #: What was left out of the record (an attribute), each a sentence.
    dropped: list[Message] = field(default_factory=list)


def place(
    span: ForeignSpan,
    article: Target,
    normalized: Normalized | None,
    labels: LabelMatcher,
) -> Placed:
    """Check ``span`` against ``article``; raises ``ValueError`` with the reason."""
    label = labels(span.label, span.label_id)
    if label is None:
        raise ValueError(Message("unknown label {label}", label=repr(span.label)))
    start, end, quote = span.start, span.end, span.quote
    if normalized is not None and normalized.changed:
        if start is not None and end is not None:
            start, end = normalized.position(start), normalized.position(end)
        if quote is not None:
            quote = Normalized(quote).text
    if span.verified and start is not None and end is not None and 0 <= start < end:
        moved = False
    else:
        start, end, moved = anchor(article.text, start, end, quote, span.prefix, span.suffix)
    if start is None or end is None or end <= start:  # pragma: no cover - anchor guarantees
        raise ValueError(Message("the span is empty"))
    attributes, dropped = clean_attributes(label, span.attributes)
    image_id = None
    if span.image is not None:
        image_id = find_image(article, span.image).id
    exact, prefix, suffix = quote_context(article.text, start, end)
    return Placed(
        article.id, label.id, start, end, exact, prefix, suffix, attributes, image_id, moved,
        dropped,
    )  # fmt: skip
