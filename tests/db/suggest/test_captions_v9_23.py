"""Captions v9.23 (ADR 0140, "v9.23"): the caption false alarms of held-out 49 and 50 (their
first runs, at v9.22), in :mod:`marginalia.db.suggest.caption_promos`.

- Columbia's ``Learn how to apply to the Mailman School of Public Health. Apply Now``: the import
  took a banner for its (promo) picture's caption. A call to action, a line that opens with the
  request (``Learn how to …``, ``Click here …``) or ends with a button's label (``Apply Now``,
  ``Learn More``), is no photo's caption, whatever the import or the alt says.
  A line with a photo credit stays a caption (held-out 19's ``Click here to watch a video …
  Experiment photos … courtesy …``).
- IoT Insider's ``Rahul Tyagi, CEO of SECQAI delves into the cybersecurity challenges …``, the
  lead picture's alt: an opinion piece's standfirst, its author with their post and what the
  piece does (delves into, explores, discusses …), is no caption; ``…, CEO of X, speaks at …``
  still is.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.captions import DETECTOR
from tests.db.suggest.versions import at_least

from .captioned import IMG, page, saved_page

BODY = (
    "A sweeping global research review of the links between climate and agriculture reveals "
    "the likelihood of an emergent feedback loop."
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")
    assert at_least(DETECTOR, "captions/v9.23")


@pytest.mark.parametrize(
    "line",
    [
        "Learn how to apply to the Mailman School of Public Health. Apply Now",
        "Find out how to join our graduate programme.",
        "Click here to download the full report.",
        "Our new course for public health leaders starts in May. Register Today",
        "The best stories of the week, in your inbox. Learn More",
    ],
)
def test_a_call_to_action_is_no_caption(line: str) -> None:
    # the import's caption of the picture says it, and so does the alt
    assert page(IMG, line, BODY, captions=[line], alts=[line]) == []


def test_a_call_to_action_with_a_photo_credit_stays_a_caption() -> None:
    # held-out 19's UT Austin page (the import's caption): the credit makes it the caption
    line = (
        "Click here to watch a video explaining this research. Experiment photos and video "
        "footage courtesy Tyler Henderson/Penn State."
    )
    assert page(IMG, line, BODY, captions=[line]) == [(line, 0)]


@pytest.mark.parametrize(
    "line",
    [
        "Rahul Tyagi, CEO of SECQAI delves into the cybersecurity challenges facing connected "
        "home appliances",
        "Jane Smith, co-founder and chief technology officer at Acme Robotics, explores how "
        "factories can adopt automation safely",
    ],
)
def test_a_standfirst_set_as_the_pictures_alt_is_no_caption(line: str) -> None:
    assert page(IMG, line, BODY, alts=[line]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Tim Cook, CEO of Apple, speaks at the launch of the new phone in Cupertino.",
        "Students apply now for places on the course at the university in London.",
    ],
)
def test_a_picture_of_a_person_or_an_action_stays_captioned(line: str) -> None:
    assert page(IMG, line, BODY, alts=[line]) == [(line, 0)]
    assert page(IMG, line, BODY, captions=[line]) == [(line, 0)]


@pytest.mark.parametrize(
    ("number", "article_id"),
    [(49, "wcxb-columbia-climatefood"), (50, "wcxb-iotinsider-appliancesecurity")],
)
def test_the_held_out_pages(number: int, article_id: str) -> None:
    saved = saved_page(number, article_id)
    assert saved.found == saved.gold
