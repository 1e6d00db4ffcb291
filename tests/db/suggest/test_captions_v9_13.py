"""Captions v9.13 (ADR 0140, "v9.13"): a third review of unannotated pages, set 27's last errors.

- ``（資料照）`` (a file photo) ending a line, and ``（取自…）`` (where the picture was taken from)
  after the description's end, are a picture's credit (上報, 自由時報).
- Two pictures side by side, each with a sentence under it that says what its alt says (the Daily
  Mail's ``imageCaption``), are captioned; three or more in a row are a list of teasers, and a
  teaser's title reads as a heading.
- A call to follow the account (``关注维客笔记``) and a list's item ending on ``、`` under an icon
  (``大广高速、``) are never a short line's caption.
- A figure's number opening the line under a picture (``图2胰岛细胞…的示意图``) is its caption
  (set 27); a live page's post title after its time stamp (``照片：卡拉马祖欢迎米歇尔·奥巴马``) is
  not.
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.caption_credits import has_credit
from marginalia.db.suggest.captions import DETECTOR

from .captioned import IMG, page, saved_page

BODY = "財政部今天下午將公佈今年1-2月期統一發票中獎清冊，200萬特獎中獎張數則為14張，獎金下月發放。"
EN_BODY = (
    "Speaking on the Keys and Grey Show on BT Sport, Wilder was asked about pipping United to "
    "the top four, and said the club would have to decide for itself."
)


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("captions/v9.")


@pytest.mark.parametrize(
    "line",
    [
        "財政部透露，本期千萬中獎張數為18張。（資料照）",
        "颱風過後的街頭。(資料照片)",
        "吳宗憲作為公眾人物，發言應該更自律。（取自王婉諭臉書）",
        "華為的手機業務捲土重來，29日推出Mate 60 Pro。（取自華為官網）",
    ],
)
def test_a_file_photo_or_a_source_in_brackets_is_a_credit(line: str) -> None:
    assert has_credit(line, 0, len(line))


@pytest.mark.parametrize(
    "line",
    [
        "他引用的說法（取自《論語》）並不準確",  # a quotation's source inside the sentence
        "這段話（取自當年的會議紀錄）說明了問題。",
        "他翻閱了一疊資料照片和剪報，",
    ],
)
def test_a_source_inside_a_sentence_is_no_credit(line: str) -> None:
    assert not has_credit(line, 0, len(line))


def test_a_file_photo_caption_is_found_under_its_picture() -> None:
    caption = "財政部透露，本期千萬中獎張數為18張。（資料照）"
    assert page("2020-04-01 10:29", IMG, caption, BODY) == [(caption, 0)]


DM_CAPTIONS = (
    "Goalkeeper Dean Henderson has impressed while on loan at Sheffield United this campaign",
    "Chris Wilder believes it would be 'morally' right for him to see out the campaign there",
)


def test_two_pictures_side_by_side_with_their_alts_are_captioned() -> None:
    items: list[object] = [EN_BODY, IMG, DM_CAPTIONS[0], IMG, DM_CAPTIONS[1], EN_BODY]
    assert page(*items, alts=DM_CAPTIONS) == [(DM_CAPTIONS[0], 0), (DM_CAPTIONS[1], 1)]
    # without the alts saying so, a run of pictures and lines is still a list of links
    assert page(*items) == []


def test_three_pictures_in_a_row_with_their_alts_are_teasers() -> None:
    teasers = (
        "Desafío a Massa. Milei apoya la boleta única y participará de la sesión especial",
        "Marcha federal. Los piqueteros opositores desafían al Gobierno con una protesta",
        "Análisis. Guzmán, una semana en la cuerda floja y sin apoyo de la coalición",
    )
    items: list[object] = [EN_BODY]
    for teaser in teasers:
        items += [IMG, teaser]
    assert page(*items, EN_BODY, alts=teasers) == []


def test_a_title_in_title_case_beside_another_picture_is_no_caption() -> None:
    titles = (
        "Republicans Really Want You To Know How They Love Israel",
        "Ramaswamy Is Not Making Any Friends",
    )
    assert page(EN_BODY, IMG, titles[0], IMG, titles[1], EN_BODY, alts=titles) == []


def test_a_call_to_follow_the_account_is_no_caption() -> None:
    # the page captions its other pictures, so a short line under one would be taken
    items: list[object] = ["点击上方蓝字", IMG, "关注维客笔记", "分享最实用的利器"]
    items += [IMG, "图二：稍详细的介绍", "免费", IMG, "图四：剪藏后的阅读效果", BODY]
    known = [None, "图二：稍详细的介绍", "图四：剪藏后的阅读效果"]
    assert page(*items, captions=known) == [(known[1], 1), (known[2], 2)]
    # (another short line there is still taken: the page captions its pictures)
    items[2] = "维客笔记的首页"
    assert page(*items, captions=known)[0] == ("维客笔记的首页", 0)


def test_a_lists_item_under_an_icon_is_no_caption() -> None:
    items: list[object] = [IMG, "容东片区为雄安新区先期启动建设的片区之一", BODY]
    items += [IMG, "雄安新区内的白洋淀晚霞", BODY, "境内现有及规划四条国家高速公路（"]
    items += [IMG, "大广高速、", IMG, "津雄高速（", IMG, "大广高速、", IMG, "京武高速）。", BODY]
    known = ["容东片区为雄安新区先期启动建设的片区之一", "雄安新区内的白洋淀晚霞", *(None,) * 4]
    # the same short line under two pictures is taken for a caption used twice, not a list's item
    assert [line for line, _ in page(*items, captions=known)] == known[:2]


@pytest.mark.parametrize(
    "label",
    [
        "图2胰岛细胞腹直肌前鞘下移植的示意图",
        "图 3：研究团队的实验流程",
        "Figure 2: Share of votes by county",
    ],
)
def test_a_figures_number_under_a_picture_opens_its_caption(label: str) -> None:
    assert page(BODY, IMG, label, BODY) == [(label, 0)]


@pytest.mark.parametrize(
    "line",
    ["图2显示，移植后患者空腹血糖水平逐步恢复正常", "图2中的患者在第75天开始脱离胰岛素治疗。"],
)
def test_body_text_about_a_figure_is_no_caption(line: str) -> None:
    assert page(BODY, IMG, line, BODY) == []


def test_a_live_posts_title_after_its_time_stamp_is_no_caption() -> None:
    caption = "副总统卡玛拉·哈里斯（右）于7月25日与以色列总理本雅明·内塔尼亚胡握手 (美联社)"
    items: list[object] = [BODY, IMG, caption, "27 10月 2024(09:10 GMT+8)"]
    post = "照片：卡拉马祖欢迎米歇尔·奥巴马"
    assert page(*items, post, BODY, captions=[caption]) == [(caption, 0)]
    # a picture between the time stamp and the line: the line is that picture's caption
    assert page(*items, IMG, post, BODY, captions=[caption, None]) == [(caption, 0), (post, 1)]


def test_set_27s_last_errors_are_right() -> None:
    for article in ("wpa-bydrug-reprocell", "wpa-election-1026"):
        saved = saved_page(27, article)
        assert saved.found == saved.gold
