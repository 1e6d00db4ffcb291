"""Claims v12.8 (the nineteenth round, after held-out 34's first run, issue 15): an author's note
at the page's end (the writer's name and role opening a line in the text's last third: every
sentence of that line), contact data (`… can be reached at …`, `Contact reporter … at …`, `Follow
him on Twitter …`), a sourcing note (`The sources spoke on condition of anonymity because …`,
`Sources would not speak on the record, citing …`) and a Chinese author's note (`（作者…系…）`)
are page furniture, never claim candidates. v12.5's weights (ADR 0132, "v12.8"). The notes are
as held-out 3, 9, 14, 16, 19, 20, 23, 27, 29–31 and 34 print them (33 candidate sentences, none a
claim); the other sentences are written for these tests."""

from __future__ import annotations

import pytest

from marginalia.db.suggest import claims
from marginalia.db.suggest.claims import claim_candidates, is_furniture
from marginalia.db.suggest.figures import find_figures
from tests.db.suggest.versions import at_least

BODY = (
    "Fox News has filed a formal request for copies of court documents with the High Court.\n\n"
    "The committee voted 11 to 9 on Thursday to release the report.\n\n"
    "The FBI paid the author of the dossier $50,000 in 2016, two officials said.\n\n"
    "Senator Charles Grassley wrote to the bureau in March asking for the payment records.\n\n"
    "The Justice Department said on Friday that it had handed 12 documents to the committee.\n\n"
    "The company behind the dossier was paid more than $1 million by two law firms in 2016.\n\n"
    "Its lawyer told the committee in a letter that the firm had never worked for Russia.\n\n"
    "The hearing on the bureau's use of the dossier is set for June 5, the committee said.\n\n"
)
#: The text an author's note follows must be twice as long as the note (its last third).
BIO = (
    "Catherine Herridge is an award-winning Chief Intelligence correspondent for FOX News "
    "Channel (FNC) based in Washington, D.C. She covers intelligence, the Justice Department and "
    "the Department of Homeland Security. Herridge joined FNC in 1996 as a London-based "
    "correspondent."
)


def candidates(text: str) -> list[str]:
    found = claim_candidates(text, find_figures(text))
    return [text[start:end].strip() for start, end, _ in found]


def body_sentences() -> list[str]:
    return [line for line in BODY.split("\n") if line]


def test_the_detector_is_v12_8_or_later() -> None:
    assert claims.DETECTOR.startswith("claims/v12.")
    assert at_least(claims.DETECTOR, "claims/v12.8")


@pytest.mark.parametrize(
    "note",
    [
        BIO,
        "Pamela K. Browne is Senior Executive Producer at the FOX News Channel (FNC) and is "
        "Director of Long-Form Series and Specials. Her journalism has been recognized with "
        "several awards. Browne first joined FOX in 1997 to launch the news magazine “Fox Files”.",
        "Kisling is a reporter for Bloomberg News . Dye is a reporter for Bloomberg News.",
        "Chris Woodyard is an auto writer for USA TODAY who covers all aspects of motoring.",
    ],
)
def test_an_author_note_at_the_end_leaves_the_candidates_whole(note: str) -> None:
    assert candidates(f"{BODY}{note}\n") == body_sentences()


def test_a_reporter_named_in_the_story_is_still_a_candidate() -> None:
    lead = "Evan Gershkovich is a reporter for The Wall Street Journal who was detained in 2023."
    text = f"{lead}\n\n{BODY}"
    assert candidates(text) == [lead, *body_sentences()]


@pytest.mark.parametrize(
    "line",
    [
        "David Bruce can be reached at 870-1736 or by email.",
        "Travis Andersen can be reached at travis.andersen@globe.com.",
        "Matt Friedman may be reached at mfriedman@njadvancemedia.com.",
        "Contact reporter Tatiana Parafiniuk-Talesnick at Tatiana@registerguard.com.",
        "Contact David Ferrara at dferrara@reviewjournal.com or 702-380-1039.",
        "Follow him on Twitter @MattFriedmanSL.",
        "（作者韩涵系政邦智库研究员）",
        "▲（作者是《环球时报》评论员）",
    ],
)
def test_contact_data_and_a_chinese_author_note_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Contact tracing began in May, and 3,000 people were reached by June.",
        "Follow-up tests found 12 more cases.",
        "该书作者是一名退休教师，已出版3本书。",
    ],
)
def test_a_report_that_names_contact_or_an_author_is_no_furniture(sentence: str) -> None:
    assert not is_furniture(sentence)


@pytest.mark.parametrize(
    "note",
    [
        "The sources spoke on condition of anonymity because they were not authorized to discuss "
        "the negotiations, which also include previously reported contracts.",
        "Sources would not speak on the record, citing the sensitivity of the matter.",
        "The official spoke on condition of anonymity because he did not want to be linked to "
        "coverage of the shooting.",
        "Both officials asked not to be named.",
    ],
)
def test_a_sourcing_note_leaves_the_candidates(note: str) -> None:
    assert candidates(f"{BODY}{note}\n") == body_sentences()


@pytest.mark.parametrize(
    "claim",
    [
        "The rebels regained some ground, according to three residents who spoke on condition "
        "of anonymity for fear of reprisal.",
        "The official, who spoke on condition of anonymity, said 40 soldiers were killed.",
        "Two officials spoke on condition of anonymity on Friday and said the deal was signed.",
    ],
)
def test_a_fact_reported_by_an_unnamed_source_is_still_a_candidate(claim: str) -> None:
    assert candidates(f"{BODY}{claim}\n") == [*body_sentences(), claim]
