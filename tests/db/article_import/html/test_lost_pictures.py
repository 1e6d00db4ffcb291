"""Pictures and captions the import lost (ADR 0020, addendum of the eighteenth round).

Four causes, found by the captions review of ADR 0140: a picture whose neighbour in the page
is another figure's caption, which the extractor drops with that figure, was not placed (its
neighbour text is found nowhere in the article); a captioned picture followed by lines the
extractor drops (a byline under a lead picture, an ``Advertisement`` label) was not placed
either; a lazy loader's source attribute the import did not know (USA Today's ``data-gl-src``,
no ``src``); a caption the page's style shows from an attribute of an empty element (USA
Today's ``data-c-caption``).

The real pages are read from the mirrors of their repositories (``$MARGINALIA_MIRRORS``, else
``../.mirror`` beside the repository: ``<owner>+<name>/repo``, a git directory) at a fixed
commit, checked by sha256; a test skips when its mirror is not there.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from lxml.html import fragment_fromstring

from marginalia.db.article_import.html import parse_html
from marginalia.db.article_import.html.images import candidates
from marginalia.db.article_import.html.marks import BLOCK, image_mark
from marginalia.db.article_import.html.placement import (
    LATER,
    WINDOW,
    Neighbours,
    place_missing,
    squeeze,
)

REPO = Path(__file__).resolve().parents[4]
MIRRORS = Path(os.environ.get("MARGINALIA_MIRRORS", REPO / ".." / ".mirror"))
HTMLDATE = ("adbar+htmldate", "b8952828329abaeeb3be21387b526f2be614ce67")
OMNIVORE = ("omnivore-app+omnivore", "322ce62b2e09a4fc8f328dde6003e7066953a9ca")
MAGIC_HTML = ("opendatalab+magic-html", "47d4a7fed12030e906a093b074637f178cb46ef2")


def mirror_page(repository: tuple[str, str], path: str, sha256: str) -> bytes:
    name, commit = repository
    clone = MIRRORS / name / "repo"
    if not clone.is_dir():
        pytest.skip(f"no mirror of {name} in {MIRRORS}")
    shown = subprocess.run(
        ["git", "-C", str(clone), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    if shown.returncode != 0:
        pytest.skip(f"{path} is not in the mirror of {name}")
    assert hashlib.sha256(shown.stdout).hexdigest().startswith(sha256)
    return shown.stdout


def captioned(page: bytes) -> dict[str, int]:
    """Each caption the import gives a picture, with the picture's anchor; the text holds the
    caption there."""
    article = parse_html(page, source="page.html", base_dir=None)
    found: dict[str, int] = {}
    for image in article.images:
        if image.caption:
            assert article.text[image.offset :].startswith(image.caption)
            found[image.caption] = image.offset
    return found


def parse(body: str) -> tuple[str, list[tuple[int, str | None]]]:
    html = f"<html><head><meta charset='utf-8'></head><body><article>{body}</article></body></html>"
    article = parse_html(html.encode(), source="page.html", base_dir=None)
    return article.text, [(image.offset, image.caption) for image in article.images]


LONG = " ".join(["The article goes on with a paragraph long enough to be kept."] * 3)


def test_two_figures_in_a_row_are_both_placed_with_their_captions() -> None:
    text, images = parse(
        f"<p>First paragraph. {LONG}</p>"
        "<figure><img src='a.png'><figcaption>The first picture.</figcaption></figure>"
        "<figure><img src='b.png'><figcaption>The second picture.</figcaption></figure>"
        f"<p>Second paragraph. {LONG}</p><p>Third paragraph. {LONG}</p>"
    )
    assert [caption for _, caption in images] == ["The first picture.", "The second picture."]
    for offset, caption in images:
        assert caption is not None and text[offset:].startswith(caption)
    assert images[0][0] < images[1][0] < text.index("Second paragraph.")


def test_a_figure_between_teasers_stays_out() -> None:
    """The figures' own text left out, the neighbours must still be article text on both
    sides, next to each other."""
    _, images = parse(
        f"<p>First paragraph. {LONG}</p><p>Second paragraph. {LONG}</p></article>"
        "<aside><a href='/other'>Another story</a>"
        "<figure><img src='a.png'><figcaption>A teaser's picture.</figcaption></figure>"
        "<figure><img src='b.png'><figcaption>Another teaser.</figcaption></figure>"
        "<a href='/more'>More stories</a></aside><article>"
    )
    assert images == []


FIRST = "Taoiseach Leo Varadkar has said that Israel's response resembles revenge."
SECOND = "Speaking to reporters in Seoul, Mr Varadkar said collective punishment was wrong."
RAW = f"{BLOCK}{FIRST}{BLOCK}{BLOCK}{SECOND}{BLOCK}"


def placed(near: Neighbours, caption: str = "A caption.") -> str:
    """The extractor's text ``RAW`` with the dropped picture 0 put back (its mark ``◆``)."""
    raw = place_missing(RAW, {0: near}, {0: caption} if caption else {})
    return raw.replace(image_mark(0), "◆").replace(BLOCK, "|")


