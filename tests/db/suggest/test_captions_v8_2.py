"""Captions v8.2: a caption form of held-out 11's first run, in general form.

The same short line under two pictures or more at different places is their caption, on a page
that captions no picture otherwise (NetEase's ``运营商某次活动上展示的5G芯片`` under two photos,
each after its section's subheading): a subheading is never written twice. The line may hold
digits and Latin letters (``5G``); it is not a pointer (``点击右上角``) or furniture, and a line
under two images at one offset is one line, not a repetition.
"""

from __future__ import annotations

from .captioned import IMG, page

BODY = "以找不到清晰的盈利路线为由，英特尔宣布退出了手机基带芯片的研发，市场格局随之改变。"
BODY2 = "从全球情况来看，韩国、美国等国家商用时间较早，手机的出货量也在逐月上升之中。"


def test_one_short_line_under_two_pictures_captions_both() -> None:
    found = page(
        BODY, "高通华为龙虎斗", IMG, "活动上展示的5G芯片", BODY, "业界期盼新手机", IMG,
        "活动上展示的5G芯片", BODY2,
    )  # fmt: skip
    assert found == [("活动上展示的5G芯片", 0), ("活动上展示的5G芯片", 1)]


def test_different_short_lines_under_pictures_stay_subheadings() -> None:
    found = page(
        BODY, IMG, "高通华为龙虎斗", BODY, IMG, "业界期盼新手机", BODY2,
    )  # fmt: skip
    assert found == []


def test_a_repeated_pointer_is_no_caption() -> None:
    assert page(BODY, IMG, "点击右上角分享", BODY, IMG, "点击右上角分享", BODY2) == []


def test_two_pictures_at_one_offset_are_no_repetition() -> None:
    assert page(BODY, IMG, IMG, "新邮轮开通四条国际航线", BODY2) == []


def test_a_repeated_latin_line_is_left_to_the_other_rules() -> None:
    assert page(BODY, IMG, "Read more", BODY, IMG, "Read more", BODY2) == []
