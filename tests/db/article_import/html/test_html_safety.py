"""Hostile pages, local files and the network: clear errors or clean imports, never more."""

from __future__ import annotations

import base64
import json
import socket
from pathlib import Path
from typing import Any

import pytest

from marginalia.db.article_import.html import MAX_PAGE_BYTES, parse_html
from marginalia.db.errors import ImportError_, MarginaliaError

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def paragraphs(count: int, start: int = 0) -> str:
    return "".join(
        f"<p>Paragraph {n} tells how the council of town {n * 7} spent its budget "
        f"on {n + 3} new bridges, after a long meeting on a rainy evening.</p>"
        for n in range(start, start + count)
    )


def page(middle: str) -> bytes:
    body = paragraphs(4) + middle + paragraphs(4, 10)
    head = "<html><head><title>Budget</title></head>"
    return f"{head}<body><article>{body}</article></body></html>".encode()


def test_deeply_nested_page_is_refused_clearly() -> None:
    data = b"<html><body>" + b"<div>" * 100_000 + page("") + b"</div>" * 100_000
    with pytest.raises(ImportError_, match="nested more than 256 levels"):
        parse_html(data, source="deep.html", base_dir=None)


def test_page_over_the_size_limit_is_refused_before_parsing() -> None:
    data = page("<p>" + "word " * (21 * 2**20 // 5) + "</p>")
    assert len(data) > 20_000_000 > MAX_PAGE_BYTES
    with pytest.raises(ImportError_, match="larger than 16 MB"):
        parse_html(data, source="big.html", base_dir=None)


def test_thousands_of_images_are_anchored_in_page_order() -> None:
    # Guards the linear paths (caption search, placement) as much as the order.
    body = "".join(
        f"<p>Paragraph {n} tells the story of council {n * 7}.</p><img src='x{n}.png'>"
        f"<div class='ad'>ad {n}</div>"
        for n in range(3000)
    )
    data = f"<html><body><article>{body}</article></body></html>".encode()
    article = parse_html(data, source="many.html", base_dir=None)
    assert [image.name for image in article.images] == [f"x{n}.png" for n in range(3000)]
    for n in (0, 1234, 2998):
        image = article.images[n]
        assert article.text[image.offset :].startswith(f"Paragraph {n + 1} tells")


def test_broken_markup_imports_cleanly() -> None:
    data = b"<html><body><p>Hello <b>world<i> of <p>broken</b> markup</i><table><td>cell<div>"
    data += page("").replace(b"</p>", b"", 3) + b"</table></p></div></x></y>"
    article = parse_html(data, source="broken.html", base_dir=None)
    assert "Paragraph 12 tells how the council" in article.text
    assert "<" not in article.text


@pytest.mark.parametrize(
    ("uri", "problem"),
    [
        ("data:text/html;base64,PGgxPmhpPC9oMT4=", "not an image (text/html)"),
        ("data:image/png;base64,@@not base64@@", "not valid base64"),
        ("data:image/svg+xml;utf8,<svg/>", "not base64-encoded"),
    ],
)
def test_data_uri_that_is_not_an_image_becomes_a_placeholder(uri: str, problem: str) -> None:
    data = page(
        f'<figure><img src="{uri}" alt="odd"><figcaption>An odd picture</figcaption></figure>'
    )
    article = parse_html(data, source="odd.html", base_dir=None)
    [image] = article.images
    assert image.data is None and image.alt == "odd" and image.caption == "An odd picture"
    assert problem in article.meta["image_problems"][0]["problem"]


def test_data_uri_image_is_imported_with_its_bytes() -> None:
    uri = "data:image/png;base64," + base64.b64encode(PNG).decode()
    article = parse_html(page(f'<img src="{uri}" alt="dot">'), source="p.html", base_dir=None)
    [image] = article.images
    assert image.data == PNG and image.name.endswith(".png")
    assert article.text[image.offset :].startswith("Paragraph 10 tells")


def test_paths_outside_the_page_folder_are_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "site" / "pages"
    folder.mkdir(parents=True)
    secret = tmp_path / "site" / "secret.png"
    secret.write_bytes(PNG)
    opened: list[str] = []
    real_read_bytes = Path.read_bytes

    def spy(path: Path) -> bytes:
        opened.append(str(path))
        return real_read_bytes(path)

    (folder / "link.png").symlink_to(secret)
    monkeypatch.setattr(Path, "read_bytes", spy)
    sources = ["../secret.png", "../../etc/passwd", "/etc/passwd", "file:///etc/passwd"]
    sources += ["link.png"]  # a symlink inside the folder that points outside it
    sources += [str(secret), "pages/../../secret.png", "%2e%2e/secret.png"]
    imgs = "".join(f'<img src="{src}" alt="{n}">' for n, src in enumerate(sources))
    article = parse_html(page(imgs), source="p.html", base_dir=folder)
    assert len(article.images) == len(sources)
    assert all(image.data is None for image in article.images)
    assert opened == []
    assert all(
        "outside" in p["problem"] or "file:" in p["problem"] for p in article.meta["image_problems"]
    )


def test_local_images_inside_the_folder_are_read(tmp_path: Path) -> None:
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "photo 1.png").write_bytes(PNG)
    img = (
        '<figure><img src="page_files/photo%201.png" data-src="https://cdn.example/p.png">'
        "<figcaption>The bridge at dawn</figcaption></figure>"
    )
    article = parse_html(page(img), source="page.html", base_dir=tmp_path)
    [image] = article.images
    assert (image.name, image.data, image.caption) == ("photo 1.png", PNG, "The bridge at dawn")


def test_without_a_folder_no_local_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(PNG)
    article = parse_html(page('<img src="a.png">'), source="zip!a.html", base_dir=None)
    [image] = article.images
    assert image.data is None and image.name == "a.png"


def test_lazy_and_remote_images_are_placeholders_keeping_url_and_alt() -> None:
    img = (
        '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"'
        ' data-src="https://cdn.example/real.jpg" alt="The real one">'
        '<picture><source srcset="https://cdn.example/b-320.webp 320w, '
        'https://cdn.example/b-960.webp 960w">'
        '<img alt="Picture"></picture>'
    )
    article = parse_html(page(img), source="p.html", base_dir=None)
    assert [(i.url, i.alt, i.data) for i in article.images] == [
        ("https://cdn.example/real.jpg", "The real one", None),
        ("https://cdn.example/b-960.webp", "Picture", None),
    ]


def test_no_network_access_while_importing_the_corpus(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    pages = sorted((corpus / "html" / "readability").glob("*/source.html"))
    pages += sorted((corpus / "html" / "trafilatura" / "html").glob("*.html"))
    assert len(pages) >= 20
    for path in pages:
        try:
            parse_html(path.read_bytes(), source=str(path), base_dir=path.parent)
        except MarginaliaError:
            pass
    assert attempts == []


def test_scripts_styles_iframes_forms_and_comments_never_reach_the_text() -> None:
    hidden = (
        "<script>var leak = 'SCRIPTLEAK';</script><style>.x{content:'STYLELEAK'}</style>"
        "<iframe>IFRAMELEAK</iframe><!-- COMMENTLEAK --><noscript>NOSCRIPTLEAK</noscript>"
        "<form><input value='FORMLEAK'><textarea>TEXTAREALEAK</textarea>"
        "<button>BUTTONLEAK</button><select><option>OPTIONLEAK</option></select></form>"
    )
    before = "<p>Before the hidden things, the council met for a long time to talk.</p>"
    after = "<p>After them, the council went home in the rain to sleep and dream.</p>"
    article = parse_html(page(before + hidden + after), source="p", base_dir=None)
    assert "LEAK" not in article.text
    assert "the council met for a long time to talk.\n\nAfter them, the council" in article.text


def test_a_page_wrapped_in_a_form_keeps_its_article() -> None:
    data = (
        page("")
        .replace(b"<article>", b"<form action='/x'><article>")
        .replace(b"</article>", b"</article></form>")
    )
    assert "Paragraph 13 tells" in parse_html(data, source="aspnet.html", base_dir=None).text


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body></body></html>",
        b"<html><body><script>document.write('Hello there, reader')</script></body></html>",
        b"<html><body><p>\xc2\xa0\xe2\x80\x8b</p><img src='a.png'></body></html>",
    ],
)
def test_page_without_article_text_is_refused_clearly(data: bytes) -> None:
    with pytest.raises(ImportError_, match="no article text"):
        parse_html(data, source="e", base_dir=None)


def test_metadata_json_is_serialisable() -> None:
    article = parse_html(
        page("<p>Tōkyō <ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby></p>"),
        source="p",
        base_dir=None,
    )
    json.dumps(dict(article.meta))


def test_noncharacters_written_as_entities_never_become_the_extractors_marks() -> None:
    # The extractor marks images with U+FDD0 <index> U+FDD1; a page writing them as entities
    # made parse_html raise IndexError.
    data = page("<p>Odd &#xFDD0;5&#xFDD1; marks &#xFDD2;here.</p><img src='a.png' alt='x'>")
    article = parse_html(data, source="marks.html", base_dir=None)
    assert "Odd 5 marks here." in article.text
    assert not any("\ufdd0" <= ch <= "\ufdef" for ch in article.text)
    assert [image.alt for image in article.images] == ["x"]
