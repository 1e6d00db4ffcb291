"""Merge conflicts: listed for the lead and resolved as ours, theirs or an edited version.

Resolving records the source's version as seen (the merge base with that source), so that
merging the same source again does not bring the conflict back (ADR 0080).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, insert, select, update

from .. import models as m
from ..connection import reading, writing
from ..errors import NotFoundError, ValidationError
from ..messages import Message
from ..store import Store
from ..tables import CONFLICT, IMG, LINK, A
from ..validation import check_span, validate_attributes
from ..values import Annotation, Changes, Outcome, quote_context
from .sync import Content, write_bases


class Resolution(StrEnum):
    OURS = "ours"
    THEIRS = "theirs"
    EDITED = "edited"


@dataclass(frozen=True, slots=True)
class Conflict:
    """One annotation changed differently here and in ``source``."""

    id: int
    annotation_id: str
    article_id: int
    source: str
    ours: Annotation
    theirs: Content
    their_revision: int
    their_updated: str
    detected: datetime
    resolved: datetime | None
    resolution: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "annotation": self.annotation_id,
            "article": self.article_id,
            "source": self.source,
            "ours": {
                "label": self.ours.label,
                "start": self.ours.start,
                "end": self.ours.end,
                "attributes": dict(self.ours.attributes),
                "note": self.ours.note,
                "deleted": self.ours.is_deleted,
                "revision": self.ours.revision,
            },
            "theirs": {**self.theirs.to_dict(), "revision": self.their_revision},
            "detected": self.detected.isoformat(),
            "resolved": self.resolved.isoformat() if self.resolved else None,
            "resolution": self.resolution,
        }


def conflicts(store: Store, *, include_resolved: bool = False) -> list[Conflict]:
    """The merge conflicts, oldest first (only the open ones unless asked)."""
    stmt = select(CONFLICT).order_by(CONFLICT.c.id)
    if not include_resolved:
        stmt = stmt.where(CONFLICT.c.resolved.is_(None))
    with reading(store) as conn:
        rows = conn.execute(stmt).all()
    return [
        Conflict(
            id=row.id,
            annotation_id=row.annotation_id,
            article_id=row.article_id,
            source=row.source,
            ours=store.annotation(row.annotation_id),
            theirs=Content.from_dict(row.theirs["annotation"]),
            their_revision=int(row.theirs["revision"]),
            their_updated=str(row.theirs.get("updated", "")),
            detected=row.detected,
            resolved=row.resolved,
            resolution=row.resolution,
        )
        for row in rows
    ]


def resolve_conflict(
    store: Store,
    conflict_id: int,
    resolution: Resolution | str,
    edited: Mapping[str, Any] | None = None,
) -> Outcome[Annotation]:
    """Settle a conflict: keep ours, take theirs, or store ``edited`` (label, start, end,
    attributes, note, deleted — missing keys keep our value). The annotation's revision
    goes past both sides', so the result wins the next merge in either direction."""
    resolution = Resolution(resolution)
    with reading(store) as conn:
        row = conn.execute(select(CONFLICT).where(CONFLICT.c.id == conflict_id)).first()
    if row is None:
        raise NotFoundError(Message("there is no merge conflict {id}", id=conflict_id))
    if row.resolved is not None:
        raise ValidationError(Message("merge conflict {id} is already resolved", id=conflict_id))
    ours = store.annotation(row.annotation_id)
    theirs = Content.from_dict(row.theirs["annotation"])
    values: dict[str, Any] = {}
    links: tuple[tuple[str, str], ...] | None = None
    if resolution is Resolution.THEIRS:
        values, links = _values_of(store, ours, theirs)
    elif resolution is Resolution.EDITED:
        if not edited:
            raise ValidationError(  # a bug: not for the user
                "an edited resolution needs the edited values"
            )
        base = Content(
            ours.label,
            ours.start,
            ours.end,
            ours.attributes,
            ours.note,
            None,
            tuple(sorted((li.target, li.kind) for li in ours.links)),
            ours.annotator,
            ours.is_deleted,
        )
        merged = Content(
            label=str(edited.get("label", base.label)),
            start=int(edited.get("start", base.start)),
            end=int(edited.get("end", base.end)),
            attributes=dict(edited.get("attributes", base.attributes)),
            note=str(edited.get("note", base.note)),
            image_position=None,
            links=base.links,
            annotator=base.annotator,
            deleted=bool(edited.get("deleted", base.deleted)),
        )
        values, _ = _values_of(store, ours, merged)
        values.pop("image_id", None)
    now = m.utcnow()
    revision = max(ours.revision, int(row.theirs["revision"])) + 1
    with writing(store) as conn:
        done = conn.execute(
            update(A)
            .where(A.c.id == ours.id, A.c.revision == ours.revision)
            .values(**values, revision=revision, updated=now)
        )
        if done.rowcount != 1:
            from ..errors import ConflictError

            raise ConflictError(
                Message("the annotation was changed meanwhile; reload and resolve again")
            )
        if links is not None:
            conn.execute(delete(LINK).where(LINK.c.source_id == ours.id))
            present = set(conn.scalars(select(A.c.id).where(A.c.id.in_([t for t, _k in links]))))
            kept = [
                {"source_id": ours.id, "target_id": t, "kind": k} for t, k in links if t in present
            ]
            if kept:
                conn.execute(insert(LINK), kept)
        write_bases(
            conn,
            str(row.theirs["peer"]),
            [(ours.id, int(row.theirs["revision"]), row.theirs["digest"])],
        )
        conn.execute(
            update(CONFLICT)
            .where(CONFLICT.c.id == conflict_id)
            .values(resolved=now, resolution=str(resolution))
        )
    result = store.annotation(ours.id)
    return Outcome(
        result,
        Changes(articles=frozenset({result.article_id}), annotations=frozenset({result.id})),
    )


def _values_of(
    store: Store, ours: Annotation, wanted: Content
) -> tuple[dict[str, Any], tuple[tuple[str, str], ...]]:
    text = store.text(ours.article_id)
    check_span(text, wanted.start, wanted.end)
    label = store.label(wanted.label)
    quote, prefix, suffix = quote_context(text, wanted.start, wanted.end)
    image_id: int | None = None
    if wanted.image_position is not None:
        with reading(store) as conn:
            image_id = conn.scalar(
                select(IMG.c.id).where(
                    IMG.c.article_id == ours.article_id, IMG.c.position == wanted.image_position
                )
            )
    values: dict[str, Any] = {
        "label_id": label.id,
        "start": wanted.start,
        "end": wanted.end,
        "quote": quote,
        "prefix": prefix,
        "suffix": suffix,
        "attributes": validate_attributes(label, wanted.attributes),
        "note": wanted.note,
        "image_id": image_id,
        "deleted": (ours.deleted or m.utcnow()) if wanted.deleted else None,
    }
    return values, wanted.links
