"""Whole ``annotations`` rows moved between two databases by a merge, as cheaply as the pair allows.

Between two SQLite files the rows are copied *as stored*: read from the driver's cursor and
written with the driver's ``executemany``, times and JSON left as the text SQLAlchemy wrote
(the same code wrote both files, so the stored forms agree). Any pair with PostgreSQL on a
side goes through SQLAlchemy's types instead (Python values, converted for each dialect).
Per-row type processing and parameter building were most of a merge's cost over moving the
rows (docs/performance.md, "Merge").

Only the few fields the merge rules read are interpreted, by :meth:`RowCopy.attributes`,
:meth:`RowCopy.moment` and ``row[DELETED] is not None``, which accept both forms.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select, update

from ..reading import CHUNK, chunks
from ..tables import A

#: The columns of ``annotations`` in the order every row tuple here has them.
COLUMNS: tuple[str, ...] = tuple(column.name for column in A.columns)
_AT = {name: index for index, name in enumerate(COLUMNS)}
ID = _AT["id"]
ARTICLE = _AT["article_id"]
LABEL = _AT["label_id"]
START = _AT["start"]
END = _AT["end"]
ATTRIBUTES = _AT["attributes"]
NOTE = _AT["note"]
IMAGE = _AT["image_id"]
ANNOTATOR = _AT["annotator_id"]
UPDATED = _AT["updated"]
REVISION = _AT["revision"]
DELETED = _AT["deleted"]

Row = tuple[Any, ...]

# remapped() spells the columns out for speed: a new column must be added there too.
_SPELLED_OUT = ("id", "article_id", "label_id", "start", "end", "quote", "prefix", "suffix",
                "attributes", "note", "image_id", "annotator_id", "created", "updated",
                "revision", "deleted", "provenance")  # fmt: skip
if COLUMNS != _SPELLED_OUT:  # pragma: no cover - caught by every merge test
    raise ImportError("the annotations table has other columns than rows.remapped() knows")


def remapped(
    row: Row,
    articles: Mapping[int, int],
    images: Mapping[int, int],
    annotators: Mapping[int, int],
    revision: int,
) -> Row:
    """``row`` with another database's article, image and annotator ids and ``revision``."""
    (id_, article, label, start, end, quote, prefix, suffix, attributes, note, image,
     annotator, created, updated, _revision, deleted, provenance) = row  # fmt: skip
    return (
        id_,
        articles[article],
        label,
        start,
        end,
        quote,
        prefix,
        suffix,
        attributes,
        note,
        None if image is None else images[image],
        annotators[annotator],
        created,
        updated,
        revision,
        deleted,
        provenance,
    )


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


class RowCopy:
    """Reads ``annotations`` rows of a source and a target, and writes them to the target."""

    def __init__(self, source: Connection, target: Connection) -> None:
        self.source = source
        self.target = target
        self.as_stored = source.dialect.name == "sqlite" and target.dialect.name == "sqlite"
        self._decoded: dict[str, dict[str, Any]] = {}

    # -- reading ------------------------------------------------------------------------

    def all_of_source(self) -> list[Row]:
        """Every row of the source, by id: written in that order, the target's indexes on
        the id are filled in one sweep instead of at random places (far less I/O)."""
        if self.as_stored:
            sql = f"SELECT {_quoted(COLUMNS)} FROM annotations"
            rows = list(self.source.connection.driver_connection.execute(sql))  # type: ignore[union-attr]
        else:
            rows = [tuple(row) for row in self.source.execute(select(A))]
        rows.sort(key=itemgetter(ID))
        return rows

    def in_target(self, ids: Sequence[str]) -> list[Row]:
        """The target's rows with these ids (those it has); ``ids`` sorted is fastest."""
        if not self.as_stored:
            found: list[Row] = []
            for chunk in chunks(ids, CHUNK):
                found.extend(
                    tuple(r) for r in self.target.execute(select(A).where(A.c.id.in_(chunk)))
                )
            return found
        driver = self.target.connection.driver_connection
        present: list[str] = []
        for chunk in chunks(ids, CHUNK):  # the id index alone answers this
            sql = f"SELECT id FROM annotations WHERE id IN ({', '.join('?' * len(chunk))})"
            present.extend(id_ for (id_,) in driver.execute(sql, tuple(chunk)))  # type: ignore[union-attr]
        rows: list[Row] = []
        for chunk in chunks(present, CHUNK):
            sql = (
                f"SELECT {_quoted(COLUMNS)} FROM annotations"
                f" WHERE id IN ({', '.join('?' * len(chunk))})"
            )
            rows.extend(driver.execute(sql, tuple(chunk)))  # type: ignore[union-attr]
        return rows

    # -- writing ------------------------------------------------------------------------

    def insert(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        if self.as_stored:
            sql = (
                f"INSERT INTO annotations ({_quoted(COLUMNS)})"
                f" VALUES ({', '.join('?' * len(COLUMNS))})"
            )
            self.target.connection.driver_connection.executemany(sql, rows)  # type: ignore[union-attr]
            return
        for chunk in chunks(rows, 2000):
            self.target.execute(insert(A), [dict(zip(COLUMNS, row, strict=True)) for row in chunk])

    def update(self, rows: Sequence[Row]) -> None:
        """Replace the target's rows of these ids with these values."""
        if not rows:
            return
        others = [name for name in COLUMNS if name != "id"]
        if self.as_stored:
            sql = f"UPDATE annotations SET {', '.join(f'"{n}" = ?' for n in others)} WHERE id = ?"
            self.target.connection.driver_connection.executemany(  # type: ignore[union-attr]
                sql, [(*row[:ID], *row[ID + 1 :], row[ID]) for row in rows]
            )
            return
        stmt = (
            update(A)
            .where(A.c.id == bindparam("_id"))
            .values({name: bindparam(f"_{name}") for name in others})
        )
        for chunk in chunks(rows, 2000):
            self.target.execute(
                stmt, [{f"_{k}": v for k, v in zip(COLUMNS, row, strict=True)} for row in chunk]
            )

    # -- values -------------------------------------------------------------------------

    def attributes(self, value: Any) -> dict[str, Any]:
        """A row's attributes as a dict (each distinct stored text decoded once)."""
        if isinstance(value, str):
            decoded = self._decoded.get(value)
            if decoded is None:
                decoded = self._decoded[value] = json.loads(value)
            return decoded
        return dict(value or {})

    @staticmethod
    def moment(value: Any) -> datetime:
        """A row's time as an aware UTC datetime (SQLite stores UTC text without a zone)."""
        if isinstance(value, datetime):
            return value
        return datetime.fromisoformat(value).replace(tzinfo=UTC)


def insert_plain(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Row]
) -> None:
    """Insert rows of ``columns`` that convert nothing (text, integers) in one ``executemany``.

    On SQLite straight through the driver (SQLAlchemy's per-row parameter building is most
    of the cost of a hundred thousand small rows); elsewhere through SQLAlchemy.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    sql = f"INSERT INTO {table.name} ({_quoted(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.connection.driver_connection.executemany(sql, rows)  # type: ignore[union-attr]
