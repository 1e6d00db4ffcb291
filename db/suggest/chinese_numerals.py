"""Numerals written in Chinese characters, and numbers inside names and enumerations.

``figures.py`` reads a number with its unit; these decide what a numeral in characters is
(``三台`` a count; ``一种观点``, ``一个人``, ``第三`` not: docs/suggest-gold.md), read the
approximate pairs (``四五十``, ``二、三十``), and refuse numerals that name (``七大类``,
``一、二孩``, ``五家渠市``, ``S&P 500``, ``麒麟980``).
"""

from __future__ import annotations

import re
from typing import Final

from .numbers import CHINESE_DIGITS, Number, parse_chinese, tidy
from .units import CHINESE_UNITS, CN_NOT_FIGURES

#: Every character of a numeral written in characters.
CN_DIGITS = "零〇两兩一二三四五六七八九十百千万萬亿億"
_CN_NOT_FIGURE = re.compile("|".join(map(re.escape, CN_NOT_FIGURES)))


#: Numerals that are part of a name or an enumeration, not an amount: an index (S&P 500, 标准普尔
#: 500种股票指数, Standard & Poor's 500-stock index: v12.10), a coordinate (北纬40.28度, 40.3°N),
#: "the N big" kinds (七大类: a kind count in characters, docs/suggest-gold.md; 三大指数 stays "the
#: three major", ADR 0030), ordinals listed with 、 (一、二孩, 二、三线城市) and place names
#: (五家渠市).
_NAME_BEFORE = re.compile(
    r"(?:S&P|&\sPoor['’]s|标准普尔|標準普爾|标普|標普|Russell|FTSE|Nikkei|日经|日經|沪深|滬深"
    r"|中证|中證"
    r"|北纬|北緯|南纬|南緯|东经|東經|西经|西經|latitude|longitude)\s?$"
    r"|(?:腊|臘)$"  # 腊八节, 腊八粥: the festival's name (figures v11.3)
    r"|(?:军情|軍情)$",  # 军情六处 (MI6), 军情五处 (MI5): an agency's name (figures v11.6)
    re.IGNORECASE,
)
#: The last characters of ``_NAME_BEFORE``'s names, as ``re.IGNORECASE`` matches them (``İ``,
#: ``ı`` are an ``i``, ``ſ`` an ``s``): one of them stands in the three characters before a
#: match's end (a space and ``$``'s line break may follow it), so a number with none there is
#: not searched (ADR 0141; most figures, 12 positions tried each).
_NAME_LAST: Final = frozenset("PpSsLlEeIi\u0130\u0131\u017f尔爾普经經深证證纬緯腊臘情")
_COORDINATE_AFTER = re.compile(r"\s?°?\s?[NSEW]\b")
_CN_WORD_NUMBER = re.compile(f"[{CN_DIGITS}]+")
#: 军 (army), 师 (division), 旅, 团 (regiment), 营: a numbered unit between two of them is a name
_ARMY_UNITS: Final = frozenset("军軍师師旅团團营營")
_BIG_GROUP = re.compile("大[类類种種样樣]")
#: 六、七年, 三、四个月: two neighbouring numerals listed with 、 before a unit of time, an
#: approximate range as 六七年 (an ordinal list names no time: 一、二孩, 二、三线城市, 五、六年级)
LISTED_PAIR = re.compile(
    "(?<![零〇一二两兩三四五六七八九十百千万萬第、])(?P<low>[一二三四五六七八九])、"
    "(?P<high>[二三四五六七八九十])"
    "(?P<unit>年|个月|個月|天|周|週|岁|歲|小时|小時|个小时|個小時)(?![级級代底初])"
)
_LISTED_ORDINALS = re.compile(f"[{CN_DIGITS}]、[{CN_DIGITS}](?![十百千万萬])")
#: (a place's name never begins with 的: 增加两倍的城市人口 is a multiple; figures v12.2)
_PLACE_AFTER = re.compile(
    r"(?!的)[\u3400-\u9fff]{1,2}(?:市|县|縣|镇|鎮|(?<![返回下还還归歸故家城老思])[乡鄉]|旗)(?![场場长長民])"
)


