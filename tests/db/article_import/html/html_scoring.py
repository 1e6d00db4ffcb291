"""Text similarity for extraction quality (ADR 0020), shared by tests and bench.

Token-level F1 over bags of tokens: a token is a run of letters/digits, or one CJK
character (Chinese and Japanese have no spaces, so a "word" would be a whole sentence and
one differing character would zero it). Lower-cased; punctuation and white space ignored,
so paragraph layout does not count, only which words were kept. It rewards recall (the
article is there) and precision (no menus, ads) equally, as readers notice both.
"""

from __future__ import annotations

import re
from collections import Counter

import lxml.html

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0003ffff"
_TOKEN = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")


def tokens(text: str) -> Counter[str]:
    return Counter(token.lower() for token in _TOKEN.findall(text))


def token_f1(got: str, expected: str) -> float:
    mine, gold = tokens(got), tokens(expected)
    common = sum((mine & gold).values())
    if not common:
        return 0.0
    precision, recall = common / sum(mine.values()), common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def html_text(html: str | bytes) -> str:
    """The visible text of an HTML fragment (the gold ``expected.html``, readability output)."""
    root = lxml.html.fromstring(html)
    for element in root.xpath("//script|//style"):
        element.drop_tree()
    return str(root.text_content())
