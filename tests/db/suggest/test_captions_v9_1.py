"""Captions v9.1: the forms of held-out 13's first run's false alarms, in general form.

- A line is the import's caption of its image only when it holds the whole caption (a credit
  may follow) or is the caption's start cut by an anchor; a body sentence that opens with the
  caption's first words is not (a lead video's caption repeats the story's first sentence).
- A line that says it is a video's caption (``A video showing …``, ``Video: …``) is not
  marked, as ``Media caption …`` is not (docs/suggest-gold.md, rules 2.3).
- A copyright line alone (``© Reuters``) away from any picture is the article's notice, not a
  photo's credit.
"""

from __future__ import annotations

from marginalia.db.suggest import suggest
from marginalia.db.suggest.captions import find_captions

from .captioned import IMG, page

BODY = (
    "The suspect was convicted and sentenced to life in federal prison last Thursday, "
    "prosecutors said."
)
LEAD = "Police rescued a kidnapped eight-year-old girl from a motel room in Fort Worth on Sunday."
LEAD_CAPTION = (
    "Police rescued a kidnapped eight-year-old girl from a motel room in Fort Worth on Sunday "
    "night, officials said. (Published Monday, Nov. 18, 2019)"
)


def captions(lines: list[str], anchors: list[int], known: list[str | None]) -> list[str]:
    """The caption lines found in ``lines`` with pictures before the lines ``anchors``."""
    text = "".join(f"{line}\n" for line in lines)
    offsets = [sum(len(line) + 1 for line in lines[:n]) for n in anchors]
    found = find_captions(text, offsets, known)
    return [text[c.start : c.end] for c in found]


def test_a_body_sentence_opening_with_the_known_caption_is_not_it() -> None:
    # The figure's caption, put back into the text, then the story's first sentence, which
    # the caption repeats in other words; both pictures of the figure carry the caption.
    found = captions([LEAD_CAPTION, LEAD, BODY], [0, 1], [LEAD_CAPTION, LEAD_CAPTION])
    assert found == [LEAD_CAPTION]


def test_a_line_holding_the_whole_known_caption_and_a_credit_is_it() -> None:
    line = "Firefighters at the warehouse on Sunday. Photo: John Doe"
    assert captions([line, BODY], [0], ["Firefighters at the warehouse on Sunday."]) == [line]


def test_a_known_caption_cut_by_the_next_anchor_is_still_found() -> None:
    cut = "Firefighters battle the blaze at a warehouse in the industrial"
    text = f"{cut} district of Houston on Sunday.\n{BODY}\n"
    offsets = [0, len(cut)]  # a second picture anchored inside the caption's line
    known = [f"{cut} district of Houston on Sunday.", None]
    found = find_captions(text, offsets, known)
    assert [(text[c.start : c.end], c.image_index) for c in found][:1] == [(cut, 0)]


VIDEO_CAPTION = (
    "A video showing the dramatic moment a kidnapped girl was rescued by police was released "
    "on Monday. (Published Monday, Nov. 18, 2019)"
)


def test_a_lead_videos_figcaption_is_not_marked() -> None:
    assert captions([VIDEO_CAPTION, BODY], [0], [VIDEO_CAPTION]) == []


def test_a_video_line_under_a_picture_is_not_marked() -> None:
    # No caption known from the import: the line under the picture reads like a caption.
    line = "Video: Protesters clash with police outside parliament"
    assert captions([line, BODY], [0], []) == []
    assert captions(["Protesters clash with police outside parliament", BODY], [0], []) != []


def test_a_still_from_a_video_is_a_caption() -> None:
    still = "A video grab taken from a police bodycam shows officers at the motel door."
    assert captions([still, BODY], [0], [still]) == [still]


END = "(Reporting by Will Dunham; Editing by Tom Brown)"


def test_a_copyright_line_after_the_story_is_no_caption() -> None:
    assert page(BODY, END, "© Reuters") == []


def test_a_copyright_line_under_a_picture_is_its_credit() -> None:
    assert page(BODY, IMG, "© Reuters", BODY) == [("© Reuters", 0)]


def test_a_copyright_line_under_a_caption_is_the_photos_credit() -> None:
    caption = "Workers clear debris from the flooded street in the city centre on Sunday."
    found = page(BODY, IMG, caption, "© Reuters", BODY)
    assert found == [(caption, 0), ("© Reuters", 0)]


def test_a_video_caption_the_import_found_is_no_claim_and_the_body_sentence_is() -> None:
    # A lead video's figcaption is neither a photo's caption nor a claim: the line that is,
    # whole, a caption the import found is kept out of the claims (it was two claim false
    # alarms once no longer taken for a caption); the story's first sentence under it, which
    # repeats it in other words, is body text and still a claim.
    video = f"A video showing how {LEAD_CAPTION[0].lower()}{LEAD_CAPTION[1:]}"
    lines = [video, LEAD, BODY]
    text = "".join(f"{line}\n" for line in lines)
    offsets = [0, len(video) + 1]
    found = suggest(text, offsets, image_captions=[video, video])
    quotes = {(s.label, text[s.start : s.end]) for s in found if s.label in ("claim", "caption")}
    assert not {quote for label, quote in quotes if quote.startswith("A video")}
    assert ("claim", LEAD) in quotes and ("claim", BODY) in quotes
    # without the import's caption the same line is an ordinary sentence
    plain = suggest(text, offsets)
    assert any(text[s.start : s.end].startswith("A video") for s in plain if s.label == "claim")
