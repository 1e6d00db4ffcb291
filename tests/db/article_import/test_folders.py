"""A folder (or a zip) of articles is imported without the licences, notices and read-me files
that travel with it; such a file named on its own is imported (ADR 0075)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.article_import.sources import is_article_name
from marginalia.db.store import Store

NOT_ARTICLES = ("LICENSE", "LICENSE.md", "NOTICE", "NOTICE.txt", "README.md", "notes.md")


def test_the_names_that_are_no_articles() -> None:
    for name in (*NOT_ARTICLES, "LICENSE.trafilatura-repo", "COPYING", ".hidden.txt"):
        assert not is_article_name(name), name
    for name in ("article.txt", "news.html", "batch.jsonl", "noticeboard.txt", "licensed.txt"):
        assert is_article_name(name), name


def test_a_corpus_folder_imports_its_pages_and_not_its_licences(
    tmp_path: Path, corpus: Path
) -> None:
    folder = corpus / "html" / "readability"
    pages = sorted(folder.glob("*/*.html"))
    with Store.open(tmp_path / "db.sqlite") as store:
        report = import_paths(store, [folder])
        seen = [Path(path).name for path, _id in report.imported + report.duplicates]
        seen += [Path(path).name for path, _reason in report.failed]
        assert len(seen) == len(pages) > 20
        assert not {"LICENSE.md", "NOTICE", "SOURCES.md"} & set(seen)
        assert all(name.endswith(".html") for name in seen)


def test_named_on_its_own_a_licence_is_imported(tmp_path: Path, corpus: Path) -> None:
    notice = corpus / "html" / "readability" / "NOTICE"
    with Store.open(tmp_path / "db.sqlite") as store:
        report = import_paths(store, [notice])
        assert [Path(path).name for path, _id in report.imported] == ["NOTICE"]


def test_in_a_zip_the_licences_are_skipped_too(tmp_path: Path) -> None:
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("news/one.txt", "Unemployment fell to 5% in 2023.\n")
        zipped.writestr("news/LICENSE", "Permission is hereby granted, free of charge\n")
        zipped.writestr("README.md", "# How this batch was scraped\n")
    with Store.open(tmp_path / "db.sqlite") as store:
        report = import_paths(store, [archive])
        assert [path for path, _id in report.imported] == [f"{archive}!news/one.txt"]
        assert report.failed == []
