"""Claims v8.4 (the tenth round): a pointer to a graphic or a link, whole in parentheses, is
page furniture, never a candidate (held-out 12's first run: `(Graphic: Global assets in 2019 -
here)` shown at 0.64 and 0.46, no gold claim; ADR 0030, docs/performance.md "Claims v8.4 (set
12)"). A sentence whole in parentheses that states something, and a sentence that only mentions
a graphic or "here", still are candidates. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.claims import claim_candidates
from marginalia.db.suggest.figures import find_figures


def candidates(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in claim_candidates(text, find_figures(text))]


LEAD = "Oil prices rose 2% on Tuesday as the dollar fell to a three-week low."


@pytest.mark.parametrize(
    ("pointer", "statement"),
    [
        (
            "(Graphic: Global assets in 2019 - here)",
            "(The graphic shows global assets fell 4% in 2019.)",
        ),
        (
            "(GRAPHIC: Emerging market currencies vs. dollar)",
            "Graphics cards cost 30% more than in 2019.",
        ),
        (
            "(Factbox: What is at stake in the vote)",
            "(The vote was delayed twice in 2019.)",
        ),
        (
            "(For a graphic on the yuan's fall, click here)",
            "(The company said it would build a 200-bed hospital here)",
        ),
        (
            "(Interactive graphic: How the storm moved – here)",
            "Readers can see here how the storm moved 300 miles in a day.",
        ),
    ],
)
def test_a_pointer_to_a_graphic_or_a_link_is_no_candidate(pointer: str, statement: str) -> None:
    text = f"{LEAD}\n{pointer}\n{statement}\n"
    found = candidates(text)
    assert LEAD in found
    assert pointer not in found
    assert statement in found
