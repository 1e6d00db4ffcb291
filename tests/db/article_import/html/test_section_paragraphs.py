"""A ``<section>`` written as a paragraph is kept (ADR 0020, addendum of the sixteenth round).

WeChat's editor writes paragraphs as ``<section><span>…</span></section>`` beside ordinary
``<p>`` elements (公众号 articles and their 网易号/搜狐号 copies). Trafilatura reads no text
from a ``<section>`` when the page has enough ``<p>`` text, so those paragraphs were lost,
and a picture between two of them lost its place too (held-out 27's bydrug page).
"""

from __future__ import annotations

import pytest

from marginalia.db.article_import.html import parse_html
from tests.db.suggest.imported import PAGES

P = [
    "2024年11月1日，杭州一家生物科技公司宣布完成超亿元A轮融资，此轮融资由一家风投机构领投，"
    "另有三家投资机构跟投。",
    "该公司是一家专注于干细胞再生医学领域的研发企业，其自主研发的胰岛细胞注射液的临床试验"
    "已获得国家药品监督管理局受理。",
    "该研究入组的首位患者是一位病史长达11年的1型糖尿病病人，通过强化胰岛素治疗仍然不能有效"
    "控制血糖，移植前患者血糖在目标范围内的时间比例仅为43.18%。",
    "研究团队创新性将胰岛移植到腹直肌前鞘下部位（图2），该移植方案创伤小、操作简便、移植物"
    "易于长期追踪观察，并且必要时可进行移除。",
    "本研究对于糖尿病治疗具有重要意义。糖尿病是全球范围内威胁人类健康的重大疾病之一，"
    "我国已成为全球糖尿病患病人数最多的国家。",
]
CAPTION = "图2 胰岛细胞腹直肌前鞘下移植的示意图"


def wechat_page() -> bytes:
    """The shape of the bydrug page: section paragraphs, ``<p>`` paragraphs, a picture in
    nested sections, a centred caption paragraph under it."""
    body = (
        f"<section style='line-height: 1.6em;'><span style='font-size: 16px;'>{P[0][:20]}"
        f"<strong>{P[0][20:40]}</strong>{P[0][40:]}</span></section>"
        f"<p style='line-height: 1.6em;'><span>{P[1]}</span></p>"
        "<section style='line-height: 1.6em;'>"
        f"<section style='margin-bottom: 16px;'><span>{P[2]}</span></section>"
        f"<section style='margin-bottom: 16px;'><span>{P[3]}</span></section></section>"
        "<section style='margin-top: 10px;'><section><section style='display: inline-block;'>"
        "<img src='https://img.example/figure2.png'></section></section></section>"
        f"<p style='text-align: center;'><span style='font-size: 13px;'>{CAPTION}</span></p>"
        f"<p><span>{P[4]}</span></p>"
    )
    return (
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>融资</title>"
        f"</head><body><div class='rich_media_content'>{body}</div></body></html>"
    ).encode()


def test_section_paragraphs_are_kept_in_order() -> None:
    article = parse_html(wechat_page(), source="t.html", base_dir=None)
    assert article.text.split("\n\n") == [P[0], P[1], P[2], P[3], CAPTION, P[4]]


def test_the_picture_between_section_paragraphs_keeps_its_place() -> None:
    article = parse_html(wechat_page(), source="t.html", base_dir=None)
    assert [image.offset for image in article.images] == [article.text.index(CAPTION)]


def test_a_section_holding_blocks_stays_a_container() -> None:
    page = wechat_page().replace(
        f"<p><span>{P[4]}</span></p>".encode(),
        f"<section><p>{P[4][:33]}</p><p>{P[4][33:]}</p></section>".encode(),
    )
    article = parse_html(page, source="t.html", base_dir=None)
    assert article.text.split("\n\n")[-2:] == [P[4][:33], P[4][33:]]


def test_a_section_holding_only_a_picture_is_no_paragraph() -> None:
    article = parse_html(wechat_page(), source="t.html", base_dir=None)
    assert f"{P[3]}\n\n{CAPTION}" in article.text


def test_held_out_27s_bydrug_page_has_its_section_paragraphs_and_figure_2() -> None:
    name = "wpa/unclassify_news/bydrug_瑞普晨创完成超亿元A轮融资，推进糖尿病干细胞疗法.html"
    path = PAGES / name
    if not path.is_file():
        pytest.skip(f"{name} is not installed in {PAGES} (tests/db/suggest/install_pages.py)")
    article = parse_html(path.read_bytes(), source=path.name, base_dir=None)
    text = article.text
    for start in (
        "2024年11月1日，杭州瑞普晨创科技有限公司",
        "该研究入组的首位患者",
        "此研究报道了该患者接受上述",
        "多能干细胞技术治疗需要解决的一个关键问题",
    ):
        assert start in text
    figure_2 = text.index("图2胰岛细胞腹直肌前鞘下移植的示意图")
    assert text.index("多能干细胞技术治疗需要解决的一个关键问题") < figure_2
    assert figure_2 in [image.offset for image in article.images]
    assert len(article.images) == 4
