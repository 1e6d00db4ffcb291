"""Captions v9.22 (ADR 0140, "v9.22"): the caption errors of held-out 47 (measured blind at v9.21).

- ESPN's ``Bruce Bennett/Getty ImagesGoalie Tuukka Rask (40) joins …``: a credit glued to the
  picture's one-sentence description is captioned with it, the whole line (rules 2.4; set 40's
  ``Matthew Staver/Getty ImagesShoppers crowd …`` is marked so too); glued to the story's first
  sentence (``Shamil Zhumatov/REUTERSThe UK may be forced …``, set 5) the credit stays alone.

Left: the BBC's family-tree graphic's first list item (set 45; a graphic's key, listed for the
lead), NBC's first picture (44), Ynetnews's second still (42).
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.captions import DETECTOR
from tests.db.suggest.versions import at_least

from .captioned import IMG, page, saved_page

BODY = (
    "After Boston dominated the Penguins in the first two games of this series in Pittsburgh, "
    "the Penguins were the better team during regulation Wednesday."
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")
    assert at_least(DETECTOR, "captions/v9.22")


@pytest.mark.parametrize(
    "line",
    [
        "Bruce Bennett/Getty ImagesGoalie Tuukka Rask (40) joins his teammates' celebration of "
        "Wednesday's Game 3 victory.",
        "Matthew Staver/Getty ImagesShoppers crowd a Wal-Mart Supercenter on Nov. 27, 2009 in "
        "Denver.",
    ],
)
def test_a_credit_glued_to_the_pictures_description_captions_the_whole_line(line: str) -> None:
    # the page lost the picture: no image
    assert page(BODY, line, BODY) == [(line, None)]
    # under a picture: that picture's
    assert page(BODY, IMG, line, BODY) == [(line, 0)]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Shamil Zhumatov/REUTERSThe UK may be forced to review its air defenses.",
            "Shamil Zhumatov/REUTERS",
        ),
        (
            "Jim Young/REUTERSThe company said on Tuesday that sales fell in the first quarter.",
            "Jim Young/REUTERS",
        ),
        (
            "Jim Young/REUTERSSales fell in the first quarter. The company blamed the weather for "
            "the slump in its stores.",
            "Jim Young/REUTERS",
        ),
    ],
)
def test_a_credit_glued_to_the_storys_sentence_is_the_caption_alone(line: str, credit: str) -> None:
    assert page(IMG, line, BODY) == [(credit, 0)]


def test_the_held_out_page() -> None:
    saved = saved_page(47, "hpb-espn-raskbruins")
    assert saved.found == saved.gold
