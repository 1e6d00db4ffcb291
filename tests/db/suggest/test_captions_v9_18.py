"""Captions v9.18 (ADR 0140, "v9.18"): held-out 37's and 38's first runs.

Seven misses and one false alarm, all the detector's (the import kept every picture and line):

- the Daily Mail's pictures side by side, each ``imageCaption`` its ``alt`` word for word: a
  caption naming three places (``… on Sandgate Esplanade in Folkestone``) was a heading in Title
  Case. Its three stacked pictures stay missed: three in a row are a teaser list
  (``MAX_CAPTIONED_RUN``, captions v9.13), and nothing the detector sees tells them from one;
- the France 24 Observers' ``(One of the protestors sent our team this photo.)``, a credit, and
  its map's ``… is marked with a red dot on this map.``, a line pointing at its picture;
- the Hill's ``BestReviews is reader-supported and may earn an affiliate commission.``, a
  shopping widget's disclosure the import took for its picture's caption: a site's notice.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.caption_credits import has_credit
from marginalia.db.suggest.captions import DETECTOR
from tests.db.suggest.versions import at_least

from .captioned import IMG, page, saved_page

BODY = (
    "A coroner heard that the football had been kicked over the wall at the end of the garden, "
    "which leads directly onto the esplanade."
)
STACK = (
    "William Brown was knocked down outside his seafront house in Sandgate, Kent",
    "His devastated parents have pleaded for the driver to come forward",
    "An inquest opening in Maidstone heard that he had been playing football with two friends",
)
PLACES = "Emergency services at the scene of the hit-and-run on Sandgate Esplanade in Folkestone"
TEASERS = (
    "Police Name Driver In Sandgate Crash",
    "Flowers Left At Seafront Wall For Boy",
    "Coroner Opens Inquest Into Boy's Death",
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")
    assert at_least(DETECTOR, "captions/v9.18")


def test_three_stacked_pictures_stay_a_list() -> None:
    items: list[object] = [BODY]
    for line in STACK:
        items += [IMG, line]
    assert page(*items, BODY, alts=list(STACK)) == []  # captions v9.13's rule, kept


def test_a_caption_naming_places_under_a_pair_is_one() -> None:
    lines = (STACK[0], PLACES)
    found = page(BODY, IMG, lines[0], IMG, lines[1], BODY, alts=list(lines))
    assert found == [(lines[0], 0), (PLACES, 1)]


def test_three_teasers_in_title_case_stay_a_list() -> None:
    items: list[object] = [BODY]
    for line in TEASERS:
        items += [IMG, line]
    assert page(*items, BODY, alts=list(TEASERS)) == []


def test_a_pair_of_title_case_teasers_stays_unmarked() -> None:
    lines = TEASERS[:2]
    assert page(BODY, IMG, lines[0], IMG, lines[1], BODY, alts=list(lines)) == []


@pytest.mark.parametrize(
    "line",
    [
        '"Down with racism!", reads this banner. (One of the protestors sent our team this photo.)',
        "The migrants scrounge up what they can to eat. (One of the protestors sent our team this "
        "photo)",
        "Tents outside the immigration office. (Photo sent to our team by a migrant)",
    ],
)
def test_who_sent_the_photo_is_its_credit(line: str) -> None:
    assert has_credit(line, 0, len(line))
    assert page(BODY, IMG, line, BODY) == [(line, 0)]


def test_who_sent_the_video_is_no_photo_credit() -> None:
    line = "Women protest in Tapachula. (Video sent to our team by one of the protesters)"
    assert not has_credit(line, 0, len(line))
    assert page(BODY, IMG, line, BODY) == []


def test_a_line_pointing_at_its_picture_is_its_caption() -> None:
    line = (
        "Tapachula, a town in Chiapas state in southern Mexico, is marked with a red dot on this "
        "map."
    )
    assert page(BODY, IMG, line, BODY) == [(line, 0)]
    assert page(BODY, line, BODY) == []  # not under a picture: body text


@pytest.mark.parametrize(
    "notice",
    [
        "BestReviews is reader-supported and may earn an affiliate commission.",
        "We may earn a commission when you buy through links on our site.",
        "This post contains affiliate links.",
    ],
)
def test_an_affiliate_disclosure_is_no_caption(notice: str) -> None:
    assert page(BODY, IMG, notice, BODY, captions=[notice]) == []
    assert not has_credit(notice + " Photo: Getty Images", 0, len(notice) + 20)


def test_held_out_38s_pages() -> None:
    for article_id in ("mc-france24-tapachula", "aed-forbesindia-factory"):
        saved = saved_page(38, article_id)
        assert saved.found == saved.gold, article_id
    mail = saved_page(38, "aed-dailymail-sandgate")
    assert mail.found <= mail.gold
    # the two pairs found, the three stacked pictures (images 0-2) left
    assert {image for _, _, image in mail.gold - mail.found} == {0, 1, 2}


def test_held_out_37s_page() -> None:
    hill = saved_page(37, "aed-thehill-hydrogen")
    assert hill.found == hill.gold == set()
