"""The twenty-second speed round (issue 15; docs/performance.md, "Suggestion scan, twenty-second
round"; ADR 0141, decision 10): the hints of a photo credit found in one pass, and the credit's
alternatives asked only where the literals they need stand; the answers are the old ones."""

from __future__ import annotations

import random
import re
import string
import sys

import pytest

from marginalia.db.suggest import caption_credits
from marginalia.db.suggest.literal_gates import _FOLDS, AnyOf, GatedSearch, any_of, required

LINES = [
    "Workers at the plant on Tuesday. REUTERS/Jane Doe",
    "A view of the harbour. Photo / Supplied",
    "Main image credit: Getty",
    "The mayor said it would happen immediately.",  # "media" inside a word: a hint, no credit
    "资料图：某地的街景",
    "他说，图片来自网络的说法并不准确。",
    "成员。（为泰党提供）中央社记者吕欣憓曼谷传真 112年8月23日",
    "… at the world's highest peak. (Pavel Novak / May 14, 2013)",
    "(Public domain)",
    "(Public\u00a0domain)",  # no hint "public domain" (a no-break space), so no credit
    "Tourists visit the old town. (Xinhua/Li Ming)",
    "Tourists visit the old town. (XİNHUA/Li Ming)",  # İ: the whole expression is asked
    "İMAGE CREDİT: Getty Images",
    "ımage credıt: Getty",
    "Photoſ via Getty",
    "Zdjęcie: PAP / Jan Kowalski",
    "文/图：张三",
    "The council met on Tuesday and voted on the plan.",
    "| AP",
    "",
]


def _fuzz(count: int) -> list[str]:
    """Lines made of the hints' pieces, the credit forms' words and characters around them."""
    pieces = [
        *caption_credits.SHORTEST_HINTS,
        *(hint[: len(hint) // 2] for hint in caption_credits.SHORTEST_HINTS),
        *(hint[len(hint) // 2 :] for hint in caption_credits.SHORTEST_HINTS),
        "Photo by ", "(AP Photo/", "Getty Images", " / ", "REUTERS/", "Credit: ", ")", "(", ". ",
        "摄", "供图", "图片来源：", "新华社记者 ", "Jane Doe", " ", "İ", "ı", "ſ", "K", "via ",
    ]  # fmt: skip
    generator = random.Random(22)
    return [
        "".join(generator.choice(pieces) for _ in range(generator.randint(1, 8)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("line", LINES)
def test_hints_and_gated_credit_answer_as_before(line: str) -> None:
    _same_answers(line)


def test_hints_and_gated_credit_answer_as_before_on_pieces_put_together() -> None:
    for line in _fuzz(3000):
        _same_answers(line)


def _same_answers(line: str) -> None:
    lowered = line.lower()
    hinted = any(hint in lowered for hint in caption_credits.SHORTEST_HINTS)
    assert caption_credits._ANY_HINT.found_in(lowered) is hinted, line
    whole = caption_credits.CREDIT_ANYWHERE.search(line) is not None
    assert caption_credits._CREDIT_ANYWHERE_GATED.search(line) is whole, line
    expected = hinted and caption_credits.CREDIT.search(line) is not None
    assert caption_credits.has_credit(line, 0, len(line)) is expected, line


def test_any_of_finds_each_string_wherever_it_stands() -> None:
    strings = ["photo", "fot.", "/", "图", "图片", "public domain", "ap photo", "epa", "a"]
    pattern = any_of(strings)
    generator = random.Random(7)
    alphabet = "photfo./图片publicdmainep "
    for _ in range(5000):
        line = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 12)))
        assert (pattern.search(line) is not None) is any(s in line for s in strings), line
    assert any_of([]).search("anything") is None
    assert any_of(["", "x"]).search("") is not None
    finder = AnyOf([*strings, "©", "zdjęcie"])
    for line in ("photo", "图", "a ©", "©", "zdjęcie", "zdjecie", "", "b", "xyz图片"):
        assert finder.found_in(line) is any(s in line for s in [*strings, "©", "zdjęcie"]), line


def test_the_gates_are_literals_every_match_needs() -> None:
    hints = ("photo", "image", "picture", "/", "图", "圖", "credit")

    def gate(pattern: str) -> frozenset[str] | None:
        return required(pattern, hints, re.IGNORECASE)

    assert gate(r"\b(?:Photo|Picture|Image)s?\s+/\s+[A-Z]") == frozenset({"/"})
    assert gate(r"\b(?:image|photo|picture)\s+credits?\s*:") == frozenset({"credit"})
    assert gate(r"(?:图片|圖片|图|圖)\s*(?:来源|提供)") == frozenset({"图", "圖"})
    assert gate(r"(?=.*photo)") == frozenset({"photo"})  # looked for ahead: it stands there
    assert gate(r"(?<=photo)x") == frozenset({"photo"})
    assert gate(r"(?:photo){2,}") == frozenset({"photo"})
    # a class, an optional part, a lookahead that must fail, an alternative without a hint
    for pattern in (r"[^/]+", r"(?:photo)?x", r"(?!photo)x", r"photo|x"):
        assert gate(pattern) is None, pattern


def test_a_gated_search_asks_the_whole_expression_where_a_letter_folds() -> None:
    search = GatedSearch([r"\bimage\s+credit", r"\|\s*AP\b"], ["image", "credit"], re.IGNORECASE)
    for line in ("Image credit", "İMAGE credit", "ımage credıt", "| AP", "|AP", "credit", ""):
        whole = re.search(r"\bimage\s+credit|\|\s*AP\b", line, re.IGNORECASE) is not None
        assert search.search(line) is whole, line


def test_the_folds_are_every_character_ignorecase_takes_for_a_latin_letter() -> None:
    # A character re.IGNORECASE matches to a Latin small letter whose str.lower() is not that
    # letter: a gate read on the lowered line could miss it, so the whole expression is asked.
    everything = "".join(
        chr(code) for code in range(128, sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF
    )
    folding = {
        char
        for char in re.findall(f"[{string.ascii_lowercase}]", everything, re.IGNORECASE)
        if char.lower() not in string.ascii_lowercase
    }
    assert folding == set(_FOLDS.pattern.strip("[]"))
    assert all(_FOLDS.search(char) for char in folding)
