"""Captions v9.19 (ADR 0140, "v9.19"): held-out 41's and 42's first runs.

Three of the five errors were the detector's (the import kept every picture and line):

- the Los Angeles Times' credit ``(Pavel Novak / May 14, 2013)``, ``(Carolyn Cole, Los Angeles
  Times / April 28, 2013)``: the photographer, the paper and the picture's day in brackets
  ending the line, a credit (set 41's ``(AFP/Getty Images / June 6, 2013)`` was one already);
- The News International's ``… evacuated so far. (AFP)`` ending the story, far from its
  picture: the story's agency, as set 30's ``(IANS)`` lines, not a photo's credit. Right under
  a picture the same brackets stay its credit (``… the Elbe in Magdeburg. (AFP)``).

Ynetnews's two video stills stay missed (docs/performance.md, "Captions after sets 41 and 42").
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.caption_credits import has_credit
from marginalia.db.suggest.captions import DETECTOR
from tests.db.suggest.versions import at_least

from .captioned import IMG, page, saved_page

BODY = (
    "A warming climate is melting the glaciers of Mount Everest, shrinking the frozen cloak of "
    "the peak by 13% in the last 50 years, researchers said."
)
LA_TIMES = (
    "A study of satellite imagery and weather data shows that glacial ice is in decline at the "
    "world's highest peak, Mount Everest. (Pavel Novak / May 14, 2013)",
    "U.S. soldiers take part in an operation in support of Afghan soldiers in Wardak province, "
    "Afghanistan. (Carolyn Cole, Los Angeles Times / April 28, 2013)",
)
SIGN_OFF = (
    'An "anti-catastrophe team" with 10,000 volunteers and close to 12,000 police and troops '
    "was on stand-by, while some 300 people had been evacuated so far. (AFP)"
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")
    assert at_least(DETECTOR, "captions/v9.19")


@pytest.mark.parametrize("line", LA_TIMES)
def test_a_dated_credit_in_brackets_is_a_credit(line: str) -> None:
    assert has_credit(line, 0, len(line))
    assert page(IMG, line, BODY) == [(line, 0)]


def test_a_date_in_brackets_without_a_slash_is_no_credit() -> None:
    line = "The council met on the floods again. (Updated May 14, 2013)"
    assert not has_credit(line, 0, len(line))


def test_an_agency_sign_off_away_from_a_picture_is_body_text() -> None:
    assert page(IMG, BODY, BODY, SIGN_OFF, BODY) == []


def test_an_agency_credit_right_under_a_picture_stays_its_caption() -> None:
    line = "Volunteers fill sandbags on the banks of the Elbe in Magdeburg. (AFP)"
    assert page(BODY, IMG, line, BODY) == [(line, 0)]


def test_held_out_41s_and_42s_pages() -> None:
    for number, article_id in (
        (41, "hb-latimes-ptsdmice"),
        (41, "hb-latimes-maumau"),
        (42, "hpb-latimes-everest"),
        (42, "hpb-thenews-germanyflood"),
    ):
        saved = saved_page(number, article_id)
        assert saved.found == saved.gold, article_id
