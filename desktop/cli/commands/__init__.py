"""One module per command; each has ``register(subparsers)`` that sets ``run``."""

from __future__ import annotations

from types import ModuleType

from . import annotate, article, articles, import_articles, stats

COMMANDS: list[ModuleType] = [import_articles, articles, article, annotate, stats]
