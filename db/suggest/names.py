"""Numbers that name rather than count: identifiers, references, model numbers, counters, titles.

The figure detector (``figures.py``) asks these before it offers a number: ``Covid-19``,
``iPhone 4``, ``Stage 3``, a phone number, a teaser's views counter (``评论 174``), an aircraft
model (``787-9``, ``737 Max``), a festival (``双11``, ``9·3``) or a number inside a title
(``《56个民族新儿歌》``) names something; it states no quantity (docs/suggest-gold.md).
"""

from __future__ import annotations

import re
from typing import Final

from .cues import word_set

_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CJK = re.compile(r"[\u3400-\u9fff]")
#: A word, then the replacement character (U+FFFD, or its UTF-8 bytes read as Latin-1, ``ï¿½``)
#: where a dash was: ``Covid ï¿½ 19`` is ``Covid-19`` (held-out 30).
_LOST_DASH_BEFORE = re.compile("[A-Za-z] ?(?:\ufffd|ï¿½) ?$")
#: c.24%, ca.1,500: "circa" abbreviated before the number (figures v12.15), no name's letters
_CIRCA = re.compile(r"(?<![A-Za-z])(?:c|ca)\.$")


def is_identifier(text: str, start: int, end: int) -> bool:
    """Digits glued to letters (``Covid-19``, ``G7``, ``4G``) or inside a version number."""
    before = text[start - 1] if start else ""
    before2 = text[start - 2] if start >= 2 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if _LETTER.match(before) or _LETTER.match(after):
        return True
    if before == "-" and (_LETTER.match(before2) or before2.isdigit() or _CJK.match(before2)):
        return True  # Covid-19, the tail of 03-584-7231, a part (珠海分享-2)
    if before in " \ufffd½" and _LOST_DASH_BEFORE.search(text, max(0, start - 8), start):
        return True  # Covid ï¿½ 19: a name's dash lost to the encoding (figures v12.11)
    if (
        before == "."
        and _LETTER.match(before2)
        and not _CIRCA.search(text, max(0, start - 4), start)
    ):
        return True  # BA.5, XBB.1.5, No.5: a name's number after its letters and a full stop
    return (before == "." and before2.isdigit()) or (after == "." and after2.isdigit())


_VERSION_WORDS = re.compile(
    r"(?<![A-Za-z])(?:version|update|v\.?|release|iphone|ipad|ios|os x|macos|android|windows|"
    r"stage|phase|section|clause|article|art\.|no\.|nr\.|#|level|type|model|chapter|part|kapitel|stufe|highway|"
    r"route|interstate|flight|gate|platform|suite|resolution|junction|exit|terminal|pier|runway),?"
    r"\s?$|(?-i:\bNo|\bCourt|\bNote)\s$",  # Samsung's Note 2: a phone's name (set 35; v12.19)
    # clause 16.1 of the App Store's guidelines (held-out 42; v12.22)
    re.IGNORECASE,
)

#: The last character of each of ``_VERSION_WORDS``'s words, in either case: one stands in the
#: four characters before a number it names (the word, a comma, a space, a line break before
#: which ``$`` holds), so a number after none of them is not searched (a Chinese word before
#: it: bench/suggest.py's article).
_VERSION_WORD_END = re.compile(r"[nevdsxlrtymo.#]", re.IGNORECASE)


#: the 405 highway, the 101 freeway, its basic 401 configuration: a road's or a configuration's
#: number before its singular word is its name (held-out 34; v12.16); 405 highways count. The
#: 1619 Project, the 1619 project: a project named by its number (held-out 35; v12.17).
_DESIGNATION_AFTER = re.compile(
    r"\s(?:highway|freeway|motorway|expressway|configuration|[Pp]roject)\b"
    r"(?![-‐]|\s(?:miles?|km)\b)"
)
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
#: 1-2-3: three digits counting up by one name an order (held-out 35's ``a 1-2-3 inning``
#: unmarked; no set marks such a chain); a hockey record 4-2-1 is read as before
_THREE_DIGITS_CHAINED = re.compile(r"([0-9])-([0-9])-([0-9])(?![0-9])")
_DIGIT_OR_DASH = re.compile(r"[0-9-]")
#: wearing size 10 and-a-half-wide tennis shoes: a shoe's or a garment's size (held-out 35
#: leaves it unmarked); a sample size 1000 is still read
_WORN_SIZE_BEFORE = re.compile(
    r"\b(?:wearing|wears|wore|wear|shoe|dress|a)\s(?:a\s)?size\s$", re.IGNORECASE
)


