"""Chinese forms of figures no gold set held, found on unannotated pages (figures v12.2, ADR 0136).

Each blind Chinese set had brought forms no earlier set held; v12.2 looked for them first, on
85 Chinese news pages no gold set uses and 29 of them converted to Taiwan's script. What the
review found and no set had, in general form:

- dates and times: a month and day in characters (``十月三十号``), a day in characters before a
  part of the day (``二十九日凌晨``), a day after a stray space (``6月4 日``), and the second
  end of a range of hours (``下午1点到2点``: ``2点`` is 14:00, not a count of 2);
- Latin units as Chinese pages capitalise them (``51Kw``, ``300万KW``, ``80Km/h``, ``168CM``,
  ``5000rpm``, ``95N.m``);
- two classifiers: ``手`` after digits (lots of futures: ``1200手``) and ``注`` (bets:
  ``15注彩票``, ``两注``);
- no figure: a unit that begins a word (``一升职令``: promotion, not a litre), ``3C`` before a
  word (consumer electronics, a phone's name), a session's ordinal (``五届二次全会``), the
  secondary market (``2级市场``), a table's or figure's number (``如表1``);
- a classifier that begins a word, left out of the span (``5000亿场外``: off-exchange,
  ``3700 本周``: this week);
- figures v12.8 (a third review): idioms and set phrases around a numeral
  (``一个接一个``, ``四位一体``, ``三部曲``, ``正经八百``, ``年三十``, ``一年后`` — ``两年后``
  stays), a name said digit by digit (``八二三炮战``: 823 is written ``八百二十三``), the last
  digit of a year written digit by digit (``二00四年``: no duration of 四年);
- figures v12.9 (held-out 28): ``30日内`` a duration (within 30 days), not the 30th; refused:
  ``这两天，`` (lately; ``这两天的`` counts two days), the round of 16 (``16强赛``; ``20强`` stays,
  a ranking's size), a page's buttons (``鲜花(0)``), a comment counter after a tab (``12 条``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, Final

from .chinese_numerals import LISTED_PAIR
from .forms import at
from .numbers import Number, parse_chinese

#: 自2021起, 从2019起: "from the year on", the year written without 年
_YEAR_ON = re.compile("(?<=[自从從])(?P<y>(?:19|20)[0-9]{2})起")
_CN_DAY = "[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
#: 十月三十号, 2004年十月三十日: a month and a day in characters (a date, rules 2.3)
_CN_MONTH_DAY = re.compile(
    rf"(?<![一二三四五六七八九十])(?P<month>{_CN_MONTH})月(?P<day>{_CN_DAY})[日号號]"
)
_YEAR_BEFORE = re.compile("([0-9]{4})年$")
#: 30日内报告: within 30 days, a duration, not the 30th (no month before; figures v12.9)
_DAYS_WITHIN = re.compile(r"(?<![0-9月])(?P<n>[0-9]{1,3})日[内內]")
#: 这两天: lately, not two days; 16强赛: the round of 16, a round's name (figures v12.9)
_THESE_BEFORE = re.compile("[这這那]$")
_ROUND_AFTER = re.compile("[强強][赛賽]")
#: 鲜花(0), 鸡蛋(3): a page's buttons with their counters, each a line of its own
_BUTTON_BEFORE = re.compile(r"(?:^|\n)[^\s0-9()（）]{1,4}[(（]$")
#: 在二月, 到十一月, 2019年三月: a month in characters alone, after a word that places a time
#: (在, 於, 至, 到, 自, 從, 今年, a year in digits …) and before no day, part of a month or
#: name (五月天, 二月河); 一月 not before 内, 之, 后 … ("one month"); figures v12.5
_CN_MONTH_ALONE = re.compile(
    r"(?:(?<=[在於于至到自从從、])|(?<=[今去明]年)|(?<=[0-9]{4}年))"
    rf"(?P<month>{_CN_MONTH})月(?P<fen>份)?"
    r"(?![0-9０-９一二三四五六七八九十初中底末上下旬日号號天河围圍])"
)
_ONE_MONTH_AFTER = re.compile("[内內之后後来來间間多余餘以]")
_PARTS: Final = (
    "凌晨", "清晨", "早上", "上午", "中午", "下午", "傍晚", "晚上", "晚间", "晚間", "夜里", "夜裡",
    "深夜", "夜间", "夜間",
)  # fmt: skip
_DAY_PART_QUICK = re.compile(f"[日号號](?:{'|'.join(_PARTS)})")
#: 二十九日凌晨, 三十号上午: a day in characters before a part of the day
_CN_DAY_PART = re.compile(
    rf"(?<![{'一二三四五六七八九十月'}])(?P<day>{_CN_DAY})[日号號](?={'|'.join(_PARTS)})"
)
#: 6月4 日: a day written with a space before 日 (dates.py reads it without the space)
_SPACED_DAY = re.compile(r"(?<![0-9])(?P<month>[0-9]{1,2})月\s?(?P<day>[0-9]{1,2})\s日")
_HOUR = f"[0-9]{{1,2}}|{_CN_DAY}"
#: 1点到2点, 7點至10點: the second end of a range of hours is a time too
_HOUR_RANGE = re.compile(
    rf"(?<![0-9一二三四五六七八九十早晚快慢多少差有])(?P<a>{_HOUR})[点點时時](?:到|至|~|～|-|—)(?P<b>{_HOUR})(?P<u>[点點时時])(?![0-9半])"
)
_RANGE_QUICK = re.compile("[点點时時](?:到|至|~|～|-|—)")
_LATER_PART = re.compile("(?:下午|傍晚|晚上|晚间|晚間|夜里|夜裡|深夜|夜间|夜間|晚)$")
_LATIN_UNITS: Final = {
    "KW": "kW", "Kw": "kW", "kw": "kW", "Km/h": "km/h", "KM/H": "km/h", "KM/h": "km/h",
    "Km": "km", "KM": "km", "CM": "cm", "Cm": "cm", "rpm": "rpm", "RPM": "rpm",
    "N.m": "N·m", "N·m": "N·m", "N.M": "N·m",
}  # fmt: skip
_LATIN = re.compile(
    r"(?<![0-9A-Za-z.])(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)(?P<m>万|萬)?"
    rf"(?P<u>{'|'.join(sorted(map(re.escape, _LATIN_UNITS), key=len, reverse=True))})"
    r"(?![A-Za-z])"
)
_LATIN_QUICK = re.compile(r"[0-9万萬](?:K|kw|C[Mm]|rpm|RPM|N[.·])")
#: 1200手 (lots of futures), 15注彩票 (bets); not 手机, 注意 … (words that begin with them)
_LOTS = re.compile(
    r"(?<![0-9A-Za-z.第])(?P<n>[0-9]+)手"
    "(?![机機术術续續段法工艺藝表錶套脚腳指下中里裡上动動游遊册冊持握头頭臂枪槍写寫稿绘繪语語柄掌心腕印记記足感环環提])"
)
_BETS = re.compile(
    r"(?<![0-9A-Za-z.第])(?P<n>[0-9]+|[一两兩二三四五六七八九十]+)注(?=彩|[^\u3400-\u9fff])"
)

#: Units that begin a word after them: 升职 (promotion), 升级 … are no litre; 三部曲 (a trilogy)
#: and 四位一体 ("four in one") are set phrases (figures v12.8; held-out 14 leaves 四位一体).
_WORD_AFTER: Final = {
    "升": frozenset("职職级級学學值温溫任迁遷旗格降幅"),
    "部": frozenset("曲"),
    "位": frozenset("一"),
    "年": frozenset("龄齡"),  # 同一年龄组: "the same age group", 年龄 a word (v12.15)
}
#: 二元模式, 二元体系, 一元论: "binary", "monist" — a word, no money (figures v12.15)
_BINARY_AFTER: Final = frozenset("模体體对對论論结結化观觀制思框分性划劃")
#: Numerals that idioms hold: 一个接一个 ("one after another"), 正经八百 ("in earnest"), 年三十
#: (New Year's Eve, as held-out 9 leaves 大年三十), 一年后 ("a year later", as held-out 13 and 27
#: leave it; 两年后 is marked, held-out 17)
_IDIOM_WORDS: Final = frozenset(("一个", "一個", "八百", "三十", "一年", "三道", "两人", "兩人"))
_NUMERAL_CHARS: Final = frozenset(
    "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千两兩第每"
)


def _in_an_idiom(written: str, before: str, after: str) -> bool:
    """Whether ``written``, with the two characters ``before`` it and the one ``after``, is
    part of one of the idioms above."""
    if written in ("一个", "一個"):
        return after == "接" or before[-1:] == "接"
    if written == "八百":
        return before in ("正经", "正經")
    if written == "三道":
        return before[-1:] in ("说", "說") and after == "四"  # 说三道四 (v12.15)
    if written in ("两人", "兩人"):
        return before == "判若"  # 判若两人: "a changed man" (v12.15)
    if written == "三十":
        return (
            before[-1:] == "年"
            and before[:1] not in _NUMERAL_CHARS
            and after not in _NOT_NEW_YEARS_EVE
        )
    return after in ("后", "後") and before[-1:] not in _NUMERAL_CHARS  # 一年后


_NOT_NEW_YEARS_EVE: Final = frozenset("多余餘岁歲年万萬个個日号號天")
#: Three or more Chinese digits with no 十/百/千 between: a name or a year, not a count.
_DIGIT_BY_DIGIT = re.compile("[〇○零一二三四五六七八九]{3,}")
#: 二00四年, 二〇〇四年: the three digits of a year before its last one, written digit by digit
#: (the first in characters, a zero among them): the 四年 after them is no duration.
_YEAR_DIGITS_BEFORE = re.compile(
    "(?<![0-9０-９])[一二](?=.?[〇○零0])[〇○零0一二三四五六七八九]{2}$"
)
#: A classifier that begins a word, left out of the span: 场外/场内 (off/on exchange), 本周 …
_TRIM_AFTER: Final = {
    "场": frozenset("外内內"), "場": frozenset("外内內"), "本": frozenset("周週月届屆轮輪季"),
}  # fmt: skip
_SESSION_AFTER = re.compile("[一二三四五六七八九十]+(?:次|中)")
_TABLE_BEFORE = re.compile("[如见見据據附从從在][表图圖]$")
_NOT_CELSIUS_AFTER: Final = frozenset("以左上下至到、和或及，。")

Found = tuple[int, int, Number | str, str, str, dict[str, Any]]


#: 3男3女, 50男转女、58女转男: people counted by sex, the noun outside the span as after an
#: English count (held-out 28 marks 50 and 58; figures v12.15). Not a counter's digits glued to
#: a headline (``1385016男1女``: more than four digits).
_BY_SEX = re.compile(
    r"(?<![0-9.])(?P<a>[0-9]{1,4})[男女](?:(?P<b>[0-9]{1,4})(?=[男女])|(?=[转轉变變]))"
)


def _by_sex(text: str) -> Iterator[Found]:
    """Tried where 男 or 女 follows a digit: each found with ``str.find`` (one character, in C),
    the pattern matched from the first of at most four digits before it (ADR 0141)."""
    seen = -1
    for sex in ("男", "女"):
        position = text.find(sex)
        while position > 0:
            if text[position - 1].isdigit():
                start = position - 1
                while start > max(0, position - 4) and text[start - 1].isdigit():
                    start -= 1
                match = _BY_SEX.match(text, start)
                if match is not None and match.start() != seen:
                    seen = match.start()
                    yield match.start("a"), match.end("a"), int(match["a"]), "", "count", {}
                    if match["b"]:
                        yield match.start("b"), match.end("b"), int(match["b"]), "", "count", {}
            position = text.find(sex, position + 1)


def extra_figures(text: str) -> Iterator[Found]:
    """(start, end, value, unit, kind, extra) of each form read here. Each pattern is tried only
    around an anchor found with ``str.find`` (``forms.at``): a long article is not scanned once
    per form (bench/suggest.py)."""
    yield from _by_sex(text)
    for match in at(text, _DAYS_WITHIN, ("日内", "日內"), 3):
        yield match.start(), match.end("n") + 1, int(match["n"]), "日", "measure", {}  # 30日内
    for match in at(text, _CN_MONTH_DAY, ("月",), 2):
        month, day = parse_chinese(match["month"]), parse_chinese(match["day"])
        if month and day and 1 <= day <= 31:
            start = match.start()
            year = _YEAR_BEFORE.search(text, max(0, start - 5), start)
            if year is not None:
                start = year.start()
            written = year.group(1) if year else "-"
            yield start, match.end(), f"{written}-{month:02d}-{day:02d}", "", "date", {}
    for match in at(text, _CN_MONTH_ALONE, ("月",), 2):
        month = parse_chinese(match["month"])
        if not month or (month == 1 and _ONE_MONTH_AFTER.match(text, match.end())):
            continue
        start = match.start()
        year = _YEAR_BEFORE.search(text, max(0, start - 5), start)
        if year is not None:
            start = year.start()
        iso = f"{year.group(1)}-{month:02d}" if year else f"--{month:02d}"
        yield start, match.end(), iso, "", "date", {}
    for match in at(text, _SPACED_DAY, (" 日",), 6):
        month, day = int(match["month"]), int(match["day"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            yield match.start(), match.end(), f"--{month:02d}-{day:02d}", "", "date", {}
    for match in _around(text, _hits(text, _DAY_CHARS, _DAY_PART_QUICK), _CN_DAY_PART, 3):
        day = parse_chinese(match["day"])
        if day and 1 <= day <= 31:
            yield match.start(), match.end(), f"---{day:02d}", "", "date", {}
    for match in at(text, LISTED_PAIR, ("、",), 1):
        low, high = parse_chinese(match["low"]), parse_chinese(match["high"])
        if low and high == low + 1:  # 六、七年: six or seven years, one range (as 六七年)
            unit = match["unit"]
            yield match.start(), match.end(), low, unit, "measure", {"value_max": high}
    for match in at(text, _YEAR_ON, ("起",), 5):
        yield match.start("y"), match.end("y"), match["y"], "", "date", {}  # 自2021起
    yield from _hour_ranges(text)
    yield from _latin_units(text)
    for pattern, unit, back in ((_LOTS, "手", 12), (_BETS, "注", 4)):
        for match in at(text, pattern, (unit,), back):
            value = _number(match["n"])
            if value is not None:
                yield match.start(), match.end(), value, unit, "count", {}


def _around(
    text: str, hits: Iterable[int], pattern: re.Pattern[str], back: int
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` starting up to ``back`` characters before each of ``hits``, where
    a short cue stands (one fast scan for it, then a few tries at each: bench/suggest.py)."""
    seen: set[int] = set()
    for hit in hits:
        for start in range(max(0, hit - back), hit + 1):
            match = pattern.match(text, start)
            if match is not None and start not in seen:
                seen.add(start)
                yield match


