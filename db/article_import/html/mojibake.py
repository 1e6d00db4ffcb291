"""Repairing a page's own mojibake: UTF-8 that was once read as windows-1252 (ADR 0147).

Some saved pages carry double-encoded text in their bytes: a publisher's system read UTF-8 as
windows-1252 and wrote the result back as UTF-8, so the page says ``3Â¼ lengths`` or
``itâ€™s`` and a browser shows exactly that. The decoding is right (the bytes are valid UTF-8
and the page declares UTF-8); the text is not. Only sequences that read as one UTF-8
character and that no language writes are repaired, each back to its one character:

- ``Â`` before a Latin-1 symbol or a no-break space (``Â¼`` → ``¼``, ``Â°`` → ``°``): the
  bytes C2 A0–BF;
- ``Ã`` before one of windows-1252's characters for the bytes 80–BF (``Ã©`` → ``é``,
  ``Ã–`` → ``Ö``): a Latin-1 letter, C3 80–BF. Where that character is punctuation that
  may close a word (``’ ” … › – — • »``), only before a letter, so that a capitalised word
  ending in ``Ã`` before a quote or a dash (Portuguese ``IRMÃ”``) stays;
- ``â`` before ``€``, ``‚``, ``ƒ`` or ``„`` and one more such character (``â€™`` → ``’``,
  ``â‚¬`` → ``€``, ``â„¢`` → ``™``): General Punctuation, currency and letterlike symbols,
  E2 80–84 xx.

A character broken twice (``Ã‚Â£`` → ``Â£`` → ``£``) is repaired pass by pass, at most
three. Nothing else: other two-byte leads (``É”`` is ``CAFÉ”`` as often as it is mojibake)
and ``ï¿½`` (a replacement character's mojibake: the character it stood for is lost, and
U+FFFD would tell the reader no more) stay as they are.
Markup is left alone: only text outside tags is repaired (a saved page's file names are
never touched).
"""

from __future__ import annotations

import re

#: windows-1252's characters for the bytes 80–BF; the five bytes it leaves undefined read
#: as the C1 controls of the same number (as Python's Latin-1 reads them).
_CONTINUATION = "".join(
    bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(0x80, 0xC0)
)
_CLASS = re.escape(_CONTINUATION)
#: Punctuation among them that may follow a word ending in ``Ã``.
_CLOSING = frozenset("’”…›–—•»")

_MOJIBAKE = re.compile(f"Â[\u00a0-\u00bf]|Ã[{_CLASS}]|â[€\u0081‚ƒ„][{_CLASS}]")
#: The characters any repairable sequence starts with: a page without them is left at once.
_LEADS = ("Â", "Ã", "â")


def _byte(char: str) -> int:
    code = ord(char)
    return code if code < 0x100 else char.encode("cp1252")[0]


#: A character broken more often than this is left as the last pass leaves it.
_PASSES = 3


def repair_mojibake(markup: str) -> tuple[str, int]:
    """``markup`` with its text's unambiguous UTF-8-read-as-windows-1252 sequences repaired,
    and how many were (counted in every pass)."""
    total = 0
    for _ in range(_PASSES):
        markup, count = _repair_once(markup)
        if not count:
            break
        total += count
    return markup, total


def _repair_once(markup: str) -> tuple[str, int]:
    if not any(lead in markup for lead in _LEADS):
        return markup, 0
    pieces: list[str] = []
    done = 0
    count = 0
    for match in _MOJIBAKE.finditer(markup):
        start, end = match.span()
        sequence = match.group()
        if sequence[0] == "Ã" and sequence[1] in _CLOSING:
            following = markup[end : end + 1]
            if not following.isalpha():
                continue
        if markup.rfind("<", 0, start) > markup.rfind(">", 0, start):
            continue  # inside a tag: an attribute, a file name
        try:
            char = bytes(_byte(c) for c in sequence).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if "\x80" <= char <= "\x9f":
            continue
        pieces.append(markup[done:start])
        pieces.append(char)
        done = end
        count += 1
    if not count:
        return markup, 0
    pieces.append(markup[done:])
    return "".join(pieces), count
