"""A feed of other stories is not the article (ADR 0020, addendum of the fifteenth round).

The Asia Pacific Star page (held-out 24) ends with the site's column of other stories: under
an ``<h5>`` link to each story, its picture and its first sentence cut off with `` ...``.
The extractor kept the column as the article's last paragraphs. A run of three or more such
teasers is removed; an article's own paragraphs that end with ``...`` or link out, and a
list of related links without cut-off summaries, are kept.
"""

from __future__ import annotations

import lxml.html

from marginalia.db.article_import.html import parse_html
from marginalia.db.article_import.html.feeds import drop_feeds

PARAGRAPHS = [
    "Exhausted firefighters said on Monday they had finally brought the largest blaze in "
    "the state under control after it burned for more than two months across the ranges.",
    "The fire, formed when several smaller blazes merged, had destroyed more than 500,000 "
    "hectares of bush and farmland and threatened several towns on its way to the coast.",
    "Officials warned that the danger had not passed, with hot and windy weather forecast "
    "for the coming days and dozens of other fires still burning across the whole region.",
]
SUMMARIES = [
    "Mumbai, Jan 13: Equity benchmark indices hit fresh lifetime highs on Monday as ...",
    "Mumbai, Jan 13: Allcargo Logistics said on Monday its board of directors has …",
    "Kuta, Jan 13: Over the new year holidays, while strolling along one of the ...",
    "Hanoi: Vietnam will enjoy the fastest economic growth in Southeast Asia in ...",
]


def teaser(number: int, summary: str) -> str:
    href = f"/news/26370{number}/story-{number}"
    return (
        f"<div class='large-12 columns'><h5><a href='{href}'>Story number {number}</a></h5>"
        f"<div class='media-object-section'><a href='{href}'><img src='s{number}.jpg'></a>"
        f"</div><div class='media-object-section'><p> {summary}</p></div></div>"
    )


def page(body: str) -> bytes:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Megablaze</title>"
        f"</head><body><div class='row'><h1>Megablaze</h1>{body}</div></body></html>"
    ).encode()


def article(extra: str = "") -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS) + extra


def dropped(body: str) -> int:
    root = lxml.html.document_fromstring(page(body))
    return drop_feeds(root)


def test_a_column_of_other_stories_summaries_leaves_the_text() -> None:
    column = "".join(teaser(number, summary) for number, summary in enumerate(SUMMARIES))
    body = article(f"<h3>Asia</h3><div class='column'>{column}</div>")
    assert dropped(body) == len(SUMMARIES)
    text = parse_html(page(body), source="star.html", base_dir=None).text
    assert all(paragraph in text for paragraph in PARAGRAPHS)
    assert not any(summary[:30] in text for summary in SUMMARIES)
    assert "Story number" not in text


def test_two_teasers_are_not_a_feed() -> None:
    column = teaser(0, SUMMARIES[0]) + teaser(1, SUMMARIES[1])
    assert dropped(article(f"<div class='column'>{column}</div>")) == 0


def test_a_block_without_text_does_not_end_the_run_and_one_with_text_does() -> None:
    teasers = [teaser(number, summary) for number, summary in enumerate(SUMMARIES)]
    gap = "<div class='ad'><img src='ad.gif'></div>"
    assert dropped(f"<div>{teasers[0]}{gap}{teasers[1]}{gap}{teasers[2]}</div>") == 3
    words = "<div>Sponsored content from our partners</div>"
    assert dropped(f"<div>{teasers[0]}{teasers[1]}{words}{teasers[2]}{teasers[3]}</div>") == 0


def test_paragraphs_that_end_with_an_ellipsis_or_link_out_are_kept() -> None:
    trailing = [
        f"<p>{paragraph[:-1]} and <a href='/news/{number}'>the report</a> says ...</p>"
        for number, paragraph in enumerate(PARAGRAPHS)
    ]
    body = "".join(trailing) + "".join(f"<p>{paragraph} ...</p>" for paragraph in PARAGRAPHS)
    assert dropped(body) == 0
    text = parse_html(page(body), source="star.html", base_dir=None).text
    assert text.count("the report says ...") == 3
    assert all(f"{paragraph} ..." in text for paragraph in PARAGRAPHS)


def test_the_articles_own_list_of_related_links_is_kept() -> None:
    related = (
        "<h2>Read the reports</h2><ul>"
        "<li><a href='/reports/fire-service'>Fire service review</a>"
        "<p>The service's own review of the season, published in March.</p></li>"
        "<li><a href='/reports/bushfire-inquiry'>Bushfire inquiry</a>"
        "<p>The state inquiry's findings on the response.</p></li>"
        "<li><a href='https://example.org/climate'>Climate outlook</a>"
        "<p>The bureau's outlook for the coming summer.</p></li></ul>"
    )
    body = article(related)
    assert dropped(body) == 0
    text = parse_html(page(body), source="star.html", base_dir=None).text
    # (the extractor itself drops the link-only lines, as without this rule)
    assert "The service's own review of the season, published in March." in text
    assert "The bureau's outlook for the coming summer." in text


def test_short_status_lines_under_comments_are_not_summaries() -> None:
    comments = "".join(
        f"<div class='comment'><a href='/user/{number}'>reader{number}</a>"
        f"<p>Made it twice, everyone loved it, thank you for the recipe number {number}!</p>"
        "<div class='status'>Your comment is being saved...</div></div>"
        for number in range(4)
    )
    assert dropped(article(f"<div class='comments'>{comments}</div>")) == 0