def a_name(text: str, start: int, end: int, unit: str) -> bool:
    """Is ``text[start:end]`` (its unit as shown) a numeral inside a name or an enumeration
    (``_NAME_BEFORE``)?"""
    if not _NAME_LAST.isdisjoint(text[max(0, start - 3) : start]) and _NAME_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return True
    if (
        unit in ("°", "度", "")
        and _COORDINATE_AFTER.match(text, end)
        and "°" in text[start : end + 2]
    ):
        return True
    written = text[start:end]
    words = _CN_WORD_NUMBER.match(written)
    if words is None:
        return False
    if written.endswith("大") and _BIG_GROUP.match(text, end - 1):
        return True  # 七大类
    pair = LISTED_PAIR.match(text, start)
    if not (pair and pair.end() == end) and (  # 六、七年 is a range (v12.11)
        _LISTED_ORDINALS.match(text, start) or _LISTED_ORDINALS.match(text, max(0, start - 2))
    ):
        return True  # 一、二孩
    if text[start - 1 : start] in _ARMY_UNITS and text[end : end + 1] in _ARMY_UNITS:
        return True  # 农二师二十九团, 38军112师: a unit named by its number inside a larger one
    unit = written[words.end() :]
    return len(unit) == 1 and unit not in "个個" and _PLACE_AFTER.match(text, end) is not None


#: 四五十斤, 三四个, 七八百万: two neighbouring numerals in characters, an approximate range;
#: 两三 too (两三天, 两三百万元: figures v11.2 — ``两三千`` had read as 3000, ``两三天`` not at
#: all). ``一两年``/``一两天`` ("a year or two") stay vague (``units.CN_NOT_FIGURES``, held-out 3
#: leaves it unmarked), and ``一二`` is no pair (``一二线城市`` names tiers).
_PAIR = re.compile(
    "(?P<tens>[二三四五六七八九]?十)?"  # 十三四岁: 13 or 14 (held-out 17; v12.27)
    "(?P<low>[二三四五六七八两兩])(?P<high>[三四五六七八九])(?P<scale>[十百千万萬亿億]*)"
)
#: Two or more numerals in characters that are digits only (一一, 二〇二四: years digit by digit
#: are read by the dates; a pair is read above).
DIGIT_BY_DIGIT = re.compile("[一二两兩三四五六七八九]{2}")


def approximate_pair(number: str) -> tuple[Number, Number] | None:
    """(low, high) of ``四五十`` (40, 50), ``三四`` (3, 4); None if ``number`` is no pair."""
    match = _PAIR.fullmatch(number)
    if match is None:
        return None
    low, high = CHINESE_DIGITS[match.group("low")], CHINESE_DIGITS[match.group("high")]
    if high != low + 1:
        return None
    tens = parse_chinese(match.group("tens")) or 0 if match.group("tens") else 0
    scale = parse_chinese("一" + match.group("scale")) if match.group("scale") else 1
    return tidy((tens + low) * (scale or 1)), tidy((tens + high) * (scale or 1))


def listed_scale(low: str, separator: str | None, high: str) -> int | None:
    """The scale ``二`` takes from ``三十`` in ``二、三十`` (10); None when it is no such list."""
    if (separator or "").strip() != "、" or len(low) != 1 or low not in CHINESE_DIGITS:
        return None
    if len(high) < 2 or high[0] not in CHINESE_DIGITS:
        return None
    scale = parse_chinese("一" + high[1:])
    return int(scale) if scale and scale >= 10 else None


#: Two Chinese characters (not a verb or particle before an amount) glued before a number.
PRODUCT_WORD = re.compile(
    r"[\u4e00-\u9fff][\u4e00-\u9fff](?<![到达達为為至约約近超逾计計有是的了和与與及占佔共仅僅才仍前后後第每])"
)
_PRODUCT = re.compile(
    r"([\u4e00-\u9fff]{2})[0-9]{2,4}(?![0-9.,．，%％万萬亿億千百\u4e00-\u9fff]?[0-9])"
)


def product_lines(text: str) -> set[str]:
    """The two-character words written before a bare number at least twice in ``text``: a
    product line and its models (麒麟970 … 麒麟980, 含光800 … 含光800)."""
    seen: dict[str, int] = {}
    for match in _PRODUCT.finditer(text):
        seen[match.group(1)] = seen.get(match.group(1), 0) + 1
    return {word for word, count in seen.items() if count >= 2}


