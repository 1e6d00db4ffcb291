"""Captions v9.24 (ADR 0140, "v9.24"): held-out 51's, 53's and 54's caption misses and false alarms
(their first runs), and news pages' caption forms no set held yet, read only next to a picture
(:mod:`marginalia.db.suggest.caption_anchored`).

- 51's ``ELAINE THOMPSON Associated Press`` (the import's caption), then the picture's alt as its
  description: the photographer in capitals and the wire are the credit under a picture, and the
  alt under a credit is the description (as under a ``Submitted photo``).
- 54's 481-character caption above its picture, ending ``(AP Photo/Lefteris Pitarakis, pool)``:
  a wire's credit vouches for a long caption next to a picture.
- 51's ``- REUTERS`` and 53's ``Reuters/Billboard`` after a story's last paragraph: its wire and
  its source, no photo's credit away from a picture.
- Next to a picture only: ``Above: …``, ``From left: …``, ``(L-R) …``, ``… EPA-EFE/YOAN VALAT``,
  ``… — Reuters pic``, ``… (Supplied)``, ``… (Handout)``, ``… Screenshot: YouTube``, ``… Jane
  Doe | Staff Photographer``, ``Associated Press`` alone, ``…（资料图）``, ``…（图源：新华社）``,
  ``…（央视新闻截图）``, ``…。图/IC photo``, ``…。 人民视觉``; in body text none of them is a
  caption.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.captions import DETECTOR
from tests.db.suggest.versions import at_least

from .captioned import IMG, page, saved_page

BODY = (
    "The council voted on Tuesday to approve the new budget after a long debate that ran late "
    "into the evening, officials said."
)
MORE = (
    "Residents had asked for more money for roads and schools, and the mayor agreed to look again."
)
ZH = "市政府周二批准了新的预算方案，会议持续到深夜，官员表示将在明年再作调整。"

#: The forms, each a caption right under a picture and right above one, no caption in body text.
FORMS = [
    "Above: protesters march in Paris on Saturday.",
    "Inset: the mayor at the launch",
    "From left: Jane Doe, John Smith and Ann Lee at the launch.",
    "Left to right: Jane Doe, John Smith and Ann Lee at the launch.",
    "(L-R) Jane Doe, John Smith and Ann Lee at the launch.",
    "Front row, from left: Jane Doe, John Smith and Ann Lee.",
    "Protesters march in Paris on Saturday. EPA-EFE/YOAN VALAT",
    "Protesters march in Paris on Saturday. ANP/Robin van Lonkhuijsen",
    "Protesters march in Paris on Saturday. — Reuters pic",
    "Protesters march in Paris on Saturday. — Picture by Jane Doe",
    "Protesters march in Paris on Saturday. (Supplied)",
    "Protesters march in Paris on Saturday. Handout photo",
    "Protesters march in Paris on Saturday. Screenshot: YouTube",
    "Protesters march in Paris on Saturday. Screengrab via Twitter",
    "Protesters march in Paris on Saturday. Illustration: Jane Doe",
    "Protesters march in Paris on Saturday. Jane Doe | Staff Photographer",
    "Protesters march in Paris on Saturday. (Jane Doe, Staff Photographer)",
    "Supplied",
    "(Handout)",
    "游客在景区内游览（资料图）",
    "游客在景区内游览。（图源：新华社）",
    "游客在景区内游览。（央视新闻截图）",
    "游客在景区内游览。图/IC photo",
    "游客在景区内游览。 人民视觉",
]


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")
    assert at_least(DETECTOR, "captions/v9.24")


@pytest.mark.parametrize("line", FORMS)
def test_a_news_pages_caption_form_under_a_picture(line: str) -> None:
    body = ZH if any("\u4e00" <= c <= "\u9fff" for c in line) else BODY
    assert page(IMG, line, body) == [(line, 0)]


@pytest.mark.parametrize("line", FORMS)
def test_a_news_pages_caption_form_above_a_picture(line: str) -> None:
    body = ZH if any("\u4e00" <= c <= "\u9fff" for c in line) else BODY
    assert page(body, line, IMG, MORE) == [(line, 0)]


@pytest.mark.parametrize("line", FORMS)
def test_the_forms_in_body_text_are_no_caption(line: str) -> None:
    body = ZH if any("\u4e00" <= c <= "\u9fff" for c in line) else BODY
    assert page(body, line, MORE) == []


@pytest.mark.parametrize(
    "line", ["Associated Press", "The Associated Press", "ELAINE THOMPSON Associated Press"]
)
def test_a_wire_alone_under_a_picture_is_its_credit(line: str) -> None:
    assert page(IMG, line, BODY) == [(line, 0)]
    assert page(BODY, line, MORE) == []


def test_a_wire_after_a_byline_is_the_storys() -> None:
    # held-out 51's NewsFlash pages: By MARK SHERMAN, The Associated Press, then the picture
    assert page("By MARK SHERMAN", "The Associated Press", IMG, BODY) == []
    assert page("By MARK SHERMAN", IMG, "The Associated Press", BODY) == []


@pytest.mark.parametrize(
    "line",
    [
        "Top: the ten things to know about the budget",  # a heading (captions v9.4)
        "Above all, the council wants the programme to cut waiting times.",
        "Left, right and centre, the parties agreed on the budget.",
        "From left-leaning voters the mayor won few ballots",
    ],
)
def test_prose_opening_on_a_side_is_no_caption(line: str) -> None:
    assert page(IMG, line, BODY) == []


@pytest.mark.parametrize("line", ["- REUTERS", "— AFP", "Reuters/Billboard"])
def test_a_storys_wire_sign_off_is_no_caption(line: str) -> None:
    assert page(BODY, line, "Subscribe to the Arts & literature RSS feed") == []


def test_a_wire_sign_off_under_a_picture_stays_its_credit() -> None:
    assert page(BODY, IMG, "- REUTERS", MORE) == [("- REUTERS", 0)]


LONG = (
    "U.S. President George W. Bush speaks at a joint news conference with Israeli Prime Minister "
    "Ehud Olmert, not seen, following their meeting at Olmert's residence in Jerusalem, Wednesday "
    "Jan. 9, 2008. Bush opened his first presidential trip to Israel Wednesday, seeking to build "
    "momentum for stalled Mideast peace talks and clear up confusion about whether the United "
    "States is serious about confronting Iran about its suspected nuclear ambitions. (AP "
    "Photo/Lefteris Pitarakis, pool)"
)


def test_a_long_caption_with_a_wire_credit_above_its_picture() -> None:
    assert page(BODY, LONG, IMG, MORE) == [(LONG, 0)]
    assert page(BODY, LONG, MORE) == []  # away from a picture: body text naming a photographer


@pytest.mark.parametrize(
    ("number", "article_id"),
    [
        (51, "l3s-columbusdispatch-hasselbeck"),
        (51, "l3s-nzherald-banksywall"),
        (51, "l3s-cleveland-voterid"),
        (53, "l3s-sciam-digitalalbumart"),
        (54, "l3s-myfoxhouston-bushiran"),
    ],
)
def test_the_held_out_pages(number: int, article_id: str) -> None:
    saved = saved_page(number, article_id)
    assert saved.found == saved.gold


def test_a_gallerys_counter_is_no_caption_and_its_credited_line_is() -> None:
    first = "Protesters march in Paris. REUTERS/Gonzalo Fuentes"
    second = "Police stand guard in Lyon. REUTERS/Gonzalo Fuentes"
    found = page(BODY, IMG, "1 of 12", first, IMG, "Photo 2/12", second, MORE)
    assert found == [(first, 0), (second, 1)]


def test_captions_of_several_pictures_in_a_row() -> None:
    lines = [
        "Protesters march in Paris. (AP Photo/Michel Euler)",
        "Above: police stand guard in Lyon.",
        "From left: Jane Doe and John Smith in Nice.",
    ]
    found = page(BODY, IMG, lines[0], IMG, lines[1], IMG, lines[2], MORE)
    assert found == [(lines[0], 0), (lines[1], 1), (lines[2], 2)]
