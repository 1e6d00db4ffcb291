"""Detector versions compare as numbers (tests/db/suggest/versions.py)."""

from __future__ import annotations

import pytest

from tests.db.suggest.versions import at_least, parse


def test_a_two_digit_minor_version_comes_after_a_one_digit_one() -> None:
    assert at_least("claims/v12.10", "claims/v12.7")
    assert not at_least("claims/v12.7", "claims/v12.10")
    assert "claims/v12.10" < "claims/v12.7"  # why strings will not do


def test_the_same_version_and_patch_levels() -> None:
    assert at_least("captions/v9.17", "captions/v9.17")
    assert at_least("claims/v9.0.2", "claims/v9.0")
    assert not at_least("claims/v9.0", "claims/v9.0.2")


def test_another_detector_is_never_at_least() -> None:
    assert not at_least("figures/v12.16", "claims/v12.7")


def test_a_name_without_a_version_is_refused() -> None:
    assert parse("figures/v12.16") == ("figures", (12, 16))
    with pytest.raises(ValueError, match="not a detector version"):
        parse("figures")