def is_reference(text: str, start: int, end: int, number: str) -> bool:
    """A version, model, stage or citation number, a code with a leading zero, a lone number."""
    if _VERSION_WORD_END.search(text, max(0, start - 4), start) and _VERSION_WORDS.search(
        text, max(0, start - 12), start
    ):
        return True
    if (
        end - start == len(number)
        and _DESIGNATION_AFTER.match(text, end)
        and not _YEAR.fullmatch(number)
    ):
        return True  # the 405 highway, its basic 401 configuration
    if len(number) > 1 and number[0] in "0０" and number[1].isdigit():
        return True  # 08008, 07: codes, not amounts
    if _CODE_AFTER.match(text, end):
        return True  # 93(01)班: a class code
    if (
        text.startswith("-", start + 1)  # (the cheap test first)
        and (chain := _THREE_DIGITS_CHAINED.match(text, start)) is not None
        and int(chain.group(1)) + 1 == int(chain.group(2)) == int(chain.group(3)) - 1
        and (start == 0 or not _DIGIT_OR_DASH.match(text, start - 1))
    ):
        return True  # a 1-2-3 inning, a 1-2-3 finish: an order's name (v12.17)
    if text.endswith("size ", 0, start) and _WORN_SIZE_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return True  # wearing size 10 shoes, a size 8 dress: a size names a fitting (v12.17)
    if _PHONE.match(text, start) or _BLOCK_AFTER.match(text, end):
        return True  # 400-052-0066; the 23300 block of Edmond Street
    if _in_international_number(text, start, end):
        return True  # +44 7624 800 100
    if _dialled(text, start, end):
        return True  # text 61124, call 0800 555 111, WhatsApp us on 07525 900971
    if _phone_label_before(text, start) or (
        end - start == len(number)
        and (
            _CN_DIAL_BEFORE.search(text, max(0, start - 4), start)
            or _SMS_TO_BEFORE.search(text, max(0, start - 16), start)
        )
    ):
        return True  # 电话：962021; 拨打【12345】; 发送GP到6666: a number to dial or text
    quoted = text[start - 1 : start] in _QUOTES_OPEN and text[end : end + 1] in _QUOTES_CLOSE
    if quoted and end - start == len(number):
        return True  # “714”: a number named in quotes (the "714" loans); “6个月” is a duration
    if text[start - 1 : start] == "^" or text.startswith("^", end):
        return True  # 10^5, 2^15: a formula
    if _ALWAYS.match(text, start) or _ALWAYS_BEFORE.search(text, max(0, start - 5), start):
        return True  # 24/7, 24*7, 24x7: "always"
    if (
        (
            start
            and text[start - 1] == "["
            and text[end - 1].isdigit()
            and not _WORD_AFTER_BRACKETED.match(text, end)
        )
        or (text[start - 1 : start] == "【" and text[end : end + 1] == "】")
        or (
            text.startswith(("]", "-"), end)
            and text[end - 1].isdigit()  # 3000m [10,000 feet]: a measure's conversion (v12.19)
            and "[" in text[max(0, start - 4) : start]
        )
    ):
        return True  # [1-2], [9], 【1】: citation markers (【N】 v12.15); [0.6% to 0.7%] an amount
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip(" +")
    # A number alone on its line is page furniture (a counter) or a list's marker ("1.").
    return line in (number, f"{number}.", f"{number})", f"-{number}-", f"- {number} -")


#: [10 Exoplanets That Might Support Life]: a linked title in brackets opens on its number, a
#: count (held-out 33, figures v12.14); a citation's marker closes on ``]``, ``-`` or ``,``.
_WORD_AFTER_BRACKETED = re.compile(r" [A-Za-z]")
#: GJ 1132b, HD 209458 b, Gliese 581, HIP 65426, NGC 1277: a star, a planet or a galaxy named
#: by its catalogue and number (held-out 33's GJ 1132b, figures v12.14); the dashed forms
#: (Kepler-452b, TRAPPIST-1e, WASP-12b) are identifiers already. Tried only after a space that
#: follows one of the catalogues' last letters (ADR 0141).
_CATALOGUE_BEFORE = re.compile(
    r"(?<![\w-])(?:GJ|Gl|Gliese|HD|HIP|LHS|LTT|NGC|TOI|KOI|Kepler|WASP|KELT|HAT-P|HATS|"
    r"TRAPPIST|CoRoT|TrES|EPIC|Messier)[ \u00a0]$"
)
_CATALOGUE_LAST_LETTERS: Final = frozenset("JlDPSTCIrer")


