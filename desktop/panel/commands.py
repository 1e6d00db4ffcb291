"""What the editor types into an annotation, as a Qt-free command (ADR 0061, ADR 0074).

:class:`TypeFields` sets some attribute values and/or the note of one annotation. It is a
patch: it reads the stored attributes when it runs and changes only the names it carries,
so two fields saved one after the other never overwrite each other with a stale copy.
Saves made while the user keeps typing in one field are merged into the first
(:meth:`TypeFields.absorb`), so the whole field edit is one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from marginalia.db import ConflictError

if TYPE_CHECKING:
    from marginalia.db import Changes, Store

#: the value that removes an attribute
CLEARED = None


@dataclass(slots=True)
class TypeFields:
    """Set attribute values (``None`` or ``""`` removes one) and/or the note."""

    annotation_id: str
    attributes: Mapping[str, Any] = field(default_factory=dict)
    note: str | None = None
    text: str = "Edit annotation"
    #: the touched attributes (absent: not set) and the note before the first apply
    before_attributes: dict[str, Any] | None = None
    before_note: str | None = None

    def apply(self, store: Store) -> Changes:
        current = store.annotation(self.annotation_id)
        if self.before_attributes is None:
            self.before_attributes = {
                name: current.attributes[name]
                for name in self.attributes
                if name in current.attributes
            }
            self.before_note = current.note
        return self._write(store, self.attributes, self.note)

    def revert(self, store: Store) -> Changes:
        assert self.before_attributes is not None, "revert before apply"
        current = store.annotation(self.annotation_id)
        if self.note is not None and current.note != self.note:
            raise ConflictError(
                "the annotation's note was changed elsewhere since this edit; it was not undone"
            )
        restore = {name: self.before_attributes.get(name, CLEARED) for name in self.attributes}
        return self._write(store, restore, self.before_note if self.note is not None else None)

    def _write(self, store: Store, attributes: Mapping[str, Any], note: str | None) -> Changes:
        current = store.annotation(self.annotation_id)
        values: dict[str, Any] = {}
        if attributes:
            merged = dict(current.attributes)
            for name, value in attributes.items():
                if value is CLEARED or value == "":
                    merged.pop(name, None)
                else:
                    merged[name] = value
            values["attributes"] = merged
        if note is not None:
            values["note"] = note
        return store.update_annotation(self.annotation_id, current.revision, **values).changes

    def absorb(self, later: TypeFields) -> bool:
        """Take a later save of the same fields into this one (one undo step); False if it
        touches other fields or another annotation."""
        same_fields = set(later.attributes) == set(self.attributes) and (later.note is None) == (
            self.note is None
        )
        if later.annotation_id != self.annotation_id or not same_fields:
            return False
        self.attributes = dict(later.attributes)
        self.note = later.note
        return True

    def changes_nothing(self) -> bool:
        """Whether this (merged) edit leaves the annotation as it found it."""
        if self.before_attributes is None:
            return False
        for name, value in self.attributes.items():
            before = self.before_attributes.get(name, CLEARED)
            if (value in (CLEARED, "")) != (before is CLEARED) or (
                before is not CLEARED and str(before) != str(value)
            ):
                return False
        return self.note is None or self.note == self.before_note


__all__ = ["TypeFields"]
