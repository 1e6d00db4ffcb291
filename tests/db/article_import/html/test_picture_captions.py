"""A ``<picture>``'s caption element after it, and the picture it places (ADR 0135).

CNA (中央社) holds each photo as ``<div class="BGimgWrap"><picture><source …><source …><img …>
</picture></div><div class="picinfo">caption</div>``. libxml2 nests the ``<img>`` inside the
empty ``<source>`` elements, so the caption search climbed out of the sources and never reached
the caption beside the picture; and the lead photo, after the page's controls (not article
text), was dropped although the extractor kept its caption as a paragraph. The caption right
after a picture now places it (the whole caption must stand there, not words it shares), says
the caption is in the text already (never inserted twice), and places no picture a slideshow
repeats (the same file as an earlier image of the page).
"""

from __future__ import annotations

import pytest

from marginalia.db.article_import.html import parse_html
from marginalia.db.article_import.html.marks import image_mark
from marginalia.db.article_import.html.placement import Neighbours, place_missing
from tests.db.suggest.imported import PAGES

from .test_html_text_rules import article_page

CAPTION = "媒體報導，某攤商販售羊肉遠低於市價，涉以豬肉魚目混珠。（示意圖／圖取自Unsplash圖庫）"
PICTURE = (
    "<div class='floatImg center'><div class='BGimgWrap'><picture>"
    "<source media='(max-width: 414px)' srcset='https://example.org/800/{0}.jpg'>"
    "<source media='(min-width: 413px)' srcset='https://example.org/1024/{0}.jpg'>"
    "<img src='https://example.org/800/{0}.jpg' alt='{1}'></picture></div>"
    "<div class='picinfo'>{1}</div></div>"
)
BODY = (
    "<p>（中央社記者台北23日電）食藥署今天表示，已前往稽查並抽驗，若確實摻偽假冒，"
    "最高可罰400萬元並面臨坐牢。</p>"
)


def test_the_caption_beside_a_picture_with_sources_is_its_caption() -> None:
    article = parse_html(
        article_page(BODY + PICTURE.format(1, CAPTION) + BODY), source="t.html", base_dir=None
    )
    assert [image.caption for image in article.images] == [CAPTION]
    (image,) = article.images
    assert article.text[image.offset :].startswith(CAPTION)
    assert article.text.count(CAPTION) == 1


def test_a_caption_kept_right_after_a_dropped_picture_places_it() -> None:
    squeezed = "".join(CAPTION.split())
    raw = "\ufdd2標題\ufdd2\ufdd2" + CAPTION + "\ufdd2\ufdd2正文第一段。\ufdd2"
    near = Neighbours(before="請同意我們的隱私權規範", after=squeezed[:24], caption="")
    placed = place_missing(raw, {0: near}, {0: CAPTION})
    assert placed == raw.replace(CAPTION, image_mark(0) + CAPTION)
    # a slideshow's copy of an earlier picture is not placed by its caption
    assert place_missing(raw, {0: near}, {0: CAPTION}, frozenset({0})) == raw


def test_words_a_caption_shares_with_the_text_do_not_place_its_picture() -> None:
    caption = "St. Louis Park appears to be the first U.S. city to elect a Somali American mayor."
    body = "St. Louis Park appears to be the first U.S. city to have elected such a mayor."
    raw = "\ufdd2A Somali American mayor\ufdd2\ufdd2" + body + "\ufdd2"
    near = Neighbours(before="Sharethisstory", after="".join(caption.split())[:24], caption="")
    assert place_missing(raw, {0: near}, {0: caption}) == raw


def test_a_caption_already_after_its_picture_is_not_inserted_again() -> None:
    caption = "Staff wait outside the supermarket during its closure."
    raw = "\ufdd2The paragraph before it.\ufdd2\ufdd2" + caption + "\ufdd2\ufdd2After it.\ufdd2"
    near = Neighbours(
        before="Theparagraphbeforeit.", after="".join(caption.split())[:24], caption=""
    )
    placed = place_missing(raw, {0: near}, {0: caption})
    assert placed.count(caption) == 1 and image_mark(0) + caption in placed


def _installed(page: str) -> bytes:
    path = PAGES / page
    if not path.is_file():
        pytest.skip(f"{page} is not installed in {PAGES} (tests/db/suggest/install_pages.py)")
    return path.read_bytes()


@pytest.mark.parametrize(
    ("page", "offsets", "opening"),
    [
        ("nsa/cna/001.html", [58], "媒體報導，新北市的大台北果菜市場"),
        ("nsa/cna/004.html", [56, 896], "泰國為泰黨賽塔（前中）22日當選"),
    ],
)
def test_held_out_22s_cna_pages_keep_their_lead_photo(
    page: str, offsets: list[int], opening: str
) -> None:
    article = parse_html(_installed(page), source=page, base_dir=None)
    assert [image.offset for image in article.images] == offsets
    lead = article.images[0]
    assert lead.caption is not None and lead.caption.startswith(opening)
    assert article.text[lead.offset :].startswith(lead.caption)
