"""What ``import-annotations`` reads from a file, before it is matched to our articles."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..errors import MarginaliaError
from ..messages import Message

#: Namespace of the ids made for annotations whose file id is not a UUID.
FOREIGN_IDS = uuid.UUID("4f1c2f7e-8a43-5b39-9a55-2d7f0f6c1e10")


@dataclass(frozen=True, slots=True)
class Problem:
    """Why one record of a file cannot be imported. Both are :class:`Message`s where the
    library made them (ADR 0117): the window shows the record's name and the reason in its
    language; an OS error's text is a plain ``str``."""

    record: str
    reason: str

    def __str__(self) -> str:
        return f"{self.record}: {self.reason}"


class AnnotationImportError(MarginaliaError):
    """A file of annotations that cannot be imported; nothing of it was imported.

    Raised when the file cannot be read at all, when no record of it could be stored, and
    in ``strict`` mode when any record has a problem.
    """

    def __init__(self, path: str, problems: list[Problem]) -> None:
        first, more = problems[0], len(problems) - 1
        if more == 0:
            said = Message("{path}: {record}: {reason}", path=path, record=first.record,
                           reason=first.reason)  # fmt: skip
        elif more == 1:
            said = Message(
                "{path}: {record}: {reason} (and {more} more problem)",
                path=path, record=first.record, reason=first.reason, more=more,
            )  # fmt: skip
        else:
            said = Message(
                "{path}: {record}: {reason} (and {more} more problems)",
                path=path, record=first.record, reason=first.reason, more=more,
            )  # fmt: skip
        super().__init__(said)
        self.path = path
        self.problems = problems


@dataclass(slots=True)
class ArticleRef:
    """How a file names the article a span belongs to."""

    sha256: str | None = None
    text: str | None = None
    url: str | None = None

    def describe(self) -> str:
        if self.sha256:
            return f"sha256 {self.sha256[:12]}…"
        if self.url:
            return self.url
        return Message("the given text")


@dataclass(frozen=True, slots=True)
class ImageRef:
    """How a file names the image a caption describes: by content hash where it can, else by
    name and anchor offset (database ids differ between databases)."""

    sha256: str | None = None
    name: str | None = None
    offset: int | None = None

    def not_in(self) -> Message:
        """Why the article has no image this reference names."""
        if self.sha256:
            return Message(
                "the image sha256 {sha256}… is not an image of the article", sha256=self.sha256[:12]
            )
        return Message(
            "the image {name} at {offset} is not an image of the article",
            name=repr(self.name),
            offset=str(self.offset),
        )


@dataclass(slots=True)
class ForeignSpan:
    """One span as a file states it; offsets are code points unless said otherwise."""

    record: str
    id: str
    article: ArticleRef
    #: The label as the other tool shows it (a name, usually); tried first.
    label: str
    start: int | None
    end: int | None
    quote: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    annotator: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    image: ImageRef | None = None
    #: (kind, target id) with ids already mapped by :func:`local_id`.
    links: list[tuple[str, str]] = field(default_factory=list)
    created: datetime | None = None
    updated: datetime | None = None
    #: Our label id from the ``marginalia`` extension, for a label renamed since export.
    label_id: str | None = None
    #: The reader checked the offsets against the file's own text (``article.text``): they
    #: stand without a quote search.
    verified: bool = False
    #: A pre-annotation (Label Studio ``predictions``): stored as a suggestion to review,
    #: not as anybody's annotation. The model version names where it came from.
    prediction: str | None = None
    #: The prediction's score (0..1), when the file gives one.
    score: float | None = None


class Refused(Exception):
    """A record that cannot be read; the reason is the message (a :class:`Message`:
    :func:`reason_of` gives it back)."""


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read a file: the unit its offsets count (doccano; others have one unit)."""

    offset_unit: str = "utf16"


def as_object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def whole(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused(
            Message("{field} is not a whole number ({value})", field=what, value=repr(value))
        )
    return value


def image_ref(value: Any) -> ImageRef | None:
    """An image record of our exports (``image_json``) as a reference."""
    if not isinstance(value, dict):
        return None
    sha = value.get("sha256")
    name = value.get("name")
    offset = value.get("offset")
    return ImageRef(
        sha if isinstance(sha, str) else None,
        name if isinstance(name, str) else None,
        offset if isinstance(offset, int) else None,
    )


def local_id(raw: str) -> str:
    """Our id for a file's annotation id: the UUID itself, else a stable UUID made from it."""
    text = raw.removeprefix("urn:uuid:")
    if len(text) in (32, 36, 38):  # the forms uuid.UUID reads
        try:
            return str(uuid.UUID(text))
        except ValueError:
            pass
    return made_id(raw)


_NAMESPACE_BYTES = FOREIGN_IDS.bytes


def made_id(key: str) -> str:
    """A stable UUID for a record without one of its own: ``str(uuid.uuid5(FOREIGN_IDS,
    key))``, spelled out (a hundred thousand spans make as many)."""
    raw = bytearray(hashlib.sha1(_NAMESPACE_BYTES + key.encode("utf-8")).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x50  # version 5
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def is_uuid(raw: str) -> bool:
    text = raw.removeprefix("urn:uuid:")
    return len(text) in (32, 36, 38) and local_id(text) == text.lower()


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
