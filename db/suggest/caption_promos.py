"""Lines under a picture that are no photo's caption though the import or the picture's alt says
they are: a call to action (a banner's ``Learn how to apply … Apply Now``) and an opinion piece's
standfirst (``Rahul Tyagi, CEO of SECQAI delves into the cybersecurity challenges …``, set as the
lead picture's alt). Split out of :mod:`.captions` in captions v9.23 (ADR 0140, "v9.23"): held-out
49's Columbia page and held-out 50's IoT Insider page.
"""

from __future__ import annotations

import re

#: A call to action: a banner or a button asks the reader to do something (``Learn how to apply
#: to the Mailman School of Public Health. Apply Now``, ``Subscribe today``, ``Click here to …``).
#: A caption says what a picture shows; it never asks the reader to act. Either the line opens
#: with the request or it ends with a button's label (a verb, then ``Now``/``Today``/``Here``, or
#: ``Learn More``). Anchor: the line is under a picture (a few lines a page).
CALL_TO_ACTION = re.compile(
    r"\s*(?:Learn\s+how\s+to|Find\s+out\s+how\s+to|Click\s+here\b|Sign\s+up\s+(?:now|today|for|to)\b"
    r"|(?:Subscribe|Register|Apply|Donate|Enroll|Enrol)\s+(?:now|today|here)\b)",
    re.IGNORECASE,
)
#: The button's label ending the line (``… Apply Now``, ``… Learn More``), in Title Case.
BUTTON_LABEL = re.compile(
    r"(?:^|[.!:|\u2013\u2014-]\s*)(?:(?:Apply|Register|Subscribe|Donate|Enroll|Enrol|Join|Shop|Buy"
    r"|Book|Order|Sign\s+Up|Get\s+Started)\s+(?:Now|Today|Here)|Learn\s+More|Find\s+Out\s+More)"
    r"\s*[.!]?\s*$"
)

#: An opinion piece's standfirst: its author, named with the post they hold, and what the piece
#: does (``Rahul Tyagi, CEO of SECQAI delves into …``, ``…, founder of X, explores how …``). A
#: photo's caption says what the person in it does where the picture was taken (``…, CEO of X,
#: speaks at …``), not what a text of theirs discusses. Anchor: under a picture, and a comma.
STANDFIRST = re.compile(
    r"\s*(?-i:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?:the\s+)?"
    r"(?:[\w&’'.-]+\s+){0,4}?(?:CEO|CTO|CFO|COO|CISO|CMO|founder|co-founder|president|director"
    r"|head|chief|partner|chair|chairman|chairwoman|VP|vice[- ]president|manager|editor|analyst"
    r"|professor|researcher|lead|principal|officer)\b[^.;]{0,80}?,?\s+"
    r"(?:delves?\s+into|dives?\s+into|explores?|examines?|discusses|explains\s+(?:how|why|what)"
    r"|outlines?|reflects?\s+on|weighs?\s+in\s+on|looks?\s+at|considers|argues|unpacks?"
    r"|shares?\s+(?:his|her|their)\s+(?:insights?|thoughts|views|perspective|advice))\b",
    re.IGNORECASE,
)

#: A photo's credit in the line (``Experiment photos and video footage courtesy Tyler
#: Henderson/Penn State``, held-out 19's gold caption after ``Click here to watch a video …``):
#: the line captions the picture whatever it asks, as a credit makes any line a caption.
CREDITED = re.compile(r"\b(?:courtesy|credits?|photos?\s+by|photographs?\s+by)\b|©|\w/\w", re.I)


def not_a_photos_caption(line: str) -> bool:
    """Is ``line`` (under a picture) a call to action or a piece's standfirst (no caption)?"""
    if CALL_TO_ACTION.match(line) or BUTTON_LABEL.search(line):
        return CREDITED.search(line) is None
    return "," in line and STANDFIRST.match(line) is not None
