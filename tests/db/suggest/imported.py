"""Gold articles whose text is Marginalia's own import of a saved page (held-out and training).

The pages are publishers' content and live outside the repository: in
``$MARGINALIA_SUGGEST_PAGES``, else ``<corpus>/suggest-pages`` (docs/suggest-gold.md;
``install_pages.py`` puts them there). Each page is imported with ``import_paths`` into a
temporary database, exactly as the application imports it, and refused if the page's or the
text's sha256 differs from the gold file's.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.store import Store

from .corpus_text import CORPUS
from .gold import GoldArticle
from .sets import held_out

PAGES = Path(os.environ.get("MARGINALIA_SUGGEST_PAGES", CORPUS / "suggest-pages"))


def missing_pages(folder: Path) -> list[str]:
    """The pages named by the gold files in ``folder`` that are not installed."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    return [doc["source"] for doc in docs if not (PAGES / doc["source"]).is_file()]


def imported_articles(folder: Path) -> list[GoldArticle]:
    """The gold articles of ``folder``, their texts imported from the installed pages."""
    import hashlib

    articles = []
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(Path(scratch) / "gold.sqlite")
        try:
            for path in sorted(folder.glob("*.json")):
                doc = json.loads(path.read_text(encoding="utf-8"))
                page = PAGES / doc["source"]
                if hashlib.sha256(page.read_bytes()).hexdigest() != doc["page_sha256"]:
                    raise AssertionError(f"{path.name}: {page} is not the page that was annotated")
                report = import_paths(store, [page])
                if report.failed:
                    raise AssertionError(f"{path.name}: import failed: {report.failed}")
                article = store.article((report.imported or report.duplicates)[0][1])
                if hashlib.sha256(article.text.encode("utf-8")).hexdigest() != doc["sha256"]:
                    raise AssertionError(
                        f"{path.name}: the imported text changed (sha256 differs); the importer "
                        "no longer gives the text that was annotated"
                    )
                images = tuple(image.offset for image in article.images)
                if list(images) != doc["images"]:
                    raise AssertionError(f"{path.name}: image anchors differ from the gold file")
                articles.append(
                    GoldArticle(
                        doc["id"],
                        article.text,
                        images,
                        tuple(doc["spans"]),
                        doc["language"],
                        tuple(tuple(span) for span in doc.get("exclude", ())),
                        tuple(image.caption for image in article.images),
                        tuple(image.alt for image in article.images),
                        article.title,
                    )
                )
        finally:
            store.close()
    return articles


def saved_articles(number: int) -> dict[str, GoldArticle]:
    """Held-out set ``number``'s articles by id, imported from their saved pages; the calling
    test is skipped when the set's pages are not installed."""
    folder = held_out(number)
    if missing_pages(folder):
        import pytest  # only the tests skip (the benches read this module too)

        pytest.skip(f"the pages of {folder.name} are not installed in {PAGES}")
    return {article.id: article for article in imported_articles(folder)}
