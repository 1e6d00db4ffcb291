"""Rebuild the plain texts of the gold articles from the shared corpus at test time.

The corpus pages are publishers' content, so the gold files hold only spans and the sha256 of
the text; this module turns a corpus file into exactly that text again (docs/suggest-gold.md):
block elements become paragraphs separated by one blank line, whitespace inside a paragraph
collapses to one space, an ``<img>`` becomes an image anchor at the offset where the next
paragraph starts, scripts, styles and hidden boilerplate are dropped. Scraped seed text keeps
its lines; an image line (only an image file name) is removed and becomes an anchor.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("MARGINALIA_CORPUS", REPO / ".." / "shared" / "corpus"))

_BLOCK_TAGS = (
    "p div h1 h2 h3 h4 h5 h6 li ul ol figure figcaption blockquote pre table tr section "
    "article header footer aside main dl dt dd address hr br"
)
_BLOCKS = frozenset(_BLOCK_TAGS.split())
_SKIP_TAGS = "script style noscript template svg button nav form select iframe"
_SKIP = frozenset(_SKIP_TAGS.split())
_VOID_TAGS = "img br hr meta link input source wbr area base col embed param track"
_VOID = frozenset(_VOID_TAGS.split())
_SPACE = re.compile(r"\s+")
_IMAGE_LINE = re.compile(r"^\s*[^\n/\\]+\.(?:png|jpe?g|gif|webp|bmp)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CorpusText:
    text: str
    images: tuple[int, ...]
    #: Each image's ``alt`` (white space collapsed; None when absent), in image order.
    alts: tuple[str | None, ...] = ()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class _Paragraphs(HTMLParser):
    def __init__(self, root: tuple[str, str, str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self._root = root
        self._depth = 0 if root else 1  # > 0 while inside the chosen root element
        self._skip = 0
        self._stack: list[str] = []
        self._current: list[str] = []
        self.paragraphs: list[str] = []
        self.images: list[int] = []  # index of the paragraph each image precedes
        self.alts: list[str | None] = []

    def _flush(self) -> None:
        paragraph = _SPACE.sub(" ", "".join(self._current)).strip()
        self._current = []
        if paragraph:
            self.paragraphs.append(paragraph)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            self._stack.append(tag)
        if self._root and self._depth == 0:
            name, attr, value = self._root
            if tag == name and value in (dict(attrs).get(attr) or "").split():
                self._depth = len(self._stack)
            return
        if tag in _SKIP and tag not in _VOID:
            self._skip += 1
        if self._skip:
            return
        if tag == "img":
            self._flush()
            self.images.append(len(self.paragraphs))
            alt = _SPACE.sub(" ", dict(attrs).get("alt") or "").strip()
            self.alts.append(alt or None)
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self._stack:
            return
        while self._stack:
            open_tag = self._stack.pop()
            if self._depth and self._root and len(self._stack) < self._depth:
                if self._depth > 0:
                    self._flush()
                self._depth = -1  # the root closed: ignore the rest of the page
            if self._depth > 0 and open_tag in _SKIP and self._skip:
                self._skip -= 1
            if open_tag == tag:
                break
        if self._depth > 0 and not self._skip and tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._depth > 0 and not self._skip:
            self._current.append(data)


def html_text(
    path: Path, root: tuple[str, str, str] | None = None, encoding: str = "utf-8"
) -> CorpusText:
    """Paragraph text of an HTML page (or of its element ``(tag, attribute, value)``)."""
    parser = _Paragraphs(root)
    parser.feed(path.read_bytes().decode(encoding, errors="replace"))
    parser.close()
    parser._flush()
    offsets, position = [], 0
    for paragraph in parser.paragraphs:
        offsets.append(position)
        position += len(paragraph) + 2
    offsets.append(max(position - 2, 0))
    text = "\n\n".join(parser.paragraphs)
    return CorpusText(text, tuple(offsets[i] for i in parser.images), tuple(parser.alts))


def seed_text(path: Path) -> CorpusText:
    """The scraped seed article with its image lines turned into anchors."""
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").removeprefix("\ufeff")
    kept: list[str] = []
    images: list[int] = []
    position = 0
    lines = raw.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        if _IMAGE_LINE.match(line):
            images.append(position)
            index += 1
            while index < len(lines) and not lines[index].strip():
                index += 1  # the blank line after an image line goes with it
            continue
        kept.append(line)
        position += len(line) + 1
        index += 1
    return CorpusText("\n".join(kept), tuple(images))


def load(
    source: str, root: tuple[str, str, str] | None = None, encoding: str = "utf-8"
) -> CorpusText:
    """The text named by a gold file's ``source`` (a path relative to the corpus)."""
    path = CORPUS / source
    if path.suffix == ".txt":
        return seed_text(path)
    return html_text(path, root, encoding)
