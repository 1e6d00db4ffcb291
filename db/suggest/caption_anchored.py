"""Caption forms read only next to a picture: right under it, or right above it.

A news page's photo line takes many forms that are no credit anywhere else (``Above: …``,
``From left: …``, ``… EPA-EFE/YOAN VALAT``, ``… — Reuters pic``, ``… (Supplied)``, ``ELAINE
THOMPSON Associated Press``, ``…（资料图）``): in body text "Above:" opens a list, and an
agency's name alone signs off a story. So these forms make a line a caption only when a picture
is anchored right before it or right after it (``captions.find_captions``), never as
:mod:`.caption_credits`' credits, which hold anywhere (captions v9.24, ADR 0140, "v9.24").

A story's own sign-off, which :mod:`.caption_credits` reads as a credit (``- REUTERS``,
``Reuters/Billboard``: the agency and the story's source after its last paragraph), is here too:
away from a picture it is the story's, not a photo's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final

from .literal_gates import AnyOf

#: The wires and photo agencies a picture's credit names (written as they write themselves).
_AGENCY = (
    r"(?:AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|EFE|ANP|AAP|PA|PA\s+Images|Xinhua|XINHUA|Kyodo|"
    r"KYODO|Yonhap|YONHAP|Anadolu|Anadolu\s+Agency|Sipa|SIPA|NurPhoto|SOPA\s+Images|ZUMA|"
    r"ZUMA\s+Press|Imago|IMAGO|Alamy|Shutterstock|Getty\s+Images|Bloomberg|IANS|PTI|ANI|TASS|"
    r"Belga|BELGA|Bernama|BERNAMA|Keystone|KEYSTONE|dpa|DPA|UPI|CP|KCNA|Sputnik|AP\s+Images|"
    r"Associated\s+Press|The\s+Associated\s+Press|Rex\s+Features|REX|Pool|POOL|Handout|HANDOUT)"
)
#: A photographer's name: capitalised words, or the agencies' capitals (``YOAN VALAT``).
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le)){0,4}"

#: The forms that open the line.
ANCHORED_START: Final = re.compile(
    # Above: …, Top left: …, Main picture: …, Inset: … (a colon: "Above, the sky …" is prose);
    # a single side's description ends a sentence (``Top: the ten things to know about the
    # budget`` is a heading: captions v9.4's test)
    r"\s*\(?(?:(?:Above|Below|Top|Bottom|Left|Right|Centre|Center)\)?\s*:(?=.*[.)]\s*$)|(?:Inset|"
    r"Far\s+(?:left|right)|(?:Top|Bottom)\s+(?:left|right)|Main\s+(?:picture|image|photo))\)?\s*:)"
    r"\s*\S"
    # From left: …, Left to right: …, (L-R) …, L to R: …, From left to right, …, Front row, from
    # left: … (who stands where: a group photo's caption)
    r"|\s*(?:(?:Front|Back|Top|Bottom|Middle)\s+row\s*,?\s*)?\(?(?:From\s+(?:left|right)"
    r"(?:\s+to\s+(?:right|left))?|Left\s+to\s+right|Right\s+to\s+left|L\s*(?:-|–|to)\s*R|"
    r"R\s*(?:-|–|to)\s*L)\)?\s*[:,]?\s+\S"
    # Supplied, (Handout), Handout photo, Screenshot: YouTube, Illustration: Jane Doe, alone
    r"|\s*\(?(?:Supplied|Handout|Handout\s+(?:photo|image|picture)|Screenshot|Screengrab|"
    r"Screen\s+grab|(?:Photo\s+)?Illustration)\)?\s*(?:$|[:/|]\s*\S|(?:via|by|from)\s+[A-Z])"
    # 资料图（…）, （图源：…）: a file picture, a picture's source in brackets, alone
    r"|\s*[（(]\s*(?:资料图|資料圖|图源|圖源|图片来源|圖片來源)\s*[）):：]",
    re.IGNORECASE,
)
#: A wire's name alone (``Associated Press``), or after a photographer's name in the old papers'
#: capitals (``ELAINE THOMPSON Associated Press``, ``JANE DOE / AFP``), the case as written.
AGENCY_LINE: Final = re.compile(
    r"\s*(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}\s*[/|]?\s*)?" + _AGENCY + r"\s*"
)
#: The longest wire's line (``ELAINE THOMPSON Associated Press``).
MAX_AGENCY_LINE_CHARS: Final = 60
#: A story's byline (``By MARK SHERMAN``).
_BYLINE: Final = re.compile(r"\s*By\s+[A-Z]")
#: The forms that end the line, after the description's last sentence.
ANCHORED_END: Final = re.compile(
    # … Saturday. EPA-EFE/YOAN VALAT, … ANP/Robin van Lonkhuijsen, … Anadolu Agency/Jane Doe
    r"[.!?][\"”’)]?\s+(?-i:"
    + _AGENCY
    + r"(?:\s?[-/]\s?"
    + _AGENCY
    + r")*\s?/\s?"
    + _NAME
    + r")\s*$"
    # … — Reuters pic, — AFP pic, — Bernama pic, — Picture by Jane Doe (the Malay Mail's style)
    r"|[.!?][\"”’)]?\s+[—–-]\s*(?:(?-i:"
    + _AGENCY
    + r")\s+pic|Picture\s+by\s+(?-i:"
    + _NAME
    + r"))\s*$"
    # … Saturday. Supplied, (Supplied), (Handout), Handout photo, Screenshot: YouTube,
    # Screengrab via Twitter, Illustration: Jane Doe
    r"|[.!?][\"”’)]?\s+\(?(?:Supplied|Handout|Handout\s+(?:photo|image|picture)|Screenshot|"
    r"Screengrab|Screen\s+grab|(?:Photo\s+)?Illustration)(?:\s*[:/|]\s*[^.!?:]{2,60}"
    r"|\s+(?:via|by|from)\s+[A-Z][^.!?:]{1,60})?\)?\s*$"
    # … Saturday. Jane Doe | Staff Photographer, Jane Doe/Staff photographer, (Jane Doe, Staff
    # Photographer): the paper's own photographer
    r"|[.!?][\"”’)]?\s+\(?(?-i:" + _NAME + r")\s*[,/|]\s*(?:Staff|Contributing|Freelance|Chief)\s+"
    r"photographer\)?\s*$"
    # 游客在景区内游览（资料图）, …。（图源：新华社）, …。（央视新闻截图）, …。图/IC photo,
    # …。 人民视觉
    r"|[（(]\s*(?:资料图|資料圖|资料照片|資料照片)\s*[）)]\s*$"
    r"|[（(]\s*(?:图源|圖源|图片来源|圖片來源|来源|來源)\s*[:：][^（）()]{1,30}[）)]\s*$"
    r"|[（(][^（）()。，,]{1,16}(?:截图|截圖|截屏)\s*[）)]\s*$"
    r"|[。！？]\s*(?:图|圖)\s*[/／]\s*[^。！？/／]{1,30}$"
    r"|[。！？\s]\s*(?:视觉中国|視覺中國|人民视觉|人民視覺|东方IC|東方IC|IC\s?photo|CFP|"
    r"图虫创意|圖蟲創意|新华社发|新華社發)\s*$",
    re.IGNORECASE,
)
#: The end forms stand in a line's last this many characters: only they are searched (a line
#: beside a picture is often a long paragraph; bench/suggest.py).
END_WINDOW: Final = 140
#: A window without one of these holds no end form (a cheap test before the expression).
_END_HINTS: Final = (
    "/", "／", " pic", "picture by", "supplied", "handout", "screen", "illustration",
    "photographer", "(", "（", "视觉", "視覺", "ic photo", "icphoto", "东方ic", "東方ic", "cfp",
    "图虫", "圖蟲", "新华社发", "新華社發",
)  # fmt: skip
_ANY_END_HINT: Final = AnyOf(_END_HINTS)
#: The longest line these forms make a caption (``captions.MAX_CREDITED_CAPTION_CHARS``).
MAX_ANCHORED_CHARS: Final = 360


def beside_a_picture(
    lines: Sequence[tuple[int, int]],
    starts: Sequence[int],
    ordered: Sequence[int],
    image_before_line: Callable[[int], bool],
) -> Iterator[tuple[int, bool]]:
    """The lines right under a picture or right above one (``lines``' indices, in order), each
    with whether it is under one: only the lines at the pictures' anchors are looked at, not
    every line of the text (``starts``: the lines' starts; ``ordered``: the anchors, sorted)."""
    near = {bisect.bisect_left(starts, anchor) + step for anchor in ordered for step in (-1, 0)}
    for index in sorted(i for i in near if 0 <= i < len(lines)):
        under = image_before_line(index)
        if under or image_before_line(index + 1):
            yield index, under


def anchored_credit(
    text: str, start: int, end: int, under: bool = True, before: tuple[int, int] | None = None
) -> bool:
    """Does the line ``text[start:end]``, right under a picture (``under``) or right above one,
    read as its caption or credit by one of this module's forms? ``before`` is the span of the
    line before it: a wire's name alone after a byline (``By MARK SHERMAN``, then ``The
    Associated Press``) is the story's, and above a picture a wire's name is a byline's (held-out
    51's ``l3s-cleveland-voterid``)."""
    if end - start > MAX_ANCHORED_CHARS:
        return False
    line = text[start:end]
    if len(line) <= MAX_AGENCY_LINE_CHARS and AGENCY_LINE.fullmatch(line):
        return under and (before is None or _BYLINE.match(text, *before) is None)
    if line.endswith(("?", "？")):
        return False
    if ANCHORED_START.match(line) is not None:
        return True
    at = max(0, len(line) - END_WINDOW)
    return _ANY_END_HINT.found_in(line[at:].lower()) and ANCHORED_END.search(line, at) is not None


#: A wire's sign-off alone on a line after a story's last paragraph (``- REUTERS``, ``— AFP``)
#: or the agency and the story's source (``Reuters/Billboard``, one word after the slash): the
#: story's credit, not a photo's, unless a picture is anchored right above it (held-out 51's
#: ``l3s-nzherald-banksywall``, 53's ``l3s-sciam-digitalalbumart``; captions v9.24).
STORY_SIGN_OFF: Final = re.compile(
    r"\s*(?:[-–—]\s*(?:AFP|Reuters|AP|Bernama|Xinhua|dpa|PTI|IANS|ANI|UPI|Associated\s+Press)"
    r"|(?:Reuters|AP|AFP|UPI)\s?/\s?[A-Z][\w&'’-]*)\s*",
    re.IGNORECASE,
)
#: A long caption's wire credit ending it, ``(AP Photo/Lefteris Pitarakis, pool)``: a caption up
#: to ``3 × captions.MAX_CAPTION_CHARS`` when a picture is anchored right before or after it (held-
#: out 54's ``l3s-myfoxhouston-bushiran``, a 481-character caption above its picture; v9.24).
LONG_WIRE_CREDIT: Final = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|UPI|CP)\s+Photos?\s?/\s?[^()]{2,60}\)\s*$"
)
#: A gallery's counter under its picture (``1 of 12``, ``Photo 3/12``, ``Slide 2 of 9``): no
#: caption (it says which picture, not what it shows; docs/suggest-gold.md's page counters), and
#: no line that makes the line under it a teaser's (captions v9.24).
GALLERY_COUNTER: Final = re.compile(
    r"\s*(?:(?:Photo|Image|Picture|Slide)s?\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*", re.IGNORECASE
)
