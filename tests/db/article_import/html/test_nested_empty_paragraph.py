"""An empty ``<p>`` inside a paragraph is a line break (ADR 0020, twentieth-round addendum).

Business Insider writes a picture's credit and the paragraph after it into one ``<p>`` with
a stray ``<p>`` between (held-out 39's emv page). A browser ends the paragraph there;
libxml2 nests an empty ``<p></p>``, which the extractor dropped, so the credit ran into the
next sentence: ``Rob Stothard/Getty ImagesJ. Craig Shearman``.
"""

from __future__ import annotations

from pathlib import Path

from marginalia.db.article_import.html import parse_html

FILLER = (
    "Best Buy, Macy's, and Walmart stores have been fully outfitted with new card readers, "
    "representatives for those companies said, and reissued their store-branded cards. "
)


def page(inner: str) -> bytes:
    body = "".join(f"<p>{FILLER * 2}</p>" for _ in range(3))
    return (
        "<html><head><title>Chip cards</title></head><body><article>"
        f"{body}{inner}<p>{FILLER}</p></article></body></html>"
    ).encode()


def test_credit_and_next_paragraph_are_two_lines() -> None:
    inner = (
        '<p class="p1"><span class="s1"><span class="image-container"><span>'
        '<img src="black.jpg" alt="black friday"><span class="source"><span>'
        "Rob Stothard/Getty Images</span></span></span><p></span></span>"
        "J. Craig Shearman, a spokesman for the National Retail Federation, said the new "
        "card readers would be at most major retailers.</span></p>"
    )
    text = parse_html(page(inner), source="bi.html", base_dir=Path(".")).text
    assert "Getty ImagesJ." not in text
    assert "Rob Stothard/Getty Images\nJ. Craig Shearman" in text


def test_paragraph_without_nested_one_unchanged() -> None:
    inner = "<p>One sentence here, <span>and the same line goes on</span> to its end.</p>"
    text = parse_html(page(inner), source="bi.html", base_dir=Path(".")).text
    assert "One sentence here, and the same line goes on to its end." in text
