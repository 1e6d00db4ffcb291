"""Captions v9.10: held-out 25's one caption miss (docs/performance.md, "Figures v12.4 (set
25)"; ADR 0138, "v9.10"). A credit in brackets after the caption's description, ``Credits:``
with its ``s`` (``Farmers protest in Bathinda, Punjab. (Credits: PTI)``), is a photo's credit:
the line under the picture is its caption, though the import found none for it.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.caption_credits import has_credit
from marginalia.db.suggest.captions import DETECTOR

from .captioned import IMG, page, saved_page

BODY = "The police said on Monday that the suspect had been arrested after a three-day search."


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")


@pytest.mark.parametrize(
    "line",
    [
        "Farmers protest in Bathinda, Punjab. (Credits: PTI)",
        "Farmers protest in Bathinda, Punjab. (Credit: PTI)",
        "A rally in the city centre. ( Credits : Getty Images )",
    ],
)
def test_a_bracketed_credit_ending_the_line_makes_it_a_caption(line: str) -> None:
    assert has_credit(line, 0, len(line))
    assert page(IMG, line, BODY) == [(line, 0)]


@pytest.mark.parametrize(
    "line",
    [
        "The film ends with its credits (a long list of names).",
        "The bank gave the farmers credits: loans at 4 percent.",
        "Credits (the film's) roll after two hours (PTI)",
    ],
)
def test_credits_in_a_sentence_are_no_photo_credit(line: str) -> None:
    assert not has_credit(line, 0, len(line))


def test_set_25s_farmers_caption_is_found() -> None:
    saved = saved_page(25, "hdt-toi-farmers")
    assert saved.found == saved.gold
    assert len(saved.gold) == 1
