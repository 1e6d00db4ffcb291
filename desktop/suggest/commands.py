"""Undoable suggestion gestures as Qt-free commands (ADR 0061, ADR 0034).

Accepting stores proposals as ordinary annotations of the annotator (``review.accept``,
with provenance, and a record of the decision); undo tombstones them and forgets the record,
redo brings the same ids back and records it again. Accepting several at
once (accept all of one label) is one command, hence one undo step. Rejecting remembers the
refusal; undo forgets it (``review.unreject``), so the suggestion is proposed again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from marginalia.db.suggest import review
from marginalia.db.values import NOTHING, Annotation, Changes

if TYPE_CHECKING:
    from marginalia.db.store import Store
    from marginalia.db.suggest.review import Proposal


@dataclass(slots=True)
class AcceptSuggestions:
    proposals: Sequence[Proposal]
    annotator: str
    text: str = "Accept suggestion"
    created: list[Annotation] = field(default_factory=list)

    def apply(self, store: Store) -> Changes:
        changes = NOTHING
        if not self.created:
            try:
                for proposal in self.proposals:
                    outcome = review.accept(store, proposal, self.annotator)
                    self.created.append(outcome.value)
                    changes = changes | outcome.changes
            except BaseException:
                self.revert(store)  # all or nothing: one gesture, one step
                self.created.clear()
                raise
            return changes
        for annotation in self.created:
            current = store.annotation(annotation.id)
            changes = changes | store.restore_annotation(annotation.id, current.revision).changes
        for proposal in self.proposals:
            review.record_accept(store, proposal, self.annotator)
        return changes

    def revert(self, store: Store) -> Changes:
        changes = NOTHING
        for proposal in self.proposals:
            review.unaccept(store, proposal, self.annotator)
        for annotation in reversed(self.created):
            current = store.annotation(annotation.id)
            if current.is_deleted:
                continue
            changes = changes | store.delete_annotation(annotation.id, current.revision).changes
        return changes


@dataclass(slots=True)
class RejectSuggestion:
    proposal: Proposal
    annotator: str
    text: str = "Reject suggestion"

    def apply(self, store: Store) -> Changes:
        return review.reject(store, self.proposal, self.annotator)

    def revert(self, store: Store) -> Changes:
        return review.unreject(store, self.proposal, self.annotator)
