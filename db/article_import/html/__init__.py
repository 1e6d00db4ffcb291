"""Saved news pages → :class:`~marginalia.db.article_import.parsed.ParsedArticle` (ADR 0020).

:func:`parse_html` decodes the page (:mod:`.decoding`), reads the page's own metadata
(:mod:`.metadata`), removes what never reaches the text (:mod:`.tree`), extracts the main
text with trafilatura and anchors the article's images in it (:mod:`.extract`), and reads
image bytes only from ``data:`` URIs and from files inside the page's folder
(:mod:`.images`). Nothing is ever fetched.

``ParsedArticle.meta`` keys: ``format`` ("html"), ``extractor``, ``encoding_method``
(forced/bom/utf-8/declared/repaired/detected), ``declared_charset`` (what the page said,
even if it lied), ``site_name``, ``ruby`` (``[{"base", "reading"}]`` removed from the
text), ``image_problems`` (``[{"name", "problem"}]``: why an image is a placeholder),
``mojibake_repaired`` (how many of the page's own UTF-8-read-as-windows-1252 sequences
were repaired, :mod:`.mojibake`; only when some were), ``fallback`` (only when the cleaned
page held no article text: ``repaired-markup``, ``noscript`` or ``json-ld``, the step that
found it; ``extractor`` is then ``json-ld`` for the last).
"""

from __future__ import annotations

import logging
import pathlib
import re
from typing import Any

from lxml.html import HtmlElement

from ...errors import ImportError_
from ...messages import Message, reason_of
from ..normalize import normalize_text
from ..parsed import ParsedArticle, ParsedImage
from .decoding import decode_page
from .extract import (
    Extracted,
    PageImage,
    collect_images,
    extract,
    json_ld_text,
    layout_caption_at,
)
from .images import LoadedImage, load_image
from .metadata import PageMetadata, fill_gaps, json_ld_body, read_metadata
from .mojibake import repair_mojibake
from .text import clean_inline, strip_page
from .tree import UnparsableError, clean_tree, parse_tree, repair_markup

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
    markup, repaired = repair_mojibake(strip_page(normalize_text(page.text)))
    root = _parse(markup, source)
    metadata = _metadata(root)
    readings = clean_tree(root)
    images = collect_images(root)
    extracted = _extract(root, images, source)
    fallback: str | None = None
    if not _found(extracted):
        found = _fallback(markup, metadata, source)
        if found is not None:
            extracted, images, readings, metadata, fallback = found
    if extracted is None or not _found(extracted):
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
        "extractor": "json-ld" if fallback == "json-ld" else "trafilatura",
    }
    if fallback:
        meta["fallback"] = fallback
    if page.declared:
        meta["declared_charset"] = page.declared
    if repaired:
        meta["mojibake_repaired"] = repaired
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


def _parse(markup: str, source: str) -> HtmlElement:
    try:
        return parse_tree(markup)
    except UnparsableError as exc:
        raise ImportError_(source, reason_of(exc)) from exc


def _metadata(root: HtmlElement) -> PageMetadata:
    metadata = read_metadata(root)
    if not (metadata.title and metadata.author and metadata.published):
        # Before cleaning: the extractor's metadata reads JSON-LD scripts too.
        metadata = fill_gaps(root, metadata)
    return metadata


def _extract(root: HtmlElement, images: list[PageImage], source: str) -> Extracted | None:
    try:
        return extract(root, images)
    except RecursionError as exc:  # not expected below MAX_DEPTH; never a crash all the same
        raise ImportError_(source, Message("the page is nested too deeply to be read")) from exc


def _found(extracted: Extracted | None) -> bool:
    return extracted is not None and bool(extracted.text.strip())


_Found = tuple[Extracted, list[PageImage], list[dict[str, str]], PageMetadata, str]


def _fallback(markup: str, metadata: PageMetadata, source: str) -> _Found | None:
    """The page's text when its cleaned markup held none (ADR 0020, addendum), each step
    only if the one before found nothing: the markup repaired as a browser reads it
    (``<html/>``), then ``<noscript>`` content kept (unless all it holds is a notice asking
    for JavaScript, :data:`MAX_NOTICE`), then the JSON-LD ``articleBody``.
    Returns what was found and the step's name for ``meta["fallback"]``, or None."""
    repaired = repair_markup(markup)
    if repaired != markup:
        root = _parse(repaired, source)
        metadata = _metadata(root)  # the page the parser saw before was empty
        readings = clean_tree(root)
        images = collect_images(root)
        extracted = _extract(root, images, source)
        if extracted is not None and _found(extracted):
            return extracted, images, readings, metadata, "repaired-markup"
    root = _parse(repaired, source)
    body = json_ld_body(root)  # before cleaning drops the scripts
    if _NOSCRIPT.search(repaired):
        readings = clean_tree(root, keep_noscript=True)
        images = collect_images(root)
        extracted = _extract(root, images, source)
        if extracted is not None and _found(extracted) and not _notice(extracted.text):
            return extracted, images, readings, metadata, "noscript"
    from_json = json_ld_text(body) if body is not None else None
    if from_json is not None:
        return (*from_json, metadata, "json-ld")
    return None


_NOSCRIPT = re.compile(r"<noscript\b", re.I)
#: A ``<noscript>`` text this short that names JavaScript is the page's notice asking for
#: it ("You need to enable JavaScript to run this app.", 46 characters on wevolver.com; 114
#: on camping.info), not an article: the page fails as before rather than import the notice.
MAX_NOTICE = 500
_JAVASCRIPT = re.compile(r"java\s*script", re.I)


def _notice(text: str) -> bool:
    return len(text) < MAX_NOTICE and _JAVASCRIPT.search(text) is not None


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0][:200]
