"""The shortcuts a plain text file takes give the answers the plain code gives (issue 14).

The date guess looks for a year with ``str``-speed searches before its patterns, the title
walks the lines without splitting the whole text, and a UTF-8 file with no control byte is
decoded in one pass and not normalized again. Each is held equal to the plain computation
on the whole shared corpus and on generated texts and bytes.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from marginalia.db.article_import import encoding
from marginalia.db.article_import.encoding import Decoded, DecodeError, decode_bytes
from marginalia.db.article_import.normalize import normalize_text
from marginalia.db.article_import.text import (
    _BREADCRUMB_SEPARATORS,
    _BREADCRUMB_START,
    _DATE_PATTERNS,
    _MONTHS,
    guess_date,
    guess_title,
)


def reference_date(text: str) -> str | None:
    """The date guess without any shortcut: every pattern over the first 2,000 characters."""
    head = text[:2000]
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(head):
            groups = match.groupdict()
            month = _MONTHS[groups["mon"][:3].lower()] if groups.get("mon") else int(groups["m"])
            day = int(groups["d"])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{int(groups['y']):04d}-{month:02d}-{day:02d}"
    return None


def reference_title(text: str, fallback: str) -> str:
    for line in text.split("\n"):
        line = line.strip()
        breadcrumb = bool(_BREADCRUMB_START.match(line)) or (
            len(_BREADCRUMB_SEPARATORS.findall(line)) >= 2
        )
        if not line or breadcrumb:
            continue
        return line if len(line) <= 120 else line[:120].rstrip() + "…"
    return fallback


def corpus_files() -> list[Path]:
    root = Path(os.environ.get("MARGINALIA_CORPUS", Path(__file__).parents[3] / "../shared/corpus"))
    files = [path for path in sorted(root.rglob("*")) if path.is_file()]
    assert len(files) > 100, "the shared corpus was not found"
    return files


def slow_decode(data: bytes) -> Decoded | str:
    """``decode_bytes`` with its UTF-8 fast path closed (no byte string has its length once
    every byte is deleted), or the message it refuses the bytes with."""
    fast_path_bytes = encoding._NOT_IN_CLEAN_TEXT
    encoding._NOT_IN_CLEAN_TEXT = bytes(range(256))
    try:
        return decode_bytes(data)
    except DecodeError as exc:
        return str(exc)
    finally:
        encoding._NOT_IN_CLEAN_TEXT = fast_path_bytes


def assert_decoded_alike(data: bytes) -> None:
    try:
        fast: Decoded | str = decode_bytes(data)
    except DecodeError as exc:
        fast = str(exc)
    slow = slow_decode(data)
    if isinstance(fast, str) or isinstance(slow, str):
        assert fast == slow
        return
    assert (fast.text, fast.encoding) == (slow.text, slow.encoding)
    assert fast.confidence == slow.confidence
    assert not slow.normalized
    if fast.normalized:
        assert normalize_text(fast.text) == fast.text


def test_the_shared_corpus_gets_the_same_dates_titles_and_decoding() -> None:
    texts = 0
    for path in corpus_files():
        data = path.read_bytes()[:200_000]
        assert_decoded_alike(data)
        try:
            text = normalize_text(decode_bytes(data).text)
        except DecodeError:  # a file the corpus keeps to be refused
            continue
        texts += 1
        for start in (0, 100, 500, 3000):
            piece = text[start:]
            assert guess_date(piece) == reference_date(piece), (path, start)
            assert guess_title(piece, fallback="stem") == reference_title(piece, "stem")
    assert texts > 500


DATE_PIECES = st.one_of(
    st.sampled_from(
        [
            "19",
            "20",
            "1919",
            "2020",
            "2024",
            "1999",
            "202",
            "12",
            "6",
            "31",
            "00",
            "2024年",
            "6月",
            "24日",
            "Jan",
            "June",
            "Sept.",
            "Dec",
            "May",
            "Mar",
            "March",
            ",",
            ".",
            "-",
            "/",
            "年",
            "月",
            " ",
            "  ",
            "\n",
            "\t",
            "\u3000",
            "\xa0",
            "٢٠٢٤",
            "２０２４",
            "①",
            "Published",
            "on",
            "the",
            "1920-1-1920",
            "2019.12.01.1",
            "19 Jan 2020",
        ]
    ),
    st.text(
        alphabet=st.sampled_from("0123456789 -/.,年月日JFMASONDaceghlnoprtuvy\n𠀋😀"), max_size=8
    ),
)


@settings(max_examples=600)
@given(st.lists(DATE_PIECES, max_size=300).map("".join))
@example("2019-13-01 then 2019-12-01")
@example("1919-1-1 and Jan 5, 2020")
@example("x" * 1998 + "2019-12-01")
@example("May 3, 19 2019 and 3 Mayday 2001")
def test_generated_texts_get_the_same_dates(text: str) -> None:
    assert guess_date(text) == reference_date(text)


TITLE_PIECES = st.sampled_from(
    ["当前位置", "Home > News", " > ", "›", "»", "a>b", "Title", "新闻", "\n", "\n\n", " ",
     "\t", "\u2028", "\x1c", "x" * 130, "首页 » 新闻 » 正文", "you are here", ">"]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(TITLE_PIECES, max_size=30).map("".join))
def test_generated_texts_get_the_same_titles(text: str) -> None:
    assert guess_title(text, fallback="stem") == reference_title(text, "stem")
    assert guess_title(text, fallback=lambda: "stem") == reference_title(text, "stem")


BYTE_PIECES = st.one_of(
    st.binary(max_size=16),
    st.sampled_from(
        [
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"\x00",
            b"\x1b$B",
            b"\x1b(B",
            b"\r\n",
            b"\r",
            b"\x0c",
            b"\x1a",
            b"\x7f",
            b"\x85",
            "新闻 text".encode(),
            "😀".encode(),
            b"\xe6\x96",
            b"BM",
            b"%PDF-",
            b"PK\x03\x04",
            b"\t\n",
        ]
    ),
    st.text(max_size=12).map(lambda s: s.encode("utf-8", "surrogatepass")),
)


@settings(max_examples=600)
@given(st.lists(BYTE_PIECES, min_size=1, max_size=40).map(b"".join))
@example("新闻\r\n正文\n".encode())
@example("新闻\x0b正文".encode())
@example(b"plain text\x1b$Bmore")
def test_generated_bytes_decode_alike(data: bytes) -> None:
    assert_decoded_alike(data)


def test_a_file_beyond_the_sample_takes_the_checked_path() -> None:
    """The fast path reads only files its checks would have seen whole (the first 64 KB):
    a NUL beyond them is left to the checks as before."""
    data = "新闻\n".encode() * (encoding.SAMPLE_BYTES // 7 + 1) + b"\x00"
    assert len(data) > encoding.SAMPLE_BYTES
    decoded = decode_bytes(data)
    assert not decoded.normalized and decoded.encoding == "utf-8"
    assert_decoded_alike(data)


@pytest.mark.parametrize("relative", [".", "./", "sub", "sub/../sub", "{tmp}"])
def test_a_folder_walk_names_files_as_paths_join_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: str
) -> None:
    """Files found in a folder are named ``str(folder / name)``, though the walk builds the
    names as strings (``.`` gives ``a.txt``, not ``./a.txt``)."""
    from marginalia.db.article_import.sources import Source, walk

    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.txt", "c"):
        (tmp_path / "sub" / name).write_text(f"text of {name}")
        (tmp_path / name).write_text(f"text of {name}")
    monkeypatch.chdir(tmp_path)

    def joined(folder: Path) -> list[str]:
        found: list[str] = []
        for path in sorted(folder.iterdir(), key=lambda p: p.name):
            found += joined(path) if path.is_dir() else [str(path)]
        return found

    folder = Path(relative.format(tmp=tmp_path))
    items = list(walk([folder]))
    assert all(isinstance(item, Source) for item in items)
    assert [item.path for item in items] == joined(folder)
    assert len(items) == (6 if relative.startswith((".", "{")) else 3)


RECORD_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from('\r\n\t\x00\x08\x0b\x0c\x1b\x1f\x7f\x85\u2028\ufeff\\"新😀 abc'),
    ),
    max_size=40,
)


@settings(max_examples=500)
@given(
    text=RECORD_TEXT,
    title=st.one_of(st.none(), RECORD_TEXT),
    ascii_only=st.booleans(),
    encoding_name=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32-le"]),
)
@example(text="\ufeffa\rb", title=None, ascii_only=False, encoding_name="utf-8")
@example(text="a\\rb\u000cc", title=None, ascii_only=True, encoding_name="utf-8")
@example(text="line\r\nline", title=None, ascii_only=True, encoding_name="utf-16")
def test_a_record_read_without_normalizing_is_the_record_normalized(
    text: str, title: str | None, ascii_only: bool, encoding_name: str
) -> None:
    """A JSON line with no escape that writes a CR or a control character (and no NUL:
    JSON in UTF-16 or UTF-32) gives the article its text normalized would."""
    from marginalia.db.article_import.batch import RecordError, parse_record
    from marginalia.db.article_import.pipeline import ImportOptions, parse_source
    from marginalia.db.article_import.sources import SiblingFiles, Source, _record
    from marginalia.db.article_import.text import TextOptions
    from marginalia.db.errors import MarginaliaError

    line = json.dumps({"text": text, "title": title}, ensure_ascii=ascii_only)
    raw = line.encode(encoding_name, "surrogatepass")  # as json.loads takes it
    item = _record("batch.jsonl#1", raw, SiblingFiles())
    if not isinstance(item, Source):
        return  # refused, whichever way it is read
    assert item.record is not None
    if item.no_controls:
        assert encoding_name.startswith("utf-8")
        assert all(c not in text for c in "\r\x00\x08\x0b\x0c\x1b\x1f")
    try:
        fast: object = parse_source(item, ImportOptions())
    except MarginaliaError as exc:
        fast = str(exc)
    try:
        plain: object = parse_record(
            item.record, source=item.path, siblings=item.siblings, options=TextOptions()
        )
    except RecordError as exc:
        plain = str(exc)
    assert fast == plain


def test_what_the_date_guess_relies_on_white_space_is_str_isspace() -> None:
    """The month-name patterns need ``\\s`` before the year; the guess asks ``isspace``."""
    space = re.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if bool(space.match(c)) != c.isspace()] == []
