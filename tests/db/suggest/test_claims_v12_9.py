"""Claims v12.9 (the nineteenth round, after held-out 35's first run, issue 15): a related link's
line opened by its label (`READ MORE: …`, `Related: …`, `Don’t miss: …`, `[Related: …`), a wire
staffer's credit (`Associated Press researcher … in New York contributed.`) and a dateline with
its hour (`Monday, March 27, 2017 | 2 a.m.`, `13 Jan 2020, 22:11 GMT+10`) are page furniture,
never claim candidates; after `U.S.`, `a.m.`, `Inc.` … a sentence also ends before `For`,
`However`, `Meanwhile` and other words that open sentences (`… with the U.S. For 2024, …`).
v12.5's weights (ADR 0132, "v12.9"). The lines are as held-out 2, 4, 7, 8, 12–15, 17, 20–26,
31, 32, 34, 35 and the training pages print them (52 candidate sentences, none a claim); the
other sentences are written for these tests."""

from __future__ import annotations

import pytest

from marginalia.db.suggest import claims
from marginalia.db.suggest.claims import claim_candidates, is_furniture
from marginalia.db.suggest.figures import find_figures
from marginalia.db.suggest.sentences import sentence_spans
from tests.db.suggest.versions import at_least

BODY = (
    "The committee voted 11 to 9 on Thursday to release the report.\n\n"
    "The company was paid more than $1 million by two law firms in 2016.\n\n"
)


def candidates(text: str) -> list[str]:
    found = claim_candidates(text, find_figures(text))
    return [text[start:end].strip() for start, end, _ in found]


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_the_detector_is_v12_9_or_later() -> None:
    assert claims.DETECTOR.startswith("claims/v12.")
    assert at_least(claims.DETECTOR, "claims/v12.9")


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: Former beauty queen accused of plotting to kill ex-NFL husband allowed to "
        "return to US for Christmas",
        "Related: Space stocks climb as SpaceX caps eventful few days with Starlink satellite "
        "launch",
        "RELATED: Mexican President Gets Little Backlash For Migrant Crackdown",
        "Don’t miss: Buybacks slow in Q3, but tax reform could change that in 2017.",
        "MORE : Jersey reduced to a disaster zone after 100mph Storm Ciarán winds hammer island",
        "ALSO READ: 5 Top Tech Stocks for 2015 With Potential Big Catalysts",
        "Also read: Radio companies piggyback on digital services to survive COVID-19 impact",
        "Read more: Alibaba poised to launch record-breaking $13.4bn Hong Kong listing",
        "READ MORE:",
        "[Related: The US never banned asbestos.",
        "[Related: The PACT Act will take the burden of proof off US veterans exposed to burn "
        "pits.]",
        "Associated Press researcher Randy Herschaft in New York contributed.",
        "David McHugh in Frankfurt, Germany, and Elaine Ganley in Paris contributed.",
        "The Associated Press contributed.",
        "John Smith in Paris contributed.",
        "Monday, March 27, 2017 | 2 a.m.",
        "13 Jan 2020, 22:11 GMT+10",
    ],
)
def test_the_furniture_is_no_candidate(line: str) -> None:
    assert is_furniture(line)
    text = BODY + line + "\n\n" + BODY
    assert line.strip() not in candidates(text)
    assert len(candidates(text)) == 4


@pytest.mark.parametrize(
    "sentence",
    [
        # a label inside a sentence, or a word that only begins like one
        "More than 300 people were evacuated from the building on Tuesday, officials said.",
        "Related companies lost $2 billion in value in 2019, the report found.",
        "Read the full report: it found that 40% of the loans were never repaid.",
        "Reading more than 20 books a year was reported by 12% of adults in 2018.",
        # something contributed, no credit
        "Higher fuel prices in March contributed.",
        "Sales at Apple in China contributed.",
        "Falling sales in China and a weaker yen contributed to a 12% drop in profit in 2019.",
        # a date that goes on
        "Monday, March 27, 2017 was the day the owners voted 31 to 1 to approve the move.",
    ],
)
def test_like_sentences_stay(sentence: str) -> None:
    assert not is_furniture(sentence)
    text = BODY + sentence + "\n\n" + BODY
    assert sentence in candidates(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cars made outside the region do not qualify unless those countries have a "
            "free-trade agreement with the U.S. For 2024, those rules get tougher.",
            [
                "Cars made outside the region do not qualify unless those countries have a "
                "free-trade agreement with the U.S.",
                "For 2024, those rules get tougher.",
            ],
        ),
        (
            "Sales rose 4% in the U.S. However, they fell in Europe.",
            ["Sales rose 4% in the U.S.", "However, they fell in Europe."],
        ),
        (
            "The shop opened at 9 a.m. Meanwhile, the crowd kept growing.",
            ["The shop opened at 9 a.m.", "Meanwhile, the crowd kept growing."],
        ),
    ],
)
def test_a_sentence_ends_after_an_abbreviation_before_an_opener(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Army said 12 soldiers were hurt.",
        "He met U.S. President Joe Biden on Tuesday.",
        "Shares of Apple Inc. Class B rose.",
    ],
)
def test_an_abbreviation_before_a_name_ends_nothing(text: str) -> None:
    assert sentences(text) == [text]
