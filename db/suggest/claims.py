"""Find claims: sentences that assert something a fact-checker could check.

A sentence is a claim candidate when it states a figure, compares, gives a cause, forecasts, or
reports what somebody said. Questions, headings, captions and very short lines are left out.
``type`` is the strongest cue found (quotation > statistical > causal > prediction > other);
``checkworthy`` is ``yes`` for a figure with an attributed source or a comparison, ``unsure``
otherwise.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from .sentences import sentence_spans

DETECTOR: Final = "claims/v1"


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class _Cues:
    """Cue words: single Latin words by set lookup, Latin phrases by substring, CJK by one
    expression, and only for sentences that have CJK characters.

    A per-sentence set lookup is many times faster than one large regular expression, which
    matters for a 100,000-character article (bench/suggest.py).
    """

    words: frozenset[str]
    phrases: re.Pattern[str]
    cjk: re.Pattern[str]

    def search(self, lowered: str, words: frozenset[str], has_cjk: bool) -> bool:
        if not self.words.isdisjoint(words):
            return True
        if has_cjk and self.cjk.search(lowered):
            return True
        return self.phrases.search(lowered) is not None


def _cues(*cues: str) -> _Cues:
    lowered = [cue.lower() for cue in cues]
    single = frozenset(c for c in lowered if _WORD.fullmatch(c) and not _CJK.search(c))
    cjk = [c for c in lowered if _CJK.search(c)]
    phrases = [c for c in lowered if c not in single and c not in cjk]
    return _Cues(single, _literals(phrases), _literals(cjk))


def _literals(strings: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, strings)) or "(?!)")


# Cue words by language: English and Chinese first, then the other languages of the gold set
# (German, French, Spanish, Czech, Polish) with their most common forms only.
_QUOTATION = _cues(
    "said", "says", "say", "told", "tells", "according to", "stated", "announced", "added",
    "noted", "explained", "argued", "claimed", "reported", "wrote", "estimated", "confirmed",
    "warned", "insisted", "acknowledged", "admitted", "believes", "suggests", "found", "cited",
    "vowed", "indicated", "stressed", "described", "expects",     "pointed out", "declined",
    "sagte", "sagt", "erklärte", "laut", "zufolge", "betonte", "schrieb", "teilte", "glaubt",
    "fürchten", "sprach", "spricht", "fordert", "warnt", "demnach", "hieß es", "nach Informationen",
    "geht davon aus",
    "a déclaré", "selon", "affirme", "estime", "explique", "annoncé", "considère", "soulève",
    "souligné", "critique", "craignent", "inquiètent", "a fait part", "défavorable",
    "dijo", "según", "afirmó", "aseguró", "explicó", "declaró",     "denunció",
    "řekl", "uvedl", "podle", "prohlásil", "píše", "přidává", "hodnotí", "tvrdí",
    "zdůrazňuje", "mówił", "mówi", "zaznacza", "dodaje", "deklaruje", "zapowiedział", "ogłosił",
    "według",
    "wynika",
    "表示", "称", "稱", "说", "說", "指出", "认为", "認為", "透露", "介绍", "介紹", "强调",
    "強調", "据",
    "據", "显示", "顯示", "报道", "報導", "宣布", "公布", "告诉", "告訴", "提到", "发现", "發現",
    "表明", "希望", "声称", "聲稱", "补充", "補充", "结论", "結論",
)  # fmt: skip
_CAUSAL = _cues(
    "because", "due to", "as a result", "led to", "leads to", "caused", "causes", "cause",
    "result of", "thanks to", "owing to", "therefore", "so that", "blamed", "in order to",
    "contributes", "helps", "means", "after", "amid",
    "weil", "wegen", "deshalb", "daher", "dadurch", "parce que", "car", "à cause", "grâce",
    "puisque", "puisqu", "porque", "debido", "protože", "kvůli", "przez", "bo",
    "因为", "因為", "由于", "由於", "导致", "導致", "因此", "所以", "造成", "使得", "得益于",
    "得益於",
    "归因", "歸因", "为此", "為此", "让人", "讓人", "关系", "關係", "意味着", "意味著",
)  # fmt: skip
_PREDICTION = _cues(
    "will", "would", "expected", "forecast", "forecasts", "predicted", "predicts", "plans",
    "planned", "projected", "likely", "could", "may", "might", "going to", "aims", "must",
    "needs", "should",
    "wird", "werden", "soll", "sollen", "könnte", "könnten", "würden", "wäre", "dürfte", "will",
    "plant", "sera", "seront", "serait", "seraient", "pourra", "pourront", "pourrait",
    "pourraient", "permettra", "permettrait", "devra", "va", "prévoit", "prévu", "prévus", "será",
    "podría", "bude",
    "budou", "będzie", "zajmie", "przeniesie", "powinien", "powinno",
    "将", "將", "预计", "預計", "有望", "计划", "計劃", "预期", "預期", "预测", "預測", "未来",
    "未來",
    "接下来", "接下來", "到20", "可能", "会", "會", "需要",
)  # fmt: skip
_COMPARISON = _cues(
    "more than", "less than", "fewer than", "than", "compared", "largest", "biggest", "highest",
    "lowest", "most", "least", "first", "record", "increase", "increased", "rose", "fell",
    "dropped", "doubled", "grew", "decline", "declined", "surge", "only", "more", "better",
    "worse", "lower", "higher", "every other", "improved", "becoming", "same", "different",
    "mehr", "weniger", "als", "besser", "schneller", "größten", "immer",
    "ebenso", "plus", "moins", "contrairement", "más", "menos", "similar",
    "diferencia", "než", "více", "stejný", "stále", "najwięcej", "więcej",
    "比", "超过", "超過", "突破", "增长", "增長", "下降", "最", "首次", "首个", "首個", "第一",
    "翻番",
    "提高", "减少", "減少", "上升", "降低", "累计", "累計", "全部", "就有", "占", "一样", "一樣",
    "更", "不同",
)  # fmt: skip
_QUOTE_MARKS = re.compile(r'["“”„«»「」『』]|^\s*[–—-]\s')
#: Words are what lies between these: a split in C, far faster than finding the words.
_SEPARATORS: Final = re.compile(
    r"[\s.,;:!?\"“”‘’'()\[\]{}«»„—–\-/…，。！？：；、（）《》「」『』]+"
)


@dataclass(frozen=True, slots=True)
class Claim:
    start: int
    end: int
    type: str
    checkworthy: str
    confidence: float


def find_claims(
    text: str, figure_starts: Sequence[int] = (), excluded: Sequence[tuple[int, int]] = ()
) -> list[Claim]:
    """Claim sentences of ``text``; ``excluded`` spans (captions) are never claims.

    ``figure_starts`` are the offsets of the figures found (dates included): a sentence that
    states a figure is a statistical claim candidate.
    """
    found: list[Claim] = []
    figures = sorted(figure_starts)
    blocked = sorted(excluded)
    attributed_lines: dict[int, bool] = {}
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        has_cjk = _CJK.search(sentence) is not None
        lowered = sentence.lower()
        tokens = _SEPARATORS.split(lowered)
        too_short = len(sentence) < 10 if has_cjk else len(tokens) - tokens.count("") < 5
        if too_short or sentence.rstrip("\"'”’」』） ").endswith(("?", "？")):
            continue
        if _inside(blocked, start, end):
            continue
        position = bisect.bisect_left(figures, start)
        has_figure = position < len(figures) and figures[position] < end
        words = frozenset(tokens)
        quotation = _QUOTATION.search(lowered, words, has_cjk)
        if not quotation and _QUOTE_MARKS.search(sentence):
            # A quoted sentence in a paragraph that names its speaker: "…," he said.
            line_start = text.rfind("\n", 0, start) + 1
            if line_start not in attributed_lines:
                line_end = text.find("\n", end)
                line = text[line_start : len(text) if line_end < 0 else line_end]
                line = line.lower()
                attributed_lines[line_start] = _QUOTATION.search(
                    line,
                    frozenset(_SEPARATORS.split(line)),
                    _CJK.search(line) is not None,
                )
            quotation = attributed_lines[line_start]
        causal = _CAUSAL.search(lowered, words, has_cjk)
        prediction = _PREDICTION.search(lowered, words, has_cjk)
        comparison = _COMPARISON.search(lowered, words, has_cjk)
        if not (has_figure or quotation or causal or prediction or comparison):
            continue
        if quotation:
            kind = "quotation"
        elif has_figure:
            kind = "statistical"
        elif causal:
            kind = "causal"
        elif prediction:
            kind = "prediction"
        else:
            kind = "other"
        cues = sum((has_figure, quotation, causal, prediction, comparison))
        worthy = "yes" if (has_figure and (quotation or comparison)) or cues >= 3 else "unsure"
        confidence = min(0.95, 0.45 + 0.15 * cues)
        found.append(Claim(start, end, kind, worthy, confidence))
    return found


def _inside(blocked: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Is ``[start, end)`` inside one of the sorted, non-overlapping ``blocked`` spans?"""
    position = bisect.bisect_right(blocked, (start, len(blocked) and 1 << 62)) - 1
    return position >= 0 and blocked[position][0] <= start and end <= blocked[position][1]
