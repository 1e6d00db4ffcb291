"""A caption several pictures share comes back under each of them (ADR 0138).

Pages credit every picture alike (``Courtesy of Zillow``, ``Credits: Supplied Image;``,
``Devindra Hardawar/AOL``); when the extractor drops the pictures' figures, each caption is
put back with its picture, not only the first (placement's caption was put back once per
page, so the second and later pictures stood over the next paragraph with no credit).
"""

from __future__ import annotations

from marginalia.db.article_import.html import parse_html

PARAGRAPHS = [
    "The actress with the long list of husbands once owned a mid-century house in the desert, "
    "and the listing is now open to anyone with nearly a million dollars to spend on it.",
    "The listing says she lived here, but it is not clear whether the home was her own "
    "purchase or a rental, or one she acquired from one of her many divorces over the years.",
    "Like any pure mid-century modern, the home features an open floor plan and walls of "
    "windows that look out over the pool, the palms and the mountains beyond the garden.",
    "The small compound includes a main house and a guesthouse with its own kitchenette and "
    "pool views, and the agent says the buyers will have to move fast this spring.",
]
CREDIT = "Courtesy of Zillow"


def figure(number: int) -> str:
    return (
        f"<figure class='media'><img src='house-{number}.jpg' alt=''>"
        f"<figcaption>{CREDIT}</figcaption></figure>"
    )


def page(body: str) -> bytes:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>House</title></head>"
        f"<body><article><h1>House</h1>{body}</article></body></html>"
    ).encode()


def test_a_credit_every_picture_shares_stands_under_each_of_them() -> None:
    body = "".join(
        f"<p>{paragraph}</p>{figure(number)}" for number, paragraph in enumerate(PARAGRAPHS[:3])
    )
    article = parse_html(page(body + f"<p>{PARAGRAPHS[3]}</p>"), source="house.html", base_dir=None)
    assert len(article.images) == 3
    for image in article.images:
        assert image.caption == CREDIT
        assert article.text[image.offset :].startswith(CREDIT + "\n")
    assert article.text.count(CREDIT) == 3


def test_two_images_of_one_picture_bring_its_caption_back_once() -> None:
    # The page's <img> and a copy of it in one figure: one picture, one caption line.
    copy = (
        "<figure class='media'><img src='house-0.jpg' alt=''><img src='house-0-small.jpg' alt=''>"
        f"<figcaption>{CREDIT}</figcaption></figure>"
    )
    body = f"<p>{PARAGRAPHS[0]}</p>{copy}<p>{PARAGRAPHS[1]}</p>"
    article = parse_html(page(body), source="house.html", base_dir=None)
    assert article.text.count(CREDIT) == 1
