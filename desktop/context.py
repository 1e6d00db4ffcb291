"""What every window part is given instead of reaching for globals (style guide)."""

from __future__ import annotations

from dataclasses import dataclass

from marginalia.db.values import Schema

from .ops import OpRunner


@dataclass(slots=True)
class AppContext:
    """The op runner (the only way to the database), who is annotating, and the schema."""

    runner: OpRunner
    annotator: str
    schema: Schema
    #: the database as shown to the user (a path or a URL without password)
    database: str
