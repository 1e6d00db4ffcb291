"""Captions v9.7: the Taiwanese press's photo credits, the forms of held-out 22's first-run
misses, each in general form, on lines written for it (docs/performance.md, "Captions v9.7 (set
22)"; ADR 0135). (v9.6 was counted and not made, ADR 0131; this file keeps the round's name.)

- An illustration's mark in brackets, ``（示意圖／…）``, ``（示意圖）``.
- A picture taken from a source, in brackets ending the line: ``（圖取自Unsplash圖庫）``,
  ``（圖片翻攝自臉書）``.
- Who provided it, in brackets ending the line or before the agency's reporter:
  ``（為泰黨提供）中央社記者…``, ``…（國防部提供）``.
- A reporter's photo or fax with its day ending the line: ``中央社記者呂欣憓曼谷傳真 112年8月23日``,
  ``中央社記者王飛華攝 112年8月23日``.

Each is a credit: a caption wherever it stands, of the picture before it, or of none when the
import lost it (as it lost both of set 22's lines before ADR 0135's import fix).
"""

from __future__ import annotations

import pytest

from .captioned import IMG, page, saved_page

BODY = "食藥署今天表示，已前往稽查並抽驗，若確實摻偽假冒，最高可罰400萬元並面臨坐牢。"


@pytest.mark.parametrize(
    "line",
    [
        "媒體報導，某攤商販售羊肉遠低於市價，涉以豬肉魚目混珠。（示意圖／圖取自Unsplash圖庫）",
        "夏季用電量屢創新高。（示意圖）",
        "颱風海葵逼近，宜蘭海邊浪高。（示意图/图取自pixabay）",
        "核廢水開始排放入海，台灣周遭海域採紅綠燈號提供即時監測示警。（圖取自原能會網站）",
        "立委在臉書貼出現場照片。（圖片翻攝自臉書）",
        "賽塔在23日晚間獲正式任命。（為泰黨提供）中央社記者呂欣憓曼谷傳真 112年8月23日",
        "國軍在花蓮進行實彈射擊演習。（國防部提供）",
        "總統府前的升旗典禮。中央社記者王飛華攝 112年10月10日",
    ],
)
def test_the_taiwanese_presss_credits_are_captions_anywhere(line: str) -> None:
    assert page(BODY, line, BODY) == [(line, None)]  # no picture: its picture lost
    assert page(IMG, BODY, BODY, line, BODY) == [(line, 0)]  # the picture before it


@pytest.mark.parametrize(
    "line",
    [
        # the words in body text: 示意圖, 取自, 提供, 傳真, a reporter's day
        "衛福部提供示意圖說明，民眾可依圖示步驟申請補助。",
        "這份資料取自主計總處的統計，並經本報整理。",
        "相關數據由衛福部提供（資料截至8月底）。",
        "衛福部表示，補助名單將由各縣市政府提供，民眾可洽詢（02）2345-6789。",
        "中央社記者今天以傳真詢問外交部，截至發稿前尚未獲回應。",
        "他在112年8月23日接受中央社記者專訪時表示，將持續推動改革。",
        "（中央社記者沈佩瑤台北23日電）食藥署今天表示，已前往稽查並抽驗。",
    ],
)
def test_the_words_in_a_body_line_are_no_credit(line: str) -> None:
    assert page(BODY, line, BODY) == []


@pytest.mark.parametrize(("article_id", "wanted"), [("nsa-cna-mutton", 1), ("nsa-cna-thailand", 2)])
def test_the_saved_pages_captions_are_found_and_nothing_else(article_id: str, wanted: int) -> None:
    """Held-out 22's CNA pages (development data since its first run): each gold caption is
    found with its picture, which the import keeps now (ADR 0135), and nothing else."""
    saved = saved_page(22, article_id)
    assert len(saved.gold) == wanted
    assert all(span["image_index"] is not None for span in saved.gold_spans)
    assert saved.found == saved.gold


@pytest.mark.parametrize("article_id", ["nsa-cna-mutton", "nsa-cna-thailand"])
def test_without_their_pictures_the_lines_are_still_captions(article_id: str) -> None:
    """As the first run imported them (the pictures lost): each line is a caption of no
    picture by its credit alone."""
    saved = saved_page(22, article_id)
    text = saved.article.text
    for span in saved.gold_spans:
        line = text[span["start"] : span["end"]]
        assert page(BODY, line, BODY) == [(line, None)]
