"""A ``<pre>`` keeps its source lines, code or not (ADR 0020, addendum "<pre> keeps its lines")."""

from __future__ import annotations

import importlib

import pytest

from marginalia.db.article_import.html import parse_html

# (the package's ``extract`` is the function of the same name)
extract = importlib.import_module("marginalia.db.article_import.html.extract")

FILLER = (
    "<p>The committee published its annual report on the state of the city's bridges, "
    "roads and tunnels on Monday, after three years of work.</p>"
)
ZH_FILLER = "<p>委员会星期一发表了关于城市桥梁、道路和隧道状况的年度报告，历时三年完成。</p>"

POEM = "<pre>Roses are red,\n  violets are blue,\r\nsugar is sweet,\n\nand so are you.</pre>"
POEM_LINES = "Roses are red,\nviolets are blue,\nsugar is sweet,\nand so are you."
ZH_POEM = "<pre>床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。</pre>"
ZH_POEM_LINES = "床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。"


def parse(body: str, filler: str = FILLER) -> str:
    page = (
        "<html><head><meta charset='utf-8'></head><body><article>"
        f"{filler}{body}{filler.replace('Monday', 'Friday')}</article></body></html>"
    )
    return parse_html(page.encode(), source="t.html", base_dir=None).text


@pytest.mark.parametrize(
    ("body", "filler", "expected"),
    [
        (POEM, FILLER, POEM_LINES),
        (ZH_POEM, ZH_FILLER, ZH_POEM_LINES),
        # inline elements inside: their text and tails keep their lines too
        (
            "<pre>Figures in <b>fixed\nwidth</b>:\nnorth  12\n<i>south</i>  7</pre>",
            FILLER,
            "Figures in fixed\nwidth:\nnorth 12\nsouth 7",
        ),
    ],
)
def test_a_pre_that_is_not_code_keeps_its_lines(body: str, filler: str, expected: str) -> None:
    text = parse(body, filler)
    assert f"\n\n{expected}\n\n" in text
    assert "\r" not in text and "\ufdd4" not in text


def test_without_the_marks_the_extractor_joins_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # The extractor makes these <pre> quotes and collapses their white space: the marks are
    # what keeps the lines.
    monkeypatch.setattr(extract, "mark_pre_lines", lambda root: None)
    assert "Roses are red, violets are blue, sugar is sweet, and so are you." in parse(POEM)
    assert "床前明月光，疑是地上霜。举头望明月，低头思故乡。" in parse(ZH_POEM, ZH_FILLER)


def test_a_pre_among_paragraphs_in_an_article() -> None:
    body = (
        "<p>As the minister said in her statement, line by line:</p>"
        "<pre>We will rebuild the bridge.\nWe will reopen the road.\nWe will not wait.</pre>"
        "<p>The opposition answered <em>within\nthe hour</em>.</p>"
    )
    text = parse(body)
    assert (
        "line by line:\n\nWe will rebuild the bridge.\nWe will reopen the road.\n"
        "We will not wait.\n\nThe opposition answered within the hour." in text
    )


def test_pre_code_is_unchanged() -> None:
    code = "def total(values):\n    return sum(values)\n\nprint(total([1, 2]))"
    expected = "def total(values):\nreturn sum(values)\nprint(total([1, 2]))"
    assert f"\n\n{expected}\n\n" in parse(f"<pre><code>{code}</code></pre>")
    assert f"\n\n{expected}\n\n" in parse(f"<pre>{code}</pre>")


def test_a_pre_tail_and_nested_pre() -> None:
    text = parse("<div><pre>one\ntwo<pre>three\nfour</pre></pre>after\nthe pre</div>")
    assert "one\ntwo" in text and "three\nfour" in text
    assert "after the pre" in text


@pytest.mark.parametrize("value", ["pre", "pre-wrap", "PRE-LINE", "break-spaces"])
def test_an_inline_style_that_keeps_line_breaks(value: str) -> None:
    poem = "Roses are red,\n<b>violets</b> are blue."
    body = f"<div style='color: red; white-space:{value}'>{poem}</div>"
    assert "Roses are red,\nviolets are blue." in parse(body)


def test_other_white_space_styles_join_lines() -> None:
    body = "<div style='white-space: nowrap'>Roses are red,\nviolets are blue.</div>"
    assert "Roses are red, violets are blue." in parse(body)
