"""Held-out accuracy: the corpus texts re-encoded into other encodings (ADR 0010).

The corpus files are chardet's own test files, so chardet is tuned on them. Here every
corpus text is re-encoded into each legacy encoding of its script (characters that
encoding lacks are dropped) and into BOM-less UTF-16 LE/BE, with any declared charset
blanked so that only detection counts. A decoding is right when its text equals the
re-encoded bytes decoded with the codec used, or with a superset ADR 0010 allows.
Prints Marginalia beside chardet alone and charset_normalizer alone.

    MARGINALIA_CORPUS=/work/shared/corpus .venv/bin/python bench/encoding_accuracy.py
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import chardet
import charset_normalizer
from encoding_corpus import text_files

from marginalia.db.article_import.encoding import SAMPLE_BYTES, DecodeError, decode_bytes

#: Legacy encodings by script.
FAMILIES = {
    "cyrillic": ["cp1251", "koi8-r", "koi8-u", "cp866", "iso8859-5", "mac-cyrillic"],
    "western": ["cp1252", "iso8859-1", "iso8859-15", "mac-roman", "cp850"],
    "central": ["cp1250", "iso8859-2", "cp852"],
    "baltic": ["cp1257", "iso8859-13"],
    "greek": ["cp1253", "iso8859-7"],
    "turkish": ["cp1254", "iso8859-9"],
    "hebrew": ["cp1255", "iso8859-8"],
    "arabic": ["cp1256", "iso8859-6"],
    "thai": ["tis-620", "cp874"],
    "simplified": ["gb2312", "gb18030"],
    "traditional": ["big5"],
    "japanese": ["shift_jis", "euc_jp", "iso2022_jp"],
    "korean": ["euc_kr"],
}
ALLOWED_SUPERSETS = {
    "gb2312": ["gb18030"],
    "big5": ["big5hkscs", "cp950"],
    "shift_jis": ["cp932"],
    "euc_kr": ["cp949"],
    "iso8859-1": ["cp1252"],
    "tis-620": ["cp874"],
}
_LETTER_SETS = {
    "turkish": set("ğışĞİŞ"),
    "central": set("ąęłńśźżčěřšžťďňůőűĺľŕăţșțĄĘŁŃŚŹŻČĚŘŠŽŤĎŇŮŐŰĹĽŔĂŢȘȚ"),
    "baltic": set("āēīūķļņģėįųĀĒĪŪĶĻŅĢĖĮŲ"),
}
_RANGES = (
    (0x400, 0x500, "cyrillic"),
    (0x370, 0x400, "greek"),
    (0x590, 0x600, "hebrew"),
    (0x600, 0x700, "arabic"),
    (0xE00, 0xE80, "thai"),
    (0x3040, 0x3100, "japanese"),
    (0xAC00, 0xD7B0, "korean"),
    (0x4E00, 0xA000, "han"),
)
_DECLARATION = re.compile(r"""(encoding\s*=\s*["']|charset\s*=\s*["']?)[A-Za-z0-9._:-]+""", re.I)


def script_of(text: str) -> str | None:
    counts: Counter[str] = Counter()
    for char in text:
        code = ord(char)
        family = next((name for low, high, name in _RANGES if low <= code < high), None)
        if family is None:
            family = next((name for name, chars in _LETTER_SETS.items() if char in chars), None)
        if family is None and 0xC0 <= code < 0x100:
            family = "western"
        if family:
            counts[family] += 1
    if not counts:
        return None
    family = counts.most_common(1)[0][0]
    if family == "han":
        if counts["japanese"]:
            return "japanese"
        try:
            text.encode("gb2312")
            return "simplified"
        except UnicodeEncodeError:
            return "traditional"
    return family


def _without_bom(text: str) -> str:
    return text.removeprefix("\ufeff")


def _by_name(detect: Callable[[bytes], str | None]) -> Callable[[bytes], str | None]:
    def decode(data: bytes) -> str | None:
        name = detect(data)
        try:
            return _without_bom(data.decode(name)) if name else None
        except (UnicodeDecodeError, LookupError):
            return None

    return decode


def _ours(data: bytes) -> str | None:
    try:
        return _without_bom(decode_bytes(data).text)
    except DecodeError:
        return None


def _normalizer(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data[:SAMPLE_BYTES]).best()
    return best.encoding if best else None


DECIDERS = {
    "marginalia": _ours,
    "chardet alone": _by_name(lambda data: chardet.detect(data[:SAMPLE_BYTES])["encoding"]),
    "charset_normalizer alone": _by_name(_normalizer),
}


def _short_lines(text: str, count: int = 3) -> list[str]:
    """Up to `count` lines of 40-400 characters with at least 8 non-ASCII letters."""
    lines = [line.strip() for line in text.splitlines()]
    return [
        line
        for line in lines
        if 40 <= len(line) <= 400 and sum(1 for char in line if ord(char) > 127) >= 8
    ][:count]


def cases(short: bool) -> list[tuple[str, str, bytes]]:
    """Re-encoded whole texts, or (`short`) single lines of them, as (name, codec, bytes)."""
    found = []
    for path, codec in text_files():
        text = _without_bom(path.read_bytes().decode(codec)).replace("\x00", "")
        text = _DECLARATION.sub(r"\1", text)
        family = script_of(text)
        if family is None:
            continue
        pieces = _short_lines(text) if short else [text]
        targets = FAMILIES[family] if short else [*FAMILIES[family], "utf-16-le", "utf-16-be"]
        for piece in pieces:
            for target in targets:
                data = piece.encode(target, "ignore")
                if data != piece.encode("utf-8"):
                    found.append((f"{target}:{path.parent.name}/{path.name}", target, data))
    return found


def measure(title: str, cases: list[tuple[str, str, bytes]]) -> None:
    right: Counter[str] = Counter()
    wrong: dict[str, Counter[str]] = {name: Counter() for name in DECIDERS}
    for _, target, data in cases:
        accepted = {_without_bom(data.decode(target))}
        for superset in ALLOWED_SUPERSETS.get(target, []):
            try:
                accepted.add(_without_bom(data.decode(superset)))
            except UnicodeDecodeError:
                pass
        for name, decide in DECIDERS.items():
            if decide(data) in accepted:
                right[name] += 1
            else:
                wrong[name][target] += 1
    print(f"exact decoded text on {len(cases)} {title}:")
    for name in DECIDERS:
        print(f"  {name:26} {right[name]:4}  {right[name] / len(cases):6.1%}")
        print(f"      wrong by encoding: {dict(wrong[name].most_common())}")


def main() -> None:
    measure("re-encoded corpus texts", cases(short=False))
    measure("re-encoded single lines (40-400 characters)", cases(short=True))


if __name__ == "__main__":
    main()
