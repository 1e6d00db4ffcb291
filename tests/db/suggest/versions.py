"""Compare detector versions as numbers, so that ``v12.10`` comes after ``v12.9``.

A detector names itself ``"<name>/v<major>.<minor>[.<patch>]"`` (``claims/v12.8``). Tests that
pin "this version or a later one" compare with :func:`at_least`; comparing the strings would put
``claims/v12.10`` before ``claims/v12.7``.
"""

from __future__ import annotations


def parse(detector: str) -> tuple[str, tuple[int, ...]]:
    """``"claims/v12.8"`` → ``("claims", (12, 8))``."""
    name, _, version = detector.partition("/v")
    if not name or not version:
        raise ValueError(f"not a detector version: {detector!r}")
    return name, tuple(int(part) for part in version.split("."))


def at_least(detector: str, floor: str) -> bool:
    """True when ``detector`` is ``floor``'s detector at ``floor``'s version or later."""
    name, version = parse(detector)
    floor_name, floor_version = parse(floor)
    return name == floor_name and version >= floor_version