def test_a_lead_picture_above_the_headline_and_byline_opens_the_article() -> None:
    page_after = squeeze(f"Denis Staunton, China Correspondent Wed Nov 8 2023 {FIRST}")
    near = Neighbours(
        before="lised'humanitarianpauses",
        after=page_after[:WINDOW],
        caption=squeeze("A caption."),
        bare_before="lised'humanitarianpauses",
        bare_after=page_after[:WINDOW],
        later=page_after[:LATER],
    )
    assert placed(near) == f"||◆A caption.|{FIRST}||{SECOND}|"


def test_a_picture_before_an_advertisement_label_keeps_its_place() -> None:
    page_after = squeeze(f"Advertisement {SECOND}")
    near = Neighbours(
        before=squeeze(FIRST)[-WINDOW:],
        after=page_after[:WINDOW],
        caption=squeeze("A caption."),
        bare_before=squeeze(FIRST)[-WINDOW:],
        bare_after=page_after[:WINDOW],
        later=page_after[:LATER],
    )
    assert placed(near) == f"|{FIRST}|||◆A caption.|{SECOND}|"


def test_a_picture_far_from_the_article_stays_out() -> None:
    """Dropped text longer than ``LATER`` between the picture and the article's text."""
    menu = squeeze(" ".join(f"Menu entry number {n}" for n in range(20)))
    page_after = menu + squeeze(FIRST)
    near = Neighbours(
        before="",
        after=page_after[:WINDOW],
        caption=squeeze("A caption."),
        later=page_after[:LATER],
    )
    assert placed(near) == RAW.replace(BLOCK, "|")


def test_a_linked_or_uncaptioned_picture_before_the_article_stays_out() -> None:
    page_after = squeeze(f"By a writer {FIRST}")
    near = Neighbours(
        before="",
        after=page_after[:WINDOW],
        caption=squeeze("Another story"),
        linked=True,
        later=page_after[:LATER],
    )
    assert placed(near) == RAW.replace(BLOCK, "|")
    uncaptioned = replace(near, linked=False, caption="")
    assert placed(uncaptioned, caption="") == RAW.replace(BLOCK, "|")
    card = replace(near, linked=False, link_inside=True)  # <figure><a href><img><figcaption>
    assert placed(card) == RAW.replace(BLOCK, "|")


def test_a_picture_is_never_put_back_inside_a_paragraph() -> None:
    """Its text before found in the middle of a paragraph (the same words twice): no place."""
    middle = squeeze(FIRST)[10 : 10 + WINDOW]
    page_after = "Advertisement" + squeeze(FIRST)[10 + WINDOW :] + squeeze(SECOND)
    near = Neighbours(
        before=middle,
        after=page_after[:WINDOW],
        caption=squeeze("A caption."),
        bare_before=middle,
        bare_after=page_after[:WINDOW],
        later=page_after[:LATER],
    )
    assert placed(near) == RAW.replace(BLOCK, "|")