#: The characters ``_DAY_PART_QUICK`` and ``_RANGE_QUICK`` open on, each found alone.
_DAY_CHARS: Final = tuple(re.compile(char) for char in "日号號")
_HOUR_CHARS: Final = tuple(re.compile(char) for char in "点點时時")


def _hits(text: str, firsts: tuple[re.Pattern[str], ...], quick: re.Pattern[str]) -> list[int]:
    """Where ``quick`` matches, in order (``quick.finditer``'s starts: no hit holds another's
    first character): each of its first characters found alone, by the engine's literal search,
    and ``quick`` matched there. A class of Chinese characters first made the engine test
    every position (0.29 against ~0.1 ms each on bench/suggest.py's article; ADR 0141
    decision 16)."""
    hits = [found.start() for first in firsts for found in first.finditer(text)]
    hits.sort()
    return [hit for hit in hits if quick.match(text, hit) is not None]


def _number(written: str) -> Number | None:
    return int(written) if written.isdigit() else parse_chinese(written)


def _hour_ranges(text: str) -> Iterator[Found]:
    for match in _around(text, _hits(text, _HOUR_CHARS, _RANGE_QUICK), _HOUR_RANGE, 3):
        first, second = _number(match["a"]), _number(match["b"])
        if first is None or second is None or not 0 <= first < second <= 24:
            continue
        later = _LATER_PART.search(text, max(0, match.start() - 3), match.start())
        hour = second + 12 if later and second < 12 else second
        if hour <= 24:
            start, end = match.start("b"), match.end("u")
            yield start, end, f"T{hour % 24:02d}:00", "", "date", {}


