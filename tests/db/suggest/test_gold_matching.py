"""The scorer's two ways of matching figures (tests/db/suggest/gold.py, ADR 0146)."""

from __future__ import annotations

from typing import Any

from marginalia.db.suggest import Suggestion

from .gold import GoldArticle, pair_up, score

TEXT = "The game went to three periods and ended 2-1 after 45 minutes."


def figure(start: int, end: int, value: object) -> dict[str, Any]:
    return {
        "label": "figure",
        "start": start,
        "end": end,
        "attributes": {"value": value, "unit": "", "kind": "count"},
    }


def offered(start: int, end: int, value: object) -> Suggestion:
    return Suggestion("figure", start, end, 0.9, {"value": value})


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def test_a_different_boundary_with_the_same_value_matches_by_value_only() -> None:
    gold = [figure(*at("three periods"), 3)]
    found = [offered(*at("three"), 3)]  # IoU 5/13: under 0.5
    assert pair_up("figure", gold, found, "span") == []
    assert pair_up("figure", gold, found, "value") == [(0, 0)]


def test_the_right_span_with_a_wrong_value_matches_by_span_only() -> None:
    gold = [figure(*at("45 minutes"), 45)]
    found = [offered(*at("45 minutes"), 4500)]
    assert pair_up("figure", gold, found, "span") == [(0, 0)]
    assert pair_up("figure", gold, found, "value") == []


def test_by_value_each_gold_figure_and_suggestion_is_matched_once() -> None:
    two, one = TEXT.index("2-1"), TEXT.index("2-1") + 2
    gold = [figure(two, two + 1, 2), figure(one, one + 1, 1)]
    found = [offered(two, two + 3, 2), offered(two, two + 3, 1), offered(two, two + 3, 2)]
    pairs = pair_up("figure", gold, found, "value")
    assert sorted(gi for gi, _ in pairs) == [0, 1]
    assert (0, 1) not in pairs and (1, 0) not in pairs and (1, 2) not in pairs  # values differ
    assert len({fi for _, fi in pairs}) == 2  # one of the two 2s stays a false alarm


def test_spans_that_do_not_touch_never_match() -> None:
    gold = [figure(*at("three"), 3)]
    found = [offered(*at("periods"), 3)]
    assert pair_up("figure", gold, found, "value") == []


def test_claims_and_captions_are_matched_by_span_whatever_figures_use() -> None:
    span = at("The game went to three periods")
    gold = [{"label": "claim", "start": span[0], "end": span[1] - 20, "attributes": {}}]
    found = [Suggestion("claim", *span, 0.9)]  # IoU 10/30
    assert pair_up("claim", gold, found, "value") == []


def test_score_counts_a_wrong_value_as_a_miss_and_a_false_alarm_by_value() -> None:
    article = GoldArticle("a", TEXT, (), (figure(*at("45 minutes"), 45),))

    def detect(_: GoldArticle) -> list[Suggestion]:
        return [offered(*at("45 minutes"), 4500)]

    by_span = score([article], detector=detect)["figure"]
    by_value = score([article], detector=detect, figures_by="value")["figure"]
    assert (by_span.matched, by_span.values_right, len(by_span.wrong_values)) == (1, 0, 1)
    assert (by_value.matched, len(by_value.misses), len(by_value.false_alarms)) == (0, 1, 1)