def test_another_lazy_loaders_source_attribute_is_a_source() -> None:
    element = fragment_fromstring(
        "<img data-gl-src='https://cdn.example/a.jpg?width=660' "
        "data-gl-srcset='https://cdn.example/a.jpg?width=1320 2x' alt='a'>"
    )
    assert candidates(element) == [
        "https://cdn.example/a.jpg?width=660",
        "https://cdn.example/a.jpg?width=1320",
    ]


def test_a_caption_held_in_an_attribute_of_an_empty_element() -> None:
    text, images = parse(
        f"<p>First paragraph. {LONG}</p>"
        "<figure><img data-gl-src='https://cdn.example/irma.jpg' alt='Irma.'>"
        "<div class='ccw' data-c-caption='NASA satellite image of Hurricane Irma.' "
        "data-c-credit='NASA'></div></figure>"
        f"<p>Second paragraph. {LONG}</p>"
    )
    caption = "NASA satellite image of Hurricane Irma."
    assert images == [(text.index(caption), caption)]
    assert text.index(caption) < text.index("Second paragraph.")


def test_usa_todays_pictures_keep_their_attribute_captions() -> None:
    page = mirror_page(HTMLDATE, "tests/test_set/1566930342.html", "f3bad3f8e790")
    found = captioned(page)
    assert "NASA satellite image of Hurricane Irma." in found
    assert (
        "Emergency personnel in Spring Lake, N.C., take a family to safety after flooding from"
        " Hurricane Florence on Sept. 17, 2018." in found
    )


def test_the_suns_second_and_third_pictures_are_placed() -> None:
    page = mirror_page(HTMLDATE, "tests/eval/thesun.co.uk-Linda-Nolan.html", "3607606c163b")
    starts = [caption[:29] for caption in captioned(page)]
    assert "Linda Nolan has vowed not to " in starts
    assert "The singer, 64, was diagnosed" in starts


def test_the_irish_times_lead_and_second_pictures_are_placed() -> None:
    page = mirror_page(HTMLDATE, "tests/eval/irishtimes.com-Israel.html", "b07969c4e541")
    found = {caption[:29]: offset for caption, offset in captioned(page).items()}
    assert found["Israel air strikes destroy ap"] == 0
    assert "Taoiseach Leo Varadkar during" in found


def test_huffposts_second_picture_is_placed_before_the_advertisement() -> None:
    page = mirror_page(HTMLDATE, "tests/eval/huffpost.com-GOP.html", "75190c473e47")
    starts = [caption[:34] for caption in captioned(page)]
    assert "Former New Jersey Gov. Chris Chris" in starts


def test_wechat_figures_beside_other_figures_are_placed() -> None:
    path = "packages/readabilityjs/test/test-pages/wechat/source.html"
    found = captioned(mirror_page(OMNIVORE, path, "4b153ff98fe0"))
    assert "图三：欣赏一下，此图来自官网" in found
    assert "图十九" in found
    assert found["图三：欣赏一下，此图来自官网"] < found["图四：剪藏后的阅读效果"]


def test_the_zhihu_figure_is_placed() -> None:
    path = "packages/readabilityjs/test/test-pages/zhihu/source.html"
    assert "商业贷款进度——工行APP查询" in captioned(mirror_page(OMNIVORE, path, "b543c030fca3"))


def test_the_wikipedia_thumbs_are_placed() -> None:
    path = (
        "benchmark/data/article/htmls/"
        "06586406af5a4d947b537aecdc40979b40694823be02302e015413cab28d50e0.html"
    )
    found = captioned(mirror_page(MAGIC_HTML, path, "841d164ec13e"))
    assert "2020年12月27日投入使用的雄安站" in found
    assert "阿里巴巴集团于新区内设立的办公室" in found
