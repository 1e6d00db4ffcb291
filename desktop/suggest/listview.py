"""The Suggestions list: label, quote, confidence and attributes of each proposal, the most
confident first (the controller orders them; those under the threshold are not given).

It shows what it is given and emits requests; the controller does the rest. With the list
focused, Enter accepts the current suggestion, Backspace rejects it and Tab (Shift+Tab) moves
to the next (previous) one. None of these is a window shortcut (Ctrl+Enter is "done & next").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from marginalia.db.suggest.review import Proposal
from marginalia.db.values import AttributeKind, Label, Schema

from ..colours import TEXT_CONTRAST, ReadableText, base_of, ink, quiet, suggestion_current
from ..flow import FlowLayout
from ..i18n import attribute_name, attribute_value, label_name, listed

KEY_ROLE = Qt.ItemDataRole.UserRole
QUOTE_CHARS = 80


def _attributes_text(proposal: Proposal, label: Label | None) -> str:
    """The proposed values in the user's language (the default schema's names and choices;
    a text or a number as proposed)."""
    return listed(
        f"{attribute_name(name)}={attribute_value(_kind(label, name), value)}"
        for name, value in proposal.suggestion.attributes.items()
        if value not in (None, "")
    )


def _kind(label: Label | None, name: str) -> AttributeKind | None:
    definition = label.attribute(name) if label is not None else None
    return definition.kind if definition is not None else None


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


#: more rows gone than this and the list is built again (each removal moves the rest)
REMOVED_ONE_BY_ONE = 64


class SuggestionTree(QTreeWidget):
    acceptRequested = Signal()
    rejectRequested = Signal()
    moveRequested = Signal(int)  # +1 next, -1 previous

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and (
            self._leaves(event)  # type: ignore[arg-type]
        ):
            return super().event(event)
        if event.type() == QEvent.Type.ShortcutOverride and self._ours(event):  # type: ignore[arg-type]
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and self._handle(event):  # type: ignore[arg-type]
            return True
        return super().event(event)

    def _leaves(self, event: QKeyEvent) -> bool:
        """Tab past the last suggestion (Shift+Tab before the first) moves the focus on, as
        everywhere else: the list must never trap a keyboard user."""
        key = event.key()
        backwards = key == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        current = self.currentIndex()
        if not current.isValid():
            return self.topLevelItemCount() == 0
        neighbour = self.indexAbove(current) if backwards else self.indexBelow(current)
        return not neighbour.isValid()

    @staticmethod
    def _ours(event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key == Qt.Key.Key_Backtab:
            return True
        if key == Qt.Key.Key_Tab:
            return modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        return plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace)

    def _handle(self, event: QKeyEvent) -> bool:
        if not self._ours(event):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.acceptRequested.emit()
        elif key == Qt.Key.Key_Backspace:
            self.rejectRequested.emit()
        elif key == Qt.Key.Key_Backtab or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.moveRequested.emit(-1)
        else:
            self.moveRequested.emit(+1)
        return True


def key_hint(*pairs: str) -> str:
    """Keys and what they do, "Enter accepts · Tab next": a narrow dock wraps the line
    between two pairs, never inside one (at 1024×700 "Tab" ended a line and "next" began
    the next): the spaces inside a pair and before each "·" do not break, nor does a
    Chinese pair between its characters (a word joiner, U+2060, holds them together)."""

    def unbroken(pair: str) -> str:
        held = pair[:1]
        for before, char in pairwise(pair):
            cjk = ord(before) >= CJK_START or ord(char) >= CJK_START
            held += ("\u2060" if cjk and " " not in (before, char) else "") + char
        return held.replace(" ", "\u00a0")

    return "\u00a0· ".join(unbroken(pair) for pair in pairs)


#: where the CJK blocks begin: the line breaker may break between any two of their characters
CJK_START = 0x2E80


class SuggestionList(QWidget):
    """Per-label switches, "accept all" actions, and the list of proposals."""

    # a label's quick switch was flipped (label id, on)
    labelToggled = Signal(str, bool)
    # the current row changed (its key, or None)
    currentChanged = Signal(object)
    acceptAllRequested = Signal(str)

    def __init__(self, schema: Schema, labels: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("suggestions")
        self.schema = schema
        self.proposals: list[Proposal] = []
        self.hidden = 0
        self._quiet = False

        self.switches: dict[str, QCheckBox] = {}
        self.accept_all: dict[str, QAction] = {}
        # switches that wrap, so that the dock may be narrow beside a readable reader (ADR 0064)
        switch_box = QWidget(self)
        switch_row = FlowLayout(switch_box)
        switch_row.addWidget(QLabel(self.tr("Suggest:"), self))
        menu = QMenu(self)
        for label_id in labels:
            label = schema.label(label_id)
            if label is None:
                continue
            check = QCheckBox(label_name(label.name), self)
            check.setToolTip(self.tr("Suggest {name} spans").format(name=label_name(label.name)))
            check.toggled.connect(lambda on, lid=label_id: self.labelToggled.emit(lid, on))
            switch_row.addWidget(check)
            self.switches[label_id] = check
            action = QAction(self.tr("Accept all {name}").format(name=label_name(label.name)), self)
            action.triggered.connect(
                lambda _c=False, lid=label_id: self.acceptAllRequested.emit(lid)
            )
            menu.addAction(action)
            self.accept_all[label_id] = action
        self.accept_all_button = QToolButton(self)
        self.accept_all_button.setText(self.tr("Accept all"))
        self.accept_all_button.setMenu(menu)
        self.accept_all_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        switch_row.addWidget(self.accept_all_button)

        self.tree = SuggestionTree(self)
        self.tree.setObjectName("suggestion-list")
        self.tree.setAccessibleName(self.tr("Suggestions"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Label"), self.tr("Quote"), self.tr("Conf."), self.tr("Attributes")]
        )
        # the Label column fits the longest label's name ("Image caption" was cut to "Image …"),
        # within bounds that leave the quote its room in a narrow dock
        names = [label_name(label.name) for i in labels if (label := schema.label(i)) is not None]
        metrics = self.tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        self.tree.setColumnWidth(0, max(64, min(widest + 14, 120)))
        self.tree.setColumnWidth(1, 170)
        self.tree.setColumnWidth(2, 44)
        self.tree.currentItemChanged.connect(self._current_changed)
        self._mark_current_row()

        self.count = QLabel(self)
        self.count.setObjectName("suggestion-count")
        self.count.setWordWrap(True)  # the dock may be narrow beside the reader (ADR 0064)
        self.hint = hint = QLabel(
            key_hint(self.tr("Enter accepts"), self.tr("Backspace rejects"), self.tr("Tab next")),
            self,
        )
        hint.setObjectName("suggestion-keys")
        ReadableText(hint, quiet)  # quiet, yet 4.5:1 (a disabled label was 3.0:1; ADR 0114)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(switch_box)
        layout.addWidget(self.tree, 1)
        # the count, then the keys on a line of their own: side by side in a narrow dock
        # both wrapped into a column of single words
        layout.addWidget(self.count)
        layout.addWidget(hint)
        # No focus proxy: a proxy makes Tab jump straight into the list and skip the
        # switches and the "Accept all" button before it (ADR 0064).
        self._update_count()

    def set_switches(self, states: dict[str, bool]) -> None:
        for label_id, check in self.switches.items():
            check.blockSignals(True)
            check.setChecked(states.get(label_id, True))
            check.blockSignals(False)
            self.accept_all[label_id].setEnabled(check.isChecked())

    def set_proposals(
        self, proposals: Sequence[Proposal], current: object = None, hidden: int = 0
    ) -> None:
        """Show ``proposals`` in this order; ``hidden`` more are below the threshold.

        Rows are rebuilt only when the list changed otherwise than by rows taken out: an
        edit elsewhere recomputes the proposals, which mostly come back the same (at
        thousands of proposals a rebuild took a third of a second each time)."""
        self._quiet = True
        self.hidden = hidden
        try:
            wanted = list(proposals)
            if self._keep_rows(wanted):
                self._set_current_quietly(current)
            else:
                self._rebuild(wanted, current)
        finally:
            self._quiet = False
        self._update_count()

    def _rebuild(self, wanted: list[Proposal], current: object) -> None:
        self.proposals = wanted
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        items = [self._item(proposal) for proposal in self.proposals]
        self.tree.addTopLevelItems(items)
        self.tree.setUpdatesEnabled(True)
        chosen = next(
            (item for item, p in zip(items, self.proposals, strict=True) if p.key == current),
            None,
        )
        if chosen is not None:
            self.tree.setCurrentItem(chosen)

    def _keep_rows(self, wanted: list[Proposal]) -> bool:
        """Bring the rows to ``wanted`` by taking some out, if that is all that changed
        (an accept, a reject, a span annotated); False if they must be rebuilt."""
        shown = self.proposals
        if len(wanted) > len(shown) or self.tree.topLevelItemCount() != len(shown):
            return False
        gone: list[int] = []
        position = 0
        for row, proposal in enumerate(shown):
            if position < len(wanted) and wanted[position] == proposal:
                position += 1
            else:
                gone.append(row)
        if position != len(wanted) or len(gone) > REMOVED_ONE_BY_ONE:
            return False
        for row in reversed(gone):
            self.tree.takeTopLevelItem(row)
        self.proposals = wanted
        return True

    def _set_current_quietly(self, current: object) -> None:
        item = self.tree.currentItem()
        if (tuple(item.data(0, KEY_ROLE)) if item is not None else None) == current:
            return
        row = next((row for row, p in enumerate(self.proposals) if p.key == current), None)
        found = self.tree.topLevelItem(row) if row is not None else None
        if found is None:
            self.tree.setCurrentIndex(QModelIndex())
        else:
            self.tree.setCurrentItem(found)

    def _item(self, proposal: Proposal) -> QTreeWidgetItem:
        s = proposal.suggestion
        label = self.schema.label(s.label)
        item = QTreeWidgetItem(
            [
                label_name(label.name) if label else s.label,
                _short(proposal.quote),
                f"{s.confidence:.2f}",
                _attributes_text(proposal, label),
            ]
        )
        item.setData(0, KEY_ROLE, proposal.key)
        if label is not None:  # readable on the list's background, light or dark
            colour = ink(label.colour, base_of(self.palette()), TEXT_CONTRAST)
            item.setForeground(0, QBrush(colour))
        item.setToolTip(1, proposal.quote[:500])
        item.setToolTip(3, _attributes_text(proposal, label))
        item.setToolTip(
            2, self.tr("Confidence: how sure the detector is that you would accept this")
        )
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _mark_current_row(self) -> None:
        """The current row in the suggestions' own plum, focused or not: the palette's blue
        was a selected Figure annotation's in the reader (ADR 0034)."""
        palette = self.tree.palette()
        colour = suggestion_current(self.palette())
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, colour)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        self.tree.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        """A theme switched while the app runs: the label column and the current row
        follow at once."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.PaletteChange:
            return
        self._mark_current_row()
        base = base_of(self.palette())
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            label = self.schema.label(item.data(0, KEY_ROLE)[0]) if item is not None else None
            if item is not None and label is not None:
                item.setForeground(0, QBrush(ink(label.colour, base, TEXT_CONTRAST)))

    def _update_count(self) -> None:
        text = self.tr("%Ln suggestion(s)", "", len(self.proposals))
        if self.hidden:
            text += self.tr(" · {n} below your threshold").format(n=self.hidden)
        self.count.setText(text)
        self.count.setToolTip(
            self.tr("Preferences › Suggestions sets the confidence below which they are hidden")
        )

    def current(self) -> Proposal | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        key = item.data(0, KEY_ROLE)
        return next((p for p in self.proposals if p.key == tuple(key)), None)

    def set_current(self, key: object) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and tuple(item.data(0, KEY_ROLE)) == key:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return
        self.tree.setCurrentIndex(QModelIndex())  # no current suggestion

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._quiet:
            return
        key = tuple(current.data(0, KEY_ROLE)) if current is not None else None
        self.currentChanged.emit(key)
