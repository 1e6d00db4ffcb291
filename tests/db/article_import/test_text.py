"""Importing text articles: the seed, image lines, batches, archives and bad input."""

from __future__ import annotations

import base64
import io
import json
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from marginalia.db.article_import.language import guess_language
from marginalia.db.article_import.pipeline import ImportOptions, import_paths
from marginalia.db.article_import.sources import MAX_ARTICLE_BYTES
from marginalia.db.article_import.text import (
    guess_date,
    is_breadcrumb,
    strip_pinyin,
)
from marginalia.db.connection import reading
from marginalia.db.store import Store

GB_TEXT = "江北区工业总产值突破一千五百亿元大关，全市每生产三台新能源汽车就有一台是江北造。"


def png_bytes(size: tuple[int, int] = (40, 30), colour: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def dump(store: Store) -> list[str]:
    """Everything in the database, to prove a failed import changed nothing."""
    with reading(store) as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return list(raw.iterdump())


def test_the_seed_imports_with_images_captions_and_headline(store: Store, corpus: Path) -> None:
    report = import_paths(store, [corpus / "seed"], options=ImportOptions(strip_pinyin=True))
    assert report.failed == [] and len(report.imported) == 1
    article = store.article(report.imported[0][1])
    assert article.title.startswith("工業總產值突破1500億元大關")
    assert article.language == "zh" and article.encoding == "utf-8"
    assert [i.name for i in article.images] == ["主圖 PS.png", "微信圖片_20240624143226.jpg"]
    assert all(i.is_placeholder for i in article.images)  # the files are not beside it
    first, second = article.images
    assert first.caption == "“扛起新使命 區縣談落實”系列主題新聞發布會江北專場現場。周凱航 攝"
    assert second.caption == "中共江北區委常委、區政府副區長劉小輝。周凱航 攝"
    # The image lines left the text; the captions stayed, right where the images stood.
    assert "PS.png" not in article.text and ".jpg" not in article.text
    assert article.text[first.offset :].startswith(first.caption)
    assert article.text[second.offset :].startswith(second.caption)
    assert "\n\n\n" not in article.text
    # Pinyin readings are gone and recorded; real brackets stay.
    assert "當前位置" in article.text and "(dāng)" not in article.text
    assert "重慶網絡廣播電視臺(視界網)" in article.text
    assert [r[1] for r in article.meta["pinyin_removed"][:1]] == ["(dāng)"]


def test_without_the_option_the_text_is_kept_as_it_was(store: Store, corpus: Path) -> None:
    (source,) = (corpus / "seed").glob("*.txt")
    report = import_paths(store, [source])
    article = store.article(report.imported[0][1])
    assert "當(dāng)前位置" in article.text and "pinyin_removed" not in article.meta


def test_pinyin_stripping_records_where_each_reading_was() -> None:
    text, removed = strip_pinyin("當(dāng)前位置 (ok) 新聞(xīn wén) 的(de)確")
    assert text == "當前位置 (ok) 新聞(xīn wén) 的確"
    assert removed == [[1, "(dāng)"], [23, "(de)"]]


def test_images_beside_the_article_are_imported(store: Store, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "标题\n\n第一段。\n\nphoto one.png\n\n图为现场。\n", "utf-8"
    )
    (tmp_path / "photo one.png").write_bytes(png_bytes())
    report = import_paths(store, [tmp_path])
    assert report.failed == [] and len(report.imported) == 1  # the PNG is not an article
    (image,) = store.article(report.imported[0][1]).images
    assert (image.width, image.height, image.caption) == (40, 30, "图为现场。")
    thumbnail = store.image_bytes(image.id, thumbnail=True)
    assert thumbnail is not None and Image.open(io.BytesIO(thumbnail)).size == (40, 30)


def test_a_truncated_image_fails_its_article_only(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("甲\n\nbroken.png\n\n说明\n", "utf-8")
    (tmp_path / "broken.png").write_bytes(png_bytes((300, 300))[:200])
    (tmp_path / "b.txt").write_text("乙篇文章", "utf-8")
    report = import_paths(store, [tmp_path])
    assert [Path(p).name for p, _ in report.imported] == ["b.txt"]
    ((path, reason),) = report.failed
    assert path.endswith("a.txt") and "broken.png" in reason and "truncated" in reason
    assert store.article_count() == 1


def test_the_same_text_twice_is_one_article(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("同一篇", "utf-8")
    (tmp_path / "b.txt").write_text("同一篇", "utf-8")
    report = import_paths(store, [tmp_path])
    assert len(report.imported) == 1 and len(report.duplicates) == 1
    assert report.duplicates[0][1] == report.imported[0][1]
    again = import_paths(store, [tmp_path / "a.txt"])
    assert again.duplicates == [(str(tmp_path / "a.txt"), report.imported[0][1])]


def test_text_is_normalized_once(store: Store, tmp_path: Path) -> None:
    (tmp_path / "crlf.txt").write_bytes("\ufeff第一行\r\n第二行\r第三\x00行\x07\t末".encode())
    report = import_paths(store, [tmp_path / "crlf.txt"])
    assert store.article(report.imported[0][1]).text == "第一行\n第二行\n第三行\t末"


def test_a_json_lines_batch(store: Store, tmp_path: Path) -> None:
    lines = [
        {
            "title": "One",
            "text": "Growth was 5% said the minister.",
            "url": "https://x.test/1",
            "published": "2024-06-24",
            "language": "en",
            "images": [
                {
                    "name": "c.png",
                    "caption": "Growth was",
                    "data": base64.b64encode(png_bytes()).decode(),
                }
            ],
        },
        {
            "title": "Two",
            "text": "Second article\n\nchart.png\n\nA chart.",
            "images": [{"name": "chart.png", "path": "chart.png"}],
            "meta": {"feed": "x"},
        },
    ]
    (tmp_path / "chart.png").write_bytes(png_bytes((10, 10), "blue"))
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{oops\n")
    report = import_paths(store, [batch])
    assert [p for p, _ in report.imported] == [f"{batch}#1", f"{batch}#2"]
    assert report.failed == [
        (
            f"{batch}#3",
            "is not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        )
    ]
    one = store.article(report.imported[0][1])
    assert (one.title, one.url, one.published, one.language) == (
        "One",
        "https://x.test/1",
        "2024-06-24",
        "en",
    )
    assert one.images[0].offset == 0 and one.images[0].width == 40
    two = store.article(report.imported[1][1])
    assert two.text == "Second article\n\nA chart." and two.meta == {"feed": "x"}
    assert two.images[0].offset == two.text.index("A chart.") and two.images[0].width == 10


def test_a_batch_record_with_a_bad_field_names_it(store: Store, tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"title": 3, "text": "x"}) + "\n" + json.dumps({"text": 5}))
    report = import_paths(store, [batch])
    assert report.failed == [
        (f"{batch}#1", 'the field "title" must be a string'),
        (f"{batch}#2", 'the field "text" is missing or not a string'),
    ]
    assert store.article_count() == 0


def test_a_zip_archive_recursively_with_images(store: Store, tmp_path: Path) -> None:
    archive = tmp_path / "batch.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("news/a.txt", "甲文\n\npic.png\n\n图说")
        zf.writestr("news/pic.png", png_bytes())
        zf.writestr("news/deeper/b.txt", GB_TEXT.encode("gb18030"))
        zf.writestr("lines.jsonl", json.dumps({"text": "丙文"}, ensure_ascii=False))
    report = import_paths(store, [archive])
    assert report.failed == []
    assert sorted(p for p, _ in report.imported) == [
        f"{archive}!lines.jsonl#1",
        f"{archive}!news/a.txt",
        f"{archive}!news/deeper/b.txt",
    ]
    by_path = dict(report.imported)
    assert store.article(by_path[f"{archive}!news/a.txt"]).images[0].width == 40
    assert store.article(by_path[f"{archive}!news/deeper/b.txt"]).text == GB_TEXT


def test_a_zip_with_an_escaping_path_is_refused_whole(store: Store, tmp_path: Path) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("good.txt", "好")
        zf.writestr("../evil.txt", "坏")
    before = dump(store)
    report = import_paths(store, [archive])
    assert report.imported == []
    assert report.failed == [
        (f"{archive}!../evil.txt", "points outside the archive; the archive was not imported")
    ]
    assert dump(store) == before and not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", b"\x00\x01\x02\x00" * 500, "binary"),
        ("photo.png", png_bytes(), "is an image, not an article"),
        ("blank.txt", b" \n\n\t", "no text"),
        ("half.txt", b"\xff\xfe" + "汉字".encode("utf-16-le") + b"\x41", "utf-16"),
    ],
)
def test_bad_files_get_a_clear_reason_and_change_nothing(
    store: Store, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = dump(store)
    report = import_paths(store, [path])
    assert report.imported == [] and len(report.failed) == 1
    assert report.failed[0][0] == str(path) and reason in report.failed[0][1].lower()
    assert dump(store) == before


def test_an_oversized_file_is_refused_under_the_documented_limit(
    store: Store, tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(("新闻" * 1024 + "\n").encode() * (50 * 1024 * 1024 // 6145 + 1))
    assert big.stat().st_size > 50 * 1024 * 1024 > MAX_ARTICLE_BYTES
    report = import_paths(store, [big])
    assert report.failed == [(str(big), "is 50.0 MB; articles larger than 16 MB are not imported")]
    assert store.article_count() == 0


def test_an_unreadable_folder_is_reported_and_the_rest_imported(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("看不见")
    (tmp_path / "ok.txt").write_text("看得见")
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path) == os.fspath(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # the walk lists a folder with os.scandir
    report = import_paths(store, [tmp_path])
    assert [Path(p).name for p, _ in report.imported] == ["ok.txt"]
    assert report.failed == [(str(locked), "the folder cannot be read (permission denied)")]


def test_a_missing_path_is_named(store: Store, tmp_path: Path) -> None:
    report = import_paths(store, [tmp_path / "nope.txt"])
    assert report.failed == [(str(tmp_path / "nope.txt"), "no such file or folder")]


def test_a_forced_encoding_wins_and_a_wrong_one_is_explained(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("江北区工业总产值".encode("gbk"))
    report = import_paths(store, [path], options=ImportOptions(encoding="gb2312"))
    article = store.article(report.imported[0][1])
    assert (article.text, article.encoding) == ("江北区工业总产值", "gb18030")
    wrong = import_paths(store, [path], options=ImportOptions(encoding="utf-8"))
    assert "not valid utf-8" in wrong.failed[0][1]


def test_cancelling_stores_nothing_more(store: Store, tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"文章 {n}")
    calls = iter(range(100))
    report = import_paths(store, [tmp_path], cancelled=lambda: next(calls) >= 3)
    assert report.cancelled and store.article_count() == 0


def test_progress_counts_the_articles_of_batches_and_archives(store: Store, tmp_path: Path) -> None:
    import json
    import zipfile

    (tmp_path / "batch.jsonl").write_text(
        "".join(json.dumps({"title": f"{n}", "text": f"文章 {n}"}) + "\n" for n in range(5)),
        "utf-8",
    )
    with zipfile.ZipFile(tmp_path / "more.zip", "w") as archive:
        archive.writestr("a.txt", "文章 a")
        archive.writestr("b.txt", "文章 b")
    (tmp_path / "c.txt").write_text("文章 c", "utf-8")
    seen: list[tuple[int, int]] = []
    import_paths(store, [tmp_path], progress=lambda done, total, _path: seen.append((done, total)))
    assert seen == [(n, 8) for n in range(1, 9)]


def test_progress_reports_every_file(store: Store, tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"文章 {n}")
    seen: list[tuple[int, int]] = []
    import_paths(store, [tmp_path], progress=lambda done, total, _path: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_first_guesses_of_title_language_and_date() -> None:
    assert is_breadcrumb("當前位置:首頁 > 新聞 > 重慶新聞 > 正文")
    assert is_breadcrumb("Home > News > World")
    assert not is_breadcrumb("Growth > 5% in June")
    assert guess_date("发布时间:2024年6月24日 10:00") == "2024-06-24"
    assert guess_date("Published June 24, 2024 by staff") == "2024-06-24"
    assert guess_date("6月24日上午") is None
    assert guess_language("The minister said that the growth of the economy was strong.") == "en"
    assert (
        guess_language("Der Minister sagte, dass die Wirtschaft nicht mit der Zeit geht.") == "de"
    )
    assert guess_language("これは日本語の文章です。経済は成長した。") == "ja"
    assert guess_language("12345") is None