#: 两日 (two days): 两 never writes a day of the month (二日, 2日 do), so 两日 is a duration, as
#: held-out 12 marks it (figures v11.2); not after another numeral (一两日, 三两日: vague, as
#: 一两天), nor where 日 begins a word (两日本企业, 日报, 日元).
_TWO_DAYS = re.compile("(?<![一二两兩三四五六七八九十几幾0-9])[两兩]日(?![本报報元圆圓期记記])")


def two_days(text: str, match: re.Match[str], unit: str) -> bool:
    """Is the numeral of ``match`` the 两 of 两日 (two days)? Tested only on a lone 两 that the
    reader found without a unit (日 is none: it writes dates), no pass over the text."""
    number = match.group("anumber")
    return (
        number in ("两", "兩")
        and not (unit or match.group("amult") or match.group("bnumber"))
        and _TWO_DAYS.match(text, match.start()) is not None
    )


def chinese_ok(text: str, match: re.Match[str], unit: str) -> bool:
    """A Chinese numeral is a figure only with a unit or multiplier, never an idiom/ordinal."""
    start = match.start()
    number = match.group("anumber")
    if len(number) == 1 and not (unit or match.group("amult") or match.group("bnumber")):
        return False  # the common case, decided first: a lone numeral without a unit
    if start and text[start - 1] in "第每初周週星礼禮数數几幾上":
        return False
    if text[max(0, start - 2) : start] in ("数以", "數以"):
        return False  # 数以十万计: "by the hundred thousand", vague as 数十万 (figures v12.10)
    idiom = _CN_NOT_FIGURE.match(text, start)
    if (
        idiom is not None
        and idiom.end() >= match.end("unit")
        and not text[max(0, start - 2) : start].endswith(("共", "总计", "總計"))
    ):
        return False  # but 一共四季: after "in all" the set phrase is a count again
    # (and 十分钟 is ten minutes: the unit runs past the word 十分, "very"; v12.12)
    if start and text[start - 1] in CN_DIGITS:
        return False
    hundred_of_a_measure = (
        number in ("百", "千")
        and CHINESE_UNITS.get(unit) == "measure"
        and unit not in _TIMES_AND_FLOORS
    )  # 百米, 百余米: a hundred metres
    if number[0] in "百千万萬亿億" and not (
        (unit and _BOUND_BEFORE.search(text, max(0, start - 2), start))
        or hundred_of_a_measure
        or (unit and len(number) == 1 and match.group("aapprox"))
    ):
        return False  # 千万人, 万人: "millions of", not a count; but 逾千款, 近万人 are bounds
    # (and 百余家, 千余人: "more than a hundred", as 百余米 is)
    if (
        text[start - 1 : start] in "“「『"
        and not (unit in _TIMES_AND_FLOORS and _QUOTED_TIME_END.match(text, match.end()))
        and _SLOGAN.match(text, start)
    ):
        return False  # “四个更加”, “两个维护”, “十年禁渔”: a slogan named in quotes (but
        # “三分钟内”, a time quoted alone, is a time: v12.12)
    if not (unit or match.group("amult") or match.group("bnumber")):
        # Without a unit only a written-out amount counts: 一千二百, 三千, 五万.
        digits_then_unit = (
            number[0] in "两兩一二三四五六七八九十" and number[-1] in "十百千万萬亿億"
        )
        return len(number) >= 3 or (len(number) == 2 and digits_then_unit)
    if (
        number == "二"
        and CHINESE_UNITS.get(unit) == "count"
        and not match.group("bnumber")
        and not (unit == "人" and text[match.end() : match.end() + 1] not in ("转", "轉"))
    ):
        return False  # 二本, 二期, 二号, 二代: a label (a count of two says 两本); v11.4
    # (but 二人 is "the two", a count as rules 2.3 read 两人; 二人转 is a folk art: v12)
    if number == "二" and unit == "度" and _SECOND_TIME.match(text, match.end()):
        return False  # 二度送驗: "a second time" (二 a label again, as 二本); 二度 of heat stays
    if (
        unit == "字"
        and text[start - 1 : start] not in _CLOSING_QUOTES
        and not (
            number in ("百", "千", "万", "萬")
            and _BOUND_BEFORE.search(text, max(0, start - 1), start)
        )
    ):
        return False  # 十字路口, 救命二字: a cross, a word; “廉洁”两字 counts the quoted characters
    # (and 近千字, 逾万字: a round length after a bound word, as 近千名; figures v12.9)
    if number == "四" and unit in ("周", "週") and not _weeks(text, start, match.end("unit")):
        return False  # 在红纸四周: "all around" (四周 as 四处, 四面); 为期四周, 四周后 are weeks
    if unit in ("级", "級") and not match.group("bnumber"):
        return False  # 国家一级作曲家, 二级医院: a grade, not a measure (digits: 4~5级 wind)
    if (unit[:1] in _KINDS or unit == "方面") and not match.group("amult"):
        return False  # 一种, 两种观点, 三类: kinds named in words are categories, not amounts
    if (
        number == "一"
        and unit == "成"
        and text[match.end("unit") : match.end("unit") + 1] not in _ONE_TENTH_WORDS
    ):
        return True  # 涨幅为一成: a tenth (10 percent), not the article; 一成不变 is an idiom
    if number == "一" and unit == "倍" and _MORE_BY_BEFORE.search(text, max(0, start - 3), start):
        return True  # 多一倍, 翻一倍, 增长一倍, 目前的一倍: a multiple (doubled), not the article
    if number == "一" and CHINESE_UNITS.get(unit) == "measure" and unit not in _TIMES_AND_FLOORS:
        return True  # 一公里, 一平方厘米: one unit of a measure is a measurement
    if number == "一" and unit:
        # "a" (一个人, 一支队伍, 一项研究): keep 一 only beside another count of the same
        # thing (每生產三臺…就有一臺).
        if _AS_WELL_AS_BEFORE.search(text, max(0, start - 2), start):
            return False  # 两项偷窃罪，以及一项…罪名: "as well as a", another thing (v12.7)
        if text.startswith(unit, match.end("unit")):
            return False  # 一次次, 一个个, 一天天: "time and again", "one by one" (v12.11)
        if f"另一{unit}" in _SENTENCE_MARK.split(text[match.end() : match.end() + 40])[0]:
            return False  # 一层为…，另一层…: "one … the other", no count (v12.12)
        before = _SENTENCE_MARK.split(text[max(0, start - 30) : start])[-1]
        window = before + _SENTENCE_MARK.split(text[start : match.end() + 30])[0]
        offset = start - len(before)  # where the window begins in the text
        others = CN_DIGITS.replace("一", "")
        # (a parallel in quotes names a slogan, “两个中国”: not a count of the same thing; v12)
        # (九個月, 三個小時 are months and hours, not counts of 個: v12.3)
        compound = "(?!多?(?:月|小時|小时|星期|鐘頭|钟头))" if unit in ("个", "個") else ""
        parallels = re.finditer(
            f"(?<![一{others}“「『])[{others}0-9]+{re.escape(unit)}{compound}", window
        )
        noun = _noun(text[match.end("unit") : match.end("unit") + 1])
        return any(
            p.group() != f"二{unit}"  # 一本、二本: labels
            and (
                unit in _TIMES_AND_FLOORS  # 超过五年，…不到一年: times compare across clauses
                or text.endswith("其中", 0, start)  # 已达五款，其中一款: "one of them"
                or not _CLAUSE_MARK.search(
                    text, min(offset + p.end(), start), max(offset + p.start(), start)
                )
                or _noun(window[p.end() : p.end() + 1]) == noun  # 47块，最少时一块
            )
            for p in parallels
        )  # 3个姐姐 after a comma counts another thing than 一个…乡镇 (v12.11)
    return True


