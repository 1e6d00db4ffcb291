"""Find claims: sentences that make a check-worthy factual statement (docs/suggest-gold.md).

Each sentence is described by a few dozen yes/no features — does it state a figure or a date,
name a source, report an act or a court's step, grant a concrete entitlement, or does it speak
of hopes, duties and directives (要…, "should", "urged"), exhort (鼓励, 推动), tell a private
person's anecdote, in the first person, with value words, as a photo line, a heading or page
furniture — and a logistic model over them gives the probability that an annotator following
the rules would mark it. The weights were fitted on the development, training and eight
held-out gold sets (``python -m tests.db.suggest.fit_claims``, ADR 0030) and are constants
here; what is learned from decisions is applied on top, in ``review.py``. Questions,
captions, page furniture (``furniture.is_furniture``: credits, link lists, teasers, repeated
headlines …) and requests for comment that got no answer (``furniture.is_no_comment``) are never
claims.

``confidence`` is that probability. Scored set by set with weights fitted without the set
(leave-one-set-out over the 179 fitting articles), 71 % of the sentences at 0.40 and above
were claims (80.3 % of the claims among them) and 87 % of those at 0.70 and above
(docs/performance.md, "Claims v8"); with the furniture left out (claims v8.2), 72.3 % at 0.40
on the same sets, and 73.3 % over all twelve sets (docs/performance.md, "Claims v10").
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from . import cues
from .claims_lexicon import SEPARATORS, lexical_score
from .figures import Figure
from .furniture import is_author_note, is_sourcing_note, letters

# Re-exported: the tests and tools that read the furniture through claims (split in v12.8).
from .furniture import is_furniture as is_furniture
from .furniture import is_no_comment as is_no_comment
from .sentences import sentence_spans

#: v8.5.1: a line that is, whole, a caption the import found (a lead video's) is no candidate;
#: v8.6: a related story's link in parentheses and a syndication credit are furniture, and 未经
#: alone no longer is (``cues.FURNITURE_PHRASES``); v9: v8.6's features refitted on sets 0–16;
#: v9.0.1: v9's weights, an "ad" inside a sentence no furniture and a Chinese lead read after
#: its reporter's credit (``_LEAD_CREDIT``); their refit (v9.1) did not beat v9 out of fit;
#: v9.0.2: v9's weights, advice to the reader is imperative (``_ADVICE``: `Only call NHS 111 if
#: …`) and a related link's line furniture (``_LINK_SOURCE``, furniture.py); their refit on sets
#: 0–19 was measured and not shipped (ADR 0030, "Thirteenth round"); v12: a lexical part, the
#: sentence's common words and character pairs as one ``lexical`` score (``claims_lexicon.py``),
#: fitted with the hand features on sets 0–21 (ADR 0132; "v10" and "v11" named earlier refits);
#: v12.1: v12 refitted on sets 0–22 (held-out 22 joined the fitting sets); v12.2: on sets 0–23;
#: v12.3: on sets 0–24; v12.5: the Chinese cue lists with the other scripts' forms and the Hong
#: Kong and Taiwanese "said" (`消息指，`, ``_CJK_SAYS``), refitted on sets 0–25 (v12.4, the same
#: refit without them, was not shipped); v12.6: v12.5's weights, 搜狐号's `该文观点仅代表作者本人`
#: furniture (``cues.FURNITURE_CJK``); the refit on sets 0–30 was measured and not shipped;
#: v12.7: v12.5's weights, 网易号's notice in Chinese and English furniture (``cues.FURNITURE_CJK``,
#: ``cues.PLATFORM_NOTICE_EN``); a Chinese feature and offset were measured and not shipped;
#: v12.8: v12.5's weights, an author's note at the page's end, contact data and a sourcing note
#: furniture (``furniture.is_author_note``, ``cues.CONTACT_EN``, ``furniture.is_sourcing_note``;
#: claims.py split along its furniture seam, furniture.py); v12.9: v12.5's weights, related
#: links, wire staffers' credits and datelines with an hour furniture, sentences ending after
#: `U.S.` before an opening word; v12.10: v12.9's features refitted on sets 0–48 and the
#: training pages (the lead's decision on the pooled out-of-fit evidence, ADR 0144)
DETECTOR: Final = "claims/v12.10"
#: Sentences below this probability are not suggested at all (the reader hides more, at the
#: user's threshold).
MIN_CONFIDENCE: Final = 0.15

#: Fitted by ``tests/db/suggest/fit_claims.py --lexical`` on the development set, the training
#: pages and held-out sets 1–48 (950 articles, 27,406 candidates; C=0.5); "bias" is the
#: intercept. Claims v12.10 (v12.9 refitted with sets 26 to 48; v12.5 was fitted on sets 0–25,
#: 497 articles): v9.0.2's features and the lexical part's tokens fitted together; the tokens'
#: weights are ``claims_lexicon_weights.LEXICON`` (3,664 tokens; v12.5 2,016) and their sum
#: over a sentence is the ``lexical`` feature, of weight 1 here (ADR 0132).
#: ``ARTICLE_PRIORS`` are v8's, kept: the refit was measured with them. (v9: v8.6's features
#: refitted on sets 0–16, ADR 0030.)
WEIGHTS: Final[Mapping[str, float]] = MappingProxyType(
    {
        "no_end": -2.537,
        "imperative": -2.061,
        "figure": 1.924,
        "furniture": -1.607,
        "ends_colon": -1.584,
        "date": 1.562,
        "bias": -1.522,
        "article_evaluative": -1.499,
        "article_attribution": 1.336,
        "exclaim": -1.322,
        "figures_many": 1.076,
        "opinion": -1.010,
        "lexical": 1.000,
        "short": -0.989,
        "article_past": 0.912,
        "article_no_end": 0.900,
        "first_person": -0.825,
        "evaluative": -0.753,
        "action": 0.751,
        "directive": -0.666,
        "article_opinion": -0.630,
        "article_date": 0.609,
        "photo": -0.608,
        "quoted": -0.590,
        "official": 0.571,
        "hedge": -0.570,
        "legal": 0.551,
        "comment": -0.546,
        "numbered": -0.518,
        "article_names": -0.513,
        "next_no_end": -0.497,
        "past": 0.476,
        "bottom": -0.414,
        "names": 0.400,
        "normative": -0.371,
        "comparison": 0.343,
        "next_quoted": -0.312,
        "previous_first_person": -0.301,
        "attributed_quote": -0.298,
        "names_many": 0.291,
        "figure_unit": 0.284,
        "future": 0.276,
        "previous_figure": 0.255,
        "demonstrative": -0.245,
        "previous_no_end": -0.223,
        "cjk": -0.215,
        "quoted_view": -0.208,
        "entitlement": 0.202,
        "previous_quoted": -0.193,
        "cjk_figure": 0.190,
        "dateline": 0.174,
        "exhortation": -0.159,
        "causal": 0.158,
        "article_first_person": -0.153,
        "next_figure": 0.149,
        "attribution": 0.145,
        "first_sentence": -0.145,
        "paragraph_first": -0.143,
        "previous_names": 0.127,
        "next_opinion": -0.120,
        "next_first_person": -0.116,
        "private": -0.107,
        "cjk_attribution": 0.104,
        "long": -0.092,
        "next_attribution": 0.086,
        "belief": 0.084,
        "article_figure": -0.067,
        "top": 0.067,
        "previous_opinion": -0.062,
        "article_quoted": -0.050,
        "event": -0.039,
        "paragraph_alone": 0.035,
        "next_names": 0.029,
        "previous_attribution": -0.005,
    }
)


@dataclass(frozen=True, slots=True)
class Claim:
    start: int
    end: int
    type: str
    checkworthy: str
    confidence: float
    features: Mapping[str, float]


_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: Words are what lies between these (``claims_lexicon.SEPARATORS``, where the lexical part
#: reads the same words).
_SEPARATORS: Final = SEPARATORS
#: The runs between ``_SEPARATORS``: the non-empty pieces of its split, in order, found without
#: the empty ones first (2.9 against 3.6 ms on bench/suggest.py's 1,077 sentences).
_TOKENS: Final = re.compile(f"[^{SEPARATORS.pattern.removeprefix('[').removesuffix(']+')}]+")
_OPEN_QUOTES: Final = "“„«「『\"'‘"
_QUOTE_PAIRS: Final = (("“", "”"), ("„", "“"), ("«", "»"), ("「", "」"), ("『", "』"))
#: A quotation mark that can open: a pair's first or a straight double quote.
_OPENING_MARK: Final = re.compile(f'[{"".join(opening for opening, _ in _QUOTE_PAIRS)}"]')
_END_MARKS: Final = tuple(".。!！?？…:：;；\"”’'」』)）»")
_CJK_TITLE_WORDS: Final = cues.word_set(
    "记者 記者 主任 董事长 董事長 书记 書記 委员 委員 教授 总裁 總裁 部长 部長 市长 市長 院士 主席 "
    "总统 總統 总理 總理 行政长官 行政長官 议员 議員 发言人 發言人 负责人 負責人 局长 局長"
)
_CJK_TITLES = re.compile(
    cues.trie(sorted(_CJK_TITLE_WORDS)) + r"|[\u3400-\u9fff]·[\u3400-\u9fff]|《"
)
#: ``_CJK_TITLES`` without its middle dot's form, for a sentence without one: each alternative
#: then opens on a character and the engine skips to where one stands instead of trying each
#: position (0.65 against 0.53 ms on bench/suggest.py's Chinese sentences).
_CJK_TITLES_UNDOTTED = re.compile(cues.trie(sorted(_CJK_TITLE_WORDS)) + r"|《")
#: A capitalised word not at the start of a sentence: the capital first and the conditions on
#: what lies before it as lookbehinds after it (a word boundary, no ". " and not the text's
#: start), so that the engine skips to capitals instead of trying every position.
_NAME = re.compile(r"[A-ZÀ-ÝĀ-Ž](?<=\b.)(?<![.!?]\s.)(?<!^.)[a-zà-ÿā-ž]+")


def sentence_features(
    text: str,
    start: int,
    end: int,
    figures: Sequence[Figure],
    paragraph_attributed: bool,
    quoted: bool,
) -> dict[str, float]:
    """The features of ``text[start:end]``; ``figures`` are those inside it (dates too).
    ``paragraph_attributed`` is read only together with ``quoted`` (``attributed_quote``):
    :func:`claim_candidates` reads a paragraph's attribution for its quoted sentences alone and
    passes False for the others (ADR 0141); a feature that needs it without a quote must have
    it read there for every sentence again."""
    sentence = text[start:end]
    has_cjk = cues.CJK.search(sentence) is not None
    lowered = sentence.lower()
    tokens = _TOKENS.findall(lowered)
    words = frozenset(tokens)
    quantities = [f for f in figures if f.kind != "date"]
    size = _cjk_characters(sentence) // 2 + len(tokens) if has_cjk else len(tokens)
    stripped = sentence.rstrip()
    first = tokens[0] if tokens else ""
    credit = _LEAD_CREDIT.match(sentence) if has_cjk else None
    if credit is None:
        cats = cues.INDEX.categories(lowered, words, has_cjk)
        read = sentence
    else:
        read = sentence[credit.end() :]
        rest = lowered[credit.end() :]
        cats = cues.INDEX.categories(rest, frozenset(_SEPARATORS.split(rest)) - {""}, has_cjk)
    names = _names(read, has_cjk)
    # The features that hold, in the order the model was always given them (the sum of its
    # weights runs in this order): each test is tried once and only a holding one is stored,
    # without a dict of every answer first.
    found: dict[str, float] = {}
    if quantities:
        found["figure"] = 1.0
        if any(f.kind in ("money", "percent", "measure") for f in quantities):
            found["figure_unit"] = 1.0
        if len(quantities) >= 2:
            found["figures_many"] = 1.0
    if len(quantities) < len(figures):
        found["date"] = 1.0
    attribution = "attribution" in cats or (
        has_cjk and "指" in sentence and _CJK_SAYS.search(sentence) is not None
    )
    if attribution:
        found["attribution"] = 1.0
    if quoted and paragraph_attributed:
        found["attributed_quote"] = 1.0
    if quoted:
        found["quoted"] = 1.0
    opinion = "opinion" in cats
    if opinion:
        found["opinion"] = 1.0
    normative = "normative" in cats
    if normative:
        found["normative"] = 1.0
    if "hedge" in cats:
        found["hedge"] = 1.0
    if "first_person" in cats or ("us" in sentence and _US.search(sentence) is not None):
        found["first_person"] = 1.0
    if "comment" in cats:
        found["comment"] = 1.0
    if first in cues.DEMONSTRATIVE_STARTS or sentence.lstrip('“"「（(')[:1] in (
        "这", "這", "那", "它", "此",
    ):  # fmt: skip
        found["demonstrative"] = 1.0
    past = not has_cjk and len([t for t in tokens if t in _PAST or t.endswith("ed")]) >= 2
    if past:
        found["past"] = 1.0
    evaluative = "evaluative" in cats
    if evaluative:
        found["evaluative"] = 1.0
    action = "action" in cats
    if action:
        found["action"] = 1.0
    official = "official" in cats or (has_cjk and _CJK_GOVERNMENT.search(sentence) is not None)
    if official:
        found["official"] = 1.0
    if "future" in cats:
        found["future"] = 1.0
    if "causal" in cats:
        found["causal"] = 1.0
    if "comparison" in cats:
        found["comparison"] = 1.0
    if names >= 1:
        found["names"] = 1.0
        if names >= 3:
            found["names_many"] = 1.0
    if size < 8:
        found["short"] = 1.0
    if size > 40:
        found["long"] = 1.0
    if (
        not stripped.endswith(_END_MARKS)
        or _cjk_headline(read, has_cjk)
        or (has_cjk and stripped[-1:] in "）)" and _parenthesised_heading(stripped))
    ):
        found["no_end"] = 1.0
    if stripped.endswith((":", "：")):
        found["ends_colon"] = 1.0
    if stripped.rstrip("\"”’'」』） ").endswith(("!", "！")):
        found["exclaim"] = 1.0
    if first in cues.IMPERATIVE_STARTS or (
        first in _ADVICE_FIRST and not has_cjk and _advice(sentence)
    ):
        found["imperative"] = 1.0
    # ``cues.FURNITURE``'s forms are all anchored at the start: one match there.
    if "furniture" in cats or cues.FURNITURE.match(read) is not None:
        found["furniture"] = 1.0
    if has_cjk:
        found["cjk"] = 1.0
    if "exhortation" in cats:
        found["exhortation"] = 1.0
    if (
        _DIRECTIVE_FIRST.match(sentence) is not None or _DIRECTIVE.search(sentence) is not None
        if has_cjk
        else not _URGE_WORDS.isdisjoint(words) or "called on" in lowered or "called for" in lowered
    ):
        found["directive"] = 1.0
    if "entitlement" in cats:
        found["entitlement"] = 1.0
    if "legal" in cats:
        found["legal"] = 1.0
    if (
        "photo" in cats
        or _CAPTION_START.match(sentence) is not None
        or ("/" in stripped[-60:] and _CREDIT_END.search(stripped) is not None)
    ):
        found["photo"] = 1.0
    if "belief" in cats:
        found["belief"] = 1.0
    if _DATELINE.match(sentence) is not None:
        found["dateline"] = 1.0
    if has_cjk and _NUMBERED.search(sentence) is not None:
        found["numbered"] = 1.0
    # A private person's anecdote; an official's report about a student is no anecdote.
    if "private" in cats and not official:
        found["private"] = 1.0
    if has_cjk and quantities:
        found["cjk_figure"] = 1.0
    if has_cjk and attribution:
        found["cjk_attribution"] = 1.0
    if names >= 1 and (action or past):
        found["event"] = 1.0
    if quoted and (opinion or evaluative or normative):
        found["quoted_view"] = 1.0
    # Claims v12: the sentence's common words and character pairs (claims_lexicon.py)
    lexical = lexical_score(sentence, words, has_cjk)
    if lexical:
        found["lexical"] = lexical
    # A cheap first test for :func:`is_no_comment`, on the words already split (no feature).
    if (
        _NO_COMMENT_CJK.search(sentence) is not None
        if has_cjk
        else not _NO_COMMENT_WORDS.isdisjoint(words)
    ):
        found[ASKED] = 1.0
    # And for :func:`furniture.is_sourcing_note` (English: the words its forms need).
    if not has_cjk and not _SOURCING_WORDS.isdisjoint(words):
        found[SOURCED] = 1.0
    return found


#: Set by :func:`sentence_features` where :func:`is_no_comment` may hold; taken out again by
#: :func:`claim_candidates` (it is no feature of the model).
ASKED: Final = "_asked"
#: Set by :func:`sentence_features` where :func:`furniture.is_sourcing_note` may hold (no feature).
SOURCED: Final = "_sourced"
#: One of these is in every sentence ``cues.SOURCING_NOTE`` matches.
_SOURCING_WORDS: Final = cues.word_set("condition record anonymity named identified")
#: The words and characters one of ``cues.NO_COMMENT``'s forms needs.
_NO_COMMENT_WORDS: Final = cues.word_set(
    "comment comments declined reached respond responded reply replied return update yet"
)
_NO_COMMENT_CJK: Final = re.compile(r"發稿|发稿|回[应應复覆]|置[评評]|接[听聽]|采访")


#: Runs of ``cues.CJK``'s characters: their lengths add up to its matches' count, with a
#: string made per run rather than per character (0.46 against 1.10 ms on the bench article's
#: Chinese sentences).
_CJK_RUN: Final = re.compile(cues.CJK.pattern + "+")


def _cjk_characters(sentence: str) -> int:
    """How many characters of ``sentence`` ``cues.CJK`` matches."""
    return sum(map(len, _CJK_RUN.findall(sentence)))


def _cjk_headline(sentence: str, has_cjk: bool) -> bool:
    """A Chinese headline's form holds: clauses set apart by spaces (only where a space is) or
    a column's name opening the sentence; both need a CJK character or an opening 【."""
    if not (has_cjk or sentence[:1] == "【"):
        return False
    return (" " in sentence and _CJK_SPACED.search(sentence) is not None) or (
        sentence[:1] == "【" and _CJK_COLUMN.match(sentence) is not None
    )


