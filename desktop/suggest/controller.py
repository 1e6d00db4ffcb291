"""Suggestions for the open article: computed on the database worker, shown in the reader
(overlay) and the Suggestions list, accepted and rejected through the undo stack (ADR 0034).

Proposals are computed when an article opens and recomputed after a change to it that can
change what the detectors propose (a reject, the settings, the schema, an import); an
add, delete or edit of the annotator's own annotations (and an accept, and their undo)
filters the last computation again instead (ADR 0104). A gesture's proposals leave the
view at once and stay out of results computed before the gesture reached the database.
Those less confident than the user's threshold (a preference) are hidden from both the
reader and the list; the list shows the rest from the most to the least confident.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget

from marginalia.db import (
    AdjustAnnotation,
    Annotation,
    Changes,
    CreateAnnotation,
    DeleteAnnotation,
    Proposal,
    Schema,
    SetStatus,
    UpdateAnnotation,
)
from marginalia.db import proposals as proposals_for
from marginalia.db.suggest import LABELS

from ..actions import ActionSpec, MenuId
from ..i18n import label_name
from ..panel.commands import TypeFields
from ..reader import ReaderView
from ..shell import DockSpec, Shell
from .basis import Basis, Key, key_of
from .commands import AcceptSuggestions, RejectSuggestion
from .listview import SuggestionList, SuggestionTree
from .overlay import SuggestionOverlay

if TYPE_CHECKING:
    from marginalia.db import Store

#: what the last computation's proposals are filtered again after, not recomputed: data
#: commands that change only the annotator's own annotations (and accepts, which also
#: record a decision that proposes nothing less), ADR 0104
ANNOTATION_COMMANDS = (
    CreateAnnotation,
    DeleteAnnotation,
    UpdateAnnotation,
    AdjustAnnotation,
    SetStatus,
    TypeFields,
    AcceptSuggestions,
)
#: after an edit, the suggestions are recomputed this much later (ADR 0103)
RECOMPUTE_DELAY_MS = 100


class SuggestionsController(QObject):
    """The Suggestions dock (split under ``below``), the overlay in ``view`` and their
    actions: View ▸ Suggestions, View ▸ Review suggestions in the reader."""

    # proposals for the open article are shown (their number)
    shown = Signal(int)

    def __init__(self, shell: Shell, view: ReaderView, below: QDockWidget) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.context = shell.context
        self.undo = shell.undo
        self.view = view
        self.below = below
        self.prefs = shell.prefs
        self.labels = self._suggested(self.context.schema)
        #: View ▸ Review suggestions in the reader: the list's keys work in the reader too
        self.reviewing = False
        self.article_id: int | None = None
        #: What is shown, most confident first; ``hidden`` how many are below the threshold.
        self.proposals: list[Proposal] = []
        self.hidden = 0
        self._order: dict[Key, int] = {}  # the list's order as last shown
        self._recompute_pending = False
        #: the last full computation (ADR 0104): what the next edits are filtered against
        #: (None while another is on its way), its proposals and their digest, its number
        self._basis: Basis | None = None
        self._last: tuple[list[Proposal], int | None] = ([], None)
        self._computing = 0
        self.current_key: Key | None = None
        self._seq = 0
        #: what the list shows was computed from: a digest of the worker's proposals and
        #: the threshold (None: shown otherwise, as after an accept)
        self._shown_from: tuple[int, float] | None = None
        self._hidden: dict[Key, int] = {}  # key → first recompute that reflects its gesture

        self.dock = QDockWidget(
            QCoreApplication.translate("SuggestionsController", "Suggestions"), shell.window
        )
        self.dock.setObjectName("suggestions-dock")
        self.list = self._make_list(self.context.schema)
        self.overlay = SuggestionOverlay(self.view)
        shell.articleOpened.connect(self.article_opened)
        shell.preferencesChanged.connect(self.preferences_changed)
        self.context.runner.announced.connect(self._changed)
        self.context.schemaChanged.connect(self._schema_changed)
        self.view.installEventFilter(self)
        self.view.annotationsUpdated.connect(self._annotations_updated)

    def actions(self) -> Sequence[ActionSpec]:
        return [
            ActionSpec(
                id="view.review_suggestions",
                text=QCoreApplication.translate(
                    "SuggestionsController", "&Review suggestions in the reader"
                ),
                toggled=self._review,
                menu=MenuId.VIEW,
                section=20,
                order=3,
                tip=QCoreApplication.translate(
                    "SuggestionsController",
                    "Enter, Backspace and Tab in the reader accept, reject and move to the next",
                ),
            )
        ]

    def docks(self) -> Sequence[DockSpec]:
        return [
            DockSpec(
                self.dock,
                Qt.DockWidgetArea.RightDockWidgetArea,
                # a third of the column on a first run, the annotations the rest: at 55 % the
                # list showed ~5 rows at 1600×1000, now ~12, the suggestions ~8 (ADR 0107)
                share=35,
                below=self.below,
                order=2,
            )
        ]

    def _review(self, on: bool) -> None:
        self.reviewing = on

    @staticmethod
    def _suggested(schema: Schema) -> list[str]:
        return [lb for lb in LABELS if schema.label(lb) is not None]

    def _make_list(self, schema: Schema) -> SuggestionList:
        suggestions = SuggestionList(schema, self.labels)
        suggestions.set_switches(self._switch_states())
        suggestions.tree.acceptRequested.connect(self.accept_current)
        suggestions.tree.rejectRequested.connect(self.reject_current)
        suggestions.tree.moveRequested.connect(self.move)
        suggestions.currentChanged.connect(self._set_current)
        suggestions.labelToggled.connect(self.toggle_label)
        suggestions.acceptAllRequested.connect(self.accept_all)
        self.dock.setWidget(suggestions)
        return suggestions

    def _schema_changed(self, schema: Schema) -> None:
        """Labels renamed, added or deleted: the list's switches and names follow."""
        self.labels = self._suggested(schema)
        old = self.list
        self.list = self._make_list(schema)
        old.deleteLater()
        self._display(self.proposals)
        self.recompute()

    # -- computing ------------------------------------------------------------------------

    def enabled_labels(self) -> list[str]:
        return [lb for lb in self.labels if self.prefs.suggestions_for(lb)]

    @property
    def threshold(self) -> float:
        """The confidence below which suggestions are hidden (the preference, 0 to 1)."""
        return self.prefs.suggestion_threshold / 100

    @property
    def include_dates(self) -> bool:
        return self.prefs.suggestion_dates

    def _switch_states(self) -> dict[str, bool]:
        return {lb: self.prefs.suggestions_for(lb) for lb in self.labels}

    def article_opened(self, article_id: int) -> None:
        self.article_id = article_id
        self.current_key = None
        self._hidden.clear()
        self._basis = None
        self._display([])
        self.recompute()

    def _changed(self, changes: Changes, source: object) -> None:
        if self.article_id is None:
            return
        if not (self.article_id in changes.articles or changes.annotations or changes.schema):
            return
        if (
            changes.annotations
            and not changes.schema
            and isinstance(getattr(source, "__self__", None), ANNOTATION_COMMANDS)
        ):
            # only the annotator's own annotations changed: the reader's refresh brings
            # them (`_annotations_updated`), and the last computation is filtered again
            return
        self._recompute_soon()

    def _annotations_updated(self, annotations: list[Annotation]) -> None:
        """The reader shows these annotations as stored now: filter the last computation's
        proposals by them (microseconds) instead of running the detectors again (0.3–1 s
        of Python on the worker that competed with the next frames, ADR 0104). The read
        arrived after the computation's result, so it was queued after it (one worker, in
        order) and is newer; one that arrived before is in the computation."""
        basis = self._basis
        if basis is None or basis.article_id != self.article_id:
            return  # a computation is coming that has these in it
        changed = basis.update(annotations)
        if not basis.complete:
            # a span taken when computed is free again: whether it is a proposal only the
            # detectors can say
            self._recompute_soon()
        elif changed:
            self._show(None, basis.proposals())
        # else no proposal's span was taken or freed: the list stays as it is

    def _recompute_soon(self) -> None:
        """Recompute once the edit is on screen: a recompute of a long article is ~0.3–1 s
        of Python on the worker, and started at once it shared the interpreter with the
        GUI thread painting the edit — every call from Qt into Python then waited for the
        worker (issue 14: ~6 ms of GUI CPU and ~10 ms of latency per add at 5,000
        annotations). Edits in quick succession share one recompute (ADR 0103). Until it
        is done, the last computation is not filtered again (it may propose what was just
        rejected)."""
        self._basis = None
        if self._recompute_pending:
            return
        self._recompute_pending = True

        def start() -> None:
            self._recompute_pending = False
            self.recompute()

        self.context.runner.later(RECOMPUTE_DELAY_MS, start)

    def recompute(self) -> None:
        """Ask the worker for the open article's proposals; they replace the shown ones."""
        if self.article_id is None:
            return
        known = self._last[1]
        self._basis = None
        self._seq += 1
        self._computing = seq = self._seq
        article_id = self.article_id
        labels, annotator, dates = self.enabled_labels(), self.context.annotator, self.include_dates

        def compute(store: Store) -> tuple[list[Proposal] | None, int, dict[str, Key]]:
            # the spans the computation leaves out, read in the same job (nothing of ours
            # writes in between): what the next edits are filtered against
            keys = {a.id: key_of(a) for a in store.annotations(article_id, annotator=annotator)}
            found = (
                proposals_for(store, article_id, annotator, labels=labels, include_dates=dates)
                if labels
                else []
            )
            digest = _digest(found)
            # the same as last time: not handed over (thousands of objects freed on the GUI
            # thread cost milliseconds)
            return (None if digest == known else found), digest, keys

        previous = self._last[0]

        def computed(result: tuple[list[Proposal] | None, int, dict[str, Key]]) -> None:
            found, digest, keys = result
            if article_id != self.article_id:
                return
            found = previous if found is None else found
            self._last = (found, digest)
            if seq == self._computing and not self._recompute_pending:
                self._basis = Basis.computed(article_id, annotator, seq, found, digest, keys)
            self._show(seq, found, digest)

        self.context.runner.run(compute, computed, self._failed)

    def _show(self, seq: int | None, found: list[Proposal], digest: int | None = None) -> None:
        """Show ``found`` as of the computation ``seq`` (with its ``digest``) or, for None,
        as filtered again by the annotations now; less what a gesture since took out, and
        what is below the threshold."""
        if seq is None:  # a gesture's proposals stay out until its annotation is there
            taken = self._basis.taken if self._basis is not None else {}
            hidden = {k: s for k, s in self._hidden.items() if k not in taken}
        else:
            hidden = {k: s for k, s in self._hidden.items() if s > seq}
        threshold = self.threshold
        if (
            digest is not None
            and (digest, threshold) == self._shown_from
            and hidden == self._hidden
        ):
            # an edit elsewhere recomputed, and the same proposals came back: nothing to
            # show again (thousands of them took ~50 ms)
            self.shown.emit(len(self.proposals))
            return
        self._hidden = hidden
        kept = [p for p in found if p.key not in hidden]
        shown = [p for p in kept if p.suggestion.confidence >= threshold]
        self.hidden = len(kept) - len(shown)
        self._display(shown)
        if digest is not None:
            self._shown_from = (digest, threshold)
        self.shown.emit(len(self.proposals))

    def _display(self, proposals: Sequence[Proposal]) -> None:
        self._shown_from = None
        old_key = self.current_key
        self.proposals = sorted(
            proposals, key=lambda p: (-p.suggestion.confidence, p.suggestion.start, p.key)
        )
        keys = {p.key for p in self.proposals}
        if old_key not in keys:
            old_key = self._following(old_key)
        self.current_key = old_key
        self._order = {p.key: i for i, p in enumerate(self.proposals)}
        self.list.set_proposals(self.proposals, self.current_key, self.hidden)
        self.overlay.set_proposals(self.article_id, self.proposals, self.current_key)

    def _following(self, key: Key | None) -> Key | None:
        """The proposal that took ``key``'s place in the list (the last one if none)."""
        if key is None or not self.proposals:
            return None
        index = self._order.get(key)
        if index is None:
            return self.proposals[0].key
        later = [p for p in self.proposals if self._order.get(p.key, -1) > index]
        return later[0].key if later else self.proposals[-1].key

    def _failed(self, error: BaseException) -> None:
        self.shell.report(error)

    # -- the current suggestion -----------------------------------------------------------

    def current(self) -> Proposal | None:
        return next((p for p in self.proposals if p.key == self.current_key), None)

    def _set_current(self, key: Key | None, *, reveal: bool = True) -> None:
        self.current_key = key
        self.overlay.set_current(key)
        proposal = self.current()
        if proposal is not None and reveal:
            s = proposal.suggestion
            self.view.select_span(s.start, s.end)
            self.view.ensureCursorVisible()

    def move(self, step: int) -> None:
        if not self.proposals:
            return
        keys = [p.key for p in self.proposals]
        if self.current_key in keys:
            index = (keys.index(self.current_key) + step) % len(keys)
        else:
            index = 0 if step > 0 else len(keys) - 1
        self.list.set_current(keys[index])  # emits currentChanged → _set_current

    # -- gestures -------------------------------------------------------------------------

    def accept_current(self) -> None:
        proposal = self.current() or (self.proposals[0] if self.proposals else None)
        if proposal is not None:
            label = self._label_name(proposal.suggestion.label)
            self._accept(
                [proposal],
                QCoreApplication.translate("SuggestionsController", "Accept {label}").format(
                    label=label
                ),
            )

    def accept_all(self, label_id: str) -> None:
        chosen = [p for p in self.proposals if p.suggestion.label == label_id]
        if chosen:
            text = QCoreApplication.translate(
                "SuggestionsController", "Accept all {label} ({n})"
            ).format(label=self._label_name(label_id), n=len(chosen))
            self._accept(chosen, text)

    def reject_current(self) -> None:
        proposal = self.current() or (self.proposals[0] if self.proposals else None)
        if proposal is None:
            return
        command = RejectSuggestion(
            proposal,
            self.context.annotator,
            text=QCoreApplication.translate("SuggestionsController", "Reject {label}").format(
                label=self._label_name(proposal.suggestion.label)
            ),
        )
        self._run([proposal], command)

    def _accept(self, chosen: list[Proposal], text: str) -> None:
        command = AcceptSuggestions(tuple(chosen), self.context.annotator, text=text)
        self._run(chosen, command)

    def _run(self, chosen: list[Proposal], command: AcceptSuggestions | RejectSuggestion) -> None:
        keys = {p.key for p in chosen}
        for key in keys:
            self._hidden[key] = self._seq + 1
        was = self.current_key
        remaining = [p for p in self.proposals if p.key not in keys]
        self.proposals = remaining
        self.current_key = self._following(was) if was in keys else was
        self._display(remaining)
        self._set_current(self.current_key)

        def failed(error: BaseException) -> None:
            for key in keys:
                self._hidden.pop(key, None)
            self._failed(error)
            self.recompute()

        self.undo.do(command, None, failed)

    def toggle_label(self, label_id: str, on: bool) -> None:
        """The list's quick switch: the same preference as in the Preferences dialog."""
        self.prefs.set_label_suggestions(label_id, on)
        if on and not self.prefs.suggestions:
            self.prefs.suggestions = True
        self.preferences_changed()

    def preferences_changed(self, _changed: object = None) -> None:
        """Preferences changed (the shell's ``preferencesChanged``): reread the per-label
        switches, recompute."""
        self.list.set_switches(self._switch_states())
        self.recompute()

    def _label_name(self, label_id: str) -> str:
        label = self.context.schema.label(label_id)
        return label_name(label.name) if label else label_id

    # -- review mode: the same keys in the reader -----------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and self.reviewing:
            kind = event.type()
            if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
                key_event: QKeyEvent = event  # type: ignore[assignment]
                if SuggestionTree._ours(key_event):
                    if kind == QEvent.Type.KeyPress:
                        self.list.tree._handle(key_event)
                    event.accept()
                    return True
        return False


def _digest(found: list[Proposal]) -> int:
    """What tells one computation's proposals from another's (worked out on the worker)."""
    return hash(
        tuple(
            (p.key, p.suggestion.confidence, p.quote, p.image_id, repr(p.suggestion.attributes))
            for p in found
        )
    )
