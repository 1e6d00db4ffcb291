"""Plain and scraped text articles (ADR 0006).

A line that is only an image file name marks where an image stood: it leaves the text and
becomes an image anchored at that offset; the next non-empty line is its caption candidate
and stays in the text. Title, language (:mod:`.language`) and published date are first,
honest guesses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from ..messages import Message
from .encoding import Decoded
from .images import IMAGE_SUFFIXES
from .language import HAN, guess_language
from .normalize import normalize_text
from .parsed import ParsedArticle, ParsedImage

#: A whole line that is only an image file name (it may contain spaces: `主图 PS.png`).
_IMAGE_LINE = re.compile(
    r"^[ \t]*(?P<name>[^\s/\\:*?\"<>|][^/\\:*?\"<>|\n]{0,200}?\.(?:"
    + "|".join(s[1:] for s in sorted(IMAGE_SUFFIXES))
    + r"))[ \t]*$",
    re.IGNORECASE,
)
_BREADCRUMB_START = re.compile(
    r"^\s*(当前位置|當前位置|您的位置|您现在的位置|您現在的位置|你的位置|位置|"
    r"you are here|home\s*[>›»/])",
    re.IGNORECASE,
)
_BREADCRUMB_SEPARATORS = re.compile(r"\s[>›»]\s|\s>|>\s|›|»")
_TITLE_MAX = 120

# A bracketed reading right after a Han character: `當(dāng)`. Pinyin with a tone mark, or
# one of the few toneless syllables scrapers emit for the neutral tone.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# Compiled when first used (the Han ranges take a millisecond), with --strip-pinyin only.
_PINYIN = (
    rf"(?<={HAN})\((?P<reading>[a-zü{_TONED}]*[{_TONED}][a-zü{_TONED}]*"
    r"|de|le|ma|ne|ba|me|men|zi)\)"
)

_DATE_PATTERNS = (
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})"),
    re.compile(
        r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
        r"(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)"
    ),
    re.compile(
        r"(?P<d>\d{1,2})\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
        r"\s+(?P<y>(?:19|20)\d\d)"
    ),
)
_MONTH_NAME = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_MONTHS = {
    name: index
    for index, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}

#: Looks up an image file that stood beside the article: name → bytes, or None if missing.
SiblingReader = Callable[[str], bytes | None]


@dataclass(frozen=True, slots=True)
class TextOptions:
    #: Remove bracketed pinyin readings after Han characters (`當(dāng)前` → `當前`).
    strip_pinyin: bool = False


def parse_text(
    decoded: Decoded,
    *,
    source: str,
    siblings: SiblingReader | None = None,
    options: TextOptions = TextOptions(),
) -> ParsedArticle:
    text = decoded.text if decoded.normalized else normalize_text(decoded.text)
    meta: dict[str, object] = {}
    if options.strip_pinyin:
        text, removed = strip_pinyin(text)
        if removed:
            meta["pinyin_removed"] = removed
    text, images = extract_image_lines(text, siblings)
    if not text.strip():
        raise ValueError(Message("the file holds no text"))
    return ParsedArticle(
        text=text,
        title=guess_title(text, fallback=lambda: PurePosixPath(source).stem),
        source=source,
        published=guess_date(text),
        language=guess_language(text),
        encoding=decoded.encoding,
        encoding_confidence=decoded.confidence,
        images=tuple(images),
        meta=meta,
    )


def strip_pinyin(text: str) -> tuple[str, list[list[object]]]:
    """Remove readings; returns the text and ``[offset in the new text, removed text]`` pairs."""
    removed: list[list[object]] = []
    pieces: list[str] = []
    last = 0
    shift = 0
    for match in re.finditer(_PINYIN, text):
        pieces.append(text[last : match.start()])
        removed.append([match.start() - shift, match.group(0)])
        shift += match.end() - match.start()
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces), removed


def extract_image_lines(text: str, siblings: SiblingReader | None) -> tuple[str, list[ParsedImage]]:
    """Take image-name lines out of the text; each becomes an anchored image."""
    if not _IMAGE_SUFFIX_AT_LINE_END.search(text):  # no line can be an image line
        return text, []
    lines = text.split("\n")
    out: list[str] = []
    length = 0  # code points in "\n".join(out) + "\n" for each line so far
    anchors: list[tuple[int, str, int]] = []  # (offset, name, index of the next line)
    skip_blank = False
    for index, line in enumerate(lines):
        # only a line that ends in an image suffix can be an image line (the pattern is slow)
        match = _IMAGE_LINE.match(line) if _ends_like_image(line) else None
        if match and not _looks_like_prose(match.group("name")):
            anchors.append((length, match.group("name").strip(), index + 1))
            # Drop the blank line that separated the image line from the next paragraph,
            # so that removing the image does not leave a double gap.
            skip_blank = not out or out[-1] == ""
            continue
        if skip_blank and line == "":
            skip_blank = False
            continue
        skip_blank = False
        out.append(line)
        length += len(line) + 1
    new_text = "\n".join(out)
    images = []
    for offset, name, next_index in anchors:
        caption = next(
            (c.strip() for c in lines[next_index:] if c.strip() and not _IMAGE_LINE.match(c)),
            None,
        )
        data = siblings(name) if siblings else None
        images.append(
            ParsedImage(
                offset=min(offset, len(new_text)),
                name=name,
                caption=caption,
                data=data,
            )
        )
    return new_text, images


_IMAGE_ENDINGS = tuple(sorted(IMAGE_SUFFIXES))
#: What every image line ends with (as case-insensitive as ``_IMAGE_LINE``).
_IMAGE_SUFFIX_AT_LINE_END = re.compile(
    r"\.(?:" + "|".join(s[1:] for s in sorted(IMAGE_SUFFIXES)) + r")[ \t]*(?:\n|\Z)",
    re.IGNORECASE,
)


def _ends_like_image(line: str) -> bool:
    """False only where ``_IMAGE_LINE`` cannot match (non-ASCII endings are left to it: it
    matches case-insensitively, so a dotless ı may stand for an i)."""
    tail = line.rstrip(" \t")[-6:]
    return not tail.isascii() or tail.lower().endswith(_IMAGE_ENDINGS)


def _looks_like_prose(name: str) -> bool:
    """A sentence that happens to end in `.png` is not an image line."""
    return len(name) > 120 or name.count(" ") > 4


def guess_title(text: str, *, fallback: str | Callable[[], str]) -> str:
    """The first line that is not blank or a breadcrumb, shortened to 120 characters; else
    ``fallback`` (called only then, if it is a function)."""
    start = 0
    end = 0
    while end >= 0:  # the lines of ``text.split("\n")``, one at a time
        end = text.find("\n", start)
        line = (text[start:end] if end >= 0 else text[start:]).strip()
        start = end + 1
        if not line or is_breadcrumb(line):
            continue
        if len(line) <= _TITLE_MAX:
            return line
        return line[:_TITLE_MAX].rstrip() + "…"
    return fallback if isinstance(fallback, str) else fallback()


def is_breadcrumb(line: str) -> bool:
    return bool(_BREADCRUMB_START.match(line)) or (
        # every separator holds one of these characters: most lines have none
        ("›" in line or ">" in line or "»" in line)
        and len(_BREADCRUMB_SEPARATORS.findall(line)) >= 2
    )


def guess_date(text: str) -> str | None:
    """The first full date in the article's first lines, as ISO yyyy-mm-dd."""
    head = text[:2000]
    years = _year_starts(head)
    if not years:  # every pattern holds a year 19xx or 20xx
        return None
    # the month-name patterns end in white space and a year: their month name stands
    # before the last year that follows white space (``\s`` is ``str.isspace``)
    spaced = max((start for start in years if start and head[start - 1].isspace()), default=0)
    named = spaced > 0 and _MONTH_NAME.search(head, 0, spaced) is not None
    if not any(_DATE_PATTERNS[0].match(head, start) for start in years):
        # the numeric pattern matches nowhere: only a month name can still make a date
        if not named:
            return None
        patterns: tuple[re.Pattern[str], ...] = _DATE_PATTERNS[1:]
    else:
        patterns = _DATE_PATTERNS if named else _DATE_PATTERNS[:1]
    for pattern in patterns:
        for match in pattern.finditer(head):
            groups = match.groupdict()
            month = _MONTHS[groups["mon"][:3].lower()] if groups.get("mon") else int(groups["m"])
            day = int(groups["d"])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{int(groups['y']):04d}-{month:02d}-{day:02d}"
    return None


#: A year's first two digits, each pattern with a literal start: ``re`` skips through a text
#: to a literal many times faster than to one of a set of characters, as ``(?:19|20)`` is.
_CENTURIES = (re.compile(r"19(?=\d\d)"), re.compile(r"20(?=\d\d)"))


def _year_starts(head: str) -> list[int]:
    """Where a year 19xx or 20xx (``(?:19|20)\\d\\d``) starts in ``head``: "19" and "20"
    cannot overlap themselves, so each pattern finds every start of its century."""
    return [found.start() for century in _CENTURIES for found in century.finditer(head)]
