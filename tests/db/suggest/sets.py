"""The gold sets' folders, in one place (docs/suggest-gold.md; each set: docs/suggest-gold-sets.md).

Imports nothing from the detectors, so the page installer can use it too. A new held-out set
is a folder ``tests/data/suggest_gold_heldoutN`` (N the next number) and its number in
``NOT_MEASURED`` until its one first run: scripts that fit or tune (``fit_claims``,
``claims_oof``) read only the measured sets; the installer, the structural tests and
``bench/suggest_heldout.py --set N`` read every set.
"""

from __future__ import annotations

from itertools import count
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"
#: the development set (rebuilt from the shared corpus) and the claims-only training pages
GOLD = DATA / "suggest_gold"
TRAIN = DATA / "suggest_gold_train"


def held_out(number: int) -> Path:
    """Held-out set ``number``'s folder (the first has no number in its name)."""
    return DATA / ("suggest_gold_heldout" if number == 1 else f"suggest_gold_heldout{number}")


#: every held-out set whose folder exists, by its number as a string ("1" … )
HELD_OUT_SETS: dict[str, Path] = {}
for _number in count(1):
    if not held_out(_number).is_dir():
        break
    HELD_OUT_SETS[str(_number)] = held_out(_number)
#: the held-out sets not measured yet: blind, never fitted or tuned on (the lead removes a set's
#: number once its first run is recorded in docs/performance.md)
NOT_MEASURED: frozenset[str] = frozenset()
#: the held-out sets whose pages a second annotator marked too (claims only, ``second/`` in the
#: folder; bench/suggest_agreement.py), by number
SECOND_ANNOTATED: dict[str, Path] = {
    name: folder / "second"
    for name, folder in HELD_OUT_SETS.items()
    if (folder / "second").is_dir()
}
#: the held-out sets measured once and development data since
MEASURED_SETS: dict[str, Path] = {
    name: folder for name, folder in HELD_OUT_SETS.items() if name not in NOT_MEASURED
}
