"""Sentence segmentation for Chinese and English."""

from __future__ import annotations

from marginalia.db.suggest.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_english_abbreviations_initials_and_decimals_do_not_end_sentences() -> None:
    text = "Mr. Obama said the U.S. had 5.3 million cases. J. Smith agreed. Did he? Yes!"
    assert sentences(text) == [
        "Mr. Obama said the U.S. had 5.3 million cases.",
        "J. Smith agreed.",
        "Did he?",
        "Yes!",
    ]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "“This should not have triggered blackouts.” Next one."
    assert sentences(text) == ["“This should not have triggered blackouts.”", "Next one."]


def test_chinese_sentences_end_at_full_width_marks() -> None:
    text = "钟南山院士说：“武汉肯定能过关。”这是英雄的城市。好！真的吗？"
    assert sentences(text) == [
        "钟南山院士说：“武汉肯定能过关。”",
        "这是英雄的城市。",
        "好！",
        "真的吗？",
    ]


def test_traditional_chinese_with_ascii_punctuation() -> None:
    text = "江北一直把發展先進製造業作為抓手。2023年,總產值突破了1500億元大關。"
    assert sentences(text) == [
        "江北一直把發展先進製造業作為抓手。",
        "2023年,總產值突破了1500億元大關。",
    ]


def test_line_breaks_end_sentences_and_spans_are_trimmed() -> None:
    text = "  A heading without a stop\n\n  Body text.  "
    assert sentences(text) == ["A heading without a stop", "Body text."]


def test_german_ordinal_dates_do_not_end_sentences() -> None:
    text = "Der Dienst startet am 8. November und ist kostenlos."
    assert sentences(text) == [text]


def test_offsets_are_code_points_after_astral_characters() -> None:
    text = "😀𠀋 First one. Second one."
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["😀𠀋 First one.", "Second one."]


def test_a_time_or_a_country_can_end_a_sentence() -> None:
    text = (
        "The call came in shortly after 12 p.m. The biker was airlifted. "
        "Prices rose in the U.S. It was the third rise. The U.S. Senate met at 9 a.m. on Monday."
    )
    assert sentences(text) == [
        "The call came in shortly after 12 p.m.",
        "The biker was airlifted.",
        "Prices rose in the U.S.",
        "It was the third rise.",
        "The U.S. Senate met at 9 a.m. on Monday.",
    ]


def test_military_and_police_ranks_do_not_end_sentences() -> None:
    # held-out 9: "Retired Army Maj." was offered as a claim of its own
    text = (
        "Retired Army Maj. Mike Lyons told NBC the flight was a test. Brig. Gen. Ann Lee and "
        "Cpl. Tom Ray agreed, as did Pvt. Joe Kim and Supt. Jo Hart. It ended at 5 p.m."
    )
    assert sentences(text) == [
        "Retired Army Maj. Mike Lyons told NBC the flight was a test.",
        "Brig. Gen. Ann Lee and Cpl. Tom Ray agreed, as did Pvt. Joe Kim and Supt. Jo Hart.",
        "It ended at 5 p.m.",
    ]


def test_initials_and_plural_titles_do_not_end_sentences() -> None:
    # held-out 10 and the development set: "— Sens." and "at the D.A." were offered as claims
    # of their own, each cut from the sentence it belongs to
    text = (
        "Two other senators — Sens. Ann Lee and Jo Hart — have struggled. An analyst at the "
        "D.A. Davidson brokerage agreed. "
        "George H.W. Bush held back the loans, and J.P. Morgan paid a fine. Reps. Ann Lee and "
        "Jo Hart voted against it. The show moved to L.A. The crowds followed."
    )
    assert sentences(text) == [
        "Two other senators — Sens. Ann Lee and Jo Hart — have struggled.",
        "An analyst at the D.A. Davidson brokerage agreed.",
        "George H.W. Bush held back the loans, and J.P. Morgan paid a fine.",
        "Reps. Ann Lee and Jo Hart voted against it.",
        "The show moved to L.A.",
        "The crowds followed.",
    ]


def test_listed_abbreviations_keep_their_reading() -> None:
    # "e.g." and "i.e." never end a sentence, whatever follows (an initialism that is not
    # listed ends one before a sentence's first word, as "U.S." does)
    text = "Some towns, e.g. The Hague, agreed. Others, i.e. Bern, did not."
    assert sentences(text) == ["Some towns, e.g. The Hague, agreed.", "Others, i.e. Bern, did not."]
