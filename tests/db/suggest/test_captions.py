"""Captions: the line under an image anchor, and lines that carry a photo credit."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.captions import find_captions


def captions(text: str, images: tuple[int, ...] = ()) -> list[tuple[str, int | None]]:
    return [(text[c.start : c.end], c.image_index) for c in find_captions(text, images)]


def test_the_line_after_an_image_anchor_is_its_caption() -> None:
    text = "Body text comes first.\n\nThe president said he would keep fighting for it\n\nMore."
    anchor = text.index("The president")
    assert captions(text, (anchor,)) == [("The president said he would keep fighting for it", 0)]


def test_seed_style_captions_with_credits_belong_to_their_images() -> None:
    text = "正文。\n“扛起新使命”發布會現場。周凱航 攝\n中共江北區委常委劉小輝。周凱航 攝\n正文。"
    first = text.index("“扛起")
    second = text.index("中共")
    assert captions(text, (first, second)) == [
        ("“扛起新使命”發布會現場。周凱航 攝", 0),
        ("中共江北區委常委劉小輝。周凱航 攝", 1),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "2月17日，护士在献血浆时拍照留念。新华社记者 才扬 摄",
        "發布會現場。周凱航 攝",
        "图为江北区的新能源汽车生产线",
        "Photo: Reuters",
        "Workers stack coffins on Hart Island (Photo by John Smith)",
        "Credit: Harry Campbell",
        "(Foto: Christian Charisius/dpa)",
        "Image copyright Reuters",
    ],
)
def test_credit_lines_are_captions_anywhere(line: str) -> None:
    body = "A long first paragraph of the story, which is plainly body text. " * 4
    text = f"{body}\n\n{line}\n\nLast paragraph."
    assert captions(text, (0,)) == [(line, 0)]  # the image before the body paragraph
    assert captions(text) == [(line, None)]


def test_a_credit_line_describes_the_nearest_image_before_it() -> None:
    text = "a\n\nb\n\nc\n\nPhoto: AP\n\nd"
    assert captions(text, (0, 3, 100)) == [("Photo: AP", 1)]


@pytest.mark.parametrize(
    "line",
    [
        "越是到疫情防控最为吃劲的时候，越是需要汇聚信心与力量。",  # Chinese body text
        "KEYWORDS",
        "Click to enlarge",
        "[责任编辑:肖春芳]",
        "Do masks offer protection from new coronavirus?",
        "x" * 40 + " " + "word " * 40,  # a body paragraph
    ],
)
def test_body_text_and_furniture_under_an_image_are_not_captions(line: str) -> None:
    text = f"Intro.\n\n{line}\n\nOutro."
    assert captions(text, (text.index(line),)) == []


def test_a_list_of_teasers_with_images_is_not_captions() -> None:
    lines = ["Bruksela chciałaby wyższych podatków dla firm", "Konfederacja chce Trybunału Stanu"]
    text = "Body.\n\n" + "\n\n".join(lines) + "\n\nEnd."
    anchors = tuple(text.index(line) for line in lines)
    assert captions(text, anchors) == []


def test_images_without_text_after_them_have_no_caption() -> None:
    text = "Only body text here, and it goes on for a while."
    assert captions(text, (len(text),)) == []


def test_a_columns_teaser_under_its_picture_is_no_caption() -> None:
    text = (
        "Other Opinion Columns\n\nWave of stupidity\n\n"
        "JOE HILDEBRAND HOW is it that ideas that are patently absurd capture people?\n\n"
        "Ikea challenge\n\n"
        "SUSIE O'BRIEN THE good thing about Ikea is that it's cheap and good quality."
    )
    images = [text.index("JOE"), text.index("SUSIE")]
    assert find_captions(text, images) == []


def test_a_known_figure_caption_is_a_caption_whatever_it_says() -> None:
    text = "Sony's PlayStation VR.\n\nVirtual reality has officially reached the consoles."
    found = find_captions(text, [0], ["Sony's PlayStation VR."])
    assert [(text[c.start : c.end], c.image_index, c.confidence) for c in found] == [
        ("Sony's PlayStation VR.", 0, 0.99)
    ]
