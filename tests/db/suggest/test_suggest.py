"""The entry point: labels, attributes, provenance, offsets; and robustness on any text."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marginalia.db.suggest import LABELS, Suggestion, suggest

SEED_LIKE = (
    "工業總產值突破1500億元大關\n\n"
    "劉小輝表示,2023年,江北規上工業總產值已經突破了1500億元大關,主要做了兩個方面的工作。\n\n"
    "“扛起新使命”發布會現場。周凱航 攝\n\n"
    "到2027年,江北規上工業總產值將突破2300億元大關。"
)


def test_every_label_is_suggested_with_its_attributes() -> None:
    image = SEED_LIKE.index("“扛起")
    found = suggest(SEED_LIKE, [image])
    assert {s.label for s in found} == set(LABELS)
    for item in found:
        assert 0 <= item.start < item.end <= len(SEED_LIKE)
        assert 0.0 <= item.confidence <= 1.0
        assert item.detector.startswith(item.label + "s/")
    caption = next(s for s in found if s.label == "caption")
    assert caption.image_index == 0
    figure = next(s for s in found if s.label == "figure")
    assert set(figure.attributes) >= {"value", "unit", "kind"}
    claims = [s for s in found if s.label == "claim"]
    assert {c.attributes["type"] for c in claims} <= {
        "statistical", "causal", "prediction", "quotation", "other"
    }  # fmt: skip
    assert {c.attributes["checkworthy"] for c in claims} <= {"yes", "no", "unsure"}
    said = next(c for c in claims if "表示" in SEED_LIKE[c.start : c.end])
    assert said.attributes["type"] == "quotation"


def test_a_caption_is_never_also_a_claim() -> None:
    image = SEED_LIKE.index("“扛起")
    found = suggest(SEED_LIKE, [image])
    caption = next(s for s in found if s.label == "caption")
    assert not any(s.label == "claim" and s.start == caption.start for s in found)


def test_labels_limit_the_detectors() -> None:
    only_figures = suggest(SEED_LIKE, labels={"figure"})
    assert only_figures and {s.label for s in only_figures} == {"figure"}
    assert suggest(SEED_LIKE, labels=()) == []


def test_unknown_labels_are_refused() -> None:
    with pytest.raises(ValueError, match="no detector"):
        suggest(SEED_LIKE, labels={"sentiment"})


def test_dates_are_figures_only_with_the_date_kind() -> None:
    with_dates = suggest(SEED_LIKE, labels={"figure"}, include_dates=True)
    without = suggest(SEED_LIKE, labels={"figure"})
    assert any(s.attributes["kind"] == "date" for s in with_dates)
    assert not any(s.attributes["kind"] == "date" for s in without)
    assert len(without) < len(with_dates)
    assert {s.attributes["value"] for s in with_dates if s.attributes["kind"] == "date"} == {
        "2023",
        "2027",
    }


def test_suggestions_are_frozen_values() -> None:
    item = suggest(SEED_LIKE, labels={"figure"})[0]
    assert isinstance(item, Suggestion)
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.start = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        item.attributes["value"] = 0  # type: ignore[index]


def test_the_same_text_gives_the_same_suggestions() -> None:
    assert suggest(SEED_LIKE) == suggest(SEED_LIKE)


def test_offsets_are_code_points_after_emoji_and_extension_b() -> None:
    text = "😀𠀋 The state recorded 7,844 deaths, officials said."
    figure = next(s for s in suggest(text) if s.label == "figure")
    assert text[figure.start : figure.end] == "7,844"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"0123456789０１２,.%$年月日亿億万萬元一二两三十百千个臺 \n。,.?!“”()-:/",
                *("摄", "Photo: ", "said ", "billion ", "April ", "about ", "至", "to ", "😀"),
            ]
        ),
        max_size=80,
    ).map("".join),
    st.lists(st.integers(min_value=0, max_value=220), max_size=4),
)
def test_any_text_gives_valid_spans(text: str, images: list[int]) -> None:
    for item in suggest(text, images):
        assert 0 <= item.start < item.end <= len(text)
        assert item.image_index is None or 0 <= item.image_index < len(images)
