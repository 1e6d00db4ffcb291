"""An image's mark is all noncharacters (:mod:`marginalia.db.article_import.html.marks`).

On a page too short for trafilatura's main extraction, its fallbacks (the baseline, readability,
jusText) sanitize their text and drop every unprintable character. With a mark of two
noncharacters around ASCII digits, the digits stayed: ``0 Hello world 1.`` for a picture above
one line, ``01 Short news line with 2 numbers. 2`` for three pictures, and the pictures were lost.
Now the whole mark goes, and the picture is placed by its neighbours like any the extractor drops.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marginalia.db.article_import.html import parse_html
from marginalia.db.article_import.html.marks import IMAGE_MARK, image_index, image_mark
from marginalia.db.article_import.html.text import NONCHARACTERS


def parse(body: str) -> tuple[str, list[int]]:
    html = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    article = parse_html(html.encode(), source="page.html", base_dir=Path("."))
    return article.text, [image.offset for image in article.images]


def test_a_picture_above_a_short_page_leaves_no_digit_and_is_placed() -> None:
    assert parse("<div><img src='x.png'><p>Hello world 1.</p></div>") == ("Hello world 1.", [0])


def test_three_pictures_around_a_short_page_leave_no_digits() -> None:
    text, offsets = parse(
        "<div><img src='a.png'><img src='b.png'><p>Short news line with 2 numbers.</p>"
        "<img src='c.png'></div>"
    )
    assert text == "Short news line with 2 numbers."
    assert offsets == [0, 0, len(text)]


@pytest.mark.parametrize("index", [0, 7, 10, 123, 98765])
def test_a_mark_is_only_noncharacters_and_reads_back(index: int) -> None:
    mark = image_mark(index)
    assert NONCHARACTERS.sub("", mark) == ""
    assert IMAGE_MARK.fullmatch(mark) and image_index(mark) == index


def test_an_article_page_keeps_its_picture_between_its_paragraphs() -> None:
    text, offsets = parse(
        "<article><p>Sixteen cubs were counted in the park this year.</p>"
        "<img src='a.png' alt='a cub'><p>The park said so on Tuesday.</p></article>"
    )
    first = "Sixteen cubs were counted in the park this year."
    second = "The park said so on Tuesday."
    assert text == f"{first}\n\n{second}"
    assert offsets == [text.index("The park")]
