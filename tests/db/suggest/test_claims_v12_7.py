"""Claims v12.7 (the nineteenth round, issue 15): 网易号's platform notice, printed under every
self-media page of 163.com in Chinese and then in English, is page furniture and no claim
candidate in either language; a report that names a platform or a storage service is still
one. v12.5's weights: a Chinese small-count feature and a Chinese offset were measured out of
fit and not shipped (ADR 0132, "v12.7"). The notices are as held-out 7, 8 and 26–30 print them
(18 lines, none a claim); the other sentences are written for these tests."""

from __future__ import annotations

import pytest

from marginalia.db.suggest import claims
from marginalia.db.suggest.claims import claim_candidates, is_furniture
from marginalia.db.suggest.figures import find_figures
from tests.db.suggest.versions import at_least

LEAD = "盖洛普调查显示，美国成年人中认同为LGBTQ+的比例升至7.6%。"
NOTICE_ZH = (
    "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，"
    "本平台仅提供信息存储服务。"
)
NOTICE_EN = (
    "Notice: The content above (including the pictures and videos if any) is uploaded and "
    "posted by a user of NetEase Hao, which is a social media platform and only provides "
    "information storage services."
)


def candidates(text: str) -> list[str]:
    found = claim_candidates(text, find_figures(text))
    return [text[start:end].strip() for start, end, _ in found]


def test_the_detector_is_v12_7_or_later() -> None:
    assert claims.DETECTOR.startswith("claims/v12.")
    assert at_least(claims.DETECTOR, "claims/v12.7")


@pytest.mark.parametrize(
    "notice",
    [
        NOTICE_ZH,
        "特別聲明：以上內容為自媒體平台用戶上傳並發布，本平台僅提供信息存儲服務。",
        NOTICE_EN,
    ],
)
def test_the_platform_notice_is_furniture(notice: str) -> None:
    assert is_furniture(notice)


def test_the_notice_in_both_languages_under_an_article_leaves_the_candidates() -> None:
    assert candidates(f"{LEAD}\n{NOTICE_ZH}\n\n{NOTICE_EN}\n") == [LEAD]


@pytest.mark.parametrize(
    "claim",
    [
        "网易号平台去年新增注册作者12万人。",
        "该公司称，其云平台已为3000家企业提供信息存储服务。",
        "The company said it provides information storage services to 3,000 firms.",
        "Amazon only provides storage services in 12 regions, the report found.",
    ],
)
def test_a_report_naming_a_platform_or_a_storage_service_is_still_a_candidate(
    claim: str,
) -> None:
    assert not is_furniture(claim)
    assert candidates(f"{LEAD}\n{claim}\n") == [LEAD, claim]
