"""Written numbers to values, Arabic and Chinese (both scripts)."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.numbers import parse_arabic, parse_chinese, parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1500", 1500),
        ("1,500", 1500),
        ("162,000", 162000),
        ("1,234,567.25", 1234567.25),
        ("21.3", 21.3),
        ("１２", 12),  # full-width digits
        ("１，５００", 1500),
        ("２１．３", 21.3),
        ("2,5", 2.5),  # decimal comma
        ("3,2", 3.2),
        ("1.234.567", 1234567),
        ("40.000", 40000),  # thousands, as in Spanish or German text
        ("0.125", 0.125),
        ("10\u00a0000", 10000),  # French thousands with a no-break space
    ],
)
def test_arabic(written: str, value: float) -> None:
    assert parse_arabic(written) == value
    assert type(parse_arabic(written)) is type(value)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("三", 3),
        ("两", 2),
        ("兩", 2),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("一百零八", 108),
        ("一千二百", 1200),
        ("三万五千", 35000),
        ("三萬五千", 35000),
        ("一亿", 100000000),
        ("一億二千萬", 120000000),
        ("三亿五千万", 350000000),
        ("两万亿", 2 * 10**12),
        ("二〇二四", 2024),
        ("五千", 5000),
    ],
)
def test_chinese(written: str, value: int) -> None:
    assert parse_chinese(written) == value


def test_chinese_refuses_other_characters() -> None:
    assert parse_chinese("三臺") is None
    assert parse_chinese("") is None


def test_parse_number_picks_the_script() -> None:
    assert parse_number("一千二百") == 1200
    assert parse_number("1,200") == 1200
    assert parse_number("abc") is None
