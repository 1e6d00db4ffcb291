"""The lines stacked under a picture's caption: its credit, its alt, a second line about it.

A news page often writes more than one line under a picture: the caption, then the credit on a
line of its own (``AP``, ``Twitter / Eliot Higgins``, ``Mastercard.com``: the New York Post's
and Business Insider's style), or the credit first, then the picture's alt, then a line about
who is in it (``Submitted photo``, the alt, ``When director of …, Erika Rosales, above, helped
…``: Isthmus). Right under a caption these lines say nothing a credit anywhere would (a bare
``AP`` or a domain is no credit in body text), so they are read here, only where
:func:`.captions.find_captions` has found the picture's caption right above them
(captions v9.20).
"""

from __future__ import annotations

import re
from typing import Final

#: A credit under a caption is short: a source's name, no sentence.
MAX_STACKED_CREDIT_CHARS: Final = 40
#: How many lines under a picture the stack runs at most (caption, credit, a second line).
MAX_STACK_LINES: Final = 3

#: A photo agency's or a wire's name alone (``AP``, ``Getty Images``, ``AFP via Getty Images`` is
#: a credit anywhere already): under a caption, the picture's credit.
_AGENCY_ALONE = re.compile(
    r"\s*(?:AP(?:\s+Photo)?|AFP|AAP|PA(?:\s+(?:Images|Wire))?|UPI|EPA(?:-EFE)?|Reuters|REUTERS|"
    r"Getty(?:\s+Images)?|Shutterstock|Alamy|Bloomberg|Xinhua|ANI|PTI|IANS|ZUMA(?:\s+Press)?|"
    r"Splash\s+News|Backgrid|BACKGRID|Newscom|Handout|HANDOUT)\s*"
)
#: A sports wire's name alone, right under a picture: ``USA TODAY Sports`` (SB Nation's credit,
#: with no photographer's name; its ``Jane Doe-USA TODAY Sports`` is a credit anywhere).
_SPORTS_WIRE_ALONE = re.compile(r"\s*(?-i:USA\s+(?:TODAY|Today)\s+Sports)(?:\s+Images)?\s*")
#: A source and who took or posted the picture, with a slash: ``Twitter / Eliot Higgins``,
#: ``TikTok/@vince19visuals``, ``Instagram/@jane``: two short names, capitalised or a handle.
_SLASHED_SOURCE = re.compile(
    r"\s*@?[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,3}\s?/\s?"
    r"(?:@[\w.]+|[A-Z][\w.'’&-]*(?:\s(?:[A-Z][\w.'’&-]*|de|van|von|da|del)){0,3})\s*"
)
#: A web site's name alone (``Mastercard.com``, ``nasa.gov``): where the picture came from.
_DOMAIN_ALONE = re.compile(
    r"\s*(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co\.uk|io|tv)\s*"
)
#: One to four capitalised words and no sentence (``Google St View``): a source's name, read as
#: a credit only on a page whose other captions have their credit on the line below them.
_SOURCE_NAME = re.compile(r"\s*[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,3}\s*")
#: Who stands where in the picture, as an appositive: ``Deval Patrick, left, speaks …``,
#: ``…, Erika Rosales, above, helped …``. Body text never writes it (every such line of sets
#: 1-42 is a gold caption); it is read only under a picture's caption here.
POSITION_APPOSITIVE = re.compile(
    r",\s(?:above|left|right|center|centre|top|bottom|far\s+(?:left|right)|(?:top|bottom)\s+"
    r"(?:left|right)|second\s+(?:from\s+)?(?:left|right)|foreground|background|inset),\s",
)
#: The words :data:`POSITION_APPOSITIVE` needs, one at least (a cheap test before it).
_POSITION_HINTS: Final = (
    "above", "left", "right", "center", "centre", "top", "bottom", "ground", "inset",
)  # fmt: skip


def stacked_credit(line: str, page_credits_below: bool) -> bool:
    """Is ``line``, right under a picture's caption, the picture's credit? An agency's name
    alone, a source and a name with a slash, a web site's name; or, on a page that writes its
    other pictures' credits under their captions, a short capitalised name."""
    if len(line) > MAX_STACKED_CREDIT_CHARS or line.rstrip().endswith((".", "!", "?", ":")):
        return False
    if _AGENCY_ALONE.fullmatch(line) or _DOMAIN_ALONE.fullmatch(line):
        return True
    if "/" in line and _SLASHED_SOURCE.fullmatch(line):
        return True
    return page_credits_below and _SOURCE_NAME.fullmatch(line) is not None


def names_positions(line: str, longest: int) -> bool:
    """Does ``line`` (at most ``longest`` characters) say who stands where in the picture?"""
    if len(line) > longest or "," not in line:
        return False
    lowered = line.lower()
    if not any(hint in lowered for hint in _POSITION_HINTS):
        return False
    return POSITION_APPOSITIVE.search(lowered) is not None


def agency_alone(line: str) -> bool:
    """Is ``line``, right under a picture, a photo agency's or a wire's name alone (``AP``,
    ``Getty Images``, ``USA TODAY Sports``)? Then it is the picture's credit, as under its
    caption (captions v9.21; held-out 43's ``hpb-sbnation-spursfinals``)."""
    if len(line) > MAX_STACKED_CREDIT_CHARS:
        return False
    return bool(_AGENCY_ALONE.fullmatch(line) or _SPORTS_WIRE_ALONE.fullmatch(line))


#: A sentence's end inside a line (a word's last letters, the stop, the next one's capital; not
#: ``Dec. 13``, ``Rev. Al``, ``D.C.``): a caption or a description under a picture says what it
#: shows in one sentence, two at most (``captions`` counts them too).
SENTENCE_BREAK = re.compile(r"[a-z]{3}[.!?][\"”’]?\s+[\"“‘]?[A-Z]")
#: A description under a repeated credit is at most this long (``captions``' credited caption).
MAX_DESCRIPTION_CHARS: Final = 360


def described_after_repeat(credit: str, line: str) -> bool:
    """Under a picture, a short name said twice (the credit the import found, then the page's own
    line with it: NBC News' ``UTL Scientific``, ``UTL / Colorado State University``), then
    ``line``: is ``line`` the picture's description, one or two sentences ending on a full stop?
    The page writes the credit and the description in one box under the picture, and only that
    box repeats a name so (in sets 1-44 and the sweep's 487 pages, every short line said twice
    under a picture is such a credit; captions v9.21, held-out 44's NBC News page)."""
    if len(credit) > MAX_STACKED_CREDIT_CHARS or credit.rstrip().endswith((".", "!", "?", ":")):
        return False
    if len(line) > MAX_DESCRIPTION_CHARS or not line.rstrip().endswith((".", '."', ".”")):
        return False
    return len(SENTENCE_BREAK.findall(line)) <= 1
