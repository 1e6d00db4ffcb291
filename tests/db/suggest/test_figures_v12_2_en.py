"""Figures v12.2, English: forms found on 95 English news pages nobody annotated, before a blind
set meets them (docs/performance.md, "Figures v12.2, English (a review of unannotated English
pages)"; ADR 0136, "v12.2, English"). Sentences written for them in the pages' styles, none a
page's own; each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import find_figures

from .readings import EN, figures


def test_a_decimal_before_a_dash_and_a_number_is_read_without_failing() -> None:
    # names.is_name_number compared a variant (the "9" of 787-9) with int("0.1") and raised
    text = EN + "Pond ice albedo rose from 0.1-0.2 to 0.3-0.4 after the snowfall."
    assert all(f.start < f.end for f in find_figures(text))
