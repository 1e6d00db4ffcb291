"""The installation self-test (docs/install.md): ``marginalia --self-test``,
``marginalia-cli self-test``.

It works in a temporary folder and needs no display: it creates a database, imports the
bundled sample, annotates it through the store, exports it in every format, reopens the
database and checks what it holds, then starts Qt offscreen and lays the article out in a
``QTextDocument`` (which proves that Qt and its plugins load in a built bundle). Each step
prints one line; the last line is ``OK`` or ``FAILED: …``. Exit status 0 or 1.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any, TextIO

from marginalia.db import Store, __version__, sample_article

from .cli import counted

ANNOTATOR = "self-test"
#: What Qt decodes: the thumbnails Marginalia stores (PNG or JPEG, whatever the article's
#: image was: db/article_import/images.py) and SVG for the icons.
IMAGE_FORMATS = ("png", "jpeg", "svg")


class SelfTestFailure(Exception):
    """A check that did not hold; the message says which, in one sentence."""


@dataclass
class _Run:
    folder: Path
    database: Path
    article_id: int = 0
    articles: int = 0
    annotation_ids: list[str] = field(default_factory=list)
    text: str = ""


def run_self_test(out: TextIO | None = None) -> int:
    out = out or sys.stdout
    print(
        f"Marginalia {__version__} self-test ({sys.platform}, Python {sys.version.split()[0]})",
        file=out,
    )
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="marginalia-self-test-") as tmp:
        run = _Run(Path(tmp), Path(tmp) / "self-test.sqlite")
        steps: list[tuple[str, Callable[[_Run], str]]] = [
            ("create a database", _create),
            ("import the sample article", _import_sample),
            ("import an HTML article", _import_html),
            ("annotate", _annotate),
            ("export in every format", _export_all),
            ("reopen and check", _reopen),
            ("lay out the article with Qt (offscreen)", _lay_out),
        ]
        for name, step in steps:
            try:
                detail = step(run)
            except SelfTestFailure as exc:
                failures.append(f"{name}: {exc}")
                print(f"  FAIL  {name}: {exc}", file=out)
            except Exception as exc:  # a self-test reports everything and carries on
                failures.append(f"{name}: {type(exc).__name__}: {exc}")
                print(f"  FAIL  {name}: {type(exc).__name__}: {exc}", file=out)
                if os.environ.get("MARGINALIA_DEBUG"):
                    traceback.print_exc(file=out)
            else:
                print(f"  ok    {name}" + (f" ({detail})" if detail else ""), file=out)
    if failures:
        print(f"FAILED: {'; '.join(failures)}", file=out)
        return 1
    print("OK", file=out)
    return 0


def _create(run: _Run) -> str:
    with Store.open(run.database) as store:
        report = store.report
        if report is None or not report.created:
            raise SelfTestFailure(f"{run.database} was not created as a new database")
        labels = len(store.schema().labels)
    if labels == 0:
        raise SelfTestFailure("the new database has no labels")
    return f"{labels} labels"


def _import_sample(run: _Run) -> str:
    from marginalia.db import import_paths

    sample = sample_article()
    if not sample.is_file():
        raise SelfTestFailure(f"the bundled sample is missing at {sample}")
    with Store.open(run.database) as store:
        report = import_paths(store, [sample])
        if report.failed:
            raise SelfTestFailure("; ".join(f"{p}: {r}" for p, r in report.failed))
        if len(report.imported) != 1:
            raise SelfTestFailure(f"expected 1 article, imported {len(report.imported)}")
        run.article_id = report.imported[0][1]
        run.articles += 1
        article = store.article(run.article_id)
        run.text = store.text(run.article_id)
    if not article.images:
        raise SelfTestFailure("the sample's image was not imported")
    return f"{counted(len(run.text), 'character')}, {counted(len(article.images), 'image')}"


HTML_ARTICLE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>港口夜航 | 示例新闻</title>
<meta name="author" content="示例记者"></head>
<body><nav><a href="/">首页</a></nav><article><h1>港口夜航</h1>
<p>青川港今年前十个月完成货物吞吐量1.2亿吨，同比增长8.5%。港务局表示，夜间航班已增至每周42班。</p>
<p>The port handled 120 million tonnes in the first ten months, up 8.5 per cent.</p>
</article><footer>版权所有</footer></body></html>
"""


def _import_html(run: _Run) -> str:
    from marginalia.db import import_paths

    page = run.folder / "port.html"
    page.write_text(HTML_ARTICLE, "utf-8")
    with Store.open(run.database) as store:
        report = import_paths(store, [page])
        if report.failed or len(report.imported) != 1:
            reasons = "; ".join(reason for _path, reason in report.failed) or "nothing imported"
            raise SelfTestFailure(reasons)
        article_id = report.imported[0][1]
        text = store.text(article_id)
    if "同比增长8.5%" not in text or "版权所有" in text:
        raise SelfTestFailure("the article text was not extracted from the page")
    run.articles += 1
    return f"{len(text)} characters"


