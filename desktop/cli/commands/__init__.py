"""One module per command; each has ``register(subparsers)`` that sets ``run``."""

from __future__ import annotations

from types import ModuleType

from . import (
    annotate,
    article,
    articles,
    export,
    import_annotations,
    import_articles,
    stats,
    suggest,
)

COMMANDS: list[ModuleType] = [
    import_articles,
    articles,
    article,
    annotate,
    stats,
    suggest,
    export,
    import_annotations,
]
