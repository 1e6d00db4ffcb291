"""Captions v6.1 (issue 15): an image's alt text is evidence for the line under it.

A line right after an image that says what the image's ``alt`` says is its caption, with or
without a credit or a full stop; an alt that is empty, a file name, a word such as "photo" or
``图片``, a name too short to describe a picture, or the page's title is no evidence, and a line
*before* the image is never taken for it (on sets 0-7 every such line was a teaser headline:
docs/performance.md, "Captions v6.1"). Each form is tested through a real import of a small
HTML page (``<img alt=…>`` then ``<p>``) as well as on the detector alone.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.store import Store
from marginalia.db.suggest import suggest
from marginalia.db.suggest.caption_match import alt_evidence
from marginalia.db.suggest.captions import DETECTOR, find_captions
from marginalia.db.suggest.review import proposals

EN = (
    "The city council said on Tuesday that the bridge over the freeway would open to traffic "
    "next month, two years after work began and at a cost of 42 million dollars."
)
EN2 = (
    "Officials expect the bridge to carry about 20,000 vehicles a day once it opens, easing "
    "traffic on the nearby interchanges that residents have complained about for years."
)
ZH = "截至目前，全市至少37个街道完成了改造，其中老城区的进度最快，居民对此普遍表示满意。"
ZH2 = "区住建局表示，剩余工程将在年底前全部完工，届时全区的道路通行能力将明显提升。"
TITLE = "Menifee opens its new bridge over the freeway"
CAPTION = "Workers pour concrete on the Holland Road bridge in Menifee in May"
ZH_CAPTION = "施工人员在老城区主干道上铺设新的沥青路面"  # no credit, no full stop


def captions(
    text: str,
    line: str,
    alt: str | None,
    *,
    known: tuple[str | None, ...] = (None,),
    title: str = "",
) -> list[str]:
    """The captions found with one image anchored at ``line``."""
    found = find_captions(text, (text.index(line),), known, (alt,), title)
    return [text[c.start : c.end] for c in found]


# -- the detector ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "alt"),
    [
        (CAPTION, CAPTION),  # no credit, no full stop
        (CAPTION + ".", CAPTION),  # punctuation aside
        (CAPTION + " (City of Menifee)", CAPTION),  # a credit follows the alt's words
        ("Kwasi Kwarteng and Liz Truss at the Conservative Party Conference", "EPA Kwasi "
         "Kwarteng and Liz Truss at the Conservative Party Conference"),  # names: Title Case
        (ZH_CAPTION, ZH_CAPTION),
        (ZH_CAPTION, ZH_CAPTION + "（资料图）"),
    ],
)  # fmt: skip
def test_the_line_under_an_image_that_says_its_alt_is_its_caption(line: str, alt: str) -> None:
    for body, after in ((EN, EN2), (ZH, ZH2)):
        text = f"{body}\n\n{line}\n\n{after}"
        # without the alt the import's "no <figcaption>" keeps it out (captions v6) …
        assert captions(text, line, None) == []
        # … with it, it is the image's caption, also when the import gave no captions at all
        assert captions(text, line, alt) == [line]
        assert captions(text, line, alt, known=()) == [line]


@pytest.mark.parametrize(
    "alt",
    [
        "",
        "   ",
        "image",
        "Photo",
        "photo 1 of 12",
        "Click to enlarge",
        "图片",
        "点击查看高清原图",
        "IMG_2031.jpg",
        "workers pour concrete on the holland road bridge.jpg",  # a file name, with words
        "003ednc20190925",
        "https://example.org/images/bridge.jpg",
    ],
)
def test_an_alt_that_only_says_picture_is_no_evidence(alt: str) -> None:
    assert alt_evidence(alt) == ""
    # the line under the picture reads like a caption, but nothing says it is one
    text = f"{EN}\n\n{CAPTION}\n\n{EN2}"
    assert captions(text, CAPTION, alt) == []


@pytest.mark.parametrize(
    ("line", "alt"),
    [
        ("Michał Kolanko", "Michał Kolanko"),  # an author's photo over their name
        ("新浪新闻公众号", "新浪新闻公众号"),  # a logo over its label
    ],
)
def test_a_name_too_short_to_describe_a_picture_is_no_evidence(line: str, alt: str) -> None:
    text = f"{EN}\n\n{line}\n\n{EN2}"
    assert captions(text, line, alt) == []


def test_an_alt_that_is_the_page_title_is_no_evidence() -> None:
    # the lead picture carries the headline as its alt, and the headline follows it
    text = f"{TITLE}\n\n{EN}\n\n{EN2}"
    assert alt_evidence(TITLE + " - Photo", TITLE) == ""
    assert captions(text, TITLE, TITLE + " - Photo", title=TITLE) == []
    assert alt_evidence(CAPTION, TITLE) != ""  # another alt on that page still counts


@pytest.mark.parametrize(
    "line",
    [
        "Workers pour concrete on the Holland Road bridge in Menifee in May?",  # a teaser
        "WORKERS POUR CONCRETE ON THE HOLLAND ROAD BRIDGE IN MENIFEE",  # a heading
        "Read more: workers pour concrete on the Holland Road bridge in Menifee",  # a link
    ],
)
def test_a_teaser_heading_or_link_that_repeats_the_alt_is_not_a_caption(line: str) -> None:
    text = f"{EN}\n\n{line}\n\n{EN2}"
    assert captions(text, line, line) == []


def test_a_line_that_only_shares_some_words_with_the_alt_is_not_its_caption() -> None:
    line = "Workers poured concrete for the bridge all through May, the council said"
    text = f"{EN}\n\n{line}\n\n{EN2}"
    assert captions(text, line, CAPTION) == []
    # nor is a long body paragraph that merely begins with the alt's words
    long_line = f"{CAPTION}, while the council argued for weeks about who should pay. {EN}"
    text = f"{EN}\n\n{long_line}\n\n{EN2}"
    assert captions(text, long_line, CAPTION) == []


def test_a_line_before_the_image_or_elsewhere_is_never_taken_for_its_alt() -> None:
    # teaser columns put the headline (the alt) above each picture: never a caption
    text = f"{EN}\n\n{CAPTION}\n\n{EN2}\n\n{ZH}"
    image = text.index(EN2)
    assert find_captions(text, (image,), (None,), (CAPTION,)) == []
    # a body paragraph elsewhere that equals the alt is not the caption either
    far = f"{CAPTION}\n\n{EN}\n\n{EN2}\n\n{EN}"
    assert find_captions(far, (far.index(EN2),), (None,), (CAPTION,)) == []


def test_image_line_image_line_is_a_list_of_teasers_even_when_lines_repeat_the_alts() -> None:
    first, second = CAPTION, "Residents walk across the old bridge before it was torn down"
    third = "Drivers queue at the interchange the new bridge is meant to relieve"
    text = f"{EN}\n\n{first}\n\n{second}\n\n{third}\n\n{EN2}"
    images: tuple[int, ...] = (text.index(first), text.index(second), text.index(third))
    assert find_captions(text, images, (None,) * 3, (first, second, third)) == []
    # two pictures side by side, each sentence saying its own alt, are captioned (captions v9.13:
    # the Daily Mail's imageCaption; test_captions_v9_13)
    text = f"{EN}\n\n{first}\n\n{second}\n\n{EN2}"
    images = (text.index(first), text.index(second))
    assert len(find_captions(text, images, (None, None), (first, second))) == 2


def test_suggest_passes_alts_and_title_through() -> None:
    text = f"{EN}\n\n{CAPTION}\n\n{EN2}"
    at = (text.index(CAPTION),)
    assert [s for s in suggest(text, at, image_captions=(None,)) if s.label == "caption"] == []
    found = [
        (text[s.start : s.end], s.image_index, s.detector)
        for s in suggest(text, at, image_captions=(None,), image_alts=(CAPTION,), title=TITLE)
        if s.label == "caption"
    ]
    assert found == [(CAPTION, 0, DETECTOR)]
    # a caption is not also a claim
    claims = suggest(text, at, image_captions=(None,), image_alts=(CAPTION,), labels=["claim"])
    assert all(text[s.start : s.end] != CAPTION for s in claims)


# -- a real import ---------------------------------------------------------------------------


def page(title: str, blocks: list[str]) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title></head><body><article>"
        f"<h1>{escape(title)}</h1>{''.join(blocks)}</article></body></html>"
    )


def imported_captions(store: Store, tmp_path: Path, name: str, html: str) -> list[str]:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    report = import_paths(store, [path])
    assert not report.failed, report.failed
    article = store.article(report.imported[0][1])
    assert len(article.images) == 1
    found = proposals(store, article.id, "ana", labels=["caption"])
    assert all(p.image_id == article.images[0].id for p in found)
    return [p.quote for p in found]


def img(alt: str) -> str:
    return f'<img src="https://example.org/photo.jpg" alt="{escape(alt)}">'


@pytest.mark.parametrize(("body", "caption", "after"), [(EN, CAPTION, EN2), (ZH, ZH_CAPTION, ZH2)])
def test_an_imported_page_img_alt_then_p_gives_the_caption(
    store: Store, tmp_path: Path, body: str, caption: str, after: str
) -> None:
    html = page(TITLE, [f"<p>{body}</p>", img(caption), f"<p>{caption}</p>", f"<p>{after}</p>"])
    assert imported_captions(store, tmp_path, "alt.html", html) == [caption]


@pytest.mark.parametrize("alt", ["photo", "图片", "IMG_2031.jpg", "", TITLE])
def test_an_imported_page_whose_alt_is_no_evidence_gives_no_caption(
    store: Store, tmp_path: Path, alt: str
) -> None:
    # the <p> under the picture reads like a caption but nothing says it is one
    line = CAPTION if alt != TITLE else TITLE
    html = page(TITLE, [f"<p>{EN}</p>", img(alt), f"<p>{line}</p>", f"<p>{EN2}</p>"])
    assert imported_captions(store, tmp_path, "no-alt.html", html) == []


def test_an_imported_page_with_the_alt_above_the_picture_gives_no_caption(
    store: Store, tmp_path: Path
) -> None:
    html = page(TITLE, [f"<p>{EN}</p>", f"<p>{CAPTION}</p>", img(CAPTION), f"<p>{EN2}</p>"])
    assert imported_captions(store, tmp_path, "above.html", html) == []
