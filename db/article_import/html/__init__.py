"""Saved news pages → :class:`~marginalia.db.article_import.parsed.ParsedArticle` (ADR 0020).

:func:`parse_html` decodes the page (:mod:`.decoding`), reads the page's own metadata
(:mod:`.metadata`), removes what never reaches the text (:mod:`.tree`), extracts the main
text with trafilatura and anchors the article's images in it (:mod:`.extract`), and reads
image bytes only from ``data:`` URIs and from files inside the page's folder
(:mod:`.images`). Nothing is ever fetched.

``ParsedArticle.meta`` keys: ``format`` ("html"), ``extractor``, ``encoding_method``
(forced/bom/utf-8/declared/repaired/detected), ``declared_charset`` (what the page said,
even if it lied), ``site_name``, ``ruby`` (``[{"base", "reading"}]`` removed from the
text), ``image_problems`` (``[{"name", "problem"}]``: why an image is a placeholder).
"""

from __future__ import annotations

import logging
import pathlib
from typing import Any

from ...errors import ImportError_
from ...messages import Message, reason_of
from ..normalize import normalize_text
from ..parsed import ParsedArticle, ParsedImage
from .decoding import decode_page
from .extract import collect_images, extract, layout_caption_at
from .images import LoadedImage, load_image
from .metadata import fill_gaps, read_metadata
from .text import clean_inline, strip_page
from .tree import UnparsableError, clean_tree, parse_tree

__all__ = ["MAX_PAGE_BYTES", "parse_html"]

# trafilatura and htmldate log every discarded fallback as a warning; without a handler of
# the application's, Python would print them on stderr (the CLI's output must stay clean).
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

#: Larger pages are refused: real article pages are well under this even with inline
#: ``data:`` images, and extraction time grows with the page.
MAX_PAGE_BYTES = 16 * 1024 * 1024


def parse_html(
    data: bytes,
    *,
    source: str,
    base_dir: pathlib.Path | None,
    forced_encoding: str | None = None,
) -> ParsedArticle:
    """Turn a saved page into an article.

    Raises :class:`~marginalia.db.errors.ImportError_` (too large, not HTML, nested too
    deep, no article text) or :class:`~marginalia.db.article_import.encoding.DecodeError` (not
    text in any encoding), each with a plain reason.

    ``base_dir`` is the folder holding the page (its ``_files`` folder and relative image
    paths are read from there, never from outside it); None means no local file is read.
    """
    if len(data) > MAX_PAGE_BYTES:
        raise ImportError_(
            source,
            Message(
                "the page is larger than {size} MB and is not imported",
                size=MAX_PAGE_BYTES // 2**20,
            ),
        )
    page = decode_page(data, forced=forced_encoding)
    try:
        root = parse_tree(strip_page(normalize_text(page.text)))
    except UnparsableError as exc:
        raise ImportError_(source, reason_of(exc)) from exc
    metadata = read_metadata(root)
    if not (metadata.title and metadata.author and metadata.published):
        # Before cleaning: the extractor's metadata reads JSON-LD scripts too.
        metadata = fill_gaps(root, metadata)
    readings = clean_tree(root)
    images = collect_images(root)
    try:
        extracted = extract(root, images)
    except RecursionError as exc:  # not expected below MAX_DEPTH; never a crash all the same
        raise ImportError_(source, Message("the page is nested too deeply to be read")) from exc
    if extracted is None or not extracted.text.strip():
        raise ImportError_(source, Message("no article text was found in the page"))

    text = extracted.text  # normalized before offsets were taken (extract.body_text)
    page_url = metadata.url
    parsed_images: list[ParsedImage] = []
    problems: list[dict[str, str]] = []
    seen: set[int] = set()
    files: dict[pathlib.Path, LoadedImage] = {}
    for index, offset in extracted.anchors:
        if index in seen:  # an extractor fallback may repeat a block; an image counts once
            continue
        seen.add(index)
        image = images[index]
        loaded = load_image(
            image.sources, index=index, base_dir=base_dir, page_url=page_url, files=files
        )
        if loaded.problem:
            problems.append({"name": loaded.name, "problem": loaded.problem})
        parsed_images.append(
            ParsedImage(
                offset=offset,
                name=loaded.name,
                caption=image.caption or layout_caption_at(text, offset, image),
                data=loaded.data,
                url=loaded.url,
                alt=image.alt,
                embedded=loaded.embedded,
            )
        )
    meta: dict[str, Any] = {
        "format": "html",
        "encoding_method": page.method,
        "extractor": "trafilatura",
    }
    if page.declared:
        meta["declared_charset"] = page.declared
    if metadata.site_name:
        meta["site_name"] = metadata.site_name
    if readings:
        meta["ruby"] = readings
    if problems:
        meta["image_problems"] = problems
    return ParsedArticle(
        text=text,
        title=clean_inline(metadata.title) or _first_line(text),
        source=source,
        url=page_url,
        author=metadata.author,
        published=metadata.published,
        language=metadata.language,
        encoding=page.encoding,
        encoding_confidence=page.confidence,
        images=tuple(parsed_images),
        meta=meta,
    )


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0][:200]
