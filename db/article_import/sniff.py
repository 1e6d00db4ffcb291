"""Byte-level evidence about a file before any statistical detection (ADR 0010).

Everything here is cheap and certain enough to decide on its own: binary signatures,
BOM-less UTF-16/32 recognised by where the NUL bytes sit, ISO-2022 escape sequences and
the charset a markup document declares about itself.
"""

from __future__ import annotations

import codecs
import re

from ..messages import Message

#: Leading bytes of binary formats that people mistake for text, with a plain name.
_SIGNATURES: tuple[tuple[bytes, Message], ...] = (
    (b"\x89PNG\r\n\x1a\n", Message("a PNG image")),
    (b"\xff\xd8\xff", Message("a JPEG image")),
    (b"GIF87a", Message("a GIF image")),
    (b"GIF89a", Message("a GIF image")),
    (b"BM", Message("a BMP image")),
    (b"II*\x00", Message("a TIFF image")),
    (b"MM\x00*", Message("a TIFF image")),
    (b"%PDF-", Message("a PDF document")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", Message("an old Microsoft Office document")),
    (b"{\\rtf", Message("an RTF document")),
    (b"\x1f\x8b", Message("a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", Message("a 7-Zip archive")),
    (b"Rar!\x1a\x07", Message("a RAR archive")),
    (b"BZh", Message("a bzip2 archive")),
    (b"\xfd7zXZ\x00", Message("an XZ archive")),
    (b"\x7fELF", Message("a program")),
    (b"SQLite format 3\x00", Message("an SQLite database")),
    (b"wOFF", Message("a web font")),
    (b"wOF2", Message("a web font")),
    (b"OggS", Message("an Ogg media file")),
    (b"ID3", Message("an MP3 audio file")),
    (b"fLaC", Message("a FLAC audio file")),
)
#: The bytes a signature starts with: a file starting otherwise skips the loop.
_FIRST_BYTES = frozenset(signature[0] for signature, _kind in _SIGNATURES)

#: Control bytes that text in an ASCII-compatible encoding may hold: TAB LF VT FF CR,
#: SO/SI and ESC (ISO-2022) and SUB (the old DOS end-of-file mark).
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x0e\x0f\x1a\x1b")
_BINARY_CONTROLS = bytes(b for b in range(1, 32) if b not in _TEXT_CONTROLS)

_ZIP_KINDS = (
    (b"word/", Message("a Word document")),
    (b"xl/", Message("an Excel workbook")),
    (b"ppt/", Message("a PowerPoint presentation")),
    (b"mimetypeapplication/vnd.oasis.opendocument", Message("an OpenDocument file")),
    (b"mimetypeapplication/epub", Message("an EPUB book")),
)


def binary_kind(head: bytes) -> Message | None:
    """A plain name for the binary format `head` starts with, or None if it may be text."""
    if head.startswith(b"PK\x03\x04"):
        for marker, kind in _ZIP_KINDS:
            if marker in head[:4096]:
                return kind
        return Message("a zip archive")
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": Message("a WebP image"), b"WAVE": Message("a WAV audio file")}.get(
            head[8:12], Message("a video")
        )
    if head[4:8] == b"ftyp":
        return Message("a video or HEIC image")
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] != b"\x00\x00\x00\x00":
        return None  # "BM" followed by text, not a bitmap header
    if not head or head[0] not in _FIRST_BYTES:
        return None
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    return None


def utf16_32_without_bom(sample: bytes) -> list[str]:
    """The codecs BOM-less UTF-16/32 text could be in, judged by where its NULs sit.

    Text in UTF-32 has a zero high byte in every code unit; text in UTF-16 that has some
    ASCII (spaces, digits, newlines) has its NULs on one side of the code units. In
    UTF-16 text that is mostly CJK, characters like U+4E00 put NULs on the other side too:
    then both byte orders are returned and the caller lets the decoded text decide.
    """
    usable = sample[: len(sample) - len(sample) % 4]
    if len(usable) >= 4 and usable.count(0) * 2 >= len(usable):
        units = len(usable) // 4
        # Highest byte always zero, plane byte at most 0x10 and mostly zero (text is
        # mostly in the Basic Multilingual Plane).
        planes_le, planes_be = usable[2::4], usable[1::4]
        if not any(usable[3::4]) and max(planes_le) <= 0x10 and planes_le.count(0) * 2 >= units:
            return ["utf-32-le"]
        if not any(usable[0::4]) and max(planes_be) <= 0x10 and planes_be.count(0) * 2 >= units:
            return ["utf-32-be"]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd >= 4 and even * 20 <= odd:
        return ["utf-16-le"]
    if even >= 4 and odd * 20 <= even:
        return ["utf-16-be"]
    return ["utf-16-le", "utf-16-be"]


def binary_controls(sample: bytes) -> bool:
    """Whether `sample` holds control bytes the way binary data does and text does not.

    NULs alone do not count (text padded with NULs is still text, and import removes
    them), unless there is nothing else.
    """
    if not sample.strip(b"\x00"):
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    if controls == 0:
        return False
    return b"\x00" in sample or controls * 100 > len(sample)


_ISO2022 = re.compile(rb"\x1b(\$[@B]|\$\(D|\(J|\(I|\$\)C|\$A|\$\)A|\.A|N)")


def iso2022_codec(sample: bytes) -> str | None:
    """The ISO-2022 codec of 7-bit text that switches character sets with escapes."""
    if not sample.isascii():
        return None
    found = _ISO2022.search(sample)
    if not found:
        return None
    if found.group(1) == b"$)C":
        return "iso2022_kr"
    return "iso2022_jp_2" if b"\x1b$A" in sample or b"\x1b.A" in sample else "iso2022_jp"


#: The byte order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: How far into a document a charset declaration is looked for (browsers use 1024 bytes;
#: saved pages often carry long <head> comments first, so we look further).
DECLARATION_WINDOW = 16 * 1024

_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(head: bytes, window: int = DECLARATION_WINDOW) -> str | None:
    """The charset an XML or HTML document declares about itself in its first ``window``
    bytes (an XML declaration, ``<meta charset>``, ``<meta http-equiv=Content-Type>``), as
    written, or None. Text and HTML import both ask this one function."""
    head = head[:window]
    found = _XML_DECLARATION.match(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def detection_sample(data: bytes, size: int) -> bytes:
    """At most `size` bytes that carry the evidence, cut at line ends.

    Usually the start of the file. A long file whose start is plain ASCII (an XML header,
    a log) and whose first accented letter comes later is sampled from that line on, or
    a detector would see only ASCII.
    """
    if len(data) <= size:
        return data
    head = data[:size]
    if head.isascii():
        found = _HIGH_BYTE.search(data, size)
        if found is None:
            return head
        start = data.rfind(b"\n", 0, found.start()) + 1
        head = data[start : start + size]
    end = head.rfind(b"\n")
    return head[: end + 1] if end > 0 else head