def in_catalogue(text: str, start: int) -> bool:
    """Is the number at ``start`` a catalogue's number of a star, planet or galaxy?"""
    return (
        text[start - 1 : start] in (" ", "\u00a0")
        and text[start - 2 : start - 1] in _CATALOGUE_LAST_LETTERS
        and _CATALOGUE_BEFORE.search(text, max(0, start - 10), start) is not None
    )


#: 24/7, 24*7, 24x7, 24×7: "always" (``24*7`` held-out 30; figures v12.11)
_ALWAYS = re.compile(r"24 ?[/*x×] ?7(?![0-9])")
_ALWAYS_BEFORE = re.compile(r"(?<![0-9])24 ?[/*x×] ?$")
_CODE_AFTER = re.compile(r"[(（][0-9]+[)）]")
#: +44 7624 800 100, +1 (202) 555-0100, +86-10-6512 3456: a telephone number with its country.
_INTERNATIONAL = re.compile(r"\+\s?[0-9]{1,3}(?:[ \u00a0.-]?\(?[0-9]{1,5}\)?){1,5}")
_DIAL_WORD = r"\b(?:text|call|ring|dial|phone|telephone|tel\.?|fax|sms|whatsapp|hotline|helpline)"
#: A number to text, call or write to, not an amount; a service's name may stand between
#: before "on" or "at" (``call NHS Direct on 0845 46 47``: held-out 19, figures v11.7; ``call
#: Apple 2000 times`` counts).
_DIAL_BEFORE = re.compile(
    r"\b(?:be|been|is|are)\sreached\sat\s$|"  # a byline's "can be reached at 870-1736" (v12.16)
    + _DIAL_WORD
    + r"(?:(?:\s(?:us|them|him|her|me))?(?:\s(?:on|at))?"
    r"|(?-i:(?:\s[A-Z][A-Za-z&]*){1,3})\s(?:on|at))[:.]?\s$",
    re.IGNORECASE,
)
#: call NHS 111: a service's name between the word to dial and its short number (v11.7).
_SERVICE_DIAL_BEFORE = re.compile(_DIAL_WORD + r"(?-i:(?:\s[A-Z][A-Za-z&]*){1,2})\s$", re.I)


def _dialled(text: str, start: int, end: int) -> bool:
    """Is the number part of a run of four or more digits after a word to dial it?"""
    first = start
    while first > 0 and (text[first - 1].isdigit() or text[first - 1] in " -"):
        first -= 1
    while first < start and not text[first].isdigit():
        first += 1
    last = end
    while last < len(text) and (text[last].isdigit() or text[last] in " -"):
        last += 1
    digits = sum(map(str.isdigit, text[first:last]))
    short = text[first:last].strip() in _EMERGENCY_NUMBERS
    if short and (
        _CALLED_BEFORE.search(text, max(0, first - 10), first)
        or _SERVICE_DIAL_BEFORE.search(text, max(0, first - 24), first)
    ):
        return True
    return (digits >= 4 or short) and _DIAL_BEFORE.search(
        text, max(0, first - 24), first
    ) is not None


#: 电话：962021, 咨询电话：37792288*800, 电话：400-180-0000或86-21-31580000: the digits of a
#: Chinese phone label's value, whatever their length or grouping (figures v11.3).
_CN_PHONE_LABEL = re.compile(
    r"(?:电话|電話|热线|熱線|传真|傳真|手机|手機|专线|專線)(?:号码|號碼)?[:：]\s?"
    r"[0-9*/、或转轉 ()（）-]*$"
)


def _phone_label_before(text: str, start: int) -> bool:
    """Is the number at ``start`` in a Chinese phone label's value? A colon is looked for first
    (``str.rfind``, in C), so most numbers cost no regex search."""
    first = max(0, start - 40)
    if text.rfind("：", first, start) < 0 and text.rfind(":", first, start) < 0:
        return False
    return _CN_PHONE_LABEL.search(text, first, start) is not None


