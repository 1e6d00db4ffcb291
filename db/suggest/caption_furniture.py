"""The lines under a picture that are no photo's caption: the page's furniture (links, sharing
buttons, a QR code's label), an infographic's source, a teaser's date or count of plays in a
list of links, a video's caption or heading. :mod:`.captions` reads them under a picture, and a
related section's promo (:data:`SECTION_PROMO`) in the caption the import found. Moved out of
``captions.py`` unchanged (captions v9.21), beside the one form that version adds; a figure's
label and a live page's time stamp moved here unchanged in captions v9.24.
"""

from __future__ import annotations

import re
from typing import Final

#: Lines under an image that are page furniture, not captions.
NOT_CAPTION = re.compile(
    r"^\s*(?:[\[【]|(?:Analysis|Opinion|Related|Read more|See also|Siehe auch|Lesen Sie|"
    r"Lire aussi|Advertisement|Anzeige|Werbung|REKLAMA|Media playback)\b|Media\s?caption)"
    r"|^\s*(?:推荐阅读|推薦閱讀|相关阅读|相關閱讀|延伸阅读|延伸閱讀|发送给朋友|發送給朋友|打印本文"
    r"|列印本文|关闭窗口|關閉窗口|返回页首|返回頁首|热点专题|熱點專題)\s*$"
    r"|责任编辑|責任編輯|\b(?:Share|Email|Print|Tweet|Subscribe|Sign up)\b.*\b(?:Share|This|to)\b"
    r"|(?:报道|報導|讯|訊)\s*$"
    # 凤凰资讯官方微信, 微信公众号: a QR code's label, the site's account (captions v9.12)
    r"|(?:官方(?:微信|微博)|微信公众号|微信公眾號|公众号|公眾號|二维码|二維碼)\s*$"
    # 关注维客笔记 (after 点击上方蓝字): a call to follow the account, the page's furniture (v9.13)
    r"|^\s*(?:请|請)?(?:点击|點擊)?(?:关注|關注)[\u3400-\u9fff\w]{1,12}\s*$",
    re.IGNORECASE,
)
#: An infographic's source under it, its figcaption as often (``Source: Repeat Project``, ``Data
#: source: …``): not marked (docs/suggest-gold.md, rules 2.3), unless it credits a photo too
#: (``Sources: New York Times … Photo Credit: …``). In sets 0-23 the 3 such lines without a
#: credit are no gold caption (captions v9.9).
CHART_SOURCE = re.compile(r"\s*(?:(?:Data\s+)?Sources?|数据来源|數據來源)\s*[:：]", re.IGNORECASE)
#: A line that is a date alone (``2019年09月06日``, ``2019-09-06 11:37``, ``Sept. 6, 2019``): under
#: a picture's line, the date of a teaser in a list of links. In sets 0-23 the 17 lines under a
#: picture with such a line after them are teasers' titles, none a caption (captions v9.9).
DATE_LINE = re.compile(
    r"\s*(?:\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})\s*"
)
#: A line that is a count of plays, views or readers alone (``播放数：145391``, ``阅读 2.3万``,
#: ``12,345 views``): under a picture's line, a video's or a story's teaser in a list of links,
#: as a date is (:data:`DATE_LINE`). In sets 1-26 the 4 lines under a picture with such a line
#: after them are 凤凰's video teasers' titles, none a caption (captions v9.12).
COUNTER_LINE = re.compile(
    r"\s*(?:(?:播放|阅读|閱讀|浏览|瀏覽|观看|觀看)(?:数|數|量|次数|次數)?\s*[:：]?\s*\d[\d,.]*\s*"
    r"(?:万|萬|次)?|\d[\d,.]*\s*(?:万|萬)?\s*(?:次播放|次观看|次觀看|次阅读|次閱讀|人看过|人看過)"
    r"|\d[\d,.]*\s*[KkMm]?\s+(?:views|plays))\s*"
)
#: A line that says it is a video's caption: BBC's ``Media caption …``, ``Video caption, …``
#: and BBC News 中文's ``视频加注文字，…`` (``視頻加註文字``; its pictures' are ``图像加注文字``),
#: ``VIDEO: …``, ``视频：…``, ``视频丨…``, a lead video's figcaption ``A video showing …`` (not
#: ``A video grab shows …``, a still's caption; nor ``视频截图``, a still from a video). Video
#: captions are not marked (docs/suggest-gold.md); no such line is a gold caption in sets 0–31
#: (docs/performance.md, "Captions v9.1", "Captions v9.17 (set 31)").
VIDEO_CAPTION = re.compile(
    r"\s*(?:(?:Media|Video)\s?caption|Video\s*:"
    r"|(?:An?|This)\s+video\b(?!\s+(?:grab|still|screen|image|frame))"
    # WATCH NJ Devils Owner Apologizes …: ABC News' video, its kicker in capitals (v9.20)
    r"|(?-i:WATCH)\s+(?-i:[A-Z])"
    r"|(?:视频|視頻|影片)\s*(?:加注|加註)文字|(?:视频|視頻)\s*[:：丨|｜])",
    re.IGNORECASE,
)
#: A video's heading (``Video: Dr Hilary suggests …``, ``WATCH: …``): a picture right under it
#: is the video's still or its playlist's thumbnail, and the line under that picture the
#: video's title, which the rules leave out like its caption; a photo credit on that line
#: still makes it a photo's caption (captions v9.4, ADR 0127).
VIDEO_HEADING = re.compile(r"\s*(?:Video|Watch)\s*:", re.IGNORECASE)
#: A promo for another section of the paper, which the import took for its thumbnail's caption:
#: the New York Times' ``Special Section Museums Uncovering the innovative trends …`` (held-out
#: 39's ``ex-nytimes-koreanart``). It names the section and what it covers, not what a picture
#: shows; no line of sets 1-44 opens so but that one (captions v9.21).
SECTION_PROMO = re.compile(r"\s*(?-i:Special\s+(?:Section|Report)s?)\s+(?-i:[A-Z])")


