"""Decoding text files of unknown encoding (ADR 0006, ADR 0010).

Order: an empty file is refused; a forced encoding is obeyed; a BOM decides; binary
formats are refused by their signature; BOM-less UTF-16/32 is recognised by its NUL
pattern; ISO-2022 by its escapes; control bytes that text never holds mean binary; then
strict UTF-8; then detection on a bounded sample. chardet proposes candidates (and the
document may declare its charset); the decoded sample of each is scored for defects
(C1 controls, unassigned code points, capitals inside words ...), one-byte code pages
are also checked against every non-ASCII byte of the file, and the winner, widened to
its superset, decodes the whole file once. charset_normalizer is asked only when no
candidate reads the file.

A file within the sample that holds no control byte but tab, LF and CR (one pass over its
bytes) goes from the signatures straight to strict UTF-8: every check between would pass it
on (issue 14, docs/performance.md "Fourth round").
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..errors import MarginaliaError
from ..messages import Message
from .sniff import (
    BOMS,
    binary_controls,
    binary_kind,
    declared_charset,
    detection_sample,
    iso2022_codec,
    utf16_32_without_bom,
)

#: How many bytes detection looks at.
SAMPLE_BYTES = 64 * 1024

#: Encodings always decoded as their superset, keyed and valued by Python codec name.
#: Where the superset cannot decode a file, the encoding itself is used (ADR 0010).
SUPERSETS = {
    "ascii": "utf-8",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "iso8859-1": "cp1252",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    # Not supersets but the common member of the family: the JIS X 0213 variants that
    # detectors name for plain Shift_JIS text (ADR 0010).
    "shift_jis_2004": "cp932",
    "shift_jisx0213": "cp932",
}

#: Code pages put last when candidates tie on both confidence and defects: so rarely
#: used that a tie with a common one is almost always the common one.
_RARE = frozenset(["hp-roman8"])

#: DOS code pages, put after others on a tie when the file has no DOS (CRLF) line ends.
_DOS = frozenset(
    """cp437 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858 cp860 cp861 cp862 cp863
    cp864 cp865 cp866 cp869 cp1125""".split()  # noqa: SIM905
)

#: A candidate chardet did not put first must read the sample this much cleaner, in
#: defects per non-ASCII character, to overrule it (ADR 0010).
_OVERRULE_RATE = 0.01

#: Defects per non-ASCII byte above which chardet's other candidates are considered too.
_EXPAND_RATE = 0.1

#: Fallbacks for a superset that cannot decode a file, tried before the subset itself.
_SECOND_SUPERSETS = {"big5hkscs": "cp950"}

#: A chardet candidate is considered when its confidence is within this share of the best.
_TIE_SHARE = 0.5


_UNICODE_NAMES = {
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
    "utf-8": "UTF-8",
}


#: The bytes the UTF-8 fast path of :func:`decode_bytes` requires a file not to hold: every
#: control byte but tab, newline and carriage return (the ones :func:`.normalize_text`
#: removes, NUL and ESC among them).
_NOT_IN_CLEAN_TEXT = bytes(b for b in range(32) if b not in b"\t\n\r")


class DecodeError(MarginaliaError):
    """The bytes are not text in any encoding we can read (or are binary)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    #: The decoded text, BOM removed, not yet normalized otherwise.
    text: str
    #: The Python codec name that was used.
    encoding: str
    #: 1.0 for a BOM, strict UTF-8, a forced encoding or an unambiguous byte pattern;
    #: the detector's confidence otherwise.
    confidence: float
    #: True when the text is known to need no normalization (:func:`.normalize_text` would
    #: return it as it is: no BOM, no carriage return, no control character but tab and
    #: newline) — the UTF-8 fast path finds that out on the bytes.
    normalized: bool = False


def codec_name(name: str) -> str:
    """The Python codec name for an encoding name, as `codecs` spells it."""
    try:
        return codecs.lookup(name).name
    except LookupError as exc:
        if name.lower().replace("_", "-") in ("euc-tw", "x-euc-tw", "cns11643"):
            raise DecodeError(_EUC_TW) from exc
        raise DecodeError(Message("unknown encoding {name}", name=repr(name))) from exc


def canonical_codec(name: str) -> str:
    """The Python codec for an encoding name, widened to its superset."""
    codec = codec_name(name)
    return SUPERSETS.get(codec, codec)