def _parenthesised_heading(stripped: str) -> bool:
    """Does the sentence end only on a parenthesis that closes a heading or a listing's entry
    (`27、上海植物园（南区温室群、盆景园）`, `成人票原价：350元（2大1小+任务卡）`): before the last
    opening parenthesis, two characters or more and no sentence end? Before claims v8.5 their
    closing parenthesis counted as the sentence's end (``_END_MARKS``). Over every gold set
    (claims v8.4) 18 Chinese sentences, one a claim (at 0.26)."""
    opening = max(stripped.rfind("（"), stripped.rfind("("))
    head = stripped[:opening].rstrip()
    return len(head) >= 2 and not head.rstrip(_CLOSING_QUOTES).endswith(_HEAD_ENDS)


_CLOSING_QUOTES: Final = "'\"”’」』"
_HEAD_ENDS: Final = tuple("。！？；!?.…")


def _names(sentence: str, has_cjk: bool) -> int:
    if has_cjk:
        titles = _CJK_TITLES if "·" in sentence else _CJK_TITLES_UNDOTTED
        return len(titles.findall(sentence)) + len(cues.CJK_BODIES.findall(sentence))
    return len(_NAME.findall(sentence))


#: ``\bus\b`` with its literal first, so that the engine skips to where "us" stands instead of
#: trying each position (the boundary before it read in a lookbehind; twenty-fourth round).
_US = re.compile(r"us(?<=\bus)\b")
#: A Chinese lead's credit before its first sentence (claims v9.0.1): the outlet's 讯 or 电 and
#: the reporter (记者, 通讯员) in parentheses (`北京商报讯（记者 岳品瑜 董晗萱）5月20日，…`,
#: `据新华社拉萨电（记者 格桑边觉）记者近日…`). The credit is furniture; the cues, the names and
#: the headline's form are read on the sentence after it, which is the lead. Over sets 0–16
#: and the training pages, 11 leads after such a credit, 10 of them gold claims; its "记者 "
#: had set the furniture feature on 3 (all claims), its names apart by a space no_end on more.
_LEAD_CREDIT = re.compile(
    r"\s*[^，。！？；,（(]{0,20}?[讯訊电電]\s*[（(][^（()）。，]{0,12}"
    r"(?:记者|記者|通讯员|通訊員)[^（()）。，]{0,30}[）)]\s*(?=\S)"
)
#: A Chinese directive: a clause that opens with 要, 应 or 须 ("要深化…", "他强调，要…"): at
#: the sentence's start (``_DIRECTIVE_FIRST``, matched there) or after a mark or a verb of
#: saying (``_DIRECTIVE``). Each of these alternatives opens on a character, not a class or
#: ``^``, so the engine skips to where one stands instead of trying every position of the
#: sentence (this and the three expressions below: 1.0 against 2.5 µs a Chinese sentence).
_DIRECTIVE_VERB = r"\s*(?:要|应|應|须|須|需)[^\d求]"
_DIRECTIVE_FIRST = re.compile(_DIRECTIVE_VERB)
_DIRECTIVE = re.compile(r"(?:，|,|：|:|；|;|、|强调|強調|指出|表示|提出)" + _DIRECTIVE_VERB)
#: The English directive: "should", "must", "urged", "called on/for".
_URGE_WORDS: Final = frozenset(("should", "must", "urge", "urged"))
#: Advice to the reader (claims v9.0.2): an instruction after "Please", "Only" and the like or
#: after an opening clause and its comma (`Only call NHS 111 if …`, `In Northern Ireland, call
#: your GP.`, `For more stories like this, check our news page.`), or opening the sentence with
#: a verb ``cues.IMPERATIVE_STARTS`` does not hold before what it is done to (`Keep your team
#: informed …`, `Download the Microsoft News app …`). Sets ``imperative``. Over sets 0–19 and the
#: training pages 16 such sentences, no gold claim (docs/performance.md, "Claims v9.1").
_ADVICE_VERBS: Final = (
    "call contact visit seek stay wash wear avoid book download email dial register apply "
    "remember consider try keep use go ask look take make check read see follow watch get find "
    "learn sign subscribe click join"
)
_ADVICE_OPENERS: Final = "only always never just simply"
_ADVICE_CLAUSES: Final = "if when where in for before after once unless to"
_VERB = "(?:" + _ADVICE_VERBS.replace(" ", "|") + ")"
#: What an instruction's verb is followed by: an object or a particle; not a noun after a
#: noun (`Call centres`, `Contact tracing`, `use of the bridge`).
_OBJECT = r"\s+(?:the|a|an|your|you|on|up|out|in|to|for|with|at|our|this|it|them|here|sure|\d)\b"
#: An instruction after "Please" (any word after its verb); after another opener or after an
#: opening clause and its comma (an object or a name after the verb: `call NHS 111`); or
#: opening the sentence (an object after the verb: `Book Club members` is no advice).
_ADVICE = re.compile(
    r"\W{0,3}(?:please\s+"
    + _VERB
    + r"\s+\w|(?:(?:"
    + _ADVICE_OPENERS.replace(" ", "|")
    + r")\s+|(?:"
    + _ADVICE_CLAUSES.replace(" ", "|")
    + r")\b[^,;:.!?]{0,80},\s*(?:(?:please|always|just|then|only)\s+)?)"
    + _VERB
    + "(?:"
    + _OBJECT
    + r"|\s+(?-i:[A-Z]))|"
    + _VERB
    + _OBJECT
    + ")",
    re.IGNORECASE,
)
_ADVICE_FIRST: Final = cues.word_set(f"please {_ADVICE_VERBS} {_ADVICE_OPENERS} {_ADVICE_CLAUSES}")


