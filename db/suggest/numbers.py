"""Turn the written forms of numbers into values: Arabic (also full-width) and Chinese.

Both scripts of Chinese are read (万/萬, 亿/億, 两/兩). Values are exact where the text is:
an ``int`` when the number is whole, a ``float`` otherwise.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

Number = int | float

#: Full-width digits and punctuation that may appear inside a number, mapped to ASCII.
_FULL_WIDTH: Final = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")

CHINESE_DIGITS: Final[dict[str, int]] = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
#: Units inside a section (below 万).
CHINESE_SMALL_UNITS: Final[dict[str, int]] = {
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
}  # fmt: skip
#: Units that close a section.
CHINESE_BIG_UNITS: Final[dict[str, int]] = {
    "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12,
}  # fmt: skip
CHINESE_NUMERAL_CHARS: Final = (
    frozenset(CHINESE_DIGITS) | frozenset(CHINESE_SMALL_UNITS) | frozenset(CHINESE_BIG_UNITS)
)

#: Multipliers written after a number (``21.3万``, ``4.6 billion``, ``3 Mio.``).
MULTIPLIERS: Final[dict[str, int]] = {
    "十": 10, "百": 100, "千": 1000, "万": 10**4, "萬": 10**4, "十万": 10**5, "十萬": 10**5,
    "百万": 10**6, "百萬": 10**6, "千万": 10**7, "千萬": 10**7, "亿": 10**8, "億": 10**8,
    "万亿": 10**12, "萬億": 10**12, "兆": 10**12,
    "hundred": 100, "thousand": 1000, "k": 1000, "million": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
    "quadrillion": 10**15, "quintillion": 10**18, "sextillion": 10**21, "septillion": 10**24,
    "octillion": 10**27,
    "tausend": 1000, "mio": 10**6, "mio.": 10**6, "millionen": 10**6, "million.": 10**6,
    "mrd": 10**9, "mrd.": 10**9, "milliarde": 10**9, "milliarden": 10**9,
    "millions": 10**6, "milliards": 10**9, "millones": 10**6, "millón": 10**6,
    "mil": 1000, "milionů": 10**6, "miliony": 10**6, "milion": 10**6, "miliard": 10**9,
    "mld": 10**9, "mld.": 10**9, "mln": 10**6, "mln.": 10**6, "tys.": 1000, "tys": 1000,
    "miliardy": 10**9, "miliardů": 10**9, "milionów": 10**6, "miliardów": 10**9,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
    "lakh crore": 10**12, "lakh crores": 10**12,  # Rs 1.75 lakh crore (figures v12.1)
}  # fmt: skip


def tidy(number: float) -> Number:
    """An ``int`` when the value is whole (``1500.0`` → ``1500``), rounded float otherwise."""
    if isinstance(number, int):
        return number
    if number.is_integer() and abs(number) < 2**63:
        return int(number)
    return round(number, 10)


def scaled(value: Number, multiplier: Number) -> Number:
    """``value`` times ``multiplier``, exact for what the text wrote: ``8.3`` million is
    8300000, not the 8300000.000000001 a binary float gives (figures v11)."""
    if isinstance(value, float) and multiplier != 1:
        return tidy(float(Decimal(repr(value)) * Decimal(multiplier)))
    return tidy(value * multiplier)


def parse_arabic(written: str) -> Number:
    """``1,500`` → 1500, ``21.3`` → 21.3, ``１２`` → 12, ``1.234.567`` → 1234567, ``2,5`` → 2.5.

    A separator followed by exactly three digits groups thousands (``40.000`` is 40000, as in
    German or Spanish text); any other separator is the decimal mark (``2,5`` is 2.5).
    """
    plain = written.translate(_FULL_WIDTH).replace("\u00a0", "").replace("\u202f", "")
    plain = plain.replace("−", "-").replace(" ", "")
    sign = -1 if plain.startswith("-") else 1
    plain = plain.lstrip("+-")
    if "," in plain and "." in plain:
        # The separator that comes last is the decimal mark.
        if plain.rfind(",") > plain.rfind("."):
            plain = plain.replace(".", "").replace(",", ".")
        else:
            plain = plain.replace(",", "")
    elif "," in plain:
        groups = plain.split(",")
        if all(len(group) == 3 for group in groups[1:]):
            plain = "".join(groups)
        else:
            plain = plain.replace(",", ".")
    elif plain.count(".") > 1 or (
        plain.count(".") == 1 and len(plain) - plain.index(".") == 4 and plain[0] != "0"
    ):
        # 1.234.567, and 40.000 as written in German, Spanish or Polish: thousands.
        plain = plain.replace(".", "")
    value = float(plain) if "." in plain else int(plain)
    return tidy(sign * value)


def parse_chinese(written: str) -> Number | None:
    """``一千二百`` → 1200, ``两`` → 2, ``十五`` → 15, ``三万五千`` → 35000, ``一〇二四`` → 1024.

    Returns None when the characters do not form a number.
    """
    if not written or any(char not in CHINESE_NUMERAL_CHARS for char in written):
        return None
    if all(char in CHINESE_DIGITS for char in written) and len(written) > 1:
        # Digit by digit, as in years: 二〇二四.
        return int("".join(str(CHINESE_DIGITS[char]) for char in written))
    total = 0  # finished sections (closed by 万/亿)
    section = 0  # the section being read
    digit: int | None = None
    for index, char in enumerate(written):
        if index and char in "万萬" and written[index - 1] == char:
            total *= CHINESE_BIG_UNITS[char]  # 四万万: 万万 is 亿 (figures v12.2)
            continue
        if char in CHINESE_DIGITS:
            digit = CHINESE_DIGITS[char]
        elif char in CHINESE_SMALL_UNITS:
            section += (1 if digit is None else digit) * CHINESE_SMALL_UNITS[char]
            digit = None
        else:
            unit = CHINESE_BIG_UNITS[char]
            section += digit or 0
            if section == 0 and total == 0:
                section = 1
            if total and unit > total:
                total = (total + section) * unit
            else:
                total += section * unit
            section, digit = 0, None
    return total + section + (digit or 0)


def parse_number(written: str) -> Number | None:
    """A number in either script (Arabic first)."""
    stripped = written.strip()
    if not stripped:
        return None
    if stripped[0] in CHINESE_NUMERAL_CHARS:
        return parse_chinese(stripped)
    try:
        return parse_arabic(stripped)
    except ValueError:
        return None
