"""Captions v9.3: forms of the misses of held-out 17's and 18's first runs, each in general form,
on lines written for it (docs/performance.md, "Captions v9.3 (sets 15–18)"; ADR 0125).

- The same caption twice under one picture (the page gives the picture's alt, then its
  caption element saying the same words): the repeat is the picture's caption too.
- A Chinese caption that ends on its picture's source after the description's end
  (``…通过聆讯。图：Qilai Shen/视觉中国``) carries a credit, as ``图/新华社`` does at a line's
  start; a source is a name, not a clause.

Left alone, measured over sets 0–18 and the training pages: a name in capitals under a
caption (one gold line; the other two lines in capitals under a caption are subheadings, and of
the 18 lines of two or three words in capitals, 16 are subheadings or furniture and one a
byline), a line *above* its picture saying the picture's alt (one gold line against five teaser
titles), a title under advertisement links under a picture (one page).
"""

from __future__ import annotations

import pytest

from marginalia.db.suggest.captions import find_captions

from .captioned import IMG, page, saved_page

CAPTION = (
    "Staff wait outside the supermarket during its closure because of a cyber attack "
    "yesterday, even as customers approach the store to do business."
)
BODY = (
    "The council voted on Tuesday to extend the programme for another two years, a spokesman "
    "for the city said, after a review found that it had cut waiting times by a third."
)


def captions(lines: list[str], known: str | None) -> list[tuple[str, int | None]]:
    """The captions found on a page of ``lines`` under one picture whose import caption is
    ``known``."""
    text = "".join(f"{line}\n" for line in lines)
    found = find_captions(text, [0], (known,))
    return [(text[c.start : c.end], c.image_index) for c in found]


def test_the_alt_and_the_figcaption_saying_the_same_are_both_the_caption() -> None:
    assert captions([CAPTION, CAPTION, BODY], CAPTION) == [(CAPTION, 0), (CAPTION, 0)]


def test_the_repeat_counts_white_space_aside() -> None:
    spaced = CAPTION.replace(" ", "  ", 3)
    assert captions([CAPTION, spaced, BODY], CAPTION) == [(CAPTION, 0), (spaced, 0)]


@pytest.mark.parametrize("line", ["GOING HOME TO DIE", "NICOLE DRAYTON"])
def test_a_line_in_capitals_under_the_caption_is_left_alone(line: str) -> None:
    # a subheading and a photographer's name look alike: over sets 0-18 one gold line against
    # two subheadings under a caption, no rule
    assert captions([CAPTION, CAPTION, line, BODY], CAPTION) == [(CAPTION, 0), (CAPTION, 0)]


def test_a_paragraph_repeated_under_a_picture_is_not_a_caption() -> None:
    # the repeat counts only when the line it repeats is the picture's caption
    assert page(IMG, BODY, BODY) == []


def test_the_caption_repeated_further_down_is_not_the_pictures() -> None:
    assert captions([CAPTION, BODY, CAPTION], CAPTION) == [(CAPTION, 0)]


def test_the_caption_repeated_under_the_next_picture_is_that_pictures_concern() -> None:
    # picture, caption, picture, the same line: the second line is under the second picture
    text = f"{CAPTION}\n{CAPTION}\n{BODY}\n"
    second = len(CAPTION) + 1
    found = find_captions(text, [0, second], (CAPTION, None))
    assert [(c.start, c.image_index) for c in found] == [(0, 0)]


def test_a_line_above_a_picture_saying_its_alt_is_not_its_caption() -> None:
    # teaser cards put the title above the picture (alt = title): one gold line in sets 0-18
    # against five teaser titles
    title = "Council extends the programme for two more years after a review"
    text = f"{title}\n{BODY}\n"
    assert find_captions(text, [len(title) + 1], (None,), (title,)) == []


TUHU = (
    "上海，一处途虎养车门店。途虎养车2022年1月即在港交所递表，2022年8月、2023年3月两次重新"
    "递交上市申请材料，终于在2023年8月23日通过聆讯。图：Qilai Shen/视觉中国"
)
ZH_BODY = "途虎养车上市不易。当日，途虎养车收报29.5港元/股，较发行价涨5.36%，市值为239.6亿港元。"


def test_a_caption_ending_on_its_pictures_source_is_the_caption_of_the_nearest_anchor() -> None:
    # two anchors at one offset (a QR code, then the photo): the caption is the last one's
    text = f"{TUHU}\n{ZH_BODY}\n"
    found = find_captions(text, [0, 0], (None, None))
    assert [(text[c.start : c.end], c.image_index) for c in found] == [(TUHU, 1)]


@pytest.mark.parametrize(
    "line",
    [
        "工人在车间里检查新下线的汽车。图：张三/新华社",
        "工人在车间里检查新下线的汽车。 圖：視覺中國",
        "志愿者在社区为老人测量血压！图片：本报记者 李四",
    ],
)
def test_the_source_after_a_caption_counts_anywhere_in_the_text(line: str) -> None:
    # not right under a picture: still a caption, of the picture before it
    assert page(IMG, ZH_BODY, ZH_BODY, line, ZH_BODY) == [(line, 0)]


@pytest.mark.parametrize(
    "line",
    [
        "研究人员给出了示意图：三个阶段依次推进",  # 图： inside a sentence, not after its end
        "结果见下图：",  # a pointer to a picture, nothing after it
        "他说。图：这些数据说明，今年的增长主要来自出口",  # a clause, not a source
        "他说。图：" + "很" * 41,  # longer than a source
    ],
)
def test_a_colon_after_a_picture_word_in_body_text_is_no_credit(line: str) -> None:
    assert page(ZH_BODY, line, ZH_BODY) == []


@pytest.mark.parametrize(
    ("number", "article_id", "wanted"),
    # tf-guardiantt-massy: 2 since the import keeps its lead picture's caption (ADR 0020, round 18)
    [(17, "tf-guardiantt-massy", 2), (18, "om-caixin-tuhu", 1)],
)
def test_the_saved_pages_captions_are_found(number: int, article_id: str, wanted: int) -> None:
    """The pages whose misses these forms are (development data since their first runs): the
    line that says the picture's caption (twice until the import stopped putting it back a
    second time, ADR 0135), and the caption that ends on its source, are found with their
    images (the photographer's name in capitals stays a miss)."""
    saved = saved_page(number, article_id)
    text = saved.article.text
    gold = {
        (span["start"], span["end"], span["image_index"])
        for span in saved.gold_spans
        if not text[span["start"] : span["end"]].isupper()
    }
    assert len(gold) == wanted
    assert gold <= saved.found