def decode_bytes(data: bytes, *, forced: str | None = None) -> Decoded:
    """Decode a whole file; raise DecodeError with a one-sentence reason if it is not text."""
    if not data:
        raise DecodeError(Message("the file is empty"))
    if forced:
        return _decode_forced(data, forced)
    for bom, codec in BOMS:
        if data.startswith(bom):
            if codec == "utf-32-le" and _utf16_le_after_all(data[2:]):
                return Decoded(data[2:].decode("utf-16-le"), "utf-16-le", 1.0)
            return _decode_unicode(data[len(bom) :], codec, bom=True)
    head = data[:SAMPLE_BYTES]
    kind = binary_kind(head)
    if kind:
        raise DecodeError(Message("the file is binary ({kind}), not text", kind=kind))
    if len(data) <= SAMPLE_BYTES and len(data.translate(None, _NOT_IN_CLEAN_TEXT)) == len(data):
        # The whole file is the sample and holds no NUL, no ESC (ISO-2022) and no other
        # control byte: every check below would pass on to strict UTF-8 (one pass over the
        # bytes, where the checks and normalizing the text afterwards took four).
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return _detect(data)
        return Decoded(text, "utf-8", 1.0, normalized=b"\r" not in data)
    looks_binary = binary_controls(head)
    if b"\x00" in head:
        unicode_codecs = utf16_32_without_bom(head)
        # Both byte orders are only worth trying when an 8-bit reading makes no sense.
        if len(unicode_codecs) == 1 or looks_binary:
            found = _clean_unicode(head, unicode_codecs)
            if found:
                return _decode_unicode(data, found, bom=False)
    iso2022 = iso2022_codec(head)
    if iso2022:
        try:
            return Decoded(data.decode(iso2022), iso2022, 1.0)
        except UnicodeDecodeError:
            pass
    if looks_binary:
        raise DecodeError(Message("the file is binary, not text"))
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _clean_unicode(head: bytes, candidates: list[str]) -> str | None:
    """The one UTF-16/32 codec in which `head` reads as clean text, if exactly one does."""
    # One candidate has the evidence of where its NULs sit; two must read clearly clean.
    limit = 0.05 if len(candidates) == 1 else 0.01
    clean = []
    for codec in candidates:
        unit = 4 if codec.startswith("utf-32") else 2
        text = _decodes(head[: len(head) - len(head) % unit], codec)
        if text is None:
            continue
        # Real text has no NUL characters; NUL-padded 8-bit text read as UTF-16 does.
        from .plausibility import defects  # loaded when a file is not plainly UTF-8

        score = defects(text, context=False) + text.count("\x00")
        if score <= limit * len(text):
            clean.append((score, codec))
    clean.sort()
    if not clean or (len(clean) == 2 and clean[0][0] == clean[1][0]):
        return None
    return clean[0][1]


def _utf16_le_after_all(data: bytes) -> bool:
    """Whether FF FE 00 00 was the UTF-16 LE BOM and a U+0000, not the UTF-32 LE BOM.

    Only when the bytes are not UTF-32 LE but are UTF-16 LE with no further NULs: read as
    UTF-16, damaged UTF-32 would be half NUL characters.
    """
    try:
        data[2:].decode("utf-32-le")
        return False
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("utf-16-le")
    except UnicodeDecodeError:
        return False
    return text.count("\x00") * 100 <= len(text) + 100


def _decode_forced(data: bytes, forced: str) -> Decoded:
    codec = codec_name(forced)
    if data.startswith(codecs.BOM_UTF8) and codec == "utf-8":
        data = data[len(codecs.BOM_UTF8) :]
    for candidate in _widened(codec):
        try:
            return Decoded(data.decode(candidate), candidate, 1.0)
        except UnicodeDecodeError as exc:
            error = exc
    raise DecodeError(
        Message(
            "the file is not valid {encoding}: byte {byte} cannot be read in that encoding",
            encoding=forced,
            byte=error.start,
        )
    )


def _decode_unicode(data: bytes, codec: str, *, bom: bool) -> Decoded:
    name = _UNICODE_NAMES[codec]
    unit = 4 if name == "UTF-32" else 2 if name == "UTF-16" else 1
    if len(data) % unit:
        raise DecodeError(
            Message(
                "the file starts with a BOM for {encoding} but its length is not a multiple of "
                "{unit} bytes, so it is truncated",
                encoding=name,
                unit=unit,
            )
            if bom
            else Message(
                "the file looks like BOM-less {encoding} but its length is not a multiple of "
                "{unit} bytes, so it is truncated",
                encoding=name,
                unit=unit,
            )
        )
    try:
        return Decoded(data.decode(codec), codec, 1.0)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            Message(
                "the file starts with a BOM for {encoding} but is damaged at byte {byte}",
                encoding=name,
                byte=exc.start,
            )
            if bom
            else Message(
                "the file looks like BOM-less {encoding} but is damaged at byte {byte}",
                encoding=name,
                byte=exc.start,
            )
        ) from exc


