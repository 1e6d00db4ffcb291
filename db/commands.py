"""Undoable edits as Qt-free commands (ADR 0061).

Each command does one user gesture against a :class:`~marginalia.db.store.Store` with
:meth:`Command.apply` and takes it back with :meth:`Command.revert`; both return the
:class:`~marginalia.db.values.Changes` the views refresh from. The desktop wraps them in
``QUndoCommand``s on one ``QUndoStack``; a script may use them directly.

Commands read the annotation's current revision just before writing, and a revert first
checks that the fields it restores still hold what the command wrote: an edit made in
between by somebody else is reported as a :class:`~marginalia.db.errors.ConflictError`,
never overwritten. What is compared is the annotation's content, not its revision: the later
commands of the same undo stack, done and undone before this one is undone, move the
revision on and leave the content as this command left it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .errors import ConflictError
from .messages import Message
from .values import Annotation, ArticleStatus, Changes, Link, Status

if TYPE_CHECKING:  # the store (SQLAlchemy) loads only when a command runs
    from .store import Store


class Command(Protocol):
    @property
    def text(self) -> str:
        """A short description, e.g. "Add Claim" (the undo menu shows "Undo Add Claim")."""
        ...

    def apply(self, store: Store) -> Changes: ...

    def revert(self, store: Store) -> Changes: ...


@dataclass(slots=True)
class CreateAnnotation:
    """Add an annotation; undo tombstones it, redo brings back the same id."""

    article_id: int
    label: str
    start: int
    end: int
    annotator: str
    attributes: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""
    image_id: int | None = None
    links: Sequence[Link] = ()
    text: str = Message("Add annotation")
    annotation_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    #: Where it came from when not typed by hand (a suggestion, adjudication ...).
    provenance: Mapping[str, Any] | None = None
    created: Annotation | None = None
    #: The annotation's revision as this command last left it.
    revision: int | None = None
    #: What the annotation held when this command last added or brought it back.
    left: tuple[Any, ...] | None = None

    def apply(self, store: Store) -> Changes:
        if self.created is None:
            outcome = store.create_annotation(
                self.article_id,
                self.label,
                self.start,
                self.end,
                self.annotator,
                attributes=self.attributes,
                note=self.note,
                image_id=self.image_id,
                links=self.links,
                annotation_id=self.annotation_id,
                provenance=self.provenance,
            )
            self.created = outcome.value
            self.revision = outcome.value.revision
            self.left = _content(outcome.value)
            return outcome.changes
        # Expect the revision this command left (nothing of the stack edits a deleted
        # annotation): if somebody changed it since, the store raises ConflictError instead of
        # overwriting their edit (ADR 0061).
        assert self.revision is not None, "apply again before revert"
        restored = store.restore_annotation(self.annotation_id, self.revision)
        self.revision = restored.value.revision
        self.left = _content(restored.value)
        return restored.changes

    def revert(self, store: Store) -> Changes:
        assert self.left is not None, "revert before apply"
        current = _unchanged(store, self.annotation_id, self.left, added=True)
        deleted = store.delete_annotation(self.annotation_id, current.revision)
        self.revision = deleted.value.revision
        return deleted.changes


@dataclass(slots=True)
class DeleteAnnotation:
    annotation_id: str
    text: str = Message("Delete annotation")
    #: The revision this command last left (None before the first apply).
    revision: int | None = None
    #: What the annotation held when this command first deleted it (None before).
    held: tuple[Any, ...] | None = None

    def apply(self, store: Store) -> Changes:
        if self.held is None:
            current = store.annotation(self.annotation_id)
            self.held = _content(current)
        else:  # redo: what undo brought back must still be there
            current = _unchanged(store, self.annotation_id, self.held, added=False)
        deleted = store.delete_annotation(self.annotation_id, current.revision)
        self.revision = deleted.value.revision
        return deleted.changes

    def revert(self, store: Store) -> Changes:
        assert self.revision is not None, "revert before apply"
        restored = store.restore_annotation(self.annotation_id, self.revision)
        self.revision = restored.value.revision
        return restored.changes


#: The fields :class:`UpdateAnnotation` may change, as named by ``Store.update_annotation``.
FIELDS = ("label", "attributes", "note", "image_id", "links")


def _field(annotation: Annotation, name: str) -> Any:
    value = getattr(annotation, name)
    if name == "attributes":
        return dict(value)
    if name == "links":
        return tuple(sorted(value, key=lambda link: (link.target, link.kind)))
    return value


def _content(annotation: Annotation) -> tuple[Any, ...]:
    """What an edit can change in an annotation (its revision and times aside)."""
    return (
        annotation.label,
        annotation.start,
        annotation.end,
        _field(annotation, "attributes"),
        annotation.note,
        annotation.image_id,
        _field(annotation, "links"),
    )


def _unchanged(
    store: Store, annotation_id: str, expected: tuple[Any, ...], *, added: bool
) -> Annotation:
    """The annotation, live and holding ``expected``; else a ConflictError (somebody deleted
    or edited it since it was added or restored: their edit is never overwritten)."""
    current = store.annotation(annotation_id)
    if current.is_deleted or _content(current) != expected:
        raise ConflictError(
            Message(
                "the annotation was changed or deleted elsewhere since it was added; "
                "this step was not done"
            )
            if added
            else Message(
                "the annotation was changed or deleted elsewhere since it was restored; "
                "this step was not done"
            )
        )
    return current


@dataclass(slots=True)
class UpdateAnnotation:
    """Change some of an annotation's label, attributes, note, image and links at once."""

    annotation_id: str
    values: Mapping[str, Any]
    text: str = Message("Edit annotation")
    before: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.values) - set(FIELDS)
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}")  # a bug: not for the user
        if "links" in self.values:
            self.values = {**self.values, "links": tuple(self.values["links"])}

    def _write(self, store: Store, values: Mapping[str, Any]) -> Changes:
        current = store.annotation(self.annotation_id)
        return store.update_annotation(self.annotation_id, current.revision, **values).changes

    def apply(self, store: Store) -> Changes:
        current = store.annotation(self.annotation_id)
        self.before = {name: _field(current, name) for name in self.values}
        if "label" in self.values and "attributes" not in self.values:
            # another label's attributes do not fit: a label change starts them afresh
            self.before["attributes"] = dict(current.attributes)
            self.values = {**self.values, "attributes": {}}
        return self._write(store, self.values)

    def revert(self, store: Store) -> Changes:
        current = store.annotation(self.annotation_id)
        for name, value in self.values.items():
            if name in ("attributes", "links") or name == "label":
                continue  # normalized by the store; compared loosely below
            if _field(current, name) != value:
                raise ConflictError(
                    Message(
                        "the annotation was changed elsewhere since this edit; it was not undone"
                    )
                )
        return self._write(store, self.before)