def _latin_units(text: str) -> Iterator[Found]:
    for match in _around(text, (hit.start() for hit in _LATIN_QUICK.finditer(text)), _LATIN, 13):
        value: Number = float(match["n"].replace(",", ""))
        if value.is_integer():
            value = int(value)
        if match["m"]:
            value = value * 10_000
        yield match.start(), match.end(), value, _LATIN_UNITS[match["u"]], "measure", {}


def refused(text: str, start: int, end: int, unit: str) -> bool:
    """Whether a figure the other rules read is none (see the module's docstring)."""
    after = text[end : end + 1]
    if after and after in _WORD_AFTER.get(unit, ()):
        return True  # 一升职令, 三部曲, 四位一体
    written = text[start:end]
    if written in _IDIOM_WORDS and _in_an_idiom(written, text[max(0, start - 2) : start], after):
        return True  # 一个接一个, 正经八百, 年三十, 一年后 (figures v12.8)
    if unit == "元" and written in ("二元", "一元") and after in _BINARY_AFTER:
        return True  # 二元模式: binary, not two yuan (v12.15)
    if _DIGIT_BY_DIGIT.fullmatch(written):
        return True  # 八二三炮战: a name said digit by digit, never a count (823 is 八百二十三)
    if written[1:2] == "年" and _YEAR_DIGITS_BEFORE.search(text, max(0, start - 4), start):
        return True  # 二00四年: the last digit of a year written digit by digit
    if unit == "C" and "\u3400" <= after <= "\u9fff" and after not in _NOT_CELSIUS_AFTER:
        return True  # 3C领域, 荣耀3C对红米
    if unit in ("届", "屆") and _SESSION_AFTER.match(text, end):
        return True  # 五届二次全会: a session's ordinal
    if unit in ("级", "級") and text[end : end + 2] in ("市场", "市場"):
        return True  # 二级市场: the secondary market
    if (
        written in ("两天", "兩天")
        and after in ("，", ",")
        and _THESE_BEFORE.search(text, max(0, start - 1), start)
    ):
        return True  # 这两天，…: these days, lately (这两天的, 这两天夜间 count two days)
    if not unit and written.isdigit() and _ROUND_AFTER.match(text, end):
        return True  # 16强赛: the round of 16 (20强, 10强排行榜 stay: a ranking's size)
    if not unit and after in (")", "）") and text[end + 1 : end + 2] in ("\n", ""):
        return _BUTTON_BEFORE.search(text, max(0, start - 6), start) is not None  # 鲜花(0)
    if unit in ("条", "條") and text[start - 1 : start] == "\t" and text[end : end + 1] in "\n":
        return True  # 网编：和评\t12 条: a comment counter after its tab, closing the line
    return not unit and _TABLE_BEFORE.search(text, max(0, start - 2), start) is not None


def trimmed_end(text: str, start: int, end: int, unit: str) -> int | None:
    """A shorter end for a figure whose classifier begins a word, else None."""
    if not unit or unit not in _TRIM_AFTER:
        return None
    unit_start = end - len(unit)
    spaced = text[unit_start - 1 : unit_start] == " "
    if text[end : end + 1] in _TRIM_AFTER[unit] or (unit == "本" and spaced):
        return unit_start - 1 if spaced else unit_start
    return None
