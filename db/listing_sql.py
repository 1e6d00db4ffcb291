"""The statements of the article list and the statistics, as SQLAlchemy Core (ADR 0102).

This is the one copy of their SQL. The store runs these statements on any database; the
quick reader of an up-to-date SQLite file runs the SQL that SQLAlchemy compiles from them for
SQLite, kept in :mod:`.listing_compiled` (``python -m marginalia.db.listing_sql`` writes it;
``tests/db/test_listing.py`` fails when the two differ). Every parameter is named
(``who``, ``statuses``, ``label``, ``pattern``, ``ids``, ``name``), so both readers bind the
same values (:mod:`.listing`).
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, bindparam, false, func, or_, select
from sqlalchemy.dialects import sqlite

from .listing import ANNOTATOR, LABELS, ROWS, TOTALS, ListShape, rows_key
from .tables import ART, ASSIGN, IMG, LABEL, STATUS, WHO, A


def statement(key: str) -> Select[Any]:
    """The statement that :mod:`.listing` names ``key``."""
    if key == ANNOTATOR:
        return select(WHO.c.id).where(WHO.c.name == bindparam("name"))
    if key == LABELS:
        return (
            select(LABEL.c.id, LABEL.c.name, LABEL.c.key, LABEL.c.colour, LABEL.c.position)
            .where(LABEL.c.retired == false())
            .order_by(LABEL.c.position, LABEL.c.id)
        )
    if key.startswith("totals."):
        return _totals(key)
    if key.startswith("rows."):
        return _rows(key)
    return _article_ids(ListShape.from_key(key))


def _article_ids(shape: ListShape) -> Select[Any]:
    stmt = select(ART.c.id).order_by(ART.c.id)
    who: BindParameter[Any] = bindparam("who")
    if shape.status:
        named = select(STATUS.c.article_id).where(
            STATUS.c.status.in_(bindparam("statuses", expanding=True))
        )
        anybody = select(STATUS.c.article_id)
        if shape.who:
            named = named.where(STATUS.c.annotator_id == who)
            anybody = anybody.where(STATUS.c.annotator_id == who)
        condition: ColumnElement[bool] = ART.c.id.in_(named)
        if shape.status == "named_or_new":
            condition = or_(condition, ART.c.id.not_in(anybody))
        stmt = stmt.where(condition)
    if shape.assigned:
        given = select(ASSIGN.c.article_id)
        if shape.who:
            given = given.where(ASSIGN.c.annotator_id == who)
        stmt = stmt.where(ART.c.id.in_(given))
    if shape.label:
        live = select(A.c.article_id).where(
            A.c.label_id == bindparam("label"), A.c.deleted.is_(None)
        )
        if shape.who:
            live = live.where(A.c.annotator_id == who)
        stmt = stmt.where(ART.c.id.in_(live))
    if shape.search:
        pattern: BindParameter[Any] = bindparam("pattern")
        stmt = stmt.where(
            or_(ART.c.title.like(pattern, escape="\\"), ART.c.text.like(pattern, escape="\\"))
        )
    return stmt


def _rows(key: str) -> Select[Any]:
    name, _, who = key.partition("+")
    ids: BindParameter[Any] = bindparam("ids", expanding=True)
    stmt: Select[Any]
    if name == "rows.base":
        columns = (ART.c.id, ART.c.title, ART.c.source, ART.c.chars, ART.c.language)
        return select(*columns, ART.c.encoding).where(ART.c.id.in_(ids))
    if name == "rows.images":
        return (
            select(IMG.c.article_id, func.count())
            .where(IMG.c.article_id.in_(ids))
            .group_by(IMG.c.article_id)
        )
    if name == "rows.counts":
        stmt = (
            select(A.c.article_id, A.c.label_id, func.count())
            .where(A.c.article_id.in_(ids), A.c.deleted.is_(None))
            .group_by(A.c.article_id, A.c.label_id)
        )
        if who:
            stmt = stmt.where(A.c.annotator_id == bindparam("who"))
        return stmt
    if name == "rows.statuses":
        stmt = select(STATUS.c.article_id).add_columns(STATUS.c.status)
        stmt = stmt.where(STATUS.c.article_id.in_(ids))
        if who:
            stmt = stmt.where(STATUS.c.annotator_id == bindparam("who"))
        return stmt
    raise KeyError(key)


def _totals(key: str) -> Select[Any]:
    if key == "totals.articles":
        return select(func.count()).select_from(ART)
    if key == "totals.labels":
        return (
            select(WHO.c.name, A.c.label_id, func.count())
            .select_from(A.join(WHO))
            .where(A.c.deleted.is_(None))
            .group_by(WHO.c.name, A.c.label_id)
        )
    if key == "totals.statuses":
        return (
            select(WHO.c.name, STATUS.c.status, func.count())
            .select_from(STATUS.join(WHO))
            .group_by(WHO.c.name, STATUS.c.status)
        )
    if key == "totals.assigned":
        stmt: Select[Any] = select(WHO.c.name, func.count())
        return stmt.select_from(ASSIGN.join(WHO)).group_by(WHO.c.name)
    if key == "totals.done":
        done_of_assigned = ASSIGN.join(WHO).join(
            STATUS,
            (STATUS.c.article_id == ASSIGN.c.article_id)
            & (STATUS.c.annotator_id == ASSIGN.c.annotator_id),
        )
        return (
            select(WHO.c.name, func.count())
            .select_from(done_of_assigned)
            .where(STATUS.c.status == bindparam("done"))
            .group_by(WHO.c.name)
        )
    raise KeyError(key)


def quick_keys() -> list[str]:
    """Every statement the quick reader may run: the list without ``assigned`` (the CLI has
    no such filter; the window, which has, always uses the store)."""
    keys = [ANNOTATOR, LABELS, *TOTALS]
    keys += [rows_key(name, who) for who in (False, True) for name in ROWS]
    for who, status, label, search in itertools.product(
        (False, True), ("", "named", "named_or_new"), (False, True), (False, True)
    ):
        keys.append(ListShape(who=who, status=status, label=label, search=search).key)
    return list(dict.fromkeys(keys))


def compiled_for_sqlite() -> dict[str, tuple[str, tuple[str, ...]]]:
    """``key: (SQL, the parameters' names in the order of its placeholders)`` for SQLite.

    Expanding parameters (``ids``, ``statuses``) stay as SQLAlchemy's
    ``__[POSTCOMPILE_name]`` token, which the quick reader replaces with one ``?`` per value,
    as SQLAlchemy does when it runs the statement.
    """
    dialect = sqlite.dialect()
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for key in quick_keys():
        compiled = statement(key).compile(dialect=dialect)
        found[key] = (str(compiled), tuple(compiled.positiontup or ()))
    return found


def write_compiled(path: Path) -> None:
    """Write :mod:`.listing_compiled`, as ``ruff format`` leaves it."""
    lines = [
        "# ruff: noqa: E501",
        '"""Generated by ``python -m marginalia.db.listing_sql`` from :mod:`.listing_sql`: the',
        "SQLite SQL of the article list and the statistics, for the quick reader (ADR 0102).",
        "",
        "Do not edit: ``tests/db/test_listing.py`` fails when this differs from what SQLAlchemy",
        'compiles."""',
        "",
        "#: key: (SQL, the parameters' names in placeholder order)",
        "QUERIES: dict[str, tuple[str, tuple[str, ...]]] = {",
    ]
    for key, (sql, names) in compiled_for_sqlite().items():
        quoted = ", ".join(_literal(name) for name in names)
        lines.append(f"    {_literal(key)}: (")
        lines.append(f"        {_literal(sql)},")
        lines.append(f"        ({quoted}{',' if len(names) == 1 else ''}),")
        lines.append("    ),")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _literal(text: str) -> str:
    """A string literal as ruff's formatter writes it (double quotes unless it holds some)."""
    return repr(text) if '"' in text and "'" not in text else json.dumps(text)


if __name__ == "__main__":
    write_compiled(Path(__file__).with_name("listing_compiled.py"))
    sys.exit(0)