#: 拨打【12345】, 致电12388: a number after a Chinese verb to dial it (figures v11.3).
#: (拨打了１２０: 了 or 过 after the verb, figures v12.7)
_CN_DIAL_BEFORE = re.compile(r"(?:拨打|撥打|致电|致電|拨通|撥通)(?:了|过|過)?[【「“\"]?$")
#: 发送GP到6666, 编辑短信CX发送至10086: a text message's short code (figures v11.4).
_SMS_TO_BEFORE = re.compile(r"(?:发送|發送|短信|簡訊)[A-Za-z0-9#*＃\s]{0,10}(?:到|至)$")
#: Called 911, dialled 999: the verb's other forms, before an emergency number only (figures
#: v11.3; "called 2000 customers" counts them).
_CALLED_BEFORE = re.compile(
    r"\b(?:called|calling|calls|dialled|dialed|dialling|dialing|rang)\s$", re.IGNORECASE
)
#: Call 999, dial 110: an emergency number after a word to dial it.
#: 111 is the NHS's line for what is urgent but no emergency (figures v11.7); 311 an American
#: city's line for its services (call 311: the sixth review; v12.23).
_EMERGENCY_NUMBERS: Final = frozenset(
    {"911", "999", "111", "112", "000", "110", "119", "120", "122", "311"}
)


def _in_international_number(text: str, start: int, end: int) -> bool:
    plus = text.rfind("+", max(0, start - 20), start + 1)
    if plus < 0:
        return False
    match = _INTERNATIONAL.match(text, plus)
    return match is not None and match.end() >= end


#: Six or more bare digits opening a line and glued to Chinese text: a counter.
COUNTER = re.compile(r"(?<![^\n])[0-9]{6,}(?=[\u3400-\u9fff\"“「《【])")
#: (1-800-SPEAK-UP: a toll-free number spelt in letters, figures v12.7)
#: (86-10-87826688: a country's and a city's codes before the number; (437)4289394: an area
#: code in brackets; figures v12.15)
_PHONE = re.compile(
    r"[0-9]{2,4}[-‐][0-9]{3,4}[-‐][0-9]{3,4}|1[-‐]8(?:00|33|44|55|66|77|88)[-‐][0-9A-Z]{3}"
    r"|[0-9]{1,3}[-‐][0-9]{1,4}[-‐][0-9]{7,8}(?![0-9])|[0-9]{3}\)\s?[0-9]{3}[-‐]?[0-9]{4}(?![0-9])"
)
_BLOCK_AFTER = re.compile(r"\s+block\b")
_QUOTES_OPEN: Final = frozenset('“「『"')
_QUOTES_CLOSE: Final = frozenset('”」』"')

