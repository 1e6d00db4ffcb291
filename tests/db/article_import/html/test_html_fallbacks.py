"""A page whose cleaned markup holds no article text (ADR 0020, addendum): the markup
repaired (``<html/>``), then ``<noscript>`` content, then the JSON-LD ``articleBody``."""

from __future__ import annotations

import json

import pytest

from marginalia.db.article_import.html import parse_html
from marginalia.db.article_import.html.marks import image_mark
from marginalia.db.article_import.parsed import ParsedArticle
from marginalia.db.errors import ImportError_

PARAGRAPHS = [
    "At least nine female bears raised cubs in the national park this year, and sixteen cubs "
    "were counted, the highest figures in fourteen years of monitoring.",
    "The count is made every summer with the forest police, other institutions and volunteers, "
    "with simultaneous observations, reports checked on the ground and camera traps.",
    "It is the fourth year in a row in which between ten and sixteen cubs were born into the "
    "population, the park said in a statement on Tuesday.",
]
BODY = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
TEXT = "\n\n".join(PARAGRAPHS)
NAV = '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>'


def page(body: str, head: str = "", html: str = "<html lang='en'>") -> bytes:
    return (
        f"<!doctype html>{html}<head><meta charset='utf-8'><title>Bears | Park</title>{head}"
        f"</head><body>{body}</body></html>"
    ).encode()


def json_ld(value: object, kind: str = "NewsArticle") -> str:
    item: dict[str, object] = {"@context": "https://schema.org", "@type": kind, "headline": "Bears"}
    if value is not None:
        item["articleBody"] = value
    # As pages write it: ``<\/`` so that a ``</script>`` inside a string ends nothing.
    text = json.dumps(item).replace("</", "<\\/")
    return f"<script type='application/ld+json'>{text}</script>"


def parse(data: bytes) -> ParsedArticle:
    return parse_html(data, source="t.html", base_dir=None)


def test_a_page_wrapped_in_an_unclosed_noscript_div_imports_its_text() -> None:
    # parcoabruzzo.it: ``<noscript><div id="mms_nojava"></noscript>`` swallows the whole page.
    data = page(
        f'<noscript><div id="mms_nojava"></noscript><div id="main">{NAV}<div class="news">'
        f'{BODY}</div></div><noscript></div></noscript><script>var a = "no";</script>'
    )
    article = parse(data)
    assert article.text == TEXT
    assert article.meta["fallback"] == "noscript"
    assert article.meta["extractor"] == "trafilatura"


def test_noscript_keeps_its_text_and_pictures_but_not_what_sits_in_head() -> None:
    head = "<noscript><img src='https://pixel.example/p.gif' width=1 height=1></noscript>"
    body = (
        "<noscript><article><figure><img src='https://example.org/bear.jpg' alt='A bear'>"
        f"<figcaption>A female bear with two cubs.</figcaption></figure>{BODY}</article>"
        "</noscript><div id='app'></div>"
    )
    article = parse(page(body, head))
    assert article.meta["fallback"] == "noscript"
    assert article.text.endswith(TEXT)
    assert [image.url for image in article.images] == ["https://example.org/bear.jpg"]
    image = article.images[0]
    assert image.caption == "A female bear with two cubs."
    assert article.text[image.offset :].startswith("A female bear with two cubs.")


def test_a_page_with_text_ignores_its_noscript_and_json_ld_bodies() -> None:
    plain = page(f"<article>{BODY}</article>")
    both = page(
        f"<noscript><p>Please turn on JavaScript to see the comments.</p></noscript>"
        f"<article>{BODY}</article>",
        head=json_ld("A different teaser that is not the page's article text."),
    )
    before, after = parse(plain), parse(both)
    assert after.text == before.text == TEXT
    assert after.meta["extractor"] == "trafilatura" and "fallback" not in after.meta
    assert after.images == before.images


def test_json_ld_plain_article_body_is_the_text_when_the_page_has_none() -> None:
    # 7news.com.au (go-trafilatura's json-metadata-8): the body is only in the script.
    value = f"{PARAGRAPHS[0]}\n{PARAGRAPHS[1]}\r\n\r\n  {PARAGRAPHS[2]}  "
    value = value.replace("nine", "nine\u00a0\u00a0").replace("police", "police&#39;s")
    article = parse(page("<div id='root'></div><script>render()</script>", json_ld(value)))
    assert article.meta["fallback"] == "json-ld"
    assert article.meta["extractor"] == "json-ld"
    assert article.text == TEXT.replace("police", "police's")
    assert article.title == "Bears"


def test_json_ld_markup_article_body_reads_like_a_page() -> None:
    # thelocal.de (json-metadata-12): ``<p><i>Hamburger Platt</i> a quirky…</p><p>…``.
    value = (
        f"<p><i>Bears</i> {PARAGRAPHS[0]}</p><h2>How they count</h2>"
        "<figure><img src='https://example.org/bear.jpg'><figcaption>A bear.</figcaption>"
        f"</figure><p>{PARAGRAPHS[1]}<br>{PARAGRAPHS[2]}</p><script>x()</script>"
        "<ul><li>one</li><li>two</li></ul>"
    )
    article = parse(page("", json_ld(value)))
    assert article.text == (
        f"Bears {PARAGRAPHS[0]}\n\nHow they count\n\nA bear.\n\n"
        f"{PARAGRAPHS[1]}\n{PARAGRAPHS[2]}\n\none\n\ntwo"
    )
    (image,) = article.images
    assert image.url == "https://example.org/bear.jpg" and image.caption == "A bear."
    assert article.text[image.offset :].startswith("A bear.")


