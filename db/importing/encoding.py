"""Decoding text files of unknown encoding (design §2).

Order: a BOM decides; else strict UTF-8; else detection on a bounded sample. Superset rules
keep real-world files from failing on one rare character (GB2312 → GB18030, Big5 → Big5-HKSCS,
Shift_JIS → CP932).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import chardet

from ..errors import MarginaliaError

#: How many bytes detection looks at.
SAMPLE_BYTES = 64 * 1024

SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "ascii": "utf-8",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class DecodeError(MarginaliaError):
    """The bytes are not text in any encoding we can read (or are binary)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    #: The decoded text, BOM removed, not yet normalized otherwise.
    text: str
    #: The Python codec name that was used.
    encoding: str
    #: 1.0 for a BOM, strict UTF-8 or a forced encoding; the detector's confidence otherwise.
    confidence: float


def canonical_codec(name: str) -> str:
    """The Python codec for an encoding name, widened to its superset."""
    try:
        codec = codecs.lookup(name).name
    except LookupError as exc:
        raise DecodeError(f"unknown encoding {name!r}") from exc
    return SUPERSETS.get(codec.replace("-", "_"), codec)


def decode_bytes(data: bytes, *, forced: str | None = None) -> Decoded:
    if forced:
        codec = canonical_codec(forced)
        try:
            return Decoded(data.decode(codec), codec, 1.0)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"the file is not valid {forced}: {exc.reason}") from exc
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), codec, 1.0)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the file starts as {codec} but is damaged") from exc
    if b"\x00" in data[:SAMPLE_BYTES]:
        raise DecodeError("the file is binary, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    guess = chardet.detect(data[:SAMPLE_BYTES])
    name = guess.get("encoding")
    if not name:
        raise DecodeError("the text encoding could not be recognised")
    codec = canonical_codec(name)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"the file looks like {name} but does not decode as it") from exc
    return Decoded(text, codec, float(guess.get("confidence") or 0.0))
