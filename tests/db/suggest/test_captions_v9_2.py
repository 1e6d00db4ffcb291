"""Captions v9.2: forms of the misses of sets 9–16 (after held-out 16's first run), each in
general form, on lines written for it (docs/performance.md, "Captions v9.2 (sets 9–16)").

- A line under a picture with a bare photo credit on the line after it is the picture's
  caption up to :data:`MAX_CREDITED_CAPTION_CHARS` long, as a line with its own credit is (a
  wire photo's long caption, then ``Chip Somodevilla/Getty Images``), when it says it in one
  or two sentences; a paragraph that runs on is body text.
"""

from __future__ import annotations

from marginalia.db.suggest.captions import MAX_CAPTION_CHARS, MAX_CREDITED_CAPTION_CHARS

from .captioned import IMG, page

BODY = (
    "The council voted on Tuesday to extend the programme for another two years, a spokesman "
    "for the city said, after a review found that it had cut waiting times by a third."
)
LONG_CAPTION = (
    "Marchers carry banners along Pennsylvania Avenue toward the Capitol during the rally in "
    "Washington on Saturday, Dec. 13, 2014, as organisers led thousands of people through the "
    "centre of the capital behind the families of victims."
)
CREDIT = "Chip Somodevilla/Getty Images"


def test_a_long_line_under_a_picture_with_a_credit_after_it_is_the_caption() -> None:
    assert MAX_CAPTION_CHARS < len(LONG_CAPTION) <= MAX_CREDITED_CAPTION_CHARS
    assert page(IMG, LONG_CAPTION, CREDIT, BODY) == [(LONG_CAPTION, 0), (CREDIT, 0)]


def test_a_long_line_with_no_credit_after_it_is_body_text() -> None:
    assert page(IMG, LONG_CAPTION, BODY) == []


def test_a_credit_under_the_next_picture_does_not_make_a_long_line_a_caption() -> None:
    # image, long line, image, credit: the credit is the second picture's
    assert page(IMG, LONG_CAPTION, IMG, CREDIT, BODY) == [(CREDIT, 1)]


def test_a_paragraph_longer_than_the_bound_is_body_text_even_with_a_credit_after_it() -> None:
    paragraph = f"{LONG_CAPTION} {BODY}"
    assert len(paragraph) > MAX_CREDITED_CAPTION_CHARS
    assert page(IMG, paragraph, CREDIT, BODY) == [(CREDIT, 0)]


def test_a_long_paragraph_that_runs_on_is_body_text_even_with_a_bare_credit_after_it() -> None:
    paragraph = (
        "The march began at noon. Organisers said thousands had come from across the country. "
        "Police closed the avenue for the whole afternoon and the evening. The families of the "
        "victims spoke at the Capitol."
    )
    assert MAX_CAPTION_CHARS < len(paragraph) <= MAX_CREDITED_CAPTION_CHARS
    assert page(IMG, paragraph, CREDIT, BODY) == [(CREDIT, 0)]


def test_a_credit_line_with_its_own_description_leaves_a_long_line_above_it_alone() -> None:
    described = "2月17日，护士在献血浆时拍照留念。新华社记者 才扬 摄"
    assert page(IMG, LONG_CAPTION, described, BODY) == [(described, 0)]
