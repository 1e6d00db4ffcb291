"""The claim model's lexical part (claims v12, ADR 0132): the sentence's common words.

A sentence's *tokens* are its words as the claim features split them (lower-cased, between
spaces and punctuation: ``SEPARATORS``) and its pairs of adjacent Chinese characters. Only
tokens that occur in many gold sets are read — in at least ``MIN_SETS`` of the sets the
weights were fitted on and ``MIN_SENTENCES`` candidate sentences — so that what is learnt are
mostly the words of reporting, stance and register (`confirmed`, `including`, `you`, `really`,
`目前`, `如果`), not one set's topics (`amazon`, `眼睛`, which the early rounds' word model
learnt). Each token is a feature of value ``TOKEN_VALUE`` fitted together with the hand
features (``tests/db/suggest/fit_claims.py --lexical``); the fitted token weights times that
value are ``LEXICON`` (``claims_lexicon_weights.py``, generated), and their sum over a
sentence's tokens is its one ``lexical`` feature, of weight 1 in ``claims.WEIGHTS``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from itertools import repeat
from typing import Final

from .claims_lexicon_weights import LEXICON

#: A token's feature value in the fit: half a hand feature's, so that the L2 penalty holds
#: the many tokens' weights smaller than the few cues' (leave one set out, ADR 0132).
TOKEN_VALUE: Final = 0.5
#: The vocabulary: tokens in at least this many of the fitting sets …
MIN_SETS: Final = 8
#: … and in at least this many candidate sentences.
MIN_SENTENCES: Final = 20

#: Words are what lies between these: a split in C, far faster than finding the words (the
#: claim features split the lower-cased sentence so, and the lexical part reads those words).
#: What ``\s`` matches (``str.isspace``), written out: a class of characters alone is a table
#: lookup a character, ``\s`` in it a call for the character's category too (the words of
#: bench/suggest.py's sentences, ``claims._TOKENS``: 2.6 against 2.9 ms; twenty-fourth round).
#: ``test_speed_r24_claims.py`` holds the two the same for every code point.
SPACES: Final = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
SEPARATORS: Final = re.compile(
    f"[{SPACES}" + r".,;:!?\"“”‘’'()\[\]{}«»„—–\-/…，。！？：；、（）《》「」『』]+"
)
#: Every pair of adjacent Chinese characters, overlapping (found in C, not in a loop). The
#: match takes the pair's first character and reads the pair in a lookahead from a lookbehind,
#: so that the engine skips to Chinese characters (a lookahead first is tried at every position:
#: 1.3 against 1.5 ms over bench/suggest.py's Chinese sentences; twenty-fourth round).
_CJK_PAIR: Final = re.compile(r"[\u3400-\u9fff](?<=(?=([\u3400-\u9fff]{2})).)")


def lexical_tokens(sentence: str) -> set[str]:
    """The sentence's tokens as the fit reads them: ``w:`` words, ``c:`` pairs of Chinese
    characters (:func:`lexical_score` reads the same)."""
    found = {"w:" + word for word in SEPARATORS.split(sentence.lower()) if word}
    found.update(["c:" + pair for pair in _CJK_PAIR.findall(sentence)])
    return found


def _split(lexicon: Mapping[str, float]) -> tuple[dict[str, float], dict[str, float]]:
    """``lexicon`` by kind, without the kind's prefix: words, pairs of characters."""
    words: dict[str, float] = {}
    characters: dict[str, float] = {}
    for token, weight in lexicon.items():
        kind, _, key = token.partition(":")
        (words if kind == "w" else characters)[key] = weight
    return words, characters


_SHIPPED: Final = _split(LEXICON)


def lexical_score(
    sentence: str,
    words: Set[str],
    has_cjk: bool,
    lexicon: Mapping[str, float] = LEXICON,
) -> float:
    """The sum of ``lexicon``'s weights over the sentence's tokens, each once (0 when none is
    known). ``words`` are the sentence's distinct words (``SEPARATORS`` on it lower-cased, as
    ``claims.sentence_features`` has them); ``has_cjk`` False skips the character pairs."""
    words_of, characters_of = _SHIPPED if lexicon is LEXICON else _split(lexicon)
    score = sum(map(words_of.get, words, repeat(0.0)))
    if has_cjk:
        # The known pairs only, each once, found by the set's intersection in C (a sentence's
        # pairs are mostly unknown; 3.0 against 2.5 ms over bench/suggest.py's Chinese
        # sentences). The order of a set's terms was never fixed (a string's hash differs from
        # one process to the next), and every gold set's scores stay the same to the last bit.
        known = characters_of.keys() & _CJK_PAIR.findall(sentence)
        score += sum(map(characters_of.__getitem__, known))
    return score
