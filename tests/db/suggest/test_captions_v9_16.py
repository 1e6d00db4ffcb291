"""Captions v9.16 (ADR 0140, "v9.16"): held-out 30's first run, one false alarm.

``Magnitogorsk: Photos of a Steel City in DeclineSteel and Rust``: the import's caption of a
picture that links to a related photo gallery (Newsweek's ``figcaption``: the gallery's title,
then its link ``Steel and Rust``). A teaser of another page's pictures is no caption of this
article's picture, though the line at the anchor says what the import found; a gallery's title
(``…: Photos of …``, ``In Pictures: …``, ``Gallery: …``, ``Slideshow: …``) has no full stop,
and a caption that opens with the same words is a sentence.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.caption_credits import GALLERY_TITLE
from marginalia.db.suggest.captions import DETECTOR
from tests.db.suggest.versions import at_least

from .captioned import IMG, page, saved_page

TEASER = "Magnitogorsk: Photos of a Steel City in DeclineSteel and Rust"
BODY = (
    "At first glance, Kadyrov might seem to be the perfect tool for the Kremlin's needs. "
    "Russian leader Vladimir Putin appointed him president of Chechnya in 2007."
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")
    assert at_least(DETECTOR, "captions/v9.16")


@pytest.mark.parametrize(
    "line",
    [
        TEASER,
        "Magnitogorsk: Photos of a Steel City in Decline",
        "Hurricane Sandy: Pictures of the Devastation",
        "In Pictures: The Royal Wedding",
        "Gallery: Coronavirus outbreak around the world (Photo Services)",
        "Photo gallery: Homecoming 2010",
        "Slideshow: The year in space",
        "Images from the Mars rover",
    ],
)
def test_a_gallerys_title_is_one(line: str) -> None:
    assert GALLERY_TITLE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photos of the victims are displayed at a vigil in Orlando on Sunday.",
        "Orlando: Photos of the victims are displayed at a vigil on Sunday.",
        "Residents look at pictures of the missing in Kathmandu",
        "Ramzan Kadyrov at a rally in Grozny, 2010",
        "Photo: AFP",
        "Photos: Oakland Zoo",
    ],
)
def test_a_caption_is_no_gallerys_title(line: str) -> None:
    assert not GALLERY_TITLE.match(line)


def test_the_gallerys_title_under_its_thumbnail_is_none() -> None:
    assert page(BODY, IMG, TEASER, BODY, captions=[TEASER]) == []


def test_a_known_caption_is_still_the_pictures() -> None:
    line = "Ramzan Kadyrov at a rally in Grozny, 2010"
    assert page(BODY, IMG, line, BODY, captions=[line]) == [(line, 0)]
    sentence = "Photos of the victims are displayed at a vigil in Orlando on Sunday."
    assert page(BODY, IMG, sentence, BODY, captions=[sentence]) == [(sentence, 0)]


def test_held_out_30s_page() -> None:
    """The gallery's title is not found; the page's one caption is the lead picture's credit
    line, which the import keeps since ADR 0020's eighteenth-round addendum."""
    kadyrov = saved_page(30, "st-newsweek-kadyrov")
    assert kadyrov.found == kadyrov.gold
    text = kadyrov.article.text
    assert len(kadyrov.found) == 1
    assert not [c for c in kadyrov.found if "Photos of" in text[c[0] : c[1]]]
    assert "Photos of a Steel City" in text
