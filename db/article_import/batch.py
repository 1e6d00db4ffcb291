"""One article of a JSON Lines batch (ADR 0006).

``{"title", "text" | "html", "url", "published", "language", "author",
"images": [{"name", "caption", "path" | "data" (base64), "offset"?}], "meta": {...}}``.

An image without ``offset`` is anchored where its name stands as an image line in the text
(the scraped-text convention), else at the start of its caption in the text, else at the end.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..messages import Message
from .language import guess_language
from .normalize import clean_strings, normalize_text
from .parsed import ParsedArticle, ParsedImage
from .sources import SiblingFiles
from .text import TextOptions, extract_image_lines, guess_title, strip_pinyin

HtmlParser = Callable[[bytes, str], ParsedArticle]


class RecordError(ValueError):
    """A batch record is malformed; the message names the field."""


def parse_record(
    record: dict[str, Any],
    *,
    source: str,
    siblings: SiblingFiles,
    options: TextOptions,
    parse_html: HtmlParser | None = None,
    no_controls: bool = False,
) -> ParsedArticle:
    """``no_controls``: the record's strings are known to hold no carriage return and no
    control character but tab and newline (:attr:`.Source.no_controls`), so normalizing
    its text could only remove a leading BOM."""
    record, replaced = clean_strings(record)
    parsed = _parse_record(
        record,
        source=source,
        siblings=siblings,
        options=options,
        parse_html=parse_html,
        no_controls=no_controls,
    )
    if not replaced:
        return parsed
    return replace(parsed, meta={**parsed.meta, "replaced_surrogates": replaced})


def _parse_record(
    record: dict[str, Any],
    *,
    source: str,
    siblings: SiblingFiles,
    options: TextOptions,
    parse_html: HtmlParser | None,
    no_controls: bool,
) -> ParsedArticle:
    html = record.get("html")
    if html is not None and record.get("text") is None:
        if not isinstance(html, str):
            raise RecordError(Message('the field "{field}" must be a string', field="html"))
        if parse_html is None:
            raise RecordError(Message("HTML in batches cannot be imported by this version"))
        parsed = parse_html(html.encode("utf-8"), source)
        return _with_record_metadata(parsed, record)
    text = record.get("text")
    if not isinstance(text, str):
        raise RecordError(Message('the field "{field}" is missing or not a string', field="text"))
    if not no_controls or text.startswith("\ufeff"):
        text = normalize_text(text)
    meta: dict[str, Any] = {}
    if isinstance(record.get("meta"), dict):
        meta.update(record["meta"])
    if options.strip_pinyin:
        text, removed = strip_pinyin(text)
        if removed:
            meta["pinyin_removed"] = removed
    listed = record.get("images") or []
    if not isinstance(listed, list):
        raise RecordError(Message('the field "{field}" must be a list', field="images"))
    names = {str(i.get("name")) for i in listed if isinstance(i, dict) and i.get("name")}
    line_images: list[ParsedImage] = []
    if names:
        stripped, found = extract_image_lines(text, None)
        line_images = [i for i in found if i.name in names]
        if line_images:
            text = stripped
    if not text.strip():
        raise RecordError(Message('the field "{field}" is empty', field="text"))
    read = siblings.for_article()
    images = [
        _record_image(index, item, text, line_images, read) for index, item in enumerate(listed)
    ]
    given = {name: _given(record, name) for name in _METADATA}
    # a title or language the record gives is taken as it is: no guess is made
    return ParsedArticle(
        text=text,
        title=given["title"] or guess_title(text, fallback=source),
        source=source,
        url=given["url"],
        author=given["author"],
        published=given["published"],
        language=given["language"] or guess_language(text),
        encoding="utf-8",
        encoding_confidence=1.0,
        images=tuple(images),
        meta=meta,
    )


#: The record's fields that say what the article is, in the order they are checked.
_METADATA = ("title", "url", "author", "published", "language")


def _given(record: dict[str, Any], name: str) -> str | None:
    """The record's value for a metadata field, stripped; ``None`` if missing or blank."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError(Message('the field "{field}" must be a string', field=name))
    return value.strip() or None


def _with_record_metadata(parsed: ParsedArticle, record: dict[str, Any]) -> ParsedArticle:
    """An article parsed from the record's HTML, with what the record says about it."""
    given = {name: _given(record, name) for name in _METADATA}
    return replace(
        parsed,
        title=given["title"] or parsed.title,
        url=given["url"] or parsed.url,
        author=given["author"] or parsed.author,
        published=given["published"] or parsed.published,
        language=given["language"] or parsed.language,
    )


def _record_image(
    index: int,
    item: Any,
    text: str,
    line_images: list[ParsedImage],
    read: Callable[[str], bytes | None],
) -> ParsedImage:
    if not isinstance(item, dict):
        raise RecordError(Message("images[{index}] must be an object", index=index))
    name = str(item.get("name") or item.get("path") or f"image-{index + 1}")
    caption = item.get("caption")
    if caption is not None and not isinstance(caption, str):
        raise RecordError(Message("images[{index}].caption must be a string", index=index))
    data: bytes | None = None
    if item.get("data") is not None:
        try:
            data = base64.b64decode(str(item["data"]), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise RecordError(
                Message("images[{index}].data is not valid base64", index=index)
            ) from exc
    elif item.get("path") is not None:
        data = read(str(item["path"]))
    offset = item.get("offset")
    if offset is not None:
        if not isinstance(offset, int) or not 0 <= offset <= len(text):
            raise RecordError(
                Message("images[{index}].offset is not a position in the text", index=index)
            )
    else:
        line = next((i for i in line_images if i.name == name), None)
        if line is not None:
            offset = line.offset
            caption = caption or line.caption
        elif caption and caption.strip() and caption.strip() in text:
            offset = text.index(caption.strip())
        else:
            offset = len(text)
    return ParsedImage(
        offset=offset,
        name=name,
        caption=caption.strip() if caption else None,
        data=data,
        url=item.get("url") if isinstance(item.get("url"), str) else None,
        alt=item.get("alt") if isinstance(item.get("alt"), str) else None,
    )
