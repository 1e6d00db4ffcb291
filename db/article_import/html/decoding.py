"""Turning the bytes of a saved page into text (ADR 0020).

Order: a BOM decides; then the charset the page declares (``<meta charset>``,
``<meta http-equiv=Content-Type>``, an XML declaration), accepted only if the whole page
decodes strictly with it — pages lie (``qq`` declares gb2312 and is UTF-8) — or, for a
declared UTF-8, if at most one byte in a thousand is broken (shown as U+FFFD); then the
shared detector :func:`marginalia.db.article_import.encoding.decode_bytes`. Declared names are
widened to their supersets (GB2312 → GB18030, Big5 → Big5-HKSCS) like text import does.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...messages import Message
from ..encoding import DecodeError, canonical_codec, decode_bytes
from ..sniff import BOMS, declared_charset


@dataclass(frozen=True, slots=True)
class DecodedPage:
    text: str
    #: The Python codec that was used.
    encoding: str
    confidence: float
    #: How it was chosen: "forced", "bom", "utf-8" (valid UTF-8), "declared", "repaired"
    #: (declared UTF-8 with a few broken bytes, shown as U+FFFD), "detected".
    method: str
    #: The charset the page declared, if any (kept even when it lied).
    declared: str | None


#: A page declared UTF-8 may have this share of broken bytes (a bad copy-paste, a truncated
#: character) and still be read as UTF-8, each broken sequence shown as U+FFFD like a
#: browser does; more than that and detection decides.
MAX_BROKEN_SHARE = 0.001


def _repaired_utf8(data: bytes) -> DecodedPage | None:
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    if broken > max(1, len(data) * MAX_BROKEN_SHARE):
        return None
    return DecodedPage(text, "utf-8", 1.0 - broken / max(len(text), 1), "repaired", "utf-8")


def _declared_codecs(declared: str) -> list[str]:
    try:
        codec = canonical_codec(declared)
    except DecodeError:
        return []
    # A page declaring UTF-16/32 without a BOM is lying: its declaration was readable as
    # ASCII-compatible bytes.
    if codec.startswith(("utf-16", "utf-32")):
        return []
    # Browsers read Latin-1 and ASCII declarations as windows-1252 (WHATWG Encoding).
    if codec == "iso8859-1":
        return ["cp1252", codec]
    return [codec]


def decode_page(data: bytes, *, forced: str | None = None) -> DecodedPage:
    """Decode a page; raises :class:`DecodeError` with a plain reason."""
    declared = declared_charset(data)
    if forced:
        decoded = decode_bytes(data, forced=forced)
        return DecodedPage(decoded.text, decoded.encoding, 1.0, "forced", declared)
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    Message("the page starts as {encoding} but is damaged", encoding=codec)
                ) from exc
            return DecodedPage(text, codec, 1.0, "bom", declared)
    if not data.isascii():
        # Non-ASCII bytes that happen to be valid UTF-8 are UTF-8: text in a legacy
        # encoding practically never is. This catches the pages that declare a legacy
        # charset their bytes do not use (GB18030 and Latin-1 would decode them "fine").
        try:
            return DecodedPage(data.decode("utf-8"), "utf-8", 1.0, "utf-8", declared)
        except UnicodeDecodeError:
            pass
    if declared:
        for codec in _declared_codecs(declared):
            try:
                return DecodedPage(data.decode(codec), codec, 1.0, "declared", declared)
            except UnicodeDecodeError:
                continue
        if _declared_codecs(declared) == ["utf-8"]:
            repaired = _repaired_utf8(data)
            if repaired is not None:
                return repaired
    decoded = decode_bytes(data)
    return DecodedPage(decoded.text, decoded.encoding, decoded.confidence, "detected", declared)
