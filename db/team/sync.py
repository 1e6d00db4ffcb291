"""What merging and work packages share: database identity, annotation digests, merge bases.

A *digest* is the hash of what an annotation says (label, span, attributes, note, image by
position, links, annotator, deleted or not) — not of its times, revision or provenance.
A *merge base* is the digest two databases last agreed on for one annotation; comparing
both sides with it tells a one-sided change from a true conflict (ADR 0080).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from ..reading import CHUNK, chunks
from ..tables import BASE, IMG, LINK, META, WHO
from .rows import insert_plain


def database_id(conn: Connection) -> str:
    """This database's stable identity (made and stored on first use in older files)."""
    found = conn.scalar(select(META.c.value).where(META.c.key == "database_id"))
    if found is None:
        found = str(uuid.uuid4())
        conn.execute(insert(META).values(key="database_id", value=found))
    return str(found)


def read_meta(conn: Connection, key: str) -> str | None:
    value = conn.scalar(select(META.c.value).where(META.c.key == key))
    return None if value is None else str(value)


def write_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(META).where(META.c.key == key))
    conn.execute(insert(META).values(key=key, value=value))


#: One encoder for every digest (``json.dumps`` with options builds a new one per call).
_CANONICAL = json.JSONEncoder(
    sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
)
#: How that encoder writes a string (the C function where there is one).
_string: Callable[[str], str] = json.encoder.encode_basestring


def digest(
    label: str,
    start: int,
    end: int,
    attributes: Mapping[str, Any],
    note: str,
    image_position: int | None,
    links: Sequence[tuple[str, str]],
    annotator: str,
    deleted: bool,
) -> str:
    """The SHA-256 of what an annotation says (``links`` sorted); see :class:`Content`.

    The hashed text is the canonical JSON of ``[label, start, end, attributes, note,
    image_position, links, annotator, deleted]`` (keys sorted, no spaces, no ASCII escapes).
    It is spelled out here rather than encoded as a whole because a merge hashes every
    annotation; ``tests/db/team/test_digest.py`` holds it equal to the encoder's output.
    """
    payload = (
        f"[{_string(label)},{start},{end},"
        f"{_CANONICAL.encode(dict(attributes)) if attributes else '{}'},{_string(note)},"
        f"{'null' if image_position is None else image_position},"
        f"{_CANONICAL.encode([list(link) for link in links]) if links else '[]'},"
        f"{_string(annotator)},{'true' if deleted else 'false'}]"
    )
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Content:
    """What an annotation says, independent of the database it is in."""

    label: str
    start: int
    end: int
    attributes: Mapping[str, Any]
    note: str
    image_position: int | None
    links: tuple[tuple[str, str], ...]
    annotator: str
    deleted: bool

    def digest(self) -> str:
        return digest(
            self.label,
            self.start,
            self.end,
            self.attributes,
            self.note,
            self.image_position,
            self.links,
            self.annotator,
            self.deleted,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "attributes": dict(self.attributes),
            "note": self.note,
            "image_position": self.image_position,
            "links": [{"target": t, "kind": k} for t, k in self.links],
            "annotator": self.annotator,
            "deleted": self.deleted,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Content:
        return cls(
            label=str(data["label"]),
            start=int(data["start"]),
            end=int(data["end"]),
            attributes=dict(data.get("attributes") or {}),
            note=str(data.get("note") or ""),
            image_position=data.get("image_position"),
            links=tuple(sorted((str(li["target"]), str(li["kind"])) for li in data["links"])),
            annotator=str(data["annotator"]),
            deleted=bool(data["deleted"]),
        )


def links_of(conn: Connection, ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for chunk in chunks(ids):
        for source, target, kind in conn.execute(
            select(LINK.c.source_id, LINK.c.target_id, LINK.c.kind).where(
                LINK.c.source_id.in_(list(chunk))
            )
        ):
            found[source].append((target, kind))
    return found


def image_positions(conn: Connection, image_ids: Collection[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for chunk in chunks(sorted(image_ids)):
        found.update(
            dict(
                conn.execute(
                    select(IMG.c.id, IMG.c.position).where(IMG.c.id.in_(list(chunk)))
                ).all()
            )
        )
    return found


def annotator_names(conn: Connection) -> dict[int, str]:
    return dict(conn.execute(select(WHO.c.id, WHO.c.name)).all())


def all_links(conn: Connection) -> dict[str, list[tuple[str, str]]]:
    """Every link of the database, by source annotation (one scan, for whole-file merges)."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for source, target, kind in conn.execute(
        select(LINK.c.source_id, LINK.c.target_id, LINK.c.kind)
    ):
        found[source].append((target, kind))
    return found


def contents(
    conn: Connection,
    rows: Sequence[Any],
    names: Mapping[int, str] | None = None,
    *,
    links: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    positions: Mapping[int, int] | None = None,
) -> dict[str, Content]:
    """The content of annotation rows (full rows of the ``annotations`` table).

    ``links`` and ``positions`` (image id -> position) may be given when already read.
    """
    names = names if names is not None else annotator_names(conn)
    if links is None:
        links = links_of(conn, [row.id for row in rows])
    if positions is None:
        positions = image_positions(
            conn, {row.image_id for row in rows if row.image_id is not None}
        )
    return {
        row.id: Content(
            label=row.label_id,
            start=row.start,
            end=row.end,
            attributes=dict(row.attributes or {}),
            note=row.note or "",
            image_position=None if row.image_id is None else positions.get(row.image_id),
            links=tuple(sorted(links.get(row.id, ()))),
            annotator=names[row.annotator_id],
            deleted=row.deleted is not None,
        )
        for row in rows
    }


def read_bases(conn: Connection, peer: str, ids: Sequence[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for chunk in chunks(ids):
        for annotation_id, revision, digest in conn.execute(
            select(BASE.c.annotation_id, BASE.c.revision, BASE.c.digest).where(
                BASE.c.peer == peer, BASE.c.annotation_id.in_(list(chunk))
            )
        ):
            found[annotation_id] = (revision, digest)
    return found


def write_bases(
    conn: Connection, peer: str, bases: Iterable[tuple[str, int, str]], *, fresh: bool = False
) -> None:
    """Record (replace) the agreed version of these annotations with ``peer``.

    ``fresh``: the annotations are new here, so there is no older record to replace.
    """
    rows = [(peer, a, r, d) for a, r, d in bases]
    for chunk in chunks(rows, 5000 if fresh else CHUNK):
        if not fresh:
            conn.execute(
                delete(BASE).where(
                    BASE.c.peer == peer, BASE.c.annotation_id.in_([row[1] for row in chunk])
                )
            )
        insert_plain(conn, BASE, ("peer", "annotation_id", "revision", "digest"), chunk)