def _advice(sentence: str) -> bool:
    """Does the sentence advise the reader (``_ADVICE``)?"""
    return _ADVICE.match(sentence) is not None


#: A caption run into the text: "Photo shows …", "Tourists visit … (Xinhua/Li Ming)".
_CAPTION_START = re.compile(r"\s*(?:Photo|Picture|Image|图为|圖為)\b")
_CREDIT_END = re.compile(r"[(（][^()（）]{0,60}/[^()（）]{0,40}[)）]$")
#: A wire dateline: "HONG KONG, Jan. 15 (Xinhua) --", "新华社北京5月9日电".
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'/-]{2,},.{0,30}\((?:Xinhua|Reuters|AP|AFP)\)"
    r"|\s*(?:新华社|新華社|中新社|中新网|中新網).{0,12}[电電]"
)
#: The Hong Kong and Taiwanese press's "said" (v12.5): a source, then 指 and a comma or colon
#: (`最新消息指，`, `俄羅斯新聞社（Ria）指，`, `有傳聞指，`); 指出 and 指稱 are cues already.
_CJK_SAYS = re.compile(r"[\u3400-\u9fff）)」]指[，,：:]")
#: Numbered statements: "一是…", "（一）", "第三条" (``一是|二是|…``: each alternative opens on a
#: character).
_NUMBERED = re.compile(
    "|".join(f"{numeral}是" for numeral in "一二三四五六七八九十")
    + r"|（[一二三四五六七八九十][)）]|\([一二三四五六七八九十][)）]"
    + r"|第[一二三四五六七八九十百\d]+条"
)
#: A Chinese government body by its ending (禹州市教体局, 工业和信息化部, 国家卫生健康委): an
#: official source, as "ministry" or "police" are in English. The lookahead holds the endings'
#: first characters (a quick test, as in ``cues.CJK_BODIES``).
_CJK_GOVERNMENT = re.compile(
    r"[\u3400-\u9fff](?=[局部委厅廳署政法检檢公警])"
    r"(?:局|部|委|厅|廳|署|政府|法院|检察院|檢察院|公安|警方)"
)
#: Chinese headlines: clauses set apart by spaces, or a column name in 【】 opening it.
_CJK_SPACED = re.compile(r"[\u3400-\u9fff] +[\u3400-\u9fff]")
_CJK_COLUMN = re.compile(r"【[^】]*】")
_PAST: Final = cues.word_set(
    "was were had did said told made took gave found won lost led left met paid sold bought "
    "began came went became rose fell grew held brought sent set cut hit ran saw spent"
)