#: 以及一个, 还有一项: "as well as a" adds another thing to a list, not a count of the same
#: one (figures v12.7; every set leaves 以及一艘…, 以及一项… unmarked)
_AS_WELL_AS_BEFORE = re.compile("(?:以及|及|还有|還有|外加)$")
#: After 一成 these make a word or an idiom (一成不变, 成为, 成年, 成人, 成品, 成型, 成器).
_ONE_TENTH_WORDS: Final = frozenset("不为為年人品型器")
#: “四个更加”: a slogan named in quotes (but “三大建议”： introduces its items after the colon,
#: and counts them: figures v12.7)
_SLOGAN = re.compile(r"[^”」』]{1,6}[”」』](?![：:])")
_SENTENCE_MARK = re.compile("[。！？；!?;]")
#: “三分钟内”: a time alone in quotes (a bound after it at most), no slogan (v12.12)
_QUOTED_TIME_END = re.compile("(?:之?[内內]|以[内內]|[后後]|左右)?[”」』]")
#: A parallel count across one of these is of another thing unless its noun is the same
#: (三个女儿和一个儿子 counts children; 一个…乡镇，…3个姐姐 does not count townships).
_CLAUSE_MARK = re.compile("[，,：:]")


def _noun(after: str) -> str:
    """The character after a classifier if it begins the counted noun, else "" (none written)."""
    return after if "\u3400" <= after <= "\u9fff" else ""


