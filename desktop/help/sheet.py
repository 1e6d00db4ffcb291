"""The shortcut sheet (F1 or ?): every key of the window, read from the action registry.

The rows are made from the registered ``QAction`` s themselves — their words and the key
sequences they hold — and from the keys a widget handles itself that an action names as a
``hint`` (a label's key in the reader). So the sheet can never disagree with the menus: a
key added, changed or refused at start-up is what the sheet shows (ADR 0097).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..actions import ActionRegistry, ActionSpec, MenuId, menu_title


@dataclass(frozen=True, slots=True)
class KeyRow:
    """One thing the user can do by key: its words and its keys as this platform writes them."""

    action_id: str
    text: str
    keys: tuple[str, ...]
    #: the key is the widget's (a label's key in the reader), not a shortcut of the window
    widget_key: bool = False


@dataclass(frozen=True, slots=True)
class KeyGroup:
    title: str
    rows: tuple[KeyRow, ...]


#: a mnemonic written after the words, as Chinese menus do: 导出(&E)…
_TRAILING_MNEMONIC = re.compile(r"\s*\(&[^&)]\)")


def plain(text: str) -> str:
    """An action's words without the mnemonic marks (``&File`` → ``File``, ``导出(&E)…`` →
    ``导出…``; ``&&`` → ``&``) and without the hint the registry appends after a tab."""
    text = _TRAILING_MNEMONIC.sub("", text.split("\t", 1)[0])
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


#: Keys from Key_Back on are the media and application keys of special keyboards ("Open",
#: "Undo", "Zoom In") that a platform's standard keys include; the sheet names the keys of
#: an ordinary keyboard.
_SPECIAL_KEYS = Qt.Key.Key_Back.value


def typed(sequence: QKeySequence) -> bool:
    """Whether a sequence is made of keys every keyboard has (F13–F35 and the Help key of
    X11's Undo, Redo and Help bindings are not)."""
    keys = [sequence[i].key() for i in range(sequence.count())]  # type: ignore[index]
    return all(_ordinary(key) for key in keys)


def _ordinary(key: Qt.Key) -> bool:
    return key.value < _SPECIAL_KEYS and not (
        Qt.Key.Key_F13.value <= key.value <= Qt.Key.Key_F35.value or key == Qt.Key.Key_Help
    )


def action_keys(action: QAction) -> tuple[str, ...]:
    """The key sequences an action holds that an ordinary keyboard can type, as this
    platform (and language) writes them, each once."""
    texts = (native(s) for s in action.shortcuts() if typed(s))
    # dict keeps the order; a translation may write two keys alike (Return, Enter: 回车)
    return tuple(dict.fromkeys(text for text in texts if text))


def _row(spec: ActionSpec, action: QAction) -> KeyRow | None:
    keys = action_keys(action)
    if keys:
        return KeyRow(spec.id, plain(action.text()), keys)
    if spec.hint:
        return KeyRow(spec.id, plain(action.text()), (spec.hint,), widget_key=True)
    return None


def _place_of(action: QAction) -> str:
    """Where a menu-less action lives: the dock that made it, else the window."""
    owner = action.parent()
    if isinstance(owner, QDockWidget) and owner.windowTitle():
        return owner.windowTitle()
    return QCoreApplication.translate("ShortcutSheet", "Anywhere in the window")


def key_groups(registry: ActionRegistry) -> list[KeyGroup]:
    """Every action with a key, by menu in menu-bar order and within a menu in the menu's
    order; actions in no menu (a dock's own) after the menus, by their dock."""
    placed: dict[MenuId, list[tuple[int, int, int, KeyRow]]] = {menu: [] for menu in MenuId}
    elsewhere: dict[str, list[KeyRow]] = {}
    for index, action_id in enumerate(registry.ids()):
        spec = registry.spec(action_id)
        action = registry.action(action_id)
        row = _row(spec, action)
        if row is None:
            continue
        if spec.menu is not None:
            placed[spec.menu].append((spec.section, spec.order, index, row))
        else:
            elsewhere.setdefault(_place_of(action), []).append(row)
    groups = [
        KeyGroup(plain(menu_title(menu)), tuple(row for *_order, row in sorted(rows)))
        for menu, rows in placed.items()
        if rows
    ]
    groups += [KeyGroup(title, tuple(rows)) for title, rows in elsewhere.items()]
    return groups


def menu_path(registry: ActionRegistry, action_id: str) -> str:
    """``Team ▸ Team progress…``: where an action is in the menus, in the user's language."""
    spec = registry.spec(action_id)
    words = plain(registry.action(action_id).text())
    if spec.menu is None:
        return words
    return f"{plain(menu_title(spec.menu))} ▸ {words}"


def keys_text(registry: ActionRegistry, action_id: str) -> str:
    """An action's keys for prose: ``Ctrl+Y or Ctrl+Shift+Z`` (its hint for a widget's key).

    At most two, Alt-less ones first (Alt+Backspace, a legacy undo, only if nothing else)."""
    spec = registry.spec(action_id)
    keys = action_keys(registry.action(action_id)) or ((spec.hint,) if spec.hint else ())
    alt = native(QKeySequence("Alt+A"))[:-1]
    plainer = [k for k in keys if alt not in k] or list(keys)
    joiner = QCoreApplication.translate("ShortcutSheet", " or ")
    return joiner.join(plainer[:2])


class ShortcutSheet(QDialog):
    """Every key, grouped by menu, with a filter; buttons to the two guides."""

    def __init__(
        self,
        registry: ActionRegistry,
        open_guide: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut-sheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.registry = registry
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcut-filter")
        self.filter.setPlaceholderText(self.tr("Type to find an action or a key"))
        self.filter.setAccessibleName(self.tr("Find a shortcut"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcut-list")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(
            self.tr(
                "Keys in italics work where the text has the focus (the reader). "
                "Selecting text: Shift with the arrow keys; whole words: Ctrl+Shift with them."
            ),
            self,
        )
        note.setWordWrap(True)
        self.annotator_guide = QPushButton(self.tr("&Annotator's guide"), self)
        self.lead_guide = QPushButton(self.tr("&Lead's guide"), self)
        self.annotator_guide.clicked.connect(lambda: open_guide("annotator"))
        self.lead_guide.clicked.connect(lambda: open_guide("lead"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.annotator_guide)
        row.addWidget(self.lead_guide)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addLayout(row)
        self.filter.textChanged.connect(self._filter)
        self.reload()

    def reload(self) -> None:
        """Read the registry again (the label actions change with the schema)."""
        self.groups = key_groups(self.registry)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        for group in self.groups:
            top = QTreeWidgetItem(self.tree, [group.title])
            top.setFont(0, bold)
            top.setFirstColumnSpanned(True)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row in group.rows:
                keys = ", ".join(row.keys)  # values, not words: key sequences, as Qt writes them
                item = QTreeWidgetItem(top, [row.text, keys])
                item.setData(0, Qt.ItemDataRole.UserRole, row.action_id)
                if row.widget_key:
                    item.setFont(1, italic)
                    item.setToolTip(1, self.tr("Works where the text has the focus"))
        self.tree.expandAll()
        self._filter(self.filter.text())

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) of every row not hidden by the filter."""
        found = []
        for g in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(g)
            if top is None or top.isHidden():
                continue
            for c in range(top.childCount()):
                item = top.child(c)
                if item is not None and not item.isHidden():
                    found.append((top.text(0), item.text(0), item.text(1)))
        return found

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for g in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(g)
            if top is None:
                continue
            matched = False
            group_hit = bool(wanted) and wanted in top.text(0).casefold()
            for c in range(top.childCount()):
                item = top.child(c)
                if item is None:
                    continue
                hit = (
                    not wanted
                    or group_hit
                    or wanted in item.text(0).casefold()
                    or _key_hit(wanted, item.text(1).casefold())
                )
                item.setHidden(not hit)
                matched = matched or hit
            top.setHidden(not matched)


def _key_hit(wanted: str, keys: str) -> bool:
    """Whether a search finds one of the keys: ``ctrl+e`` finds Ctrl+E, not Ctrl+Enter;
    ``enter`` finds Ctrl+Enter."""
    if "+" not in wanted:
        return wanted in keys
    return any(f"+{wanted}+" in f"+{key.strip()}+" for key in keys.split(","))


__all__ = [
    "KeyGroup",
    "KeyRow",
    "ShortcutSheet",
    "action_keys",
    "key_groups",
    "keys_text",
    "menu_path",
    "plain",
]
