"""Precision and recall of the detectors on the development gold set (docs/suggest-gold.md).

The detectors were tuned on this set, so these are development scores: the held-out set
(``bench/suggest_heldout.py``) is the measure. Run with ``-s`` to see the tables.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.db.suggest import DEFAULT_THRESHOLD

from .gold import (
    Score,
    gold_articles,
    score,
    table,
)
from .imported import PAGES, imported_articles, missing_pages
from .sets import GOLD, HELD_OUT_SETS, SECOND_ANNOTATED, TRAIN

MIN_ARTICLES = 20
HELD_OUT = tuple(HELD_OUT_SETS.values())
#: A second annotator's claims on a held-out set's pages (docs/suggest-gold.md, "How far two
#: annotators agree"): checked like the gold, scored only by bench/suggest_agreement.py.
SECOND_ANNOTATIONS = tuple(SECOND_ANNOTATED.values())


@pytest.fixture(scope="module")
def scores(corpus_available: None) -> dict[str, Score]:
    articles = gold_articles()
    assert len(articles) >= MIN_ARTICLES
    result = score(articles, threshold=DEFAULT_THRESHOLD)
    print("\ndevelopment set, default threshold\n" + table(result))
    return result


@pytest.fixture(scope="module")
def with_dates(corpus_available: None) -> dict[str, Score]:
    result = score(gold_articles(), include_dates=True, threshold=DEFAULT_THRESHOLD)
    print("\ndevelopment set, the date kind on\n" + table(result))
    return result


def test_gold_files_hold_no_article_text() -> None:
    # The corpus pages are publishers' content: only offsets and hashes may be stored.
    folders = (GOLD, *HELD_OUT, *SECOND_ANNOTATIONS, TRAIN)
    for path in (path for folder in folders for path in folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert "text" not in doc
        assert len(doc["sha256"]) == 64
        for span in doc["spans"]:
            assert set(span) <= {"label", "start", "end", "attributes", "image_index"}


def test_gold_spans_lie_inside_their_texts(corpus_available: None) -> None:
    for article in gold_articles():
        for span in article.spans:
            assert 0 <= span["start"] < span["end"] <= len(article.text), article.id
            assert article.text[span["start"] : span["end"]].strip(), article.id


@pytest.mark.parametrize(
    "folder",
    HELD_OUT + SECOND_ANNOTATIONS,
    ids=lambda folder: folder.relative_to(folder.parents[1]).as_posix(),
)
def test_held_out_spans_lie_inside_their_imported_texts(folder: Path) -> None:
    # Offsets and attributes only: the pages are imported, no detector runs on them.
    if missing := missing_pages(folder):
        pytest.skip(f"{len(missing)} pages of {folder.name} not installed in {PAGES}")
    for article in imported_articles(folder):
        for span in article.spans:
            where = f"{article.id} {span['label']} {span['start']}-{span['end']}"
            assert 0 <= span["start"] < span["end"] <= len(article.text), where
            assert article.text[span["start"] : span["end"]].strip(), where
            attributes = span["attributes"]
            if span["label"] == "figure":
                date = attributes["kind"] == "date"
                assert isinstance(attributes["value"], str if date else (int, float)), where
            elif span["label"] == "caption":
                assert span["image_index"] is None or span["image_index"] < len(article.images)


def test_gold_has_chinese_and_english_articles(corpus_available: None) -> None:
    languages = {
        json.loads(path.read_text(encoding="utf-8"))["language"] for path in GOLD.glob("*.json")
    }
    assert {"en", "zh-Hans", "zh-Hant"} <= languages


def test_figures(scores: dict[str, Score]) -> None:
    figures = scores["figure"]
    assert figures.precision >= 0.95, figures.false_alarms
    assert figures.recall >= 0.95, figures.misses
    assert figures.values_right == figures.matched, figures.wrong_values


def test_dates_with_the_date_kind(with_dates: dict[str, Score]) -> None:
    figures = with_dates["figure"]
    assert figures.precision >= 0.95, figures.false_alarms
    assert figures.recall >= 0.95, figures.misses
    assert figures.values_right == figures.matched, figures.wrong_values  # ISO dates


def test_captions(scores: dict[str, Score]) -> None:
    captions = scores["caption"]
    assert captions.precision >= 0.95, captions.false_alarms
    assert captions.recall >= 0.95, captions.misses
    assert captions.images_right == captions.matched


#: The development set's claim floors (precision, recall) at each default they were measured
#: at, for the whole set and for its Chinese and English articles. Claims v9 (the refit on sets
#: 0–16, ADR 0030 "Twelfth round") lowered them: the refit's intercept (−0.692, v8's 0.146) puts
#: this generously marked set's cue-less sentences, most in languages the cue lists do not read,
#: under the default. 0.44 is the default the rule picks for v9 over sets 9–16 (the lead applies
#: it), 0.43 over sets 9–20 and 0.44 again over sets 9–21 (the thirteenth round); 0.50 is the
#: default before. A default not measured here fails the tests: measure first.
#: Claims v12 (the lexical part, fitted on sets 0–21 with this set; ADR 0132) raised them;
#: claims v12.1 (refitted on sets 0–22) held them within two sentences; claims v12.2 (on sets
#: 0–23) keeps them at 0.43 and 0.44 and finds four sentences fewer at 0.50; claims v12.3 (on
#: sets 0–24) finds one sentence fewer at 0.43 and 0.50, five at 0.44, two of the Chinese and
#: English ones at 0.43; claims v12.5 (the Chinese cues' other forms, on sets 0–25) one sentence
#: fewer at 0.43 (and one false alarm fewer), two more at 0.44, three more at 0.50 with three
#: false alarms more (ADR 0132, "v12.5"); claims v12.10 (refitted on sets 0–48, ADR 0144) five
#: fewer at 0.42 with ten false alarms fewer: the floors below are v12.10's, with v12.5's,
#: v12.3's, v12.2's, v12.1's, v12's and v9's in the comments.
CLAIM_FLOORS: dict[float, tuple[tuple[float, float], tuple[float, float]]] = {
    # v12.10 (refitted on sets 0-48, ADR 0144) at 0.50: P 0.813 R 0.610 (178 of 292, 219 shown);
    # Chinese and English 0.827 / 0.709 (129 of 182)
    # v12.5 at 0.50: P 0.802 R 0.610 (178 of 292, 222 shown); Chinese and English 0.812 / 0.736
    # (134 of 182) (v12.3: P 0.810 R 0.599, 175 of 216 shown; Chinese and English 0.824 / 0.720,
    # 131; v12.2: P 0.811 R 0.603, 176; Chinese and English 0.825 / 0.725, 132; v12.1: P 0.814
    # R 0.616, 180; Chinese and English 0.828 / 0.742, 135; v12: P 0.800 R 0.603, 176; Chinese
    # and English 0.819 / 0.720, 131; v9: P 0.772 R 0.534, 156; Chinese and English 0.788 /
    # 0.654, 119)
    0.50: ((0.81, 0.60), (0.82, 0.70)),
    # v12.5 at 0.44: P 0.780 R 0.678 (198 of 292); Chinese and English 0.794 / 0.786 (143 of
    # 182) (v12.3: P 0.772 R 0.671, 196; Chinese and English 0.783 / 0.775, 141; v12.2: P 0.785
    # R 0.688, 201; Chinese and English 0.800 / 0.791, 144; v12.1: P 0.777 R 0.682, 199; Chinese
    # and English 0.792 / 0.775, 141; v12: P 0.777 R 0.682, 199; Chinese and English 0.793 /
    # 0.780, 142; v9: P 0.735 R 0.599, 175; Chinese and English 0.750 / 0.709, 129)
    # v12.10 at 0.44: P 0.789 R 0.668 (195 of 292, 247 shown); Chinese and English 0.819 /
    # 0.769 (140 of 182)
    0.44: ((0.78, 0.66), (0.81, 0.76)),
    # v12.5 at 0.43, the rule's pick over sets 9-25 (as over sets 9-24 for v12.3, 9-23 for v12.2,
    # 9-22 for v12.1 and 9-21 for v12): P 0.769 R 0.685 (200 of 292, 260 shown); Chinese and
    # English 0.781 / 0.786 (143 of 182) (v12.3: P 0.770 R 0.688, 201 of 261 shown; Chinese and
    # English 0.780 / 0.780, 142; v12.2: P 0.777 R 0.692, 202; Chinese and English 0.791 /
    # 0.791, 144; v12.1: P 0.771 R 0.692, 202; Chinese and English 0.794 / 0.786, 143; v12: P
    # 0.776 R 0.699, 204; Chinese and English 0.789 / 0.780, 142; v9.0.2: P 0.722 R 0.606, 177;
    # Chinese and English 0.740 / 0.720, 131)
    # v12.9 (v12.5's weights) at 0.43, the rule's pick over sets 9-35 (the nineteenth round):
    # P 0.769 R 0.685 (200 of 292); Chinese and English 0.781 / 0.786 (143 of 182); and over
    # sets 9-42 (the twenty-first round, figures v12.22): the same
    # v12.10 at 0.43: P 0.784 R 0.671 (196 of 292, 250 shown); Chinese and English 0.814 /
    # 0.769 (140 of 182)
    0.43: ((0.78, 0.67), (0.81, 0.76)),
    # v12.5 at 0.42, the rule's pick over sets 9-27 (the seventeenth round, the gold of rules
    # 2.4): P 0.769 R 0.695 (203 of 292); Chinese and English 0.781 / 0.786 (143 of 182);
    # v12.9 at 0.42, the rule's pick over sets 9-36 (the twentieth round): the same
    # and over sets 9-44 (the twenty-first round, figures v12.24, captions v9.21): the same
    # v12.10 at 0.42, the default (refitted on sets 0-48 by the lead's decision, ADR 0144): P
    # 0.780 R 0.678 (198 of 292, 254 shown: five claims and ten false alarms fewer); Chinese and
    # English 0.806 / 0.775 (141 of 182, 175 shown: two claims and eight false alarms fewer)
    0.42: ((0.77, 0.67), (0.80, 0.77)),
    # v12.10 at 0.41, the rule's pick over sets 9-50 (the twenty-second round, figures v12.27,
    # captions v9.22): P 0.773 R 0.678 (198 of 292, 256 shown: two false alarms more than at
    # 0.42); Chinese and English 0.806 / 0.775 (141 of 182, 175 shown)
    0.41: ((0.77, 0.67), (0.80, 0.77)),
}


def test_claims(scores: dict[str, Score]) -> None:
    # The development set's own level at the default threshold (its weights were fitted on
    # it): a floor against regressions, not the goal. Its German, French, Spanish, Czech and
    # Polish articles have fewer cue words (recall 0.73 there). Claims v4 is fitted on the
    # stricter held-out 3 too, which costs this generous set two points (0.638 -> 0.618).
    # The fifth round moved the default threshold from 0.35 to 0.40 (chosen by
    # leave-one-set-out, ADR 0030): here P 0.613 -> 0.668, R 0.801 -> 0.771. Claims v8,
    # refitted with the stricter held-out 8 (its meeting reports and exhortations are not
    # claims), suggests six sentences more here: P 0.655 -> 0.646, R 0.760 -> 0.764. The
    # eleventh round moved the default to 0.50, chosen on the blind held-out sets 9-14 (ADR
    # 0030): this set, marked more liberally than they are, keeps P 0.648 -> 0.749, R 0.764 ->
    # 0.654 there (claims v8.6). Claims v9 at 0.50: P 0.772, R 0.534; claims v12 (the lexical
    # part) at its rule's 0.43: P 0.776, R 0.699; v12.1 (refitted with set 22) P 0.771, R 0.692;
    # v12.2 (with set 23) P 0.777, R 0.692; v12.3 (with set 24) P 0.770, R 0.688; v12.5 (with
    # set 25) P 0.769, R 0.685; v12.10 (with sets 26-48) at 0.42 P 0.780, R 0.678
    # (``CLAIM_FLOORS``).
    (precision, recall), _ = CLAIM_FLOORS[DEFAULT_THRESHOLD]
    claims = scores["claim"]
    assert claims.recall >= recall, claims.misses
    assert claims.precision >= precision, claims.false_alarms


def test_claims_in_chinese_and_english(corpus_available: None) -> None:
    articles = [a for a in gold_articles() if a.language in ("en", "zh-Hans", "zh-Hant")]
    claims = score(articles, threshold=DEFAULT_THRESHOLD)["claim"]
    # A floor against regressions on the set the weights were fitted on. Claims v7, refitted
    # on 155 articles with held-out 7 (ADR 0030), finds two sentences fewer here than v6 at the
    # default 0.40: 144 of 182 (R 0.791, P 0.696; v6 146, R 0.802, P 0.719). Claims v8 (179
    # articles, with held-out 8): 146 of 182 (R 0.802, P 0.682). At the default 0.50 (the
    # eleventh round, ADR 0030; claims v8.6): 137 of 182 (R 0.753, P 0.765). Claims v9
    # (``CLAIM_FLOORS``): 119 of 182 at 0.50, 129 at 0.44; claims v12: 142 at 0.43; v12.1: 143;
    # v12.2: 144; v12.3: 142; v12.5: 143; v12.10: 141 at 0.42.
    _, (precision, recall) = CLAIM_FLOORS[DEFAULT_THRESHOLD]
    assert claims.recall >= recall, claims.misses
    assert claims.precision >= precision, claims.false_alarms
