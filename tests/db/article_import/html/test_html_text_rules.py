"""Decoding, white space, ruby, paragraphs, offsets and metadata of one page (ADR 0020)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marginalia.db.article_import.encoding import DecodeError
from marginalia.db.article_import.html import parse_html
from marginalia.db.article_import.html.decoding import decode_page

FILLER = (
    "<p>The committee published its annual report on the state of the city's bridges, "
    "roads and tunnels on Monday, after three years of work.</p>"
)


def article_page(body: str, head: str = "", charset: str = "utf-8") -> bytes:
    html = (
        f"<html><head><meta charset='{charset}'>{head}</head>"
        f"<body><article>{FILLER}{body}{FILLER.replace('Monday', 'Friday')}</article></body></html>"
    )
    return html.encode(charset if charset.lower() != "gb2312" else "gb18030")


def parse(data: bytes, **kwargs: object) -> str:
    return parse_html(data, source="t.html", base_dir=None, **kwargs).text  # type: ignore[arg-type]


def test_paragraphs_are_separated_by_a_blank_line_and_br_by_a_newline() -> None:
    text = parse(article_page("<p>First line of the poem,<br>second line of the poem.</p>"))
    assert (
        "after three years of work.\n\nFirst line of the poem,\nsecond line of the poem.\n\n"
        in text
    )
    assert not text.startswith(("\n", " ")) and not text.endswith(("\n", " "))


def test_nbsp_becomes_a_space_zero_width_space_goes_joiners_stay() -> None:
    body = (
        "<p>Price:&nbsp;100&#8239;€, long\u00a0\u00a0gap, zero\u200bwidth, soft\u00adhyphen, "
        "entity&#8203;zero, entity&shy;soft, "
        "family 👨\u200d👩\u200d👧 and می\u200cخواهم in the text of this paragraph.</p>"
    )
    text = parse(article_page(body))
    assert "Price: 100 €, long gap, zerowidth, softhyphen, entityzero, entitysoft, " in text
    assert "family 👨\u200d👩\u200d👧 and می\u200cخواهم" in text


def test_ruby_readings_leave_the_text_and_go_to_the_metadata() -> None:
    body = (
        "<p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby>"
        "を<ruby><rb>読</rb><rt>よ</rt></ruby>むのは楽しいです。毎日少しずつ練習しています。</p>"
    )
    article = parse_html(article_page(body), source="ja.html", base_dir=None)
    assert "漢字を読むのは楽しいです。" in article.text
    assert "かん" not in article.text and "(" not in article.text
    assert {"base": "漢字", "reading": "かん じ"} in article.meta["ruby"]


def test_image_offsets_count_code_points_after_emoji_and_cjk_extension_b() -> None:
    body = (
        "<p>😀𠀋 opening words of the paragraph before the picture of the bridge.</p>"
        "<figure><img src='https://example.org/bridge.jpg' alt='Bridge'>"
        "<figcaption>The old bridge, 1901.</figcaption></figure>"
        "<p>The paragraph after the picture explains the history of the bridge.</p>"
    )
    article = parse_html(article_page(body), source="t.html", base_dir=None)
    [image] = article.images
    assert article.text[image.offset :].startswith("The old bridge, 1901.\n\nThe paragraph after")
    assert image.caption == "The old bridge, 1901."
    assert (image.url, image.alt, image.data, image.name) == (
        "https://example.org/bridge.jpg",
        "Bridge",
        None,
        "bridge.jpg",
    )


def test_control_characters_from_entities_go_before_offsets_are_taken() -> None:
    body = (
        "<p>Bell&#7; and escape&#27; characters written as entities, then a picture.</p>"
        "<figure><img src='https://example.org/b.jpg'><figcaption>Bell tower</figcaption>"
        "</figure><p>And the text after the picture of the old bell tower.</p>"
    )
    article = parse_html(article_page(body), source="t.html", base_dir=None)
    assert "Bell and escape characters" in article.text
    [image] = article.images
    assert article.text[image.offset :].startswith("Bell tower\n\nAnd the text after")


def test_caption_like_text_next_to_an_image_is_its_caption() -> None:
    body = (
        "<div class='photo'><img src='https://example.org/mayor.jpg' alt=''>"
        "<p class='photo-caption'>The mayor opens the bridge. Photo: City Hall</p></div>"
    )
    article = parse_html(article_page(body), source="t.html", base_dir=None)
    [image] = article.images
    assert image.caption == "The mayor opens the bridge. Photo: City Hall"
    assert article.text[image.offset :].startswith(image.caption)


def test_declared_charset_is_used_when_it_decodes() -> None:
    data = article_page(
        "<p>Zażółć gęślą jaźń — the committee said so in Polish.</p>", charset="cp1250"
    )
    article = parse_html(data, source="pl.html", base_dir=None)
    assert "Zażółć gęślą jaźń" in article.text
    assert (article.encoding, article.meta["encoding_method"]) == ("cp1250", "declared")


def test_gb2312_declaration_decodes_as_gb18030() -> None:
    data = article_page("<p>委员会周一发布了关于桥梁状况的年度报告，镕𠀋。</p>", charset="gb2312")
    article = parse_html(data, source="zh.html", base_dir=None)
    assert "镕𠀋" in article.text and article.encoding == "gb18030"


def test_a_page_that_lies_about_its_charset_is_read_as_what_it_is(corpus: Path) -> None:
    data = (corpus / "html" / "readability" / "qq" / "source.html").read_bytes()
    page = decode_page(data)
    assert (page.declared, page.encoding) == ("gb2312", "utf-8")
    assert "人工智能" in parse_html(data, source="qq", base_dir=None).text


def test_bom_wins_over_the_declaration() -> None:
    data = "\ufeff".encode("utf-16-le") + article_page("<p>Grüße aus Köln</p>").decode().encode(
        "utf-16-le"
    )
    article = parse_html(data, source="bom.html", base_dir=None)
    assert "Grüße aus Köln" in article.text and article.encoding == "utf-16-le"


def test_latin1_declaration_is_read_as_windows_1252() -> None:
    data = article_page("<p>\u201cQuoted\u201d \u2013 said the committee.</p>", charset="cp1252")
    data = data.replace(b"charset='cp1252'", b"charset='iso-8859-1'")
    article = parse_html(data, source="w.html", base_dir=None)
    assert "\u201cQuoted\u201d \u2013 said" in article.text and article.encoding == "cp1252"


def test_declared_utf8_with_one_broken_byte_is_read_as_utf8() -> None:
    data = article_page("<p>Grüße aus Köln, sagte der Ausschuss \u2014 und noch mehr.</p>")
    data = data.replace("Köln".encode(), b"K\xf6ln")  # one Latin-1 byte in a UTF-8 page
    article = parse_html(data, source="broken.html", base_dir=None)
    assert "Grüße aus K\ufffdln, sagte der Ausschuss \u2014 und" in article.text
    assert (article.encoding, article.meta["encoding_method"]) == ("utf-8", "repaired")
    assert article.encoding_confidence is not None and article.encoding_confidence < 1.0


def test_forced_encoding_is_obeyed() -> None:
    data = article_page(
        "<p>Zażółć gęślą jaźń — the committee said so in Polish.</p>", charset="cp1250"
    )
    with pytest.raises(DecodeError):
        parse(data, forced_encoding="utf-8")
    assert "Zażółć" in parse(data, forced_encoding="windows-1250")


def test_metadata_comes_from_the_page() -> None:
    head = (
        "<title>Bridges report | The Daily Example</title>"
        "<meta property='og:title' content='Bridges report: the full story'>"
        "<meta name='author' content='Ana Lima'>"
        "<meta property='article:published_time' content='2024-03-05T10:00:00+01:00'>"
        "<link rel='canonical' href='https://example.org/bridges'>"
    )
    data = article_page("", head=head).replace(b"<html>", b"<html lang='pt-BR'>")
    article = parse_html(data, source="m.html", base_dir=None)
    assert (article.title, article.author, article.published, article.language, article.url) == (
        "Bridges report: the full story",
        "Ana Lima",
        "2024-03-05",
        "pt-BR",
        "https://example.org/bridges",
    )


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ('{"@type": "Person", "name": ["Daniel Wood"]}', "Daniel Wood"),  # NPR, 2023
        ('[{"name": "Ana Lima"}, {"name": ["Bo Chen", "Ana Lima"]}]', "Ana Lima, Bo Chen"),
        ('"Ana Lima"', "Ana Lima"),
        ('{"name": {"@value": "Ana"}}', "Ana Lima"),  # no usable name: the meta tag's
        ('{"name": 7}', "Ana Lima"),
        ("null", "Ana Lima"),
        ('[[["Ana Lima"]]]', "Ana Lima"),
    ],
)
def test_a_json_ld_author_of_any_shape_is_read_or_passed_over(author: str, expected: str) -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Bridges", "author": {author}}}</script>'
        "<meta name='author' content='Ana Lima'>"
    )
    assert parse_html(article_page("", head=ld), source="a.html", base_dir=None).author == expected


def test_site_name_is_cut_from_a_title_tag() -> None:
    data = article_page(
        "", head="<title>Bridges of the city need repairs - The Daily Example</title>"
    )
    assert parse_html(data, source="t", base_dir=None).title == "Bridges of the city need repairs"


def test_source_newlines_inside_a_paragraph_are_spaces_only_br_breaks_a_line() -> None:
    # 紐約時報中文網 wraps its paragraphs' text across source lines (held-out 23): a browser
    # shows one space there, and so does the import; <br> is still a line break.
    body = (
        "<div><div class='article-paragraph'>這場中國宣傳運動由來自微軟、Recorded\n"
        "        Future、蘭德公司的研究人員發現，其影響尚且難以衡量。\n    </div>"
        "<div class='article-paragraph'>The campaign (Hawaii, not\n\t\tUkraine) was\r\n"
        "found by\n   researchers,<br>\n   one line\nlater.</div></div>"
    )
    text = parse(article_page(body))
    assert "微軟、Recorded Future、蘭德公司" in text
    assert "The campaign (Hawaii, not Ukraine) was found by researchers,\none line later." in text
    assert "\t" not in text and "\r" not in text
    assert text.count("\n") == text.count("\n\n") * 2 + 1  # the <br>'s, and blank lines


def test_a_code_block_keeps_its_source_lines() -> None:
    body = "<pre>def total(values):\n    return sum(values)\n\nprint(total([1, 2]))</pre>"
    text = parse(article_page(body))
    assert "def total(values):\nreturn sum(values)\nprint(total([1, 2]))" in text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a wrapped Chinese paragraph (gnev-mydrivers' 查⏎看): no space between wide characters
        ("<div>点击查\n看全文，请\r\n访问这里。\n下一句</div>", "点击查看全文，请访问这里。下一句"),
        # beside Latin letters or digits: a space, as before
        ("<div>使用\nPython\n编程，共\n3\n个</div>", "使用 Python 编程，共 3 个"),
        # Hangul is wide but written with spaces: its breaks stay spaces, beside Chinese too
        ("<div>한국어는\n띄어쓰기를 한다\n漢字</div>", "한국어는 띄어쓰기를 한다 漢字"),
        # full-width punctuation and letters are wide (F/W); ambiguous quotes (A) are not
        ("<div>结束。\n（注\n）ＡＢ\nＣ“\n引</div>", "结束。（注）ＡＢＣ“ 引"),
        # halfwidth katakana (H)
        ("<div>ｶﾀ\nｶﾅ</div>", "ｶﾀｶﾅ"),
        # the spaces around a break go first, then the break: removed between wide characters
        ("<div>字 \n  字\t\n\n 字</div>", "字字字"),
        # a real space between wide characters is not a segment break: it stays one space
        ("<div>字 字　字</div>", "字 字 字"),
        # beside a zero-width space (here an entity, removed afterwards) the break goes too
        ("<div>abc&#8203;\ndef</div>", "abcdef"),
        # across an inline element's boundary, as a browser reads it
        ("<div>查<b>\n看</b>全\n<i>文</i></div>", "查看全文"),
    ],
)
def test_a_source_line_break_between_two_wide_characters_is_removed(
    body: str, expected: str
) -> None:
    # CSS Text 3, segment break transformation (Firefox): removed between two characters of
    # East Asian Width F, W or H (not Hangul), or beside a ZWSP; otherwise one space. (A <div>
    # of text, as the pages that wrap it: the extractor has already made a <p>'s breaks spaces.)
    assert expected in parse(
        article_page(f"<div>{body}<div>这是另一段比较长的文字，写在这里。</div></div>")
    )


def test_br_and_a_code_block_keep_their_line_breaks_between_wide_characters() -> None:
    code = "def total(values):\n    return sum(values)  # 求和\n打印 = print(total([1, 2]))"
    body = f"<div><div>第一行的文字写在这里<br>\n第二行的文字写在这里</div><pre>{code}</pre></div>"
    text = parse(article_page(body))
    assert "第一行的文字写在这里\n第二行的文字写在这里" in text
    assert "# 求和\n打印 = print" in text


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a <p> wraps its Chinese text (gne-guancha, nsa-bbc-huawei): the extractor collapses a
        # paragraph's white space itself, so the break goes before extraction
        (
            "<p>美国商务部周三\n  宣布，将对\r\n华为实施新的出口管制。</p>",
            "美国商务部周三宣布，将对华为实施新的出口管制。",
        ),
        # a real space typed between two wide characters stays one space; a break beside a
        # Latin word is a space
        ("<p>中文 空格，使用\nPython\n编程。</p>", "中文 空格，使用 Python 编程。"),
        # across inline elements' boundaries, as a browser reads it
        ("<p>点击<a href='#'>链接</a>\n查看<b>全\n</b> 文。</p>", "点击链接查看全文。"),
        # Hangul keeps its spaces
        ("<p>한국어는\n띄어쓰기를 한다。</p>", "한국어는 띄어쓰기를 한다。"),
    ],
)
def test_a_source_line_break_inside_a_paragraph_between_wide_characters_is_removed(
    body: str, expected: str
) -> None:
    assert expected in parse(article_page(body))


def test_a_block_boundary_code_and_preformatted_text_keep_their_breaks() -> None:
    # A line break next to a block's edge, an inline <code> and a white-space: pre element are
    # not joined across: their lines are theirs.
    body = (
        "<p>第一段的文字写在这里。</p>\n<p>第二段的文字写在这里。<code>甲\n乙</code>\n丙丁"
        "<span style='white-space: pre-line'>戊\n己</span></p>"
    )
    text = parse(article_page(body))
    assert "第一段的文字写在这里。\n\n第二段的文字写在这里。" in text
    assert "甲\n乙\n\n丙丁戊\n己" in text  # (the extractor makes the <code> a block)


def test_captions_and_titles_remove_a_source_line_break_between_wide_characters() -> None:
    head = "<title>华为\n  禁令 | Example News\n</title>"
    body = (
        "<figure><img src='https://example.org/a.jpg'><figcaption>华为的\n总部，\nLatin\n"
        "words</figcaption></figure>"
    )
    article = parse_html(article_page(body, head=head), source="t.html", base_dir=None)
    assert article.title == "华为禁令 | Example News"
    assert article.images[0].caption == "华为的总部， Latin words"