#: A figure's number opening the line under a picture (``图2胰岛细胞腹直肌前鞘下移植的示意图``,
#: ``图 3：…``, ``Figure 2: …``): the picture's caption, as the known ``图1 …`` above it is. Body
#: text that opens on one goes on to say what it shows (``图2显示，…。``): a sentence's end, or
#: longer than :data:`MAX_FIGURE_LABEL_CHARS` (captions v9.13).
FIGURE_LABEL = re.compile(
    r"\s*(?:图|圖|Fig\.|Figure)\s*\d{1,2}(?:\s*[:：.、]\s*|\s+|(?=[\u3400-\u9fff]))\S"
)
MAX_FIGURE_LABEL_CHARS: Final = 80
_SHOWS = re.compile(r"^\s*(?:图|圖)\s*\d{1,2}\s*(?:显示|顯示|表明|可见|可見|中|所示|为|為|是)")


def labels_figure(line: str) -> bool:
    """Does ``line``, opening on a figure's number, name the figure rather than discuss it?"""
    return (
        len(line) <= MAX_FIGURE_LABEL_CHARS
        and not line.rstrip().endswith(("。", ".", "！", "？", "!", "?"))
        and "，" not in line
        and _SHOWS.match(line) is None
    )


#: A live page's time stamp alone on a line (``27 10月 2024(09:10 GMT+8)``, ``10:45 GMT``,
#: ``2024-10-27 09:10``): the next line is its post's title (``照片：卡拉马祖欢迎米歇尔·奥巴马``, a
#: gallery post's), not a picture's caption (captions v9.13).
TIMESTAMP = re.compile(
    r"[\d\s年月日/.,:\-()（）]{0,24}\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    r"(?:GMT|UTC|ET|EST|EDT|BST|CET)?\s*(?:[+-]\d{1,2})?\s*[)）]?"
)


def timestamp(text: str, start: int, end: int) -> bool:
    return end - start <= 40 and TIMESTAMP.fullmatch(text, start, end) is not None
