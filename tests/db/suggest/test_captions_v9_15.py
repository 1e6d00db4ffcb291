"""Captions v9.15 (ADR 0140, "v9.15"): held-out 29's first run, one miss and one false alarm.

- ``MAN DOWN: … the viability of sperm. Image: WIKIMEDIA COMMONS/GILBERTO SANTA ROSA``: a
  picture's credit (``Image:``, ``Photo:``, ``Photograph:``, ``Picture:``) after its description's
  end, a source ending the line, is a credit (as ``Credit:`` already was); a sentence that runs
  on after the colon, or a colon in the middle of a sentence, is not.
- ``PHOTOS: Brett Favre in pictures``: a link to a picture gallery (the kicker in capitals, or a
  gallery's title, ``… in pictures``) is no picture's credit; ``Photos: Oakland Zoo`` (held-out
  27's gold caption) and ``Photo: AFP`` still are.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.caption_credits import has_credit
from marginalia.db.suggest.captions import DETECTOR
from tests.db.suggest.versions import at_least

from .captioned import IMG, page, saved_page

SCIAM = (
    "MAN DOWN: Levels of BPA way below those currently tolerated by government agencies seem to "
    "have negative effects on the viability of sperm. Image: WIKIMEDIA COMMONS/GILBERTO SANTA ROSA"
)
BODY = (
    "The common industrial chemical bisphenol A (BPA) has been linked to many ills, including "
    "reproductive abnormalities, cardiovascular disease and cancer."
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")
    assert at_least(DETECTOR, "captions/v9.15")


@pytest.mark.parametrize(
    "line",
    [
        SCIAM,
        "The 2100 block of North Clark Street in February 2022. Photo: Justin Kaufmann/Axios",
        "Taiwanese President Tsai Ing-wen speaks during a policy debate. Photo: AP",
        "A view of the harbour at dawn. Photograph: Jane Doe/Reuters",
        "Rescue workers at the scene on Tuesday! Picture: Supplied",
    ],
)
def test_a_credit_after_the_descriptions_end_is_a_credit(line: str) -> None:
    assert has_credit(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "The company released a statement. Image: the brand matters more than ever. It said so.",
        "Critics say the image: a city in decline, is unfair to its residents today.",
        "Analysts were divided. Picture: what would happen if rates rose again? Nobody knows.",
    ],
)
def test_a_sentence_after_the_colon_is_no_credit(line: str) -> None:
    assert not has_credit(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "PHOTOS: Brett Favre in pictures",
        "PHOTOS: The best of the Winter Olympics",
        "PICTURES: Storm damage across the county",
        "PHOTO GALLERY: Homecoming 2010",
        "Photos: Wildfires in California in pictures",
    ],
)
def test_a_link_to_a_gallery_is_no_credit(line: str) -> None:
    assert not has_credit(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "Photos: Oakland Zoo",
        "Photo: AFP",
        "PHOTO: AP",
        "(Photo: Brett Davis, USA TODAY Sports)",
        "Photo by Jane Doe",
    ],
)
def test_a_credit_for_the_pictures_is_still_one(line: str) -> None:
    assert has_credit(line, 0, len(line))


def test_the_credited_line_under_the_picture_is_its_caption() -> None:
    assert page(IMG, SCIAM, BODY) == [(SCIAM, 0)]


def test_the_gallery_link_away_from_the_picture_is_none() -> None:
    quote = '"I was so close, so close to getting these guys to the Super Bowl."'
    assert page(BODY, IMG, quote, BODY, "PHOTOS: Brett Favre in pictures", BODY) == []


def test_held_out_29s_pages() -> None:
    sciam = saved_page(29, "st-sciam-bpa")
    assert sciam.found == sciam.gold
    favre = saved_page(29, "st-usatoday-favre")
    assert favre.found == favre.gold == set()
