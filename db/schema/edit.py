"""Changing the label schema: undoable commands that never orphan an annotation (ADR 0082).

Every change is a :class:`SchemaChange` from one whole schema to another, planned against
the live annotations. A change that would leave annotations behind — a label in use deleted,
a choice in use removed, an attribute whose values do not fit its new kind or definition —
is refused with the reasons, or, asked to ``migrate``, carries an explicit migration of
those annotations (tombstone them; drop the values that no longer fit) that ``revert``
undoes. ``apply``/``revert`` are Qt-free; the desktop wraps them in ``QUndoCommand``s.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from .. import models as m
from ..connection import reading, writing
from ..errors import ConflictError, ValidationError, one_sentence
from ..messages import Message, reason_of
from ..reading import chunks, read_schema
from ..store import Store
from ..tables import ATTR, LABEL, A
from ..validation import _attribute_value
from ..values import AttributeDef, AttributeKind, Changes, Label, Schema

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_LABEL_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


class SchemaError(ValidationError):
    """A schema change is not allowed; the message gives every reason."""

    def __init__(self, reasons: Sequence[str]) -> None:
        super().__init__(one_sentence(reasons))
        self.reasons = tuple(reasons)


def check_schema(schema: Schema) -> None:
    """Refuse duplicate ids, names, keys and attribute names, and malformed definitions."""
    problems: list[str] = []
    for used, n in Counter(lb.id for lb in schema.labels).items():
        if n > 1:
            problems.append(Message("the label id {id} is used {n} times", id=repr(used), n=n))
    for used, n in Counter(lb.name.strip().casefold() for lb in schema.labels).items():
        if n > 1:
            problems.append(
                Message("the label name {name} is used {n} times", name=repr(used), n=n)
            )
    for used, n in Counter(lb.key for lb in schema.labels if lb.key).items():
        if n > 1:
            problems.append(Message("the key {key} is used {n} times", key=repr(used), n=n))
    for label in schema.labels:
        problems += _label_problems(label)
    if problems:
        raise SchemaError(problems)


def _label_problems(label: Label) -> list[str]:
    problems: list[str] = []
    if not _LABEL_ID.match(label.id):
        problems.append(
            Message("the label id {id} must be 1–64 letters, digits, _ . or -", id=repr(label.id))
        )
    if not label.name.strip():
        problems.append(Message("the label {id} has no name", id=repr(label.id)))
    if not _COLOUR.match(label.colour):
        problems.append(
            Message("the colour of {label} must look like #RRGGBB", label=repr(label.name))
        )
    if len(label.key) > 16:
        problems.append(Message("the key of {label} is too long", label=repr(label.name)))
    for name, n in Counter(a.name for a in label.attributes).items():
        if n > 1:
            problems.append(
                Message(
                    "{label} has the attribute {name} {n} times",
                    label=repr(label.name),
                    name=repr(name),
                    n=n,
                )
            )
    for attribute in label.attributes:
        name = repr(attribute.name)
        if not attribute.name.strip():
            problems.append(
                Message("{label} has an attribute without a name", label=repr(label.name))
            )
        if attribute.kind == AttributeKind.CHOICE:
            if not attribute.choices:
                problems.append(Message("the choice attribute {name} has no choices", name=name))
            elif len(set(attribute.choices)) != len(attribute.choices):
                problems.append(Message("the attribute {name} repeats a choice", name=name))
        elif attribute.choices:
            problems.append(_has_choices(attribute.kind, name))
    return problems


def _has_choices(kind: AttributeKind, name: str) -> Message:
    """An attribute of a kind without choices was given some (one sentence per kind, so
    that the kind reads in the window's language)."""
    if kind == AttributeKind.TEXT:
        return Message("the text attribute {name} has choices", name=name)
    if kind == AttributeKind.NUMBER:
        return Message("the number attribute {name} has choices", name=name)
    if kind == AttributeKind.BOOLEAN:
        return Message("the boolean attribute {name} has choices", name=name)
    return Message("the image attribute {name} has choices", name=name)


@dataclass(frozen=True, slots=True)
class AnnotationMigration:
    """One annotation's label state before and after a schema change."""

    annotation_id: str
    label: str
    attributes_before: Mapping[str, Any]
    attributes_after: Mapping[str, Any]
    delete: bool


@dataclass(frozen=True, slots=True)
class Orphan:
    annotation_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class SchemaChange:
    """An undoable change of the whole schema, with the migration of the annotations."""

    text: str
    before: Schema
    after: Schema
    migrations: tuple[AnnotationMigration, ...] = ()

    def apply(self, store: Store) -> Changes:
        return self._run(store, self.before, self.after, forward=True)

    def revert(self, store: Store) -> Changes:
        return self._run(store, self.after, self.before, forward=False)

    def _run(self, store: Store, expected: Schema, wanted: Schema, *, forward: bool) -> Changes:
        touched: set[int] = set()
        with writing(store) as conn:
            if _canonical(read_schema(conn)) != _canonical(expected):
                raise ConflictError(Message("the label schema was changed meanwhile; reload it"))
            if forward:
                write_schema(conn, wanted)
                touched = _migrate(conn, self.migrations, forward=True)
            else:
                touched = _migrate(conn, self.migrations, forward=False)
                write_schema(conn, wanted)
        store.forget_schema()
        return Changes(
            articles=frozenset(touched),
            annotations=frozenset(mi.annotation_id for mi in self.migrations),
            schema=True,
        )


def _canonical(schema: Schema) -> Any:
    return sorted(
        (
            lb.id,
            lb.name,
            lb.key,
            lb.colour,
            tuple((a.name, str(a.kind), tuple(a.choices)) for a in lb.attributes),
        )
        for lb in schema.labels
    )


def orphans(conn: Connection, after: Schema) -> tuple[list[Orphan], list[AnnotationMigration]]:
    """What ``after`` would orphan among the live annotations, and how to migrate them."""
    found: list[Orphan] = []
    migrations: list[AnnotationMigration] = []
    labels = {lb.id: lb for lb in after.labels}
    rows = conn.execute(
        select(A.c.id, A.c.label_id, A.c.attributes).where(A.c.deleted.is_(None))
    ).all()
    for annotation_id, label_id, attributes in rows:
        attributes = dict(attributes or {})
        label = labels.get(label_id)
        if label is None:
            found.append(
                Orphan(
                    annotation_id,
                    Message("the label {label} would be deleted", label=repr(label_id)),
                )
            )
            migrations.append(
                AnnotationMigration(annotation_id, label_id, attributes, attributes, True)
            )
            continue
        kept: dict[str, Any] = {}
        for name, value in attributes.items():
            definition = label.attribute(name)
            if definition is None:
                found.append(
                    Orphan(
                        annotation_id,
                        Message(
                            "{label}: the attribute {name} would go",
                            label=label.name,
                            name=repr(name),
                        ),
                    )
                )
                continue
            try:
                kept[name] = _attribute_value(definition, value)
            except ValidationError as exc:
                found.append(
                    Orphan(
                        annotation_id,
                        Message("{label}: {reason}", label=label.name, reason=reason_of(exc)),
                    )
                )
        if kept != attributes:
            migrations.append(AnnotationMigration(annotation_id, label_id, attributes, kept, False))
    return found, migrations


def plan(store: Store, after: Schema, text: str, *, migrate: bool = False) -> SchemaChange:
    """A change from the current schema to ``after``; refused if it would orphan
    annotations, unless ``migrate`` (then those annotations are migrated, undoably)."""
    check_schema(after)
    with reading(store) as conn:
        before = read_schema(conn)
        found, migrations = orphans(conn, after)
    if found and not migrate:
        reasons = Counter(o.reason for o in found)
        raise SchemaError(
            [_used_by(reason, n) for reason, n in reasons.items()]
            + [Message("apply it as a migration to delete those annotations or drop those values")]
        )
    return SchemaChange(text, before, after, tuple(migrations))


def _used_by(reason: str, n: int) -> Message:
    if n == 1:
        return Message("{reason} (used by {n} annotation)", reason=reason, n=n)
    return Message("{reason} (used by {n} annotations)", reason=reason, n=n)


def write_schema(conn: Connection, schema: Schema) -> None:
    """Make the stored schema ``schema``; labels still used by tombstones are retired."""
    wanted = {lb.id for lb in schema.labels}
    existing = {row.id: row for row in conn.execute(select(LABEL)).all()}
    used = set(conn.scalars(select(A.c.label_id).distinct()))
    # Park every name first, so that renames may swap names without a unique clash.
    for label_id in existing:
        conn.execute(update(LABEL).where(LABEL.c.id == label_id).values(name=f"\x01{label_id}"))
    for label_id, row in existing.items():
        if label_id in wanted:
            continue
        if label_id in used:
            conn.execute(
                update(LABEL)
                .where(LABEL.c.id == label_id)
                .values(retired=True, name=f"{row.name} \x01retired {label_id}")
            )
        else:
            conn.execute(delete(ATTR).where(ATTR.c.label_id == label_id))
            conn.execute(delete(LABEL).where(LABEL.c.id == label_id))
    for position, label in enumerate(schema.labels):
        values = {
            "name": label.name.strip(),
            "key": label.key,
            "colour": label.colour,
            "position": position,
            "retired": False,
        }
        if label.id in existing:
            conn.execute(update(LABEL).where(LABEL.c.id == label.id).values(**values))
        else:
            conn.execute(insert(LABEL).values(id=label.id, **values))
        conn.execute(delete(ATTR).where(ATTR.c.label_id == label.id))
        if label.attributes:
            conn.execute(
                insert(ATTR),
                [
                    {
                        "label_id": label.id,
                        "name": a.name.strip(),
                        "kind": str(a.kind),
                        "choices": list(a.choices),
                        "position": index,
                    }
                    for index, a in enumerate(label.attributes)
                ],
            )


def _migrate(
    conn: Connection, migrations: Sequence[AnnotationMigration], *, forward: bool
) -> set[int]:
    if not migrations:
        return set()
    by_id = {mi.annotation_id: mi for mi in migrations}
    articles: set[int] = set()
    now = m.utcnow()
    for chunk in chunks(list(by_id)):
        rows = conn.execute(
            select(A.c.id, A.c.article_id, A.c.attributes, A.c.deleted, A.c.revision).where(
                A.c.id.in_(list(chunk))
            )
        ).all()
        for row in rows:
            mi = by_id[row.id]
            expected = mi.attributes_before if forward else mi.attributes_after
            deleted_now = row.deleted is not None
            if dict(row.attributes or {}) != dict(expected) or deleted_now != (
                mi.delete and not forward
            ):
                raise ConflictError(
                    Message(
                        "annotation {id} was changed meanwhile; the schema change cannot be "
                        "applied or undone",
                        id=row.id,
                    )
                )
            values: dict[str, Any] = {
                "attributes": dict(mi.attributes_after if forward else mi.attributes_before),
                "revision": row.revision + 1,
                "updated": now,
            }
            if mi.delete:
                values["deleted"] = now if forward else None
            conn.execute(update(A).where(A.c.id == row.id).values(**values))
            articles.add(row.article_id)
    return articles


# -- the edits of the schema editor, each a planned SchemaChange ---------------------------


def _with_label(store: Store, label_id: str, **changes: Any) -> Schema:
    schema = store.schema()
    label = store.label(label_id)
    return Schema(
        tuple(replace(lb, **changes) if lb.id == label.id else lb for lb in schema.labels)
    )


def add_label(
    store: Store,
    label_id: str,
    name: str,
    key: str,
    colour: str,
    attributes: Iterable[AttributeDef] = (),
) -> SchemaChange:
    label = Label(label_id, name, key, colour, tuple(attributes))
    return plan(
        store, Schema((*store.schema().labels, label)), Message("Add label {label}", label=name)
    )


def rename_label(store: Store, label_id: str, name: str) -> SchemaChange:
    old = store.label(label_id).name
    return plan(
        store,
        _with_label(store, label_id, name=name),
        Message("Rename label {old_label} to {label}", old_label=old, label=name),
    )


def recolour_label(store: Store, label_id: str, colour: str) -> SchemaChange:
    label = store.label(label_id)
    return plan(
        store,
        _with_label(store, label_id, colour=colour),
        Message("Recolour {label}", label=label.name),
    )


def rekey_label(store: Store, label_id: str, key: str) -> SchemaChange:
    label = store.label(label_id)
    return plan(
        store,
        _with_label(store, label_id, key=key),
        Message("Change the key of {label}", label=label.name),
    )


def set_attributes(
    store: Store, label_id: str, attributes: Iterable[AttributeDef], *, migrate: bool = False
) -> SchemaChange:
    label = store.label(label_id)
    after = _with_label(store, label_id, attributes=tuple(attributes))
    return plan(
        store, after, Message("Edit the attributes of {label}", label=label.name), migrate=migrate
    )


def delete_label(store: Store, label_id: str, *, migrate: bool = False) -> SchemaChange:
    label = store.label(label_id)
    after = Schema(tuple(lb for lb in store.schema().labels if lb.id != label.id))
    return plan(store, after, Message("Delete label {label}", label=label.name), migrate=migrate)


def replace_schema(
    store: Store,
    schema: Schema,
    *,
    migrate: bool = False,
    text: str = Message("Replace the schema"),
) -> SchemaChange:
    return plan(store, schema, text, migrate=migrate)