def test_json_ld_article_body_as_a_list_or_a_value_object() -> None:
    listed = parse(page("", json_ld([PARAGRAPHS[0], [PARAGRAPHS[1]], 7, PARAGRAPHS[2]])))
    assert listed.text == TEXT
    valued = parse(page("", json_ld({"@value": PARAGRAPHS[0], "@language": "en"})))
    assert valued.text == PARAGRAPHS[0]


@pytest.mark.parametrize("value", [42, True, {"text": "not a value object"}, "  ", [], None])
def test_json_ld_article_body_of_no_usable_shape_leaves_no_text(value: object) -> None:
    with pytest.raises(ImportError_, match="no article text was found in the page"):
        parse(page("<div id='root'></div>", json_ld(value)))


def test_json_ld_body_of_a_page_that_is_not_an_article_is_not_read() -> None:
    with pytest.raises(ImportError_, match="no article text"):
        parse(page("", json_ld(PARAGRAPHS[0], kind="WebPage")))


def test_json_ld_body_cannot_forge_image_marks_or_store_half_an_emoji() -> None:
    # the old mark's form (its digit is the page's own text) and today's (all noncharacters)
    value = f"{PARAGRAPHS[0]} \ufdd00\ufdd1 {image_mark(1)}half \ud83d emoji\u200b."
    article = parse(page("", json_ld(value)))
    assert article.text == f"{PARAGRAPHS[0]} 0 half \ufffd emoji."
    assert article.images == ()


def test_noscript_comes_before_json_ld() -> None:
    data = page(f"<noscript><article>{BODY}</article></noscript>", json_ld("Teaser only."))
    article = parse(data)
    assert article.text == TEXT and article.meta["fallback"] == "noscript"


def test_a_self_closed_html_tag_is_read_as_a_browser_reads_it() -> None:
    # htmldate's hundeverein-querfurt.de: libxml2 ends the document at ``<html … />``.
    data = page(
        f"<div id='content'>{BODY}</div>",
        head="<meta name='author' content='Jane Roe'>",
        html='<html xml:lang="de_DE" />',
    )
    article = parse(data)
    assert article.text == TEXT
    assert article.meta["fallback"] == "repaired-markup"
    assert article.author == "Jane Roe" and article.title == "Bears | Park"


@pytest.mark.parametrize(
    "notice",
    [
        "You need to enable JavaScript to run this app.",
        "We're sorry but civ2-blog-frontend doesn't work properly without JavaScript enabled. "
        "Please enable it to continue.",
        "您的浏览器不支持 Javascript，请启用后再试。",
    ],
)
def test_a_noscript_notice_asking_for_javascript_is_not_an_article(notice: str) -> None:
    # wevolver.com, camping.info: the app's only text is the notice.
    data = page(f"<noscript><strong>{notice}</strong></noscript><div id='app'></div>")
    with pytest.raises(ImportError_, match="no article text"):
        parse(data)
    with_body = page(f"<noscript>{notice}</noscript><div id='app'></div>", json_ld(TEXT))
    article = parse(with_body)
    assert article.meta["fallback"] == "json-ld" and article.text == TEXT


def test_a_live_blogs_updates_are_the_text_when_the_page_has_none() -> None:
    # go-trafilatura's json-metadata-4/-15: a LiveBlogPosting keeps its text only in its
    # updates; each is its headline, then its body, in the page's order (newest first).
    blog: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Bears: live",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": "Cubs & counts", "articleBody": PARAGRAPHS[0]},
            {"@type": "BlogPosting", "headline": "", "articleBody": f"<p>{PARAGRAPHS[1]}</p>"},
            {"@type": "BlogPosting", "headline": "An embedded post", "articleBody": ""},
            "not an update",
        ],
    }
    script = f"<script type='application/ld+json'>{json.dumps(blog)}</script>"
    article = parse(page("<div id='root'></div>", script))
    assert article.meta["fallback"] == "json-ld"
    assert (
        article.text == f"Cubs & counts\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\nAn embedded post"
    )
    assert article.title == "Bears: live"
    # one update, not in a list; a page with text never reads them
    blog["liveBlogUpdate"] = {"headline": "One", "articleBody": PARAGRAPHS[2]}
    script = f"<script type='application/ld+json'>{json.dumps(blog)}</script>"
    assert parse(page("", script)).text == f"One\n\n{PARAGRAPHS[2]}"
    assert parse(page(f"<article>{BODY}</article>", script)).text == TEXT


def test_updates_of_a_posting_that_is_no_live_blog_are_not_read() -> None:
    item = {"@type": "NewsArticle", "liveBlogUpdate": {"articleBody": PARAGRAPHS[0]}}
    script = f"<script type='application/ld+json'>{json.dumps(item)}</script>"
    with pytest.raises(ImportError_, match="no article text"):
        parse(page("<div id='root'></div>", script))