def _widened(codec: str) -> list[str]:
    """The codecs to try for `codec`, its superset first."""
    superset = SUPERSETS.get(codec)
    if not superset or superset == "utf-8":
        return [codec]
    second = _SECOND_SUPERSETS.get(superset)
    return [superset, second, codec] if second else [superset, codec]


def _decodes(sample: bytes, codec: str) -> str | None:
    """`sample` decoded, tolerating a character cut at its end; None if it is not valid."""
    try:
        return codecs.getincrementaldecoder(codec)().decode(sample, final=False)
    except (UnicodeDecodeError, LookupError):
        return None


def _candidates(sample: bytes, *, everything: bool = False) -> list[tuple[str, float]]:
    """chardet's candidates and the declared charset, each with chardet's confidence.

    Normally those within `_TIE_SHARE` of chardet's best; with `everything`, all that
    chardet can name, however unlikely. The declared charset has confidence 0 unless
    chardet proposes it too: it wins only on a clearly cleaner decoding, never on a tie.
    """
    import chardet  # loaded when a file is not UTF-8 (JSON Lines and most files never are)

    found: list[tuple[str, float]] = []
    guesses = chardet.detect_all(sample, ignore_threshold=everything, compat_names=False)
    best = max((float(g["confidence"] or 0.0) for g in guesses), default=0.0)
    for guess in guesses:
        confidence = float(guess["confidence"] or 0.0)
        if guess["encoding"] and (everything or confidence >= best * _TIE_SHARE):
            found.append((guess["encoding"], confidence))
    declared = declared_charset(sample, window=4096)
    declared = declared.lower() if declared else None
    if declared:
        found.append((declared, 0.0))
    return _known(found)


def _second_opinion(sample: bytes) -> list[tuple[str, float]]:
    """charset_normalizer's pick, asked only when no chardet candidate reads the file."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(sample).best()
    return _known([(best.encoding, 0.0)]) if best is not None else []


def _known(found: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The candidates as Python codec names, without duplicates or unknown encodings."""
    result: list[tuple[str, float]] = []
    seen: set[str] = set()
    for name, confidence in found:
        try:
            codec = codec_name(name)
        except DecodeError:
            continue
        if codec not in seen:
            seen.add(codec)
            result.append((codec, confidence))
    return result


def _detect(data: bytes) -> Decoded:
    # Stray NULs (removed at import anyway) make detectors call the sample binary.
    sample = detection_sample(data, SAMPLE_BYTES).replace(b"\x00", b"")
    candidates = _candidates(sample)
    if candidates and candidates[0][0] in _GB and _looks_like_euc_tw(sample):
        raise DecodeError(_EUC_TW)
    for codec, confidence in _in_order(data, sample, candidates):
        for candidate in _widened(codec):
            try:
                return Decoded(data.decode(candidate), candidate, round(confidence, 3))
            except UnicodeDecodeError:
                continue
    raise DecodeError(Message("the text encoding could not be recognised"))


_GB = frozenset(["gb2312", "gbk", "gb18030"])


def _in_order(
    data: bytes, sample: bytes, candidates: list[tuple[str, float]]
) -> Iterator[tuple[str, float]]:
    """The ranked candidates, then (only if none reads the file) the second opinion.

    If even the best candidate reads the sample badly, chardet is asked for every encoding
    it can name: on short samples its first few are often all wrong.
    """
    ranked = _ranked(data, sample, candidates)
    non_ascii = len(sample) - len(sample.translate(None, _HIGH))
    if not ranked or ranked[0][2] > max(2.0, _EXPAND_RATE * non_ascii):
        ranked = _ranked(data, sample, _candidates(sample, everything=True)) or ranked
    yield from ((codec, confidence) for codec, confidence, _ in ranked)
    yield from _second_opinion(sample)


