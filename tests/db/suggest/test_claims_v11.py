"""Claims v8.3 (the tenth round): a request for comment that got no answer is no candidate
(ADR 0030, docs/performance.md "Claims v11": fifteen in sets 0–11, none a gold claim, six shown
at 0.62–0.72); a sentence of the same shape that states a figure, a date or what someone said
still is. The sentences are written for these tests (none is a gold page's)."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.claims import ASKED, claim_candidates
from marginalia.db.suggest.figures import find_figures


def candidates(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in claim_candidates(text, find_figures(text))]


@pytest.mark.parametrize(
    ("no_comment", "claim"),
    [
        (
            "The port authority did not immediately respond to a request for comment.",
            "The port authority did not immediately respond, and 14 ships waited on Monday.",
        ),
        (
            "The ministry declined to provide that estimate.",
            "The ministry declined to provide that estimate, but said 300 staff had moved.",
        ),
        (
            "We have asked the studio for comment and will update this story if it responds.",
            "The studio was asked for comment in 2019 and later removed the feature.",
        ),
        (
            "The paper has contacted the embassy about the claims but has yet to receive a reply.",
            "The embassy said it had not received the claims.",
        ),
        (
            "记者就此联系该公司相关负责人，但截至发稿前公司并未回复。",
            "截至发稿时，该公司未作回应，另一家公司回复记者表示，新店已正式开业。",
        ),
        (
            "记者通过电子邮件联系了该厂，截至发稿时，尚未收到回应。",
            "截至发稿时，该厂已向30名员工支付赔偿。",
        ),
    ],
)
def test_a_request_for_comment_without_an_answer_is_no_candidate(
    no_comment: str, claim: str
) -> None:
    assert candidates(no_comment) == []
    assert candidates(claim) == [claim]


def test_a_no_comment_still_shapes_its_neighbours_features() -> None:
    # As furniture does: the weights were fitted with it among the candidates.
    text = (
        "The ministry said 40 people were hurt.\n"
        "The airline did not immediately respond to a request for comment.\n"
        "Flights resumed on Tuesday."
    )
    found = claim_candidates(text, find_figures(text))
    assert [text[start:end] for start, end, _ in found] == [
        "The ministry said 40 people were hurt.",
        "Flights resumed on Tuesday.",
    ]
    assert "previous_figure" not in found[1][2]  # its neighbour was the no-comment
    assert "next_figure" not in found[0][2]


def test_the_no_comment_gate_is_no_feature() -> None:
    # sentence_features marks where the no-comment forms may be (a cheap first test on the
    # words it splits anyway); the mark never reaches the model, the fit or a decision's record.
    text = (
        "The airline declined to comment on the 30 cancelled flights.\n"
        "记者联系该公司，截至发稿前，公司称已赔偿20名乘客。"
    )
    found = claim_candidates(text, find_figures(text))
    assert len(found) == 2
    assert all(ASKED not in features for _, _, features in found)