#: ``WEIGHTS`` as a plain dict: a read-only view's ``get`` goes through a method call each
#: time, a dict's does not (1,000 sentences of some 25 features each on bench/suggest.py).
_WEIGHTS_DICT: Final[dict[str, float]] = dict(WEIGHTS)


def probability(features: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    weight = (_WEIGHTS_DICT if weights is WEIGHTS else weights).get
    score = weight("bias", 0.0) + sum(
        [weight(name, 0.0) * value for name, value in features.items()]
    )
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def claim_candidates(
    text: str,
    figures: Sequence[Figure] = (),
    excluded: Sequence[tuple[int, int]] = (),
    title: str = "",
) -> list[tuple[int, int, dict[str, float]]]:
    """Every sentence that could be a claim (not a question, not inside a caption, not page
    furniture, not a no-comment, not the article's ``title`` repeated), with its features.
    ``figures`` are the figures found in ``text`` (dates too), in order."""
    starts = [f.start for f in figures]
    blocked = sorted(excluded)
    blocked_starts = [span[0] for span in blocked]
    paragraphs: dict[int, str] = {}
    attributed_paragraphs: dict[int, bool] = {}
    headline = letters(title)
    furniture: set[int] = set()
    author_notes: dict[int, bool] = {}
    found = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if sentence.rstrip("\"'”’」』）) ").endswith(("?", "？")):
            continue
        # Inside one of the sorted, non-overlapping ``blocked`` spans (their starts bisected
        # as integers, not the spans as tuples: twenty-fourth round)?
        at = bisect.bisect_right(blocked_starts, start) - 1
        if at >= 0 and end <= blocked[at][1]:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in paragraphs:
            line_end = text.find("\n", end)
            paragraphs[line_start] = text[line_start : len(text) if line_end < 0 else line_end]
        line = paragraphs[line_start]
        quoted = _in_quotes(line, start - line_start, sentence)
        # A paragraph's attribution counts only for a quoted sentence in it (attributed_quote):
        # read on its first quoted sentence, not split into words for every paragraph.
        if quoted and line_start not in attributed_paragraphs:
            attributed_paragraphs[line_start] = _attributed(line)
        attributed = quoted and attributed_paragraphs[line_start]
        low = bisect.bisect_left(starts, start)
        high = bisect.bisect_left(starts, end)
        inside = [f for f in figures[low:high] if f.end <= end] if low < high else []
        features = sentence_features(text, start, end, inside, attributed, quoted)
        asked = features.pop(ASKED, 0.0)
        sourced = features.pop(SOURCED, 0.0)
        if start == line_start:
            features["paragraph_first"] = 1.0
            if len(line.rstrip()) == end - start:
                features["paragraph_alone"] = 1.0
        found.append((start, end, features))
        if line_start not in author_notes:
            author_notes[line_start] = "cjk" not in features and is_author_note(
                line, line_start, len(text)
            )
        if (
            author_notes[line_start]
            or is_furniture(sentence, headline, "cjk" in features)
            or (asked and is_no_comment(sentence, features))
            or (sourced and is_sourcing_note(sentence, features))
        ):
            furniture.add(start)
    # Furniture (and a no-comment) is part of the page's shape (the article's shares, a
    # sentence's neighbours), as it always was; it is only never a candidate itself.
    return [c for c in add_context(found) if c[0] not in furniture]


def _attributed(paragraph: str) -> bool:
    """Does the paragraph name a source (``cues.ATTRIBUTION``)? ``Cues.search``'s three tests,
    the two searches first and the words last, tested on the split's list without a set made
    of it (twenty-fourth round: the split was most of the time)."""
    lowered = paragraph.lower()
    attribution = cues.ATTRIBUTION
    if cues.CJK.search(paragraph) is not None and attribution.cjk.search(lowered):
        return True
    if attribution.phrases.search(lowered) is not None:
        return True
    return not attribution.words.isdisjoint(_SEPARATORS.split(lowered))


#: The article as a whole: the share of its candidate sentences that carry each of these. A
#: figure in a news report is likelier a claim than one in a feature story or a column, and
#: the shares tell them apart (cross-validated, docs/performance.md).
ARTICLE_FEATURES: Final = (
    "figure", "attribution", "first_person", "opinion", "quoted", "evaluative", "names", "past",
    "no_end", "date",
)  # fmt: skip
#: The share of all fitting sentences with each of ``ARTICLE_FEATURES``
#: (tests/db/suggest/fit_claims.py). An article's shares are drawn towards these by
#: ``PSEUDO_SENTENCES`` sentences' worth, so that a short text (one sentence, a teaser) is not
#: judged by shares of 0 and 1.
ARTICLE_PRIORS: Final[Mapping[str, float]] = MappingProxyType(
    {
        "figure": 0.1992,
        "attribution": 0.2525,
        "first_person": 0.0681,
        "opinion": 0.0509,
        "quoted": 0.1102,
        "evaluative": 0.0206,
        "names": 0.5415,
        "past": 0.1618,
        "no_end": 0.2009,
        "date": 0.1162,
    }
)
PSEUDO_SENTENCES: Final = 4
#: The sentences before and after: a quotation runs on, a heading stands alone.
NEIGHBOUR_FEATURES: Final = (
    "figure", "attribution", "quoted", "first_person", "no_end", "opinion", "names",
)  # fmt: skip


def add_context(
    candidates: Sequence[tuple[int, int, dict[str, float]]],
) -> list[tuple[int, int, dict[str, float]]]:
    """The candidates with features of their article, neighbours and position added:
    ``article_<name>`` (the share of the article's candidates with ``name``),
    ``previous_<name>``, ``next_<name>``, ``first_sentence``, ``top`` and ``bottom`` (the first
    and last 15 % of the candidates)."""
    count = len(candidates)
    if not count:
        return []
    owns = [own for _, _, own in candidates]
    shares = {
        name: round(
            (len([1 for own in owns if name in own]) + PSEUDO_SENTENCES * prior)
            / (count + PSEUDO_SENTENCES),
            4,
        )
        for name, prior in ARTICLE_PRIORS.items()
    }
    article = {f"article_{name}": share for name, share in shares.items() if share}
    # Each candidate's neighbour features, named once: those it lends the sentence before it
    # (next_*) and the one after it (previous_*). The dicts are only read (copied into each
    # candidate's own), so one pair serves every candidate that lends the same names
    # (twenty-fourth round: a few dozen kinds among a thousand sentences).
    lent = [tuple([n for n in NEIGHBOUR_FEATURES if n in own]) for own in owns]
    lending = {
        names: ({f"previous_{n}": 1.0 for n in names}, {f"next_{n}": 1.0 for n in names})
        for names in set(lent)
    }
    as_previous = [lending[names][0] for names in lent]
    as_next = [lending[names][1] for names in lent]
    result = []
    for index, (start, end, own) in enumerate(candidates):
        features = dict(own)
        features.update(article)
        if index:
            features.update(as_previous[index - 1])
        if index + 1 < count:
            features.update(as_next[index + 1])
        place = index / max(1, count - 1)
        if index == 0:
            features["first_sentence"] = 1.0
        if place < 0.15:
            features["top"] = 1.0
        elif place > 0.85:
            features["bottom"] = 1.0
        result.append((start, end, features))
    return result


def find_claims(
    text: str,
    figures: Sequence[Figure] = (),
    excluded: Sequence[tuple[int, int]] = (),
    *,
    weights: Mapping[str, float] = WEIGHTS,
    minimum: float = MIN_CONFIDENCE,
    title: str = "",
) -> list[Claim]:
    """Claim sentences of ``text`` with a probability of at least ``minimum``; ``title`` is
    the article's, never suggested again where the text repeats it."""
    found = []
    for start, end, features in claim_candidates(text, figures, excluded, title):
        confidence = probability(features, weights)
        if confidence < minimum:
            continue
        worthy = "yes" if confidence >= 0.6 else "unsure"
        found.append(Claim(start, end, _type(features), worthy, confidence, features))
    return found


def _type(features: Mapping[str, float]) -> str:
    if "attribution" in features or "attributed_quote" in features:
        return "quotation"
    if "figure" in features:
        return "statistical"
    if "causal" in features:
        return "causal"
    if "future" in features:
        return "prediction"
    return "other"


def _in_quotes(line: str, offset: int, sentence: str) -> bool:
    """Is the sentence inside a quotation (it opens one, or one is open before it)?"""
    if sentence[:1] in _OPEN_QUOTES or sentence.lstrip("–—- ")[:1] in _OPEN_QUOTES:
        return True
    # Nothing before it in the line, or no quotation mark that opens: no count holds
    # (twenty-fourth round: one search in C before eleven counts; half the bench's sentences).
    if not offset or _OPENING_MARK.search(line, 0, offset) is None:
        return False
    before = line[:offset]
    for opening, closing in _QUOTE_PAIRS:
        if before.count(opening) > before.count(closing):
            return True
    return before.count('"') % 2 == 1
