"""The page's own metadata: title, author, published date, language, canonical URL.

The title follows Mozilla Readability's rules (the reference our corpus was made with):
JSON-LD ``headline``, then ``dc:title``/``og:title``/``twitter:title`` style meta tags, then
``<title>`` with a trailing site name cut at a separator (`` | ``, `` - ``, `` » ``…) unless
that leaves too few words. The other fields come from meta tags and JSON-LD; the caller
falls back to the extractor's guesses only where the page says nothing.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import htmldate
from lxml.html import HtmlElement
from trafilatura import metadata as trafilatura_metadata

from .text import clean_inline

_ARTICLE_TYPES = re.compile(
    r"^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
    r"|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report"
    r"|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting"
    r"|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$"
)
_PROPERTY = re.compile(
    r"\s*(article|dc|dcterm|og|twitter)\s*:\s*"
    r"(author|creator|description|published_time|title|site_name)\s*",
    re.I,
)
_NAME = re.compile(
    r"^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?"
    r"(author|creator|pub-date|description|title|site_name)\s*$",
    re.I,
)
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None
    author: str | None
    published: str | None
    language: str | None
    url: str | None
    site_name: str | None


def read_metadata(root: HtmlElement) -> PageMetadata:
    values = _meta_values(root)
    ld = _json_ld_article(root)
    title = clean_inline(ld.get("headline") if isinstance(ld.get("headline"), str) else None)
    for key in (
        "dc:title",
        "dcterm:title",
        "og:title",
        "weibo:article:title",
        "weibo:webpage:title",
        "title",
        "twitter:title",
        "parsely-title",
    ):
        title = title or values.get(key, "")
    title = title or _title_from_title_tag(root)
    author = _ld_author(ld) or next(
        (
            values[key]
            for key in ("dc:creator", "dcterm:creator", "author", "parsely-author")
            if values.get(key)
            and "://" not in values[key]
            and values[key].lower() not in _NO_AUTHOR
        ),
        None,
    )
    ld_date = ld.get("datePublished")
    published = _iso_date(
        (ld_date if isinstance(ld_date, str) else None)
        or values.get("article:published_time")
        or values.get("parsely-pub-date")
        or _first(root, "//meta[@itemprop='datePublished']/@content")
        or _first(root, "//time[@itemprop='datePublished']/@datetime")
    )
    language = _language(
        _first(root, "/html/@lang")
        or _first(root, "/html/@xml:lang")
        or _first(
            root,
            "//meta[translate(@http-equiv,'CONTENTLAGU','contentlagu')='content-language']/@content",
        )
        or values.get("og:locale")
    )
    url = _absolute(
        _first(root, "//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")
        or values.get("og:url")
    )
    site = values.get("og:site_name") or None
    return PageMetadata(title or None, author, published, language, url, site)


#: Author values that say there is none.
_NO_AUTHOR = {"no author", "unknown", "anonymous", "admin", "administrator", "author"}


def fill_gaps(root: HtmlElement, own: PageMetadata) -> PageMetadata:
    """What the page's metadata left open, from trafilatura's and htmldate's markup rules
    (bylines and headings in the page, date elements and the URL; never free-text guesses).
    Only the missing fields are looked for: these rules cost as much as the extraction."""
    title, author, published = own.title, own.author, own.published
    if not title:
        title = clean_inline(trafilatura_metadata.extract_title(root)) or None
    if not author:
        guess = clean_inline(trafilatura_metadata.extract_author(root))
        author = guess if guess and guess.lower() not in _NO_AUTHOR else None
    if not published:
        found = htmldate.find_date(
            root, extensive_search=False, original_date=True, url=own.url, verbose=False
        )
        published = _iso_date(found)
    return PageMetadata(title, author, published, own.language, own.url, own.site_name)


def _first(root: HtmlElement, xpath: str) -> str | None:
    try:
        found = root.xpath(xpath)
    except Exception:  # lxml raises several types on odd documents
        return None
    for value in found if isinstance(found, list) else []:
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _meta_values(root: HtmlElement) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in root.iter("meta"):
        content = clean_inline(meta.get("content"))
        if not content:
            continue
        keys: list[str] = []
        prop = meta.get("property") or ""
        for match in _PROPERTY.finditer(prop):
            keys.append(f"{match.group(1)}:{match.group(2)}".lower())
        name = meta.get("name") or meta.get("itemprop") or ""
        if _NAME.match(name):
            keys.append(re.sub(r"\s", "", name.lower()).replace(".", ":"))
        if prop.strip().lower() in ("og:url", "og:locale"):
            keys.append(prop.strip().lower())
        for key in keys:
            values.setdefault(key, content)
    return values


def _json_ld_objects(root: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            parsed = json.loads(re.sub(r"^\s*<!\[CDATA\[|\]\]>\s*$", "", script.text or ""))
        except (ValueError, RecursionError):
            continue
        stack = [parsed]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _json_ld_article(root: HtmlElement) -> dict[str, Any]:
    return next(_json_ld_articles(root), {})


def _json_ld_articles(root: HtmlElement) -> Iterator[dict[str, Any]]:
    for item in _json_ld_objects(root):
        types = item.get("@type")
        names = types if isinstance(types, list) else [types]
        if any(isinstance(name, str) and _ARTICLE_TYPES.match(name) for name in names):
            yield item


def json_ld_body(root: HtmlElement) -> Any:
    """The ``articleBody`` of the page's first article-type JSON-LD object that has one
    (whatever its shape; :func:`~.extract.json_ld_text` reads it), else a live blog's updates
    (:func:`_live_blog_updates`), else None. Read from the page before cleaning (the scripts
    are dropped); only when the page's markup holds no article text (ADR 0020, addendum)."""
    for item in _json_ld_articles(root):
        body = item.get("articleBody")
        if body not in (None, "", []):
            return body
    for item in _json_ld_articles(root):
        updates = _live_blog_updates(item)
        if updates:
            return updates
    return None


