"""Pictures and captions the import still lost (ADR 0020, addendum of the nineteenth round).

A figure's further ``<figcaption>`` (a credit after the caption) was never read; a page's
second copy of its lead picture (for small screens, its caption beside it) was a "repeat" of
the first copy although that copy was not in the text; a picture between two paragraphs with a
section heading the extractor drops inside its neighbours' windows was not placed; a captioned
picture right after the article's last paragraph was not placed. A caption element that
holds a heading or opens with a link to another page is a card's or a banner's (an author
box, a shop's offer): such a picture is never placed by the rules for a captioned picture
alone.

The real pages come from the mirrors (``test_lost_pictures.mirror_page``) and the installed
gold pages (``tests/db/suggest/imported.PAGES``); a test skips when they are not there.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from marginalia.db.article_import.html import parse_html
from marginalia.db.article_import.html.marks import BLOCK, image_mark
from marginalia.db.article_import.html.placement import (
    LATER,
    WINDOW,
    Neighbours,
    place_missing,
    squeeze,
)
from tests.db.suggest.imported import PAGES

from .test_lost_pictures import OMNIVORE, captioned, mirror_page, parse

TRAFILATURA = ("adbar+trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5")
FIRST = (
    "The former governor of South Carolina and the businessman traded insults on the stage in "
    "Miami on Wednesday night, to cheers from the audience and a few boos from the back rows."
)
SECOND = (
    "Asked about the social media platform, the candidate said the country must go further "
    "than banning one application, and named the companies that transfer data abroad."
)
LAST = (
    "The singer, who has spoken openly about her illness, said she would spend the summer "
    "with her family in Blackpool and thanked her fans for their letters and their flowers."
)
FOOTER = (
    "<footer><ul><li><a href='/about'>About us</a></li><li><a href='/contact'>Contact</a>"
    "</li><li><a href='/terms'>Terms of use</a></li></ul><p>© 2024 News Group</p></footer>"
)


def test_a_figures_second_figcaption_is_a_line_under_its_caption() -> None:
    text, images = parse(
        f"<p>{FIRST}</p>"
        "<figure><img src='a.png'><figcaption>Nikki Haley at the debate.</figcaption>"
        "<figcaption><span class='credit'>REUTERS</span></figcaption></figure>"
        f"<p>{SECOND}</p>"
    )
    assert images == [(text.index("Nikki Haley"), "Nikki Haley at the debate.")]
    assert f"Nikki Haley at the debate.\n\nREUTERS\n\n{SECOND}" in text


def test_a_credit_the_text_holds_already_is_not_repeated() -> None:
    text, _ = parse(
        f"<p>{FIRST}</p>"
        "<figure><img src='a.png'><figcaption>Nikki Haley at the debate.</figcaption>"
        "<figcaption>REUTERS</figcaption></figure>"
        "<p>REUTERS</p>"
        f"<p>{SECOND}</p>"
    )
    assert text.count("REUTERS") == 1


def test_a_nested_figures_caption_is_not_the_outer_figures_credit() -> None:
    text, images = parse(
        f"<p>{FIRST}</p>"
        "<figure><img src='a.png'><figcaption>The outer picture.</figcaption>"
        "<figure><img src='b.png'><figcaption>The inner picture.</figcaption></figure>"
        "</figure>"
        f"<p>{SECOND}</p>"
    )
    assert text.count("The inner picture.") == 1
    assert [caption for _, caption in images][:1] == ["The outer picture."]


def _installed(page: str) -> bytes:
    path = PAGES / page
    if not path.is_file():
        pytest.skip(f"{page} is not installed in {PAGES} (tests/db/suggest/install_pages.py)")
    return path.read_bytes()


def test_the_new_york_posts_credits_stand_under_their_captions() -> None:
    """Held-out 22's ``hd-nypost-debate``: ``<figcaption>…</figcaption><figcaption><span
    class="credit">REUTERS</span></figcaption>`` under each of its three pictures."""
    article = parse_html(_installed("htmldate/nypost.com-GOP.html"), source="p", base_dir=None)
    credits = []
    for image in article.images:
        assert image.caption is not None
        end = image.offset + len(image.caption)
        credits.append(article.text[end : article.text.index("\n", end + 2)].strip())
    assert credits == ["REUTERS", "AP", "Tribune News Service via Getty Images"]


def test_a_lead_pictures_copy_for_small_screens_places_it() -> None:
    """Image 1 shows image 0's picture (a copy for small screens, its caption right after
    it). Image 0 is not in the text: image 1 places the picture. Image 0 in the text: image 1
    is a repeat and stays out, as before."""
    caption = "Doctors examine an injured child."
    later = squeeze(f"{caption} In partnership with {FIRST}")
    copy = Neighbours(
        before="DonateBecomeamemberShare",
        after=later[:WINDOW],
        caption="",
        bare_before="DonateBecomeamemberShare",
        bare_after=later[:WINDOW],
        later=later[:LATER],
    )
    wide = Neighbours(before="", after="DonateBecomeamemberShare", caption="")
    raw = f"{BLOCK}{FIRST}{BLOCK}{BLOCK}{SECOND}{BLOCK}"
    missing = {0: wide, 1: copy}
    placed = place_missing(raw, missing, {1: caption}, frozenset({1}), {1: frozenset({0})})
    assert placed == f"{BLOCK}{BLOCK}{image_mark(1)}{caption}{BLOCK}{raw[1:]}"
    kept = f"{BLOCK}{image_mark(0)}{FIRST}{BLOCK}{BLOCK}{SECOND}{BLOCK}"
    assert place_missing(kept, {1: copy}, {1: caption}, frozenset({1}), {1: frozenset({0})}) == kept


def test_the_intercepts_lead_picture_opens_the_article() -> None:
    page = mirror_page(TRAFILATURA, "tests/eval/theintercept.com-Gaza.html", "f813887da6cb")
    found = {caption[:40]: offset for caption, offset in captioned(page).items()}
    assert found["Doctors examine an injured child at Al-S"] == 0


def test_a_picture_between_dropped_section_headings_is_placed() -> None:
    """A heading the extractor dropped stands in each neighbour window (``02 What it is``,
    ``03 Its features``): the end of the paragraph before and the start of the paragraph
    after, within ``LATER`` characters of the picture, place it between them."""
    short = "Its name is Omnivore."
    raw = f"{BLOCK}{FIRST}{BLOCK}{BLOCK}{short}{BLOCK}{BLOCK}{SECOND}{BLOCK}"
    before = squeeze(f"{FIRST} {short} 02 What it is")
    after = squeeze(f"03 Its features {SECOND}")
    near = Neighbours(
        before=before[-WINDOW:],
        after=after[:WINDOW],
        caption=squeeze("Figure one"),
        bare_before=before[-WINDOW:],
        bare_after=after[:WINDOW],
        later=after[:LATER],
        earlier=before[-LATER:],
    )
    placed = place_missing(raw, {0: near}, {0: "Figure one"})
    picture = f"{BLOCK}{image_mark(0)}Figure one{BLOCK}"
    assert placed == raw.replace(f"{BLOCK}{SECOND}", f"{BLOCK}{picture}{SECOND}")
    # next to another figure (its caption is the neighbour on one side): a gallery, left out
    gallery = replace(near, after=squeeze("Figure two: the library")[:WINDOW])
    assert place_missing(raw, {0: gallery}, {0: "Figure one"}) == raw


def test_wechats_figures_after_dropped_headings_are_placed() -> None:
    path = "packages/readabilityjs/test/test-pages/wechat/source.html"
    found = captioned(mirror_page(OMNIVORE, path, "4b153ff98fe0"))
    assert found["图一：初见"] < found["图二：稍详细的介绍"]
    assert found["图二十"] < found["图二十一"] < found["图二十二"]


def test_pictures_right_after_the_last_paragraph_end_the_article() -> None:
    text, images = parse(
        f"<p>{FIRST}</p><p>{LAST}</p>"
        "<figure><img src='a.png'><figcaption>The singer on stage in 2019.</figcaption></figure>"
        "<figure><img src='b.png'><figcaption>With her sisters in 1980.</figcaption></figure>"
        + FOOTER
    )
    assert text.endswith("The singer on stage in 2019.\n\nWith her sisters in 1980.")
    assert [caption for _, caption in images] == [
        "The singer on stage in 2019.",
        "With her sisters in 1980.",
    ]


def test_a_related_storys_picture_after_the_text_stays_out() -> None:
    """A heading between (``More stories``), a link holding the picture, a caption that opens
    with a link to another page (an author box) or holds a heading (a shop's banner): not
    the article's."""
    headed = (
        f"<p>{FIRST}</p><p>{LAST}</p><h3>More stories</h3>"
        "<figure><img src='a.png'><figcaption>Another story's picture.</figcaption></figure>"
        + FOOTER
    )
    linked = (
        f"<p>{FIRST}</p><p>{LAST}</p><a href='/another-story'><figure><img src='a.png'>"
        "<figcaption>Another story's picture.</figcaption></figure></a>" + FOOTER
    )
    author = (
        f"<p>{FIRST}</p><p>{LAST}</p><div class='author-box'><figure><img src='a.png'>"
        "<figcaption><a href='/author/marco'>Another story's author</a>, an expert.</figcaption>"
        "</figure></div>" + FOOTER
    )
    banner = (
        f"<p>{FIRST}</p><p>{LAST}</p><section><img src='a.png'><div class='caption'>"
        "<p>Another story's offer</p><h1>Our subscription</h1></div></section>" + FOOTER
    )
    for body in (headed, linked, author, banner):
        text, images = parse(body)
        assert "Another story" not in text
        assert images == []


def test_the_suns_pictures_after_the_story_end_the_article() -> None:
    """The Sun's layout (held-out 10's ``aeb-plague``): five pictures with
    their captions and credits after the story's last paragraph, nothing but the figures
    between; before, none of the five was placed."""
    page = _installed("aeb/8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50.html")
    found = captioned(page)
    last = "Nowadays, plague is easily treated with antibiotics."
    article = parse_html(page, source="p", base_dir=None)
    end = article.text.index(last) + len(last)
    after = sorted(offset for offset in found.values() if offset > end)
    assert len(after) == 5
    assert article.text.endswith(
        "died from the deadly plague in Mongolia, in MayCredit: The Siberian Times"
    )
