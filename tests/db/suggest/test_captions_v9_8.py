"""Captions v9.8: held-out 23's first-run caption errors, each in general form, on lines written
for it (docs/performance.md, "Figures v12.1 (set 23)"; ADR 0135, "v9.8").

- ``File photo of …`` opening a line (News18; set 8's ``File photo of … (Reuters)`` too) is a
  picture's caption wherever it stands, of the picture before it, or of none when the page lost
  it.
- A wire story's sign-off ending its last paragraph after two sentences or more (``… August
  11-21. — AFP``, the Malay Mail's style, whose pictures read ``— AFP pic``) credits the text,
  not a picture.
"""

from __future__ import annotations

import pytest

from .captioned import IMG, page

BODY = "The police said on Monday that the suspect had been arrested after a three-day search."


@pytest.mark.parametrize(
    "line",
    [
        "File photo of Suspended AAP councillor Tahir Hussain.",
        "A file photo of the Supreme Court building in New Delhi.",
        "Archive image of the stadium before its renovation.",
    ],
)
def test_a_file_photo_of_is_a_caption_anywhere(line: str) -> None:
    assert page(BODY, line, BODY) == [(line, None)]
    assert page(IMG, BODY, BODY, line, BODY) == [(line, 0)]


@pytest.mark.parametrize(
    "line",
    [
        "The Games are scheduled to be held in Birmingham on July 27-August 7. The European "
        "Championships are due to take place in Munich on August 11-21. — AFP",
        "The ministry said it would review the rules. Talks resume next week. — Reuters",
        "He said the file photo of the suspect had been released to the media.",
    ],
)
def test_a_wire_storys_sign_off_is_no_credit(line: str) -> None:
    assert page(BODY, line, BODY) == []


def test_a_one_sentence_line_with_the_agency_stays_a_credit() -> None:
    line = "Soldiers patrol the streets of the capital. — AFP"
    assert page(BODY, line, BODY) == [(line, None)]
