"""Extraction quality on the real corpus, against the extractors alone (ADR 0020)."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypedDict

import pytest
import trafilatura

from marginalia.db.article_import.html import parse_html
from marginalia.db.article_import.html.text import clean_inline
from marginalia.db.article_import.normalize import normalize_text
from tests.db.article_import.html.html_scoring import html_text, token_f1

#: Measured on these pages with readability-lxml 0.9 (ADR 0020); used as the bar when
#: readability-lxml is not installed beside us (it conflicts with chardet>=7).
READABILITY_RECORDED = {"f1": 0.966, "share": 52 / 56}

HAS_READABILITY = importlib.util.find_spec("readability") is not None

Extractor = Callable[[bytes], str]


class Score(TypedDict):
    """One extractor's scores on the corpus."""

    mean: float  # token F1, over the readability pages
    worst: tuple[str, float]  # the page with the lowest F1, and it
    share: float  # of trafilatura's with/without strings, those right
    counts: tuple[int, int]  # right, and all


def marginalia(data: bytes) -> str:
    return parse_html(data, source="page", base_dir=None).text


def trafilatura_alone(data: bytes) -> str:
    return trafilatura.extract(data) or ""


def readability_alone(data: bytes) -> str:
    from readability import Document

    return html_text(Document(data).summary())


EXTRACTORS: dict[str, Extractor] = {"marginalia": marginalia, "trafilatura": trafilatura_alone}
if HAS_READABILITY:
    EXTRACTORS["readability-lxml"] = readability_alone


def readability_pages(corpus: Path) -> list[Path]:
    return sorted(p for p in (corpus / "html" / "readability").iterdir() if p.is_dir())


def eval_entries(corpus: Path) -> list[dict[str, Any]]:
    data = json.loads((corpus / "html" / "trafilatura" / "evaldata.json").read_text("utf-8"))
    return list(data.values())


@pytest.fixture(scope="module")
def scores(corpus: Path) -> dict[str, Score]:
    results: dict[str, Score] = {}
    for name, extract in EXTRACTORS.items():
        cached = cache(extract)
        per_page = {
            page.name: token_f1(
                cached((page / "source.html").read_bytes()),
                html_text((page / "expected.html").read_text("utf-8")),
            )
            for page in readability_pages(corpus)
        }
        passed = total = 0
        for entry in eval_entries(corpus):
            path = corpus / "html" / "trafilatura" / "html" / str(entry["file"])
            text = cached(path.read_bytes())
            for wanted in entry["with"]:
                total, passed = total + 1, passed + (wanted in text)
            for unwanted in entry["without"]:
                total, passed = total + 1, passed + (unwanted not in text)
        worst = min(per_page, key=per_page.__getitem__)
        results[name] = {
            "mean": sum(per_page.values()) / len(per_page),
            "worst": (worst, per_page[worst]),
            "share": passed / total,
            "counts": (passed, total),
        }
    return results


@pytest.fixture(scope="module", autouse=True)
def report(request: pytest.FixtureRequest, scores: dict[str, Score]) -> None:
    lines = [f"{'extractor':18} {'mean F1':>8} {'worst page':>24} {'with/without':>14}"]
    for name, result in scores.items():
        worst_name, worst_score = result["worst"]
        passed, total = result["counts"]
        lines.append(
            f"{name:18} {result['mean']:8.3f} {worst_name + f' {worst_score:.3f}':>24} "
            f"{f'{passed}/{total} {passed / total:.1%}':>14}"
        )
    if not HAS_READABILITY:
        lines.append("readability-lxml not installed: compared with its recorded scores")
    request.config.marginalia_html_report = lines  # type: ignore[attr-defined]


def bar(scores: dict[str, Score], key: Literal["mean", "share"]) -> float:
    others = [result[key] for name, result in scores.items() if name != "marginalia"]
    if not HAS_READABILITY:
        others.append(READABILITY_RECORDED["f1" if key == "mean" else "share"])
    return max(others)


def test_main_text_f1_beats_each_extractor_alone(scores: dict[str, Score]) -> None:
    assert scores["marginalia"]["mean"] >= bar(scores, "mean")


def test_no_page_falls_apart(scores: dict[str, Score]) -> None:
    _, worst = scores["marginalia"]["worst"]
    assert worst >= 0.9


def test_with_and_without_strings_beat_each_extractor_alone(
    scores: dict[str, Score],
) -> None:
    assert scores["marginalia"]["share"] >= bar(scores, "share")


def test_titles_match_expected_metadata(corpus: Path) -> None:
    for page in readability_pages(corpus):
        article = parse_html((page / "source.html").read_bytes(), source="p", base_dir=page)
        expected = json.loads((page / "expected-metadata.json").read_text("utf-8"))["title"]
        # Our white-space rule (ADR 0020) folds U+3000 to a space in titles too.
        assert article.title == clean_inline(expected), page.name


def _expected_figures(corpus: Path) -> list[tuple[str, str]]:
    pairs = []
    for page in readability_pages(corpus):
        expected = (page / "expected.html").read_text("utf-8")
        for figure in re.findall(r"<figure.*?</figure>", expected, re.S):
            caption = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", figure, re.S)
            if caption and "<img" in figure:
                pairs.append((page.name, clean_inline(html_text(caption.group(1)))))
    return pairs


def test_figures_are_imported_with_their_captions(corpus: Path) -> None:
    expected = _expected_figures(corpus)
    assert len(expected) >= 6
    misses = []
    for page, caption in expected:
        folder = corpus / "html" / "readability" / page
        article = parse_html((folder / "source.html").read_bytes(), source=page, base_dir=folder)
        captions = [image.caption for image in article.images]
        if caption not in captions:
            misses.append((page, caption, "no image with this caption"))
            continue
        image = article.images[captions.index(caption)]
        # The caption stays in the text, right where the image is anchored.
        if not article.text[image.offset :].startswith(caption):
            misses.append((page, caption, "caption is not in the text at the image"))
    assert misses == []


def test_every_corpus_article_keeps_the_stored_text_invariants(corpus: Path) -> None:
    pages = sorted((corpus / "html" / "readability").glob("*/source.html"))
    pages += sorted((corpus / "html" / "trafilatura" / "html").glob("*.html"))
    for path in pages:
        article = parse_html(path.read_bytes(), source=path.name, base_dir=path.parent)
        text = article.text
        assert normalize_text(text) == text, path
        assert text == text.strip() and "\n\n\n" not in text and "\u200b" not in text, path
        offsets = [image.offset for image in article.images]
        assert offsets == sorted(offsets) and all(0 <= o <= len(text) for o in offsets), path
        for image in article.images:
            # An anchor never splits a word: it sits at the start of a paragraph or word.
            assert image.offset in (0, len(text)) or text[image.offset - 1] in " \n\t", path
