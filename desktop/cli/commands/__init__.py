"""One module per command; each has ``register(subparsers)`` that sets ``run``."""

from __future__ import annotations

from types import ModuleType

from . import (
    agreement,
    annotate,
    article,
    articles,
    backup,
    conflicts,
    export,
    import_annotations,
    import_articles,
    merge,
    package,
    schema,
    self_test,
    stats,
    suggest,
)

COMMANDS: list[ModuleType] = [
    import_articles,
    articles,
    article,
    annotate,
    stats,
    merge,
    conflicts,
    package,
    schema,
    agreement,
    suggest,
    export,
    import_annotations,
    backup,
    self_test,
]
