"""Claims v12.6 (the eighteenth round, issue 15): 搜狐号's platform notice, which writes the view
before its "only represents" (`声明：该文观点仅代表作者本人，搜狐号系信息发布平台，…`), is a
disclaimer like `本文仅代表作者本人观点` and no claim candidate, whatever follows it; a report
that names a platform or a view is still one. v12.5's weights: the refit on sets 0–30 was
measured and not shipped (ADR 0132, "v12.6"). The sentences are written for these tests but
the first, the notice as held-out 30's `wpa-sohu-hrtrefusal` and held-out 10 print it."""

from __future__ import annotations

import pytest

from marginalia.db.suggest import claims
from marginalia.db.suggest.claims import claim_candidates, is_furniture
from marginalia.db.suggest.figures import find_figures
from tests.db.suggest.versions import at_least

LEAD = "英国医学会发布报告称，去年共有56名患者被拒绝开具处方。"


def candidates(text: str) -> list[str]:
    found = claim_candidates(text, find_figures(text))
    return [text[start:end].strip() for start, end, _ in found]


def test_the_detector_is_v12_6_or_later() -> None:
    assert claims.DETECTOR.startswith("claims/v12.")
    assert at_least(claims.DETECTOR, "claims/v12.6")


@pytest.mark.parametrize(
    "notice",
    [
        "声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "聲明：該文觀點僅代表作者本人，本平台僅提供資訊存儲空間服務。",
    ],
)
def test_a_platform_notice_with_the_view_first_is_furniture(notice: str) -> None:
    assert is_furniture(notice)
    assert candidates(f"{LEAD}\n{notice}\n") == [LEAD]


@pytest.mark.parametrize(
    "claim",
    [
        "搜狐号平台上月新增注册作者12万人。",
        "国家统计局信息发布平台显示，4月CPI同比上涨0.3%。",
        "调查显示，56%的受访者的观点与去年相同。",
    ],
)
def test_a_report_naming_a_platform_or_a_view_is_still_a_candidate(claim: str) -> None:
    assert not is_furniture(claim)
    assert candidates(f"{LEAD}\n{claim}\n") == [LEAD, claim]
