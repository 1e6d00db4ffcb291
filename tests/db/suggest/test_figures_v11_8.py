"""Figures v11.8: general forms from held-out 20's first run (docs/performance.md, "Figures v11.8
(set 20)"). Sentences written for them, none a gold page's; each form with its near misses; then
the saved set-20 pages where they are installed.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .imported import saved_articles
from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v1")  # v11.9 and v12 name their own versions


# -- A local telephone number (NNN-NNNN) is no figure ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        EN + "Contact: 624-6456; 225-8452 or 225-8491.",
        EN + "Anyone with information may ring the station at 502-9991 today.",
        EN + "The office can be reached on 331-2287.",
    ],
)
def test_a_local_phone_number_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Between 150-1200 people came each day.", [("150-1200", 150, "")]),
        (EN + "The report covers pages 225-230 of the file.", [("225-230", 225, "")]),
        (EN + "The home side won 106-103 on Friday.", [("106", 106, ""), ("103", 103, "")]),
    ],
)
def test_ranges_and_scores_are_no_phone_numbers(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_range_of_years_stays_a_date() -> None:
    text = EN + "The war of 1990-1991 ended in a truce."
    assert [found for found, _, _ in figures(text, dates=True)] == ["1990-1991"]


# -- A multiplier glued to its X (2X points) is a figure, unit X -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The card earns 2X points on all travel and dining.", [("2X", 2, "X")]),
        (
            EN + "Earn 5X points on rides, and 3x miles on flights.",
            [("5X", 5, "X"), ("3x", 3, "X")],
        ),
    ],
)
def test_a_multiplier_is_a_figure_with_its_x(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        EN + "The airline ordered more 777X jets from the plane-maker.",
        EN + "Huawei sold the Mate 20X 5G in June.",
        EN + "The team used a 4x4 grid for the test.",
    ],
)
def test_a_name_with_an_x_is_no_multiplier(text: str) -> None:
    assert not any(unit == "X" for _, _, unit in figures(text))


# -- The saved set-20 pages --------------------------------------------------------------------


def test_the_saved_pages_multipliers_are_found() -> None:
    """The card offers' multipliers that held-out 20's first run missed (development data since)."""
    article = saved_articles(20)["tf-thepointsguy-alaska"]
    found = {(f.start, f.end) for f in find_figures(article.text, include_dates=False)}
    gold = {
        (span["start"], span["end"])
        for span in article.spans
        if span["label"] == "figure" and span["attributes"].get("unit") == "X"
    }
    assert len(gold) == 5
    assert gold <= found


def test_the_saved_pages_phone_numbers_are_no_figures() -> None:
    article = saved_articles(20)["tf-kaieteur-hunter"]
    text = article.text
    found = find_figures(text, include_dates=False)
    for phone in ("624-6456", "225-8452", "225-8491"):
        at = text.index(phone)
        assert not any(f.start < at + len(phone) and at < f.end for f in found), phone


# -- A ratio to one is one figure, unit "to 1"; a vote's tally stays two counts ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "It amounts to a 33-to-1 leverage ratio.", [("33-to-1", 33, "to 1")]),
        (EN + "The horse was a 10-to-1 shot at the start.", [("10-to-1", 10, "to 1")]),
        (
            EN + "The leverage ratio rose from 18 to 1 to over 25 to 1.",
            [("18 to 1", 18, "to 1"), ("25 to 1", 25, "to 1")],
        ),
        (EN + "Odds are 3 to 1 against him.", [("3 to 1", 3, "to 1")]),
    ],
)
def test_a_ratio_to_one_is_one_figure(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The board voted 9 to 1 earlier this week.", [("9", 9, ""), ("1", 1, "")]),
        (EN + "The team cut staff from 5 to 1 last year.", [("5", 5, ""), ("1", 1, "")]),
        (EN + "The group grew from 5 to 1 million.", [("5", 5, ""), ("1 million", 1000000, "")]),
    ],
)
def test_a_vote_and_a_change_to_one_are_no_ratios(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_the_saved_pages_ratios_and_vote_are_found() -> None:
    article = saved_articles(20)["g3-huffpost-hoenig"]
    found = {(f.start, f.end) for f in find_figures(article.text, include_dates=False)}
    wanted = {"33-to-1", "34-to-1", "18 to 1", "25 to 1", "31 to 1", "9", "1"}
    gold = {
        (span["start"], span["end"])
        for span in article.spans
        if span["label"] == "figure" and article.text[span["start"] : span["end"]] in wanted
    }
    assert len(gold) >= 7
    assert gold <= found


# -- Number words that name or describe: no counts -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        EN + "Police investigators in Region Two are trying to find him.",
        EN + "He gave the side some enormous two-way minutes.",
        EN + "The Sixers went cold from three-point range in the period.",
        EN + "Batum hit an early three but did little else.",
        EN + "He knocked down a big three over his rival.",
    ],
)
def test_a_number_word_in_a_name_or_jargon_is_no_figure(text: str) -> None:
    assert [found for found, _, _ in figures(text) if found.isalpha()] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "He added a further three in March.", [("three", 3, "")]),
        (EN + "They took a three-point lead at the half.", [("three", 3, "")]),
        (EN + "Six opposition parties began the proceedings.", [("Six", 6, "")]),
        (EN + "They won three of the games, two at home.", [("three", 3, ""), ("two", 2, "")]),
    ],
)
def test_the_same_words_as_counts_stay(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The four-term congressman will leave.", [("four-term", 4, "term")]),
        (EN + "A two-term president spoke.", [("two-term", 2, "term")]),
    ],
)
def test_a_number_of_terms_keeps_its_word(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- Reward points keep their word; a record before a team's name; a score set off by commas ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "WELCOME OFFER: 80,000 Points", [("80,000 Points", 80000, "points")]),
        (EN + "Earn 1 point per dollar spent on all other purchases.", [("1 point", 1, "point")]),
    ],
)
def test_reward_points_keep_their_word(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_point_that_is_no_number_stays_no_figure() -> None:
    assert figures(EN + "He made his point clear at the meeting.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "The Sixers hosted the fellow 5-1 Boston Celtics in the game on Wednesday.",
            [("5", 5, ""), ("1", 1, "")],
        ),
        (
            EN + "It was a close, 106-103, win for the home side in the game.",
            [("106", 106, ""), ("103", 103, "")],
        ),
    ],
)
def test_a_record_and_a_score_are_two_counts(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Prices of the 2-3 Bedrooms rose.", [("2-3", 2, "")]),
        # a pair running backwards: two counts since figures v12.25, a game or not
        (EN + "The fellow 5-1 Boston Celtics came to town.", [("5", 5, ""), ("1", 1, "")]),
    ],
)
def test_a_range_before_a_name_outside_a_game_stays_a_range(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("article_id", "wanted"),
    [
        ("tf-phillyvoice-sixers", {"5", "1", "106", "103"}),
        ("tf-thepointsguy-alaska", {"80,000 Points", "1 point"}),
        ("tf-politico-meadows", {"four-term"}),
    ],
)
def test_the_saved_pages_scores_points_and_terms_are_found(
    article_id: str, wanted: set[str]
) -> None:
    article = saved_articles(20)[article_id]
    found = {(f.start, f.end) for f in find_figures(article.text, include_dates=False)}
    gold = {
        (span["start"], span["end"])
        for span in article.spans
        if span["label"] == "figure"
        and span["attributes"].get("kind") != "date"
        and article.text[span["start"] : span["end"]] in wanted
    }
    assert gold
    assert gold <= found
