"""Saved pages through the import pipeline: files, folders, zips and JSON Lines."""

from __future__ import annotations

import base64
import json
import shutil
import zipfile
from pathlib import Path

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.store import Store

from .test_text import png_bytes

PAGE = """<!doctype html><html lang="zh"><head><meta charset="gb2312">
<title>青川港上半年吞吐量增长12.5% - 青川日报</title></head><body><nav>首页 | 新闻</nav>
<article><h1>青川港上半年吞吐量增长12.5%</h1>
<p>青川市港务局发布数据显示,上半年青川港完成货物吞吐量1.86亿吨,同比增长12.5%。</p>
<figure><img src="page_files/port.png" alt="港口">
<figcaption>图为青川港码头。记者 林晓 摄</figcaption></figure>
<p>港务局局长表示,增长主要来自新能源汽车出口,上半年出口首次突破3万辆。</p>
<p>专家认为,外贸需求存在不确定性,约三分之一的新增运量依赖单一市场。</p>
</article><footer>版权所有</footer><script>alert(1)</script></body></html>"""


def write_page(folder: Path) -> Path:
    (folder / "page_files").mkdir(parents=True)
    (folder / "page_files" / "port.png").write_bytes(png_bytes((120, 80)))
    page = folder / "page.html"
    page.write_bytes(PAGE.encode("gb18030"))
    return page


def test_a_saved_page_with_its_files_folder(store: Store, tmp_path: Path) -> None:
    page = write_page(tmp_path)
    report = import_paths(store, [tmp_path])  # the folder: page_files/ is not walked
    assert report.failed == [] and [p for p, _ in report.imported] == [str(page)]
    article = store.article(report.imported[0][1])
    assert article.title == "青川港上半年吞吐量增长12.5%"
    assert "首页 | 新闻" not in article.text and "alert" not in article.text
    assert "版权所有" not in article.text
    (image,) = article.images
    assert (image.width, image.height) == (120, 80)
    assert image.caption == "图为青川港码头。记者 林晓 摄"
    assert article.text[image.offset :].startswith(image.caption)
    assert article.encoding == "gb18030"


def test_a_page_in_a_zip_keeps_remote_and_local_images_as_placeholders(
    store: Store, tmp_path: Path
) -> None:
    archive = tmp_path / "pages.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("news/page.html", PAGE.encode("gb18030"))
        zf.writestr("news/page_files/port.png", png_bytes())
    report = import_paths(store, [archive])
    assert report.failed == [] and len(report.imported) == 1
    (image,) = store.article(report.imported[0][1]).images
    assert image.is_placeholder and image.caption == "图为青川港码头。记者 林晓 摄"


def test_a_pages_own_broken_picture_is_a_placeholder_not_a_failed_article(
    store: Store, tmp_path: Path
) -> None:
    # handball.ch's lazy loader keeps a truncated PNG in data-src (trafilatura's and htmldate's
    # test pages): the page imports, the picture is a placeholder and the reason is kept.
    truncated = base64.b64encode(png_bytes((300, 300))[:200]).decode()
    img = f'<img data-src="data:image/png;base64,{truncated}" src="/media/port.png" alt="港口">'
    page = tmp_path / "page.html"
    page.write_bytes(
        PAGE.replace('<img src="page_files/port.png" alt="港口">', img).encode("gb18030")
    )
    report = import_paths(store, [page])
    assert report.failed == [] and len(report.imported) == 1
    article = store.article(report.imported[0][1])
    (image,) = article.images
    assert image.is_placeholder and image.caption == "图为青川港码头。记者 林晓 摄"
    ((problem),) = article.meta["image_problems"]
    assert problem["name"] == "image-1.png" and "truncated" in problem["problem"]


def test_html_in_a_json_lines_batch(store: Store, tmp_path: Path) -> None:
    batch = tmp_path / "crawl.jsonl"
    record = {"html": PAGE, "url": "https://news.example/port", "published": "2025-07-08"}
    batch.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    report = import_paths(store, [batch])
    assert report.failed == []
    article = store.article(report.imported[0][1])
    assert (article.url, article.published) == ("https://news.example/port", "2025-07-08")
    assert "三分之一" in article.text


def test_corpus_pages_import_through_the_pipeline(
    store: Store, corpus: Path, tmp_path: Path
) -> None:
    pages = sorted((corpus / "html" / "readability").glob("*/source.html"))
    assert len(pages) >= 10
    for page in pages:
        shutil.copy(page, tmp_path / f"{page.parent.name}.html")
    report = import_paths(store, [tmp_path])
    assert report.failed == []
    assert len(report.imported) + len(report.duplicates) == len(pages)
    for _path, article_id in report.imported:
        article = store.article(article_id)
        assert article.text.strip() and article.title
        assert all(0 <= image.offset <= len(article.text) for image in article.images)
    svg_page = store.article(dict(report.imported)[str(tmp_path / "data-url-image.html")])
    problems = svg_page.meta["image_problems"]
    assert any(p["problem"] == "the file is not an image Marginalia can show" for p in problems)


def test_an_svg_beside_a_text_article_is_a_placeholder_with_the_reason(
    store: Store, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("正文\n\nchart.png\n\n图表", "utf-8")
    (tmp_path / "chart.png").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    report = import_paths(store, [tmp_path / "a.txt"])
    article = store.article(report.imported[0][1])
    assert article.images[0].is_placeholder
    assert article.meta["image_problems"] == [
        {"name": "chart.png", "problem": "the file is not an image Marginalia can show"}
    ]