def _live_blog_updates(item: dict[str, Any]) -> list[str]:
    """A ``LiveBlogPosting``'s ``liveBlogUpdate`` entries as ``articleBody`` strings, in the
    page's order (a live blog lists its newest update first, and so does its JSON-LD): each
    update's ``headline`` as a heading (markup, escaped), then its ``articleBody``. Empty if
    it is no live blog or no update holds text."""
    types = item.get("@type")
    if "LiveBlogPosting" not in (types if isinstance(types, list) else [types]):
        return []
    updates = item.get("liveBlogUpdate")
    strings: list[str] = []
    for update in updates if isinstance(updates, list) else [updates]:
        if not isinstance(update, dict):
            continue
        headline = clean_inline(next(ld_strings(update.get("headline"), "@value"), None))
        if headline:
            strings.append(f"<h2>{html.escape(headline, quote=False)}</h2>")
        strings += [body for body in ld_strings(update.get("articleBody"), "@value") if body]
    return strings


def _ld_author(ld: dict[str, Any]) -> str | None:
    """The article's authors from JSON-LD, whatever shape the page gave them: a name, a
    person or organisation, or a list of either; a name may itself be a list (NPR's
    ``{"name": ["Daniel Wood"]}``)."""
    names = [clean_inline(name) for name in ld_strings(ld.get("author"), "name")]
    names = [name for name in names if name and "://" not in name]
    return ", ".join(dict.fromkeys(names)) or None


#: JSON-LD values nested deeper than this are not read.
_MAX_LD_DEPTH = 4


def ld_strings(value: Any, key: str, depth: int = 0) -> Iterator[str]:
    """The texts a JSON-LD value holds, whatever its shape: a string, a list of values, or an
    object's ``key`` (a person's ``name``, a body's ``@value``), to :data:`_MAX_LD_DEPTH`."""
    if isinstance(value, str):
        yield value
    elif depth < _MAX_LD_DEPTH and isinstance(value, list):
        for item in value:
            yield from ld_strings(item, key, depth + 1)
    elif depth < _MAX_LD_DEPTH and isinstance(value, dict):
        yield from ld_strings(value.get(key), key, depth + 1)


def _iso_date(value: Any) -> str | None:
    match = _DATE.search(value) if isinstance(value, str) else None
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _language(value: str | None) -> str | None:
    value = (value or "").strip()
    return value.replace("_", "-") if _LANGUAGE.match(value) else None


def _absolute(url: str | None) -> str | None:
    return url if url and re.match(r"^https?://", url, re.I) else None


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _word_count(text: str) -> int:
    """Readability counts words by spaces; a CJK title has none, so two characters count one."""
    cjk = len(_CJK.findall(text))
    return len(re.split(r"\s+", _CJK.sub(" ", text).strip())) + cjk // 2


def _title_from_title_tag(root: HtmlElement) -> str:
    """Readability's ``_getArticleTitle``: ``<title>`` without the site name."""
    tag = root.find(".//title")
    original = clean_inline(tag.text_content()) if tag is not None else ""
    title = original
    hierarchical = False
    separators = list(re.finditer(r" [|\-\\/>»] ", title))
    if separators:
        hierarchical = bool(re.search(r" [\\/>»] ", title))
        title = original[: separators[-1].start()]
        if _word_count(title) < 3:
            title = re.sub(r"^[^|\-\\/>»]*[|\-\\/>»]", "", original)
    elif ": " in title:
        headings = [clean_inline(h.text_content()) for h in root.iter("h1", "h2")]
        if title.strip() not in headings:
            title = original[original.rfind(":") + 1 :]
            if _word_count(title) < 3:
                title = original[original.find(":") + 1 :]
            elif _word_count(original[: original.find(":")]) > 5:
                title = original
    elif len(title) > 150 or len(title) < 15:
        h1s = list(root.iter("h1"))
        if len(h1s) == 1:
            title = clean_inline(h1s[0].text_content())
    title = re.sub(r"\s{2,}", " ", title.strip())
    count = _word_count(title)
    if count <= 4 and (
        not hierarchical or count != _word_count(re.sub(r"[|\-\\/>»]+", "", original)) - 1
    ):
        title = original
    return title