_CLOSING_QUOTES: Final = frozenset('”」』"’')
#: 为期四周, 持续四周, 前四周, 这四周: a number of weeks (what is read before 四周)
_WEEKS_BEFORE = re.compile(
    r"(?:为期|為期|持续|持續|长达|長達|连续|連續|前|后|後|近|过去|過去|最近|头|頭|共|了|约|約|"
    r"这|這|那|每|隔|再|仅|僅|只|短短|整整|达|達|未来|未來|接下来|接下來|用|花|需|需要|要|第)$"
)
#: 四周后, 四周内, 四周以来, 四周时间: weeks (what is read after 四周)
_WEEKS_AFTER = re.compile(
    r"(?:后|後|内|內|以来|以來|之内|之內|以后|以後|时间|時間|里|裡|来|來|多|左右|的时间|的時間)"
)


def _weeks(text: str, start: int, end: int) -> bool:
    """Is 四周 at ``start`` four weeks (as 4周 always is) rather than "all around"?"""
    return bool(
        _WEEKS_BEFORE.search(text, max(0, start - 3), start) or _WEEKS_AFTER.match(text, end)
    )


#: After 一 these mean "a" (一年, 一天, 一个月: a year, one day; 一晚, a night: v12.12) or a
#: storey, not a measure.
_TIMES_AND_FLOORS: Final = frozenset(
    ("年", "天", "小时", "小時", "个小时", "個小時", "个月", "個月", "周", "週", "个星期", "個星期",
     "分钟", "分鐘", "秒", "层", "層", "倍", "度", "级", "級", "晚")
)  # fmt: skip
#: Before 一倍 these make it a multiple: 多一倍, 翻一倍, 增长一倍, 高出一倍, 是目前的一倍 (``的``,
#: figures v11.3); with nothing before it (一倍的差距 opening a sentence) it stays unread.
_MORE_BY: Final = frozenset("多翻长長加大高出了的")
#: The same with a bound word between (增長近一倍, 增加約一倍: figures v12).
_MORE_BY_BEFORE = re.compile(f"[{''.join(sorted(_MORE_BY))}](?:近|约|約|将近|將近|几乎|幾乎)?$")
#: 二度 before a verb: "a second time" (二度送驗, 二度入院); not before 的, 左右, 以上, a
#: comma (二度的低温; figures v12).
_SECOND_TIME = re.compile(r"[\u4e00-\u9fff](?<![的左以上下之])")
#: 3年多, 3倍多, 两天多: 多 after a unit of time or a multiple (not 多少, 多久).
MORE_AFTER_UNITS: Final = frozenset(("年", "倍", "天", "小时", "小時", "周", "週", "岁", "歲"))
MORE_AFTER = re.compile("多(?![少么麼久样樣种種年])")
#: An indicator's abbreviation glued before its amount (GDP1.2万美元, CPI2.1%): capitals in a
#: Chinese text, and the amount has a Chinese multiplier, a currency or a percent sign after it.
ABBREVIATION_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}$")
CJK_AMOUNT = re.compile(r"(?:[万萬亿億千百]*)(?:[%％]|[\u4e00-\u9fff]*元|美元|[万萬亿億])")
#: 逾千款, 近万人, 超百家: a round number with a bound word before it is an amount.
_BOUND_BEFORE = re.compile("(?:逾|近|超|约|約|达|達|过|過)$")

#: A CJK character that starts a word (not a unit, a date part or an approximation).
CJK_WORD = re.compile(r"[\u3400-\u9fff](?<![年月日号號时時点點分秒多余餘万萬亿億千百十])")

#: Classifiers of kinds: a number of them in words names categories (两种观点).
_KINDS: Final = frozenset("种種类類样樣")
