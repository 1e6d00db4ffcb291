"""The article list and the statistics, read the same way by the store and the quick reader.

Two readers answer ``marginalia-cli articles`` and ``stats`` (ADR 0102): the
:class:`~marginalia.db.store.Store` (SQLAlchemy, any database) and, for an up-to-date SQLite
file in a fresh CLI process, :mod:`.quick_read` (``sqlite3`` alone: loading SQLAlchemy costs
more than the command's whole start-up budget, issue 14). Both run the functions here, which
hold every step between the rows and the values; they differ only in how a named statement
is run. The statements are SQLAlchemy Core (:mod:`.listing_sql`); the quick reader runs the
SQL compiled from them (:mod:`.listing_compiled`, held equal by a test).

This module imports neither SQLAlchemy nor anything that does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import ValidationError
from .messages import Message
from .values import GOLD, ArticleQuery, ArticleRow, Label, Schema, Status

#: Runs the statement named ``key`` (see :class:`ListShape` and :mod:`.listing_sql`) with
#: these parameters and returns its rows as tuples.
Run = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]

#: How many ids go into one ``IN (...)`` (the reading module's ``CHUNK``; SQLite allows
#: 32766 bound values, PostgreSQL 65535).
CHUNK = 900

#: The statements of :func:`read_totals`, in the order they run.
TOTALS = ("totals.articles", "totals.labels", "totals.statuses", "totals.assigned", "totals.done")
#: The statements of :func:`article_rows`; those marked ``+who`` count one annotator only.
ROWS = ("rows.base", "rows.images", "rows.counts", "rows.statuses")
ANNOTATOR = "annotator_id"
LABELS = "labels"

_STATUS_ORDER = [Status.NEW, Status.SKIPPED, Status.IN_PROGRESS, Status.DONE]


@dataclass(frozen=True, slots=True)
class ListShape:
    """Which clauses the article-id statement of a query has (its values are parameters).

    ``status``: ``""`` (no filter), ``"named"`` (one of the named statuses) or
    ``"named_or_new"`` (also the articles without a status row, which read as new).
    """

    who: bool = False
    status: str = ""
    assigned: bool = False
    label: bool = False
    search: bool = False

    @property
    def key(self) -> str:
        flags = [name for name in ("who", "assigned", "label", "search") if getattr(self, name)]
        if self.status:
            flags.append(f"status={self.status}")
        return "article_ids" + "".join(f"+{flag}" for flag in flags)

    @classmethod
    def from_key(cls, key: str) -> ListShape:
        name, *flags = key.split("+")
        if name != "article_ids":
            raise KeyError(key)
        status = next((f.split("=", 1)[1] for f in flags if f.startswith("status=")), "")
        return cls(
            who="who" in flags,
            status=status,
            assigned="assigned" in flags,
            label="label" in flags,
            search="search" in flags,
        )


def rows_key(name: str, who: bool) -> str:
    return f"{name}+who" if who and name in ("rows.counts", "rows.statuses") else name


def annotator_id(run: Run, name: str | None) -> int | None:
    """Whose statuses and counts the list shows: ``None`` for everybody's, ``-1`` for a name
    nobody has used yet (every article is new for them)."""
    if name is None:
        return None
    name = name.strip()
    if not name:
        raise ValidationError(Message("the annotator name is empty"))
    found = run(ANNOTATOR, {"name": name})
    return int(found[0][0]) if found else -1


def find_label(labels: Sequence[Label], id_or_name: str) -> Label:
    """The label with this id, else this name (case-insensitive), else this key."""
    found = Schema(tuple(labels)).label(id_or_name)
    if found is None:
        known = ", ".join(lb.name for lb in labels)
        raise ValidationError(
            Message("unknown label {label} (known: {known})", label=repr(id_or_name), known=known)
        )
    return found


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def article_ids(run: Run, query: ArticleQuery, label_of: Callable[[str], Label]) -> list[int]:
    """The ids of the articles a query selects, in list order."""
    who = annotator_id(run, query.annotator)
    status = ""
    if query.statuses:
        status = "named_or_new" if Status.NEW in query.statuses else "named"
    shape = ListShape(
        who=who is not None,
        status=status,
        assigned=query.assigned,
        label=bool(query.label),
        search=bool(query.search),
    )
    params: dict[str, Any] = {"who": who}
    if status:
        params["statuses"] = sorted(str(s) for s in query.statuses)
    if query.label:
        params["label"] = label_of(query.label).id
    if query.search:
        params["pattern"] = "%" + escape_like(query.search) + "%"
    return [int(row[0]) for row in run(shape.key, params)]


def article_rows(run: Run, ids: Sequence[int], annotator: str | None) -> list[ArticleRow]:
    """List rows for these ids (in the same order), without their texts."""
    if not ids:
        return []
    who = annotator_id(run, annotator)
    params = {"ids": list(ids), "who": who}
    base, images, counted, status_rows = (
        run(rows_key(name, who is not None), params) for name in ROWS
    )
    image_counts = {int(article): int(n) for article, n in images}
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for article, label_id, n in counted:
        counts[article][label_id] = n
    statuses: dict[int, Status] = {}
    for article, status in status_rows:
        statuses[article] = _combine_status(statuses.get(article), Status(status))
    by_id = {
        row[0]: ArticleRow(
            id=row[0],
            title=row[1],
            source=row[2],
            chars=row[3],
            images=image_counts.get(row[0], 0),
            language=row[4],
            encoding=row[5],
            status=statuses.get(row[0], Status.NEW),
            counts=dict(counts.get(row[0], {})),
        )
        for row in base
    }
    return [by_id[i] for i in ids if i in by_id]


def article_list(
    run: Run, query: ArticleQuery, label_of: Callable[[str], Label]
) -> list[ArticleRow]:
    """The rows of every article a query selects (the CLI's ``articles``)."""
    ids = article_ids(run, query, label_of)
    rows: list[ArticleRow] = []
    for start in range(0, len(ids), CHUNK):
        rows.extend(article_rows(run, ids[start : start + CHUNK], query.annotator))
    return rows


def labels(rows: Iterable[Sequence[Any]]) -> list[Label]:
    """Labels (without their attributes) from the rows of the ``labels`` statement."""
    return [Label(row[0], row[1], row[2], row[3], (), row[4]) for row in rows]


def read_totals(run: Run) -> dict[str, Any]:
    """Counts and progress per annotator and label (``Store.stats``, the CLI's ``stats``).

    Only what exists counts: live annotations, never tombstones (an undone accept, a
    delete). The adjudicated set of :data:`~.values.GOLD` is not an annotator: it is
    reported apart, under ``gold``. ``assigned`` is how many articles the annotator was
    given, ``assigned_done`` how many of those they marked done.
    """
    params = {"done": str(Status.DONE)}
    found, labelled, statused, given, done = (run(key, params) for key in TOTALS)
    articles = int(found[0][0] or 0) if found else 0
    per_label: dict[str, dict[str, int]] = defaultdict(dict)
    for name, label_id, n in labelled:
        per_label[name][label_id] = n
    per_status: dict[str, dict[str, int]] = defaultdict(dict)
    for name, status, n in statused:
        per_status[name][status] = n
    assigned = {name: n for name, n in given}
    assigned_done = {name: n for name, n in done}
    annotators = sorted((set(per_label) | set(per_status) | set(assigned)) - {GOLD})
    gold = per_label.get(GOLD, {})
    return {
        "articles": articles,
        "annotators": [
            {
                "name": name,
                "annotations": sum(per_label[name].values()),
                "labels": dict(sorted(per_label[name].items())),
                "status": {
                    str(s): per_status[name].get(str(s), 0) for s in Status if s != Status.NEW
                },
                "assigned": assigned.get(name, 0),
                "assigned_done": assigned_done.get(name, 0),
            }
            for name in annotators
        ],
        "gold": {"annotations": sum(gold.values()), "labels": dict(sorted(gold.items()))},
    }


def _combine_status(a: Status | None, b: Status) -> Status:
    """Across annotators, the list shows the least finished real status."""
    if a is None:
        return b
    return min(a, b, key=_STATUS_ORDER.index)
