"""Whole-text scans the figure detector reads once a call (twenty-fourth round's speed pass, ADR
0141 decision 14): each computes what a per-character expression did, in fewer passes of C.

- :func:`latin_words`: the set of Latin words of a text (``figures.py``'s month names and number
  words are looked up in it), as ``frozenset(re.findall("[A-Za-zÀ-ÿ]+", text))``.
"""

from __future__ import annotations

from typing import Final

#: Each byte of Latin-1 that ``[A-Za-zÀ-ÿ]`` takes stays itself; every other byte becomes a
#: space. (``À-ÿ`` takes ``×`` and ``÷`` too, as the expression always did.)
_WORD_BYTES: Final = bytes(
    byte if 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A or 0xC0 <= byte <= 0xFF else 0x20
    for byte in range(256)
)


def latin_words(text: str) -> frozenset[str]:
    """The runs of ``[A-Za-zÀ-ÿ]`` in ``text``, as a set: ``frozenset(_TOKEN.findall(text))``.

    Every character past Latin-1 is encoded as ``?`` (the encoder's own replacement, in C), the
    bytes outside the class become spaces (``bytes.translate``), and what is left is split on
    them: three passes in C and one split, 1.3 against 2.5 ms for the expression's ``findall``
    on bench/suggest.py's article (the runs are the same; a space is not in the class)."""
    return frozenset(
        text.encode("latin-1", "replace").translate(_WORD_BYTES).decode("latin-1").split()
    )