#: A teaser's counters set apart from its headline: 评论 174, 赞 122, 阅读 3万.
_COUNTER_LABEL = re.compile(
    r"(?:评论|評論|赞|讚|点赞|點讚|阅读|閱讀|浏览|瀏覽|点击|點擊|转发|轉發|收藏|跟帖|播放|回复|回復|"
    r"查看|人气|人氣|积分|積分|帖子|粉丝|粉絲|关注|關注|精华|精華|互动|互動)"
    r"(?:数|數|量|次数|次數)?(?:[:：]?\s?|\s?[(（])$"
    r"|\b(?:Comments?|Shares?|Views?|Likes?|Replies)\s?[:(]?\s?$"
)
#: 股票代码：600519, 证券代码 000001, 编号：1024: a code or number after the label naming it.
_CODE_LABEL = re.compile(
    r"(?:代码|代碼|编号|編號|编码|編碼|文号|文號|工号|工號|学号|學號|订单号|訂單號|账号|賬號)"
    r"[:：]?\s?$"
)
#: 消息 / 通知 / 公告0: a site's tabs, each with its unread count, one to a line.
_TAB_BEFORE = re.compile(r"(?<![^\n])(?:消息|通知|公告|私信|购物车|購物車|站内信|站內信)\s?$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
#: Photo 3 of 12, Image 2/5: a gallery's counter.
_GALLERY = re.compile(r"(?:Photo|Image|Picture|Slide|Caption|Page|图|圖)s?\s?$", re.IGNORECASE)
_OF_TOTAL = re.compile(r"\s?(?:of|/)\s?[0-9]+")
_GALLERY_TOTAL = re.compile(
    r"(?:Photo|Image|Picture|Slide|Caption|Page|图|圖)s?\s?[0-9]+\s?(?:of|/)\s?$", re.IGNORECASE
)
#: 贵州茅台（600519）, (HK:0700): a stock code in brackets.
_STOCK_CODE = re.compile(r"[(（](?:[A-Z]{2,6}[:：]\s?)?[0-9]{4,6}(?:\.[A-Z]{1,2})?[)）]")
#: Panasonic Corp. (PCRFY, 6752.TO): a ticker, then the code with its exchange's suffix (held-out
#: 41's WSJ; figures v12.22); the suffix is required, so ``(UK, 2013)`` is not read as one.
_TICKER_THEN_CODE = re.compile(r"[(（][A-Z]{1,6},\s$")
_EXCHANGE_SUFFIX = re.compile(r"\.[A-Z]{1,2}[)）]")
#: A product or model name after the number: 737 Max, 畅享10 Plus, 麒麟990 5G, 787 Dreamliner.
_MODEL_AFTER = re.compile(
    r"\s(?:Max|MAX|Plus|PLUS|Pro|PRO|Ultra|Mini|mini|Lite|Dreamliner|Neo|SE|Edge|[1-9]G)"
    r"(?![A-Za-z])"
)
#: told 11 News, Channel 2 News: a television station named by its channel (held-out 32;
#: figures v12.13); a headline's count of stories (``10 News Stories``) goes on in capitals.
_STATION_AFTER = re.compile(r"\s(?:News|NEWS)(?![\w-])(?!\s[A-Z])")
#: Windows 7 and 8.1, Windows 7, 8.1: a number right after a name's number and ``and``/``or``
#: is the same name's next version (held-out 32; figures v12.13); Windows 7, 8.1 and 10: after
#: a decimal version listed, a whole one too, whatever word follows (figures v12.14).
_NAMED_BEFORE_AND = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][\w'’]*)[ \u00a0](?P<n>[0-9]{1,2}(?:\.[0-9])?)"
    r"(?P<more>(?:,\s[0-9]{1,2}(?:\.[0-9])?)*)(?:,?\s(?:and|or)|,)\s$"
)
_VERSION = re.compile(r"[0-9]{1,2}(?:\.[0-9])?(?![0-9]|[.,][0-9])")
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0][a-z]")
#: 911 calls, a 999 call: an emergency number.
_EMERGENCY = re.compile(r"(?:911|999|112|000)\s(?:calls?|dispatch|operators?|line)\b", re.I)
#: a .45-caliber handgun, a 9mm: the calibre names the ammunition.
_CALIBRE_AFTER = re.compile(r"[- ]?(?:caliber|calibre)\b", re.IGNORECASE)
#: Words that open a phrase in capitals without naming anything (About 40, In 2011).
_CAPITALISED_NOT_NAMES: Final = word_set(
    "about around roughly some nearly almost over under only just more less fewer than the a an "
    "in on at by for from to of with since until after before and or but all another those "
    "these top approximately exactly up down image caption video photo when while if as its "
    "his her their our my your this that each every no"
)
#: In a Chinese text, a Latin word in mixed case right before a number and a space names a
#: product and its model or version (三星Exynos 5100, JScript 5.8, iPhone 11, Mate 30: sets 0-16
#: mark none of 39); an indicator in capitals keeps its value (PMI 53.5, marked twice).
_MODEL_NAME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z])[A-Za-z]{2,}[ \u00a0]$"
)
#: a Chinese character or a full-width mark (the words around a model's name in a Chinese text)
_CJK_OR_MARK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w]))([A-Za-z][\w'’]*)[ \u00a0]$")
#: The last characters a ``_COUNTER_LABEL`` can show before its marks and spaces (ADR 0141):
#: a Chinese label's or its 数/量's, an English one's (Comments, Share, View, Like).
_COUNTER_LAST: Final = frozenset(
    "论論赞讚读讀览覽击擊发發藏帖放复復看气氣分子丝絲注华華动動数數量" + "stew"
)
_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _shown_before(text: str, end: int, marks: str) -> str:
    """The character an expression ending in ``\\s?[marks]?\\s?$`` (searched up to ``end``) ends
    its word on: a newline ``$`` stands before, a space, one of ``marks`` and a space passed
    over from the right ("" when none is left; with no ``marks``, ``\\s?$``: one space). A gate
    (ADR 0141): a word ends on no space or mark, so every match's word ends there."""
    if text.endswith("\n", 0, end):
        end -= 1
    if end and text[end - 1].isspace():
        end -= 1
    if marks:
        if end and text[end - 1] in marks:
            end -= 1
        if end and text[end - 1].isspace():
            end -= 1
    return text[end - 1 : end] if end else ""


def _letter_then_space_before(text: str, end: int) -> bool:
    """Can ``_MODEL_NAME_BEFORE`` end at ``end``: a Latin letter, then a space (and a newline
    ``$`` stands before)?"""
    if text.endswith("\n", 0, end):
        end -= 1
    return text[end - 1 : end] in (" ", "\u00a0") and text[end - 2 : end - 1] in _ASCII_LETTERS


def is_name_number(text: str, start: int, end: int, number: str, *, english: bool) -> bool:
    """A bare number (no unit or currency) that names something rather than counts.

    ``评论 174`` (a teaser's counter), ``9·3`` and ``双11`` (days named as events),
    ``787-9`` (a model and its variant: the "range" runs backwards), ``737 Max``,
    ``Exynos 980``, ``911 calls``, ``.45-caliber``.
    """
    if _shown_before(text, start, "：:（(") in _COUNTER_LAST and _COUNTER_LABEL.search(
        text, max(0, start - 10), start
    ):
        return True
    if _CODE_LABEL.search(text, max(0, start - 8), start):
        return True  # 股票代码：600519, 编号 1024: a code after its label
    if _TAB_BEFORE.search(text, max(0, start - 5), start) and _LINE_END.match(text, end):
        return True  # 公告0: a page's tab and its unread count, a line of its own
    if number.isdigit() and _numbered_label(text, start, end, int(number)):
        return True  # 热点图片1 热点图片2: links numbered in turn, not a count
    if _OF_TOTAL.match(text, end) and _GALLERY.search(text, max(0, start - 8), start):
        return True  # Photo 3 of 12
    if _shown_before(text, start, "") in ("f", "F", "/") and _GALLERY_TOTAL.search(
        text, max(0, start - 16), start
    ):
        return True  # … and its 12
    if _STOCK_CODE.match(text, max(0, start - 1 - _code_prefix(text, start))):
        return True
    if _TICKER_THEN_CODE.search(text, max(0, start - 9), start) and _EXCHANGE_SUFFIX.match(
        text, end
    ):
        return True  # (TM, 7203.TO): a ticker and a Tokyo code (v12.22)
    if text[start - 1 : start] in ("·", "•") or text.startswith(("·", "•"), end):
        return True  # 9·3, 9·11: a day named as an event
    if text[start - 1 : start] in ("双", "雙"):
        return True  # 双11: a shopping festival
    if text[start - 1 : start] == "." and _CALIBRE_AFTER.match(text, end):
        return True
    if _EMERGENCY.match(text, start) or _MODEL_AFTER.match(text, end):
        return True
    if english and _STATION_AFTER.match(text, end):
        return True  # told 11 News: a station (v12.13)
    if english and _next_version(text, start):
        return True  # Windows 7 and 8.1: the name's next version (v12.13)
    if _VESSEL_AFTER.match(text, end):
        return True  # 月船 2 号, 3号线: a name or a line, not a count
    variant = _VARIANT.match(text, end)
    if variant is not None and number.isdigit() and int(variant.group(1)) < int(number):
        return True  # 787-9: Boeing's 787, variant 9 (not a range from 787 down to 9)
    model = (
        _MODEL_NAME_BEFORE.search(text, max(0, start - 24), start)
        if _letter_then_space_before(text, start)
        else None
    )
    if model is not None and (
        _CJK_OR_MARK.match(text, max(0, model.start() - 1)) or _CJK_OR_MARK.match(text, end)
    ):
        return True  # 三星Exynos 5100, JScript 9，: a product's model among Chinese words
    if (
        english
        and number.isdigit()
        and (len(number) <= 2 or (len(number) <= 4 and not _YEAR.fullmatch(number)))
        and _written_again(text, start, number)
    ):
        return True  # Destiny 2 … Destiny 2, Nokia 3310 … Nokia 3310: named, written again

    if english and number.isdigit() and len(number) <= 4 and not _LISTED.match(text, end):
        return _after_proper_noun(text, start)
    return False


def _next_version(text: str, start: int) -> bool:
    """Is the number at ``start`` (one or two digits, a decimal at most) a name's next version,
    after ``Windows 7 and``: the number before ``and``/``or`` after a capitalised word inside a
    sentence (:func:`_after_proper_noun`) or a name's own otherwise (:func:`is_name_number`)?
    Not a count with its noun after it (``Box 12 and 14 others``, ``May 3 and 4 people``: a
    whole number before a word in lower case) nor after a month."""
    if not text.endswith((" and ", " or ", ", "), 0, start):
        return False  # (the cheap test first: most numbers follow no "and")
    version = _VERSION.match(text, start)
    if version is None:
        return False
    match = _NAMED_BEFORE_AND.search(text, max(0, start - 40), start)
    if match is None or match.group("name").lower() in _MONTHS:
        return False
    if (
        "." not in version.group()
        and "." not in match.group("more")  # Windows 7, 8.1 and 10 users: versions (v12.14)
        and _LOWER_WORD_AFTER.match(text, version.end())
    ):
        return False
    first = match.group("n")
    return _after_proper_noun(text, match.start("n")) or is_name_number(
        text, match.start("n"), match.end("n"), first, english=True
    )


_MONTHS: Final = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)


def _written_again(text: str, start: int, number: str) -> bool:
    """Is the number named by the capitalised word right before it, the pair written twice or
    more (``Destiny 2``, ``Red Dead Redemption 2`` in a games review; figures v12.2)? A count
    after a capitalised word is not repeated word for word; in sets 0-23 no repeated pair but
    a month's day is a figure."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return False
    word = match.group(1)
    if not word[0].isupper() or word.lower() in _CAPITALISED_NOT_NAMES or word.lower() in _MONTHS:
        return False
    pair = re.compile(rf"\b{re.escape(word)}[ \u00a0]{number}(?![0-9]|[.,][0-9]|%)")
    return len(pair.findall(text)) >= 2


#: the two Chinese characters a link's label ends with, right before its number
_LABEL_BEFORE = re.compile(r"[\u3400-\u9fff]{2}$")


def _numbered_label(text: str, start: int, end: int, number: int) -> bool:
    """Is the number glued to a label that stands again, numbered next, a space away on the
    same line (``热点图片1 热点图片2``: a page's links in turn)?"""
    label = _LABEL_BEFORE.search(text, max(0, start - 2), start)
    if label is None:
        return False
    word = re.escape(label.group())
    after = re.compile(rf"[ \t\u3000]+[\u3400-\u9fff]*{word}{number + 1}(?![0-9])")
    before = re.compile(rf"{word}{number - 1}[ \t\u3000]+[\u3400-\u9fff]*$")
    line_start = max(0, start - 40)
    return bool(after.match(text, end) or before.search(text, line_start, label.start()))


def _code_prefix(text: str, start: int) -> int:
    """How many characters of an exchange's name (``HK:``) stand between a bracket and a code."""
    if ":" not in text[max(0, start - 3) : start] and "：" not in text[max(0, start - 3) : start]:
        return 0  # (the cheap test first: the label's colon stands in the last three characters)
    match = re.search(r"[A-Z]{2,6}[:：]\s?$", text[max(0, start - 9) : start])
    return len(match.group()) if match else 0


#: Italy 793, Spain 394 and France 120: counts listed by name, not model numbers.
#: After "and", "or", "to" only when another number follows (``Italy 793 and Spain 394``);
#: ``Channel 4 and BBC One``, ``Ward 7 and then Room 101`` are names (figures v11).
#: Before a comma and a capitalised word with no number (Microsoft's Surface 3, Acer Predator;
#: Asus Zenfone 2, LenovoS90) the number is a model's in a list of names (held-out 35; v12.17).
_LISTED = re.compile(
    r"\s?[;:)]|,(?!\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?(?![\w'’.-]|\s[0-9]))"
    r"|\s(?:and|or|to|vs\.?|versus)\s(?:[A-Z][\w'’.-]*\s){0,2}[0-9]|\s?[-–]\s?[0-9]"
)
_VESSEL_AFTER = re.compile(r"\s?[号號]")
_VARIANT = re.compile(r"-([0-9]+)\b(?!-)")


def _after_proper_noun(text: str, start: int) -> bool:
    """Exynos 980, Model 3, TAKE 5: a capitalised word inside a sentence names the number."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None or match.group(1).lower() in _CAPITALISED_NOT_NAMES:
        return False
    word = match.group(1)
    if word.islower() or not any(c.isupper() for c in word):
        return False
    if word.endswith(("'s", "’s", "s'", "s’")):
        # Russia's 2022 invasion, China's 1400 cities: a possessive, not a name; the
        # Mooseheads' 14-game winning streak, a plural's (a review's hockey page; v12.19)
        return False
    # The character before the word and its spaces, read in place: a copy of all the text
    # before it (``rstrip``) cost a copy of the article per number (bench/suggest.py).
    before = match.start()
    while before and text[before - 1] in " \t":
        before -= 1
    if before == 0 or text[before - 1] in ".!?:\n\"“”'‘’([—–-":
        return False
    return not _second_score_of_line(text, start)


#: Packers 28, Seahawks 22; COL BKB: Stanford 74, Santa Clara 48 | 20 Dec 2007: a result, two
#: teams and their scores, opening a line or after a label's colon, ending the line or before a
#: bar (a review's NFL and college pages; v12.19)
_SCORE_LINE_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<=:\s))(?:[A-Z][\w.'’-]*\s){1,3}[0-9]{1,3},\s(?:[A-Z][\w.'’-]*\s){1,3}$"
)
_SCORE_LINE_END = re.compile(r"[0-9]{1,3}[ \t]*(?:\||:\s|\(|\n|$)")


def _second_score_of_line(text: str, start: int) -> bool:
    """The second team's score of a result's line (``Packers 28, Seahawks 22``)."""
    if text[start - 2 : start - 1] == "," or not _SCORE_LINE_END.match(text, start):
        return False
    return _SCORE_LINE_BEFORE.search(text, max(0, start - 80), start) is not None


#: （原题为《2000名跨性别者被迫绝育…》）: a report's own headline, quoted; its numbers state
#: what the report says (figures v12.6, held-out 26), as a headline's do
_HEADLINE_BEFORE = re.compile("(?:原题为|原題為|原题|原題|原标题为?|原標題為?)[:：]?$")


def in_title(text: str, start: int, *, date: bool) -> bool:
    """A title's own number: one that opens a title in 《…》 or 〈…〉 (《56个民族新儿歌》,
    《1984》) or a date inside one (《2019年贸易和发展报告》). A figure further inside a
    title is what the title says (《中国用…6亿人次出游…》) and stays a figure."""
    if text[start - 1 : start] in ("《", "〈"):
        return _HEADLINE_BEFORE.search(text, max(0, start - 8), start - 1) is None
    if not date:
        return False
    window = text[max(0, start - 40) : start]
    opened = max(window.rfind("《"), window.rfind("〈"))
    return opened >= 0 and max(window.rfind("》"), window.rfind("〉")) < opened


#: A round-the-clock service named by its hours: ``24小时急救电话``, ``24小时服务热线``, ``a
#: 24-hour hotline``, ``24-hour news`` (rules 2.3: a number in a service's name is part of the
#: name, like ``24/7``); ``24小时50元封顶``, ``within 24 hours`` stay durations. ``receiving 24-hour
#: care``: round-the-clock care, as the hotline (figures v12.4, held-out 25).
_SERVICE_AFTER = re.compile(
    r"\s?(?:免费|免費|咨询|諮詢|服务|服務|急救|值班|投诉|投訴|报警|報警|救援|求助|心理|援助|"
    r"客服|在线|在線){0,2}"
    r"(?:电话|電話|热线|熱線|专线|專線|客服|服务|服務|值班|营业|營業|便利店|门诊|門診|药店|藥店)"
    r"|\s(?:(?:crisis|emergency|help|news|customer|support|suicide)\s)?"
    r"(?:hotline|helpline|help\sline|crisis\sline|line|news|service|channel|pharmacy|diner|gym|care)s?\b",
    re.IGNORECASE,
)
_ROUND_THE_CLOCK = re.compile(r"24(?:小时|小時|-hour|\shour|h)$")
#: 24小时滚动播报, 24小时实时发送: "round the clock" before a verb of a running service
#: (figures v11.1, held-out 12), as a service's name
_CLOCK_ADVERB_AFTER = re.compile(r"(?:滚动|滾動|实时|實時|不间断|不間斷|不停|全天候|轮流|輪流)")


def in_service_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (``24小时``, ``24-hour``) the hours in a service's name?"""
    return _ROUND_THE_CLOCK.match(text[start:end]) is not None and (
        _SERVICE_AFTER.match(text, end) is not None
        or _CLOCK_ADVERB_AFTER.match(text, end) is not None
    )
