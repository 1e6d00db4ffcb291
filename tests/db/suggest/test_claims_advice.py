"""Claims v9.1 (the thirteenth round, issue 15): advice to the reader and a related link's line.

Advice (`imperative`): an instruction after "Please", "Only" and the like, or after an opening
clause and its comma (`Only call NHS 111 if …`, `In Northern Ireland, call your GP.`), or
opening the sentence with a verb the imperative cue did not hold, before what it is done to
(`Download the … app`); over sets 0–19 and the training pages 16 such sentences, no gold claim.
A related link's line (a headline and its outlet in parentheses, no full stop) is furniture:
4 over the same sets, none a claim. Each form beside its near-misses: a noun where the verb
would be (`Call centres`, `Contact tracing`), a subject after the clause, a past tense, an
outlet credited inside a sentence that ends. The sentences are written for these tests (none
is a gold page's)."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.claims import claim_candidates, is_furniture
from marginalia.db.suggest.figures import find_figures

LEAD = "The agency said on Tuesday that 42 people were hurt in the quake."


def candidates(text: str) -> dict[str, dict[str, float]]:
    found = claim_candidates(text, find_figures(text))
    return {text[start:end].strip(): features for start, end, features in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Only call the helpline if you cannot cope with your symptoms at home.",
        "Please email newsdesk@example.com with your experiences.",
        "Always wash your hands for 20 seconds.",
        "In parts of the county where the line is closed, call the council on 0800 123 456.",
        "In Wales, contact your doctor.",
        "If you're on the app, click here to watch live.",
        "For more stories like this, check our news page.",
        "To see the video, watch it below.",
        "Download the station's app for full coverage of the storm.",
        "Keep your team informed on the latest news.",
        "Book an odd number of nights.",
        "“Stay in your homes,” the mayor said.",
    ],
)
def test_advice_to_the_reader_is_imperative(sentence: str) -> None:
    found = candidates(f"{LEAD}\n{sentence}\n")
    assert "imperative" in found[sentence], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Call centres in the region employ 4,000 people.",
        "Contact tracing began on Monday, officials said.",
        "Visit numbers rose 12% last year.",
        "In Wales, officials called the plan a failure.",
        "In March, use of the bridge fell by half.",
        "When police arrived, the driver ran.",
        "Only 12 people called the helpline in May.",
        "Once in the U.S., he promoted himself to the rank of general.",
        "Just 3% of voters took part.",
        "Book Club members met 12 times last year.",
        "Visit Britain said 3 million tourists came in May.",
    ],
)
def test_a_statement_is_not_advice(sentence: str) -> None:
    found = candidates(f"{LEAD}\n{sentence}\n")
    assert "imperative" not in found[sentence], sentence


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("What you need to know about the new rules (Sky News)", True),
        ("Pandemic has exposed the country's reality (The Guardian)", True),
        ("Video: Students may not be able to go home for Christmas (Wales Online)", True),
        ("The report was published on Monday (Reuters).", False),
        ("The investigation was led by the Superintendent (Ag.)", False),
        ("(BA)", False),
        ("Officials met the World Health Organization (WHO)", False),
    ],
)
def test_a_related_links_line_is_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture, line
