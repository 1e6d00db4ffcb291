"""What the last full computation of an article's proposals found, kept so that an edit of
annotations only filters it again instead of running the detectors again (ADR 0104).

``marginalia.db.proposals`` is the detectors' suggestions (from the article's text and
images, the enabled labels, the imported pre-annotations), re-scored by the learned models,
minus what the annotator rejected — none of which an annotation changes — and then minus
the spans the annotator already has (same label, start and end). So after an add, a delete
or an edit of the annotator's own annotations, what is proposed is the computation's
result minus the keys taken now — except for a key that was taken at the computation and
is free now: whether the detectors propose it the computation could not say, and only a new
one can. Qt-free.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from marginalia.db import Annotation, Proposal

Key = tuple[str, int, int]


def key_of(annotation: Annotation) -> Key:
    return (annotation.label, annotation.start, annotation.end)


@dataclass(eq=False)
class Basis:
    """One computation's proposals for ``annotator`` in ``article_id`` and the annotator's
    annotations there, kept up to date by :meth:`update`."""

    article_id: int
    annotator: str
    #: the computation's sequence number: reads queued before it are already in it
    seq: int
    #: the proposals computed (the spans taken then left out), in the worker's order
    found: list[Proposal]
    #: what tells these proposals from another computation's (``controller._digest``)
    digest: int
    #: keys of the annotator's annotations when computed
    taken_then: frozenset[Key]
    #: the annotator's annotations of the article now: id → key
    keys: dict[str, Key]
    taken: Counter[Key] = field(default_factory=Counter)
    #: keys of ``taken_then`` taken by no annotation now
    freed: set[Key] = field(default_factory=set)
    _found_keys: frozenset[Key] = frozenset()

    @classmethod
    def computed(
        cls,
        article_id: int,
        annotator: str,
        seq: int,
        found: list[Proposal],
        digest: int,
        keys: Mapping[str, Key],
    ) -> Basis:
        basis = cls(article_id, annotator, seq, found, digest, frozenset(keys.values()), dict(keys))
        basis.taken = Counter(keys.values())
        basis._found_keys = frozenset(p.key for p in found)
        return basis

    @property
    def complete(self) -> bool:
        """Whether :meth:`proposals` is what a new computation would find: no key taken at
        the computation has been freed since."""
        return not self.freed

    def update(self, annotations: Iterable[Annotation]) -> bool:
        """Take in annotations as stored now (deleted ones included); whether what
        :meth:`proposals` gives changed (a proposal's span taken or freed)."""
        changed = False
        for annotation in annotations:
            old = self.keys.pop(annotation.id, None)
            if old is not None:
                self.taken[old] -= 1
                if not self.taken[old]:
                    del self.taken[old]
                    changed |= old in self._found_keys
                    if old in self.taken_then:
                        self.freed.add(old)
            if (
                annotation.is_deleted
                or annotation.article_id != self.article_id
                or annotation.annotator != self.annotator
            ):
                continue
            new = key_of(annotation)
            self.keys[annotation.id] = new
            self.taken[new] += 1
            if self.taken[new] == 1:
                changed |= new in self._found_keys
                self.freed.discard(new)
        return changed

    def proposals(self) -> list[Proposal]:
        """What is proposed now (only meaningful while :attr:`complete`)."""
        taken = self.taken
        return [p for p in self.found if p.key not in taken]


__all__ = ["Basis", "Key", "key_of"]
