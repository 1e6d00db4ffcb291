"""Captions v9.11 (ADR 0140): the blind sets' last misses and a second review of pages nobody
annotated.

- A photographer's name and the source in brackets ending the line with no space around the
  slash (``(Robbing Peter/Flickr)``), and ``(Public domain)``, are a picture's credit.
- A photographer's credit alone on a line, the outlet after ``for`` or a slash (``Jessica
  Kourkounis for The New York Times``, ``Ruth Fremson/The New York Times``), is a credit; a
  title-case heading with ``for`` is not.
- The import: a caption element right after a ``<figure>`` that has no ``<figcaption>`` of its
  own (``<p class="legend">``) is the picture's caption; the one ``<p>`` of a picture box
  (Deutsche Welle's ``<div class="picBox">``) is the picture's caption where the text holds it
  under the picture (held-out 21's two misses, ``tc-dw-colonial``).
"""

from __future__ import annotations

import pytest

from marginalia.db.article_import.html import parse_html
from marginalia.db.suggest.caption_credits import has_credit
from marginalia.db.suggest.captions import DETECTOR

from .captioned import IMG, page, saved_page

BODY = "The police said on Monday that the suspect had been arrested after a three-day search."
NEXT = (
    "Perhaps no variety of wine is shrouded in as much mystique as the Frühburgunder, an "
    "early-ripening mutation of the pinot noir, which has a personality of its own."
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")


@pytest.mark.parametrize(
    "line",
    [
        "The Cooper Station post office's shelter is now a mail room. (Robbing Peter/Flickr)",
        "The basement at 80 New York. (Scott Heins/Gothamist)",
        "Propaganda looked cooler in 1952. (Public domain)",
        "Jessica Kourkounis for The New York Times",
        "Justin T. Gellerson for The New York Times",
        "Lorenzo Tugnoli for Bloomberg Businessweek",
        "Ruth Fremson/The New York Times",
        "Christopher Michel/Flickr",
    ],
)
def test_a_photographers_credit_makes_the_line_under_a_picture_its_caption(line: str) -> None:
    assert has_credit(line, 0, len(line))
    assert page(IMG, line, BODY) == [(line, 0)]


@pytest.mark.parametrize(
    "line",
    [
        "P30CA012197 ( U.S. NIH Grant/Contract )",
        "The rate is quoted in kilometres (km/h) on the road signs (Source/Target)",
        "Senators Push for Tax Cuts",
        "Americans for Prosperity",
        "Vote for The Times",
        "Mathatisi Sebusi/Mohalenyane Phakela",
        "Campaigners March for Jobs in the City Centre",
    ],
)
def test_a_heading_or_a_bracket_with_a_slash_is_no_credit(line: str) -> None:
    assert not has_credit(line, 0, len(line))


def _parse(body: str) -> list[tuple[str | None, str]]:
    data = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Wine | DW</title>"
        f"</head><body><article><h1>Uncork the mystery</h1>{body}</article></body></html>"
    ).encode()
    article = parse_html(data, source="t.html", base_dir=None)
    return [
        (image.caption, article.text[image.offset :].split("\n", 1)[0]) for image in article.images
    ]


PARAGRAPHS = "".join(f"<p>{text}</p>" for text in (BODY, NEXT, BODY.replace("Monday", "Friday")))


def test_a_caption_element_after_a_figure_without_figcaption_is_its_caption() -> None:
    body = (
        f"<p>{BODY}</p><div><figure><img src='https://example.org/a.jpg' alt='Vanessa Hicks'>"
        f"</figure> <p class='legend'>Vanessa Hicks</p></div><p>{NEXT}</p>"
    )
    assert _parse(body) == [("Vanessa Hicks", "Vanessa Hicks")]


def test_a_figure_with_no_caption_after_it_has_none() -> None:
    body = (
        f"<p>{BODY}</p><div><figure><img src='https://example.org/a.jpg' alt='A vineyard'>"
        f"</figure> <p>{NEXT}</p></div>"
    )
    assert [caption for caption, _ in _parse(body)] == [None]


def test_the_one_paragraph_of_a_picture_box_is_its_caption() -> None:
    body = (
        f"<p>{BODY}</p><div class='picBox '><a class='overlayLink' href='#'>"
        "<img src='https://example.org/b.jpg' alt='Wine in oak barrels at Kloster Marienthal'>"
        f"</a><p>Oak barrels enhance the frühburgunder flavor</p></div><p>{NEXT}</p>"
    )
    assert _parse(body) == [
        (
            "Oak barrels enhance the frühburgunder flavor",
            "Oak barrels enhance the frühburgunder flavor",
        )
    ]


@pytest.mark.parametrize(
    "box",
    [
        # an empty paragraph: nothing to take (the lead picture of DW's pages)
        "<div class='picBox full'><a href='#'><img src='https://example.org/c.jpg' alt='x'></a>"
        "<p></p></div>",
        # a box that is no picture's
        f"<div class='newsbox'><img src='https://example.org/c.jpg' alt='x'><p>{NEXT}</p></div>",
        # two paragraphs: a story's teaser, not one caption
        "<div class='picBox'><a href='#'><img src='https://example.org/c.jpg' alt='x'></a>"
        "<p>Oak barrels enhance the flavor</p><p>Read more about the wines</p></div>",
    ],
)
def test_other_boxes_give_no_caption(box: str) -> None:
    # (the picture may be dropped with its box; where it is kept, it has no caption)
    assert all(caption is None for caption, _ in _parse(f"<p>{BODY}</p>{box}{PARAGRAPHS}"))


def test_set_21s_deutsche_welle_captions_are_found() -> None:
    saved = saved_page(21, "tc-dw-colonial")
    assert saved.found == saved.gold
    assert len(saved.gold) == 2


@pytest.mark.parametrize(
    ("number", "article_id"), [(17, "tf-nation-schools"), (20, "tf-nation-tridents")]
)
def test_the_nations_pictures_stand_with_their_captions(number: int, article_id: str) -> None:
    saved = saved_page(number, article_id)
    assert saved.found == saved.gold
    assert {image for _, _, image in saved.gold} == {0}