def _ranked(
    data: bytes, sample: bytes, candidates: list[tuple[str, float]]
) -> list[tuple[str, float, float]]:
    """The candidates that can decode the file, best first, with their defect scores.

    chardet's top candidates (those tied on its best confidence) are ordered by defects
    in their decoded sample. Any other candidate goes first only if it reads clearly
    cleaner than the best of them: chardet's statistics outweigh a small difference.
    """
    # loaded when a file is not UTF-8 (its regular expressions take ~10 ms to compile)
    from .plausibility import char_defects, context_defects, defects

    # Each distinct non-ASCII byte of the file, to check one-byte code pages beyond the
    # sample: such a code page decodes every byte on its own, so these show all it yields.
    high = data.translate(None, _ASCII)[:_HIGH_BYTES_CHECKED]
    distinct_high = bytes(byte for byte in range(0x80, 0x100) if byte in high)
    top = max((round(confidence, 2) for _, confidence in candidates), default=0.0)
    dos_lines = b"\r\n" in sample
    # Per candidate: is it in chardet's top group, its decoded sample, and its defects
    # counted by character. One-byte code pages that map the file's bytes alike read it
    # alike, so they share one decoding (keyed by that mapping).
    readings: list[tuple[bool, int, str, float, str, str, float]] = []
    decoded: dict[str, tuple[str, float]] = {}
    for rank, (codec, confidence) in enumerate(candidates):
        single_byte = _single_byte(codec)
        try:
            key = distinct_high.decode(codec) + _low_half(codec) if single_byte else codec
        except UnicodeDecodeError:
            continue  # a byte of the file this code page does not have
        if key not in decoded:
            text = _decodes(sample, codec)
            if text is None:
                continue
            base = defects(text, single_byte=single_byte, context=False)
            if single_byte:
                base += char_defects(distinct_high.decode(codec), single_byte=True)
            decoded[key] = (text, base)
        text, base = decoded[key]
        is_top = top > 0 and round(confidence, 2) == top
        readings.append((is_top, rank, codec, confidence, key, text, base))
    if not readings:
        return []
    # Letters in context cost regex passes: judge them for the top group, and for any
    # other candidate only if its characters alone leave it a chance to overrule.
    context: dict[str, float] = {}

    def full(key: str, text: str, base: float) -> float:
        if key not in context:
            context[key] = base + context_defects(text)
        return context[key]

    # Without a top group (chardet unsure below 0.005) every candidate competes.
    group = [reading for reading in readings if reading[0]]
    everyone = not group
    best_score = min(full(key, text, base) for *_, key, text, base in group or readings)
    margin = max(1.0, _OVERRULE_RATE * (len(sample) - len(sample.translate(None, _HIGH))))
    scored: list[tuple[bool, float, bool, int, str, float]] = []
    for is_top, rank, codec, confidence, key, text, base in readings:
        chance = is_top or everyone or base < best_score - margin
        score = full(key, text, base) if chance else base
        unlikely = codec in _RARE or (codec in _DOS and not dos_lines)
        scored.append((not is_top, score, unlikely, rank, codec, confidence))
    scored.sort()
    if not scored:
        return []
    best = scored[0]
    margin = max(1.0, _OVERRULE_RATE * (len(sample) - len(sample.translate(None, _HIGH))))
    challengers = sorted(
        (entry for entry in scored[1:] if entry[0] and entry[1] < best[1] - margin),
        key=lambda entry: entry[1:],
    )
    order = challengers + [entry for entry in scored if entry not in challengers]
    return [(codec, confidence, score) for _, score, _, _, codec, confidence in order]


@lru_cache(maxsize=256)
def _low_half(codec: str) -> str:
    """What a one-byte code page makes of bytes 0-127 (not ASCII in EBCDIC code pages)."""
    return bytes(range(0x80)).decode(codec, errors="replace")


@lru_cache(maxsize=256)
def _single_byte(codec: str) -> bool:
    """Whether `codec` maps each byte to one character on its own."""
    text = bytes(range(0x80, 0x100)).decode(codec, errors="replace")
    return len(text) == 0x80


_EUC_TW = Message(
    "the file looks like EUC-TW (Traditional Chinese), which Marginalia cannot decode;"
    " convert it to UTF-8 first (for example with iconv -f EUC-TW -t UTF-8)"
)
_EUC_TW_SS2 = re.compile(rb"\x8e[\xa2-\xb0][\xa1-\xfe][\xa1-\xfe]")
_EUC_PAIR = re.compile(rb"[\xa1-\xfe][\xa1-\xfe]")


def _looks_like_euc_tw(sample: bytes) -> bool:
    """Whether GB-looking bytes are really EUC-TW (CNS 11643 plane 1).

    Both are EUC, but GB2312 orders its characters by frequency (rows B0-D7 hold the
    3,755 common ones, used for over 99% of text) while CNS 11643 orders them by stroke
    count across rows C4-FD. Read as GB, EUC-TW therefore puts most characters in GB's
    rare rows.
    """
    if len(_EUC_TW_SS2.findall(sample)) >= 3:
        return True
    pairs = _EUC_PAIR.findall(sample)
    hanzi = [pair for pair in pairs if pair[0] >= 0xB0]
    if len(hanzi) < 50 or len(pairs) * 2 < len(sample) - len(sample.translate(None, _HIGH)):
        return False
    rare = sum(1 for pair in hanzi if pair[0] >= 0xD8)
    return rare * 5 > len(hanzi)


_HIGH = bytes(range(0x80, 0x100))
_ASCII = bytes(range(0x80))
#: One-byte candidates are checked against this many of the file's non-ASCII bytes.
_HIGH_BYTES_CHECKED = 4 << 20