@dataclass(slots=True)
class AdjustAnnotation:
    """Move an annotation's edges from ``before`` to ``after`` (one key press or one drag of
    an edge: ADR 0096); its quote, prefix and suffix follow. Undo moves them back.

    ``before`` is the span the user saw. Applying finds the stored span elsewhere than
    where this step expects it (``before``, or ``after`` on undo) when somebody else moved
    it in between: that is a :class:`~marginalia.db.errors.ConflictError`, never a silent
    overwrite. Edits of the other fields in between (a note, the label) are kept.
    """

    annotation_id: str
    before: tuple[int, int]
    after: tuple[int, int]
    text: str = Message("Adjust annotation")

    def apply(self, store: Store) -> Changes:
        return self._move(store, self.before, self.after)

    def revert(self, store: Store) -> Changes:
        return self._move(store, self.after, self.before)

    def _move(self, store: Store, expected: tuple[int, int], target: tuple[int, int]) -> Changes:
        current = store.annotation(self.annotation_id)
        if current.is_deleted or (current.start, current.end) != expected:
            raise ConflictError(
                Message(
                    "the annotation was moved or deleted elsewhere since; this step was not applied"
                )
                if target == self.after
                else Message(
                    "the annotation was moved or deleted elsewhere since; this step was not undone"
                )
            )
        start, end = target
        return store.update_annotation(
            self.annotation_id, current.revision, start=start, end=end
        ).changes


@dataclass(slots=True)
class SetStatus:
    article_id: int
    annotator: str
    status: Status
    reason: str | None = None
    text: str = Message("Set status")
    before: ArticleStatus | None = None

    def apply(self, store: Store) -> Changes:
        outcome = store.set_status(self.article_id, self.annotator, self.status, self.reason)
        self.before = outcome.value
        return outcome.changes

    def revert(self, store: Store) -> Changes:
        if self.before is None:
            return store.clear_status(self.article_id, self.annotator)
        return store.set_status(
            self.article_id, self.annotator, self.before.status, self.before.reason
        ).changes


__all__ = [
    "FIELDS",
    "AdjustAnnotation",
    "Command",
    "CreateAnnotation",
    "DeleteAnnotation",
    "SetStatus",
    "UpdateAnnotation",
]
