"""A link card is not a picture of the article (ADR 0020, addendum of the fifteenth round).

The Daily Record and the Mirror put a grid of "Top news stories today" in the article body:
``<li><a href="/other-story"><figure><img><figcaption>Other story's title</figcaption>``.
The extractor drops the grid, but placement put its last card back, picture and title, as
a captioned figure right before a kept paragraph: the other story's title stood in the
text as this article's caption. A figure a link to another page holds is not put back by
that rule; one whose link opens the picture itself still is.
"""

from __future__ import annotations

from marginalia.db.article_import.html import parse_html

PARAGRAPHS = [
    "The family of a man who vanished ten years ago after a night out have said that they "
    "still hope the anniversary of his disappearance will bring them some closure at last.",
    "His father told the paper that he had hoped the family would be told his son had "
    "finally been found when remains were discovered at an industrial estate in 2020.",
    'He said: "We are hoping it will be him, it would be some sort of closure and help us '
    'get on with our lives." The remains were later confirmed as those of another man.',
]
TITLES = ["Planned council tax payment hikes", "Calls for housing emergency plan"]


def card(number: int, href: str) -> str:
    return (
        f"<li><a href='{href}'><figure><div class='mod-image'>"
        f"<img src='story-{number}.jpg' alt=''></div>"
        f"<figcaption class='brand-bg'>{TITLES[number]}</figcaption></figure></a></li>"
    )


def page(cards: str) -> bytes:
    body = (
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        "<div class='embedded-image-grid'><h3>Top news stories today</h3>"
        f"<div class='wrapper'><ul class='wrap'>{cards}</ul></div></div>"
        f"<p>{PARAGRAPHS[2]}</p>"
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Missing</title>"
        f"</head><body><article><h1>Missing</h1>{body}</article></body></html>"
    ).encode()


def test_a_grid_of_link_cards_stays_out_of_the_text() -> None:
    cards = card(0, "https://news.example/politics/council-tax-31346289") + card(
        1, "/news/scots-councils-housing-31346989"
    )
    article = parse_html(page(cards), source="missing.html", base_dir=None)
    assert PARAGRAPHS[2] in article.text
    for title in TITLES:
        assert title not in article.text
    assert all(image.caption not in TITLES for image in article.images)


def test_a_figure_whose_link_opens_the_picture_comes_back_with_its_caption() -> None:
    cards = card(0, "#gallery") + card(1, "/images/story-1-large.jpg?w=1200")
    article = parse_html(page(cards), source="missing.html", base_dir=None)
    assert TITLES[1] in article.text
    assert [image.caption for image in article.images] == [TITLES[1]]