def _annotate(run: _Run) -> str:
    with Store.open(run.database) as store:
        labels = store.schema().labels
        images = store.article(run.article_id).images
        spans = _sentence_spans(run.text, len(labels))
        for label, (start, end) in zip(labels, spans, strict=False):
            image = images[0].id if label.id == "caption" and images else None
            outcome = store.create_annotation(
                run.article_id, label.id, start, end, ANNOTATOR, note="self-test", image_id=image
            )
            run.annotation_ids.append(outcome.value.id)
    if len(run.annotation_ids) != len(labels):
        raise SelfTestFailure(f"made {len(run.annotation_ids)} of {len(labels)} annotations")
    return f"{len(run.annotation_ids)} annotations, one per label"


def _sentence_spans(text: str, count: int) -> list[tuple[int, int]]:
    """Up to ``count`` disjoint, non-blank spans: the first characters of the lines."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped[0])
            spans.append((start, start + min(len(stripped), 12)))
        position += len(line) + 1
        if len(spans) == count:
            break
    return spans


def _extra_installed(extra: str) -> bool:
    """Whether the packages of an optional extra (``marginalia[extra]``) are installed."""
    from importlib.metadata import PackageNotFoundError, requires, version

    try:
        wanted = [r for r in requires("marginalia") or () if f'extra == "{extra}"' in r]
        for requirement in wanted:
            name = re.match(r"[A-Za-z0-9_.-]+", requirement)
            if name is not None:
                version(name.group(0))
    except PackageNotFoundError:
        return False
    return True


def _export_all(run: _Run) -> str:
    try:
        from marginalia.db.interchange import FORMAT_INFO, FORMATS
    except ImportError as exc:
        raise SelfTestFailure(
            f"export is not available in this build (marginalia.db.interchange: {exc})"
        ) from exc
    from marginalia.desktop.cli.main import main as cli_main

    written: list[str] = []
    optional: list[str] = []  # formats whose optional extra this installation does not have
    for fmt in FORMATS:
        extra = FORMAT_INFO[fmt].extra
        if extra is not None and not _extra_installed(extra):
            optional.append(fmt)
            continue
        target = run.folder / "export" / fmt / f"self-test.{fmt}"
        target.parent.mkdir(parents=True, exist_ok=True)
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            status = cli_main(
                ["--db", str(run.database), "export", "--format", fmt, "--out", str(target)]
            )
        produced = [p for p in target.parent.rglob("*") if p.is_file() and p.stat().st_size]
        if status != 0 or not produced:
            reason = err.getvalue().strip() or "no file written"
            raise SelfTestFailure(f"{fmt}: exit status {status}: {reason}")
        written.append(fmt)
    skipped = f"; {', '.join(optional)} not installed (optional extras)" if optional else ""
    return ", ".join(written) + skipped


def _reopen(run: _Run) -> str:
    with Store.open(run.database) as store:
        report = store.report
        if report is not None and (report.created or report.migrated_from):
            raise SelfTestFailure("reopening created or migrated the database again")
        articles = store.article_count()
        if articles != run.articles:
            raise SelfTestFailure(f"expected {run.articles} articles, found {articles}")
        if store.text(run.article_id) != run.text:
            raise SelfTestFailure("the article text changed between writing and reading")
        found = {a.id for a in store.annotations(run.article_id)}
        problems = store.integrity_check()
    missing = set(run.annotation_ids) - found
    if missing:
        raise SelfTestFailure(
            f"{counted(len(missing), 'annotation')} {'was' if len(missing) == 1 else 'were'} "
            "not read back"
        )
    if problems:
        raise SelfTestFailure(f"PRAGMA integrity_check says {'; '.join(problems[:3])}")
    return f"{len(found)} annotations read back, integrity ok"


def _lay_out(run: _Run) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import (
        QFontDatabase,
        QGuiApplication,
        QImage,
        QImageReader,
        QPainter,
        QTextDocument,
    )

    app: Any = QGuiApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["marginalia-self-test"])
    with Store.open(run.database) as store:
        article = store.article(run.article_id)
        image_bytes = store.image_bytes(article.images[0].id)
    picture = QImage()
    if not image_bytes or not picture.loadFromData(image_bytes):
        raise SelfTestFailure("Qt cannot decode the sample image")
    document = QTextDocument()
    document.setPlainText(run.text)
    document.setTextWidth(600)
    size = document.size()
    if size.height() <= 0 or document.blockCount() < 2:
        raise SelfTestFailure("Qt laid the article out as nothing")
    canvas = QImage(QSize(600, int(size.height()) + 1), QImage.Format.Format_ARGB32)
    canvas.fill(0xFFFFFFFF)
    painter = QPainter(canvas)
    document.drawContents(painter)
    painter.end()
    readable = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = sorted(set(IMAGE_FORMATS) - readable)
    if missing:
        raise SelfTestFailure(f"Qt cannot read {', '.join(missing)} images (plugins missing)")
    icon = Path(str(files("marginalia.resources") / "icons" / "marginalia.svg"))
    if QImage(str(icon)).isNull():
        raise SelfTestFailure(f"Qt cannot draw the application icon {icon}")
    families = len(QFontDatabase.families())
    if families == 0:
        raise SelfTestFailure("Qt found no fonts")
    return (
        f"platform {app.platformName()}, {counted(document.pageCount(), 'page')}, "
        f"{int(size.height())} px high, {families} font families"
    )
