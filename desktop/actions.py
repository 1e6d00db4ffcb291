"""Actions as data, and the one registry that builds every menu and the toolbar from them.

A feature declares what the user can do as :class:`ActionSpec` values — an id, the words,
the shortcuts, where it goes (a :class:`MenuId`, a section and an order; the toolbar), what
it does, when it is enabled, its menu role — and hands them to the shell. The
:class:`ActionRegistry` makes the ``QAction`` of each (or adopts one Qt keeps up to date: the
undo stack's, a dock's toggle), builds the menu bar and the toolbar in one pass, and refuses
a shortcut that another action already holds. Shortcuts are compared as the key sequences
they stand for on this platform: a standard key such as ``QKeySequence.StandardKey.Redo``
expands to several sequences, and two actions holding one sequence make Qt ignore the key
as ambiguous (that is how Ctrl+Shift+Z once stopped redoing).

Menus are sections of actions, a separator between two sections (napari's MenuId and
groups, Picard's action registry: docs/adr/0094-the-shell.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from .accessible import toolbar_text

#: a shortcut as declared: a platform's standard key, or a key sequence ("Ctrl+E")
Shortcut = QKeySequence.StandardKey | QKeySequence | str


#: Undo and Redo: the platform's keys, and for redo both Ctrl+Shift+Z (the design's) and
#: Ctrl+Y, whichever of them the platform's standard key already holds.
UNDO_KEYS: tuple[Shortcut, ...] = (QKeySequence.StandardKey.Undo,)
REDO_KEYS: tuple[Shortcut, ...] = (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y")


#: marks an action whose toolbar words follow its text
_FOLLOWED = "marginaliaToolbarWords"


class MenuId(StrEnum):
    """The menu bar's menus, in the order they appear."""

    FILE = "file"
    EDIT = "edit"
    VIEW = "view"
    ANNOTATE = "annotate"
    TEAM = "team"
    HELP = "help"


def menu_title(menu: MenuId) -> str:
    # literal strings, so that lupdate finds them (ADR 0072)
    match menu:
        case MenuId.FILE:
            return QCoreApplication.translate("MainWindow", "&File")
        case MenuId.EDIT:
            return QCoreApplication.translate("MainWindow", "&Edit")
        case MenuId.VIEW:
            return QCoreApplication.translate("MainWindow", "&View")
        case MenuId.ANNOTATE:
            return QCoreApplication.translate("MainWindow", "&Annotate")
        case MenuId.TEAM:
            return QCoreApplication.translate("MainWindow", "&Team")
        case MenuId.HELP:
            return QCoreApplication.translate("MainWindow", "&Help")


@dataclass(frozen=True, slots=True, eq=False)
class ActionSpec:
    """One thing the user can do, declared once.

    ``menu``/``section``/``order`` place it in a menu (sections in ascending order, a
    separator between two); ``toolbar`` is its section on the main toolbar, or None.
    ``shortcuts`` are real shortcuts, checked against every other action's; ``hint`` names
    a key a widget handles itself (a label's key in the reader), shown in the menu only.
    ``enabled_when`` is asked again whenever an article opens. ``adopt`` uses a ready
    ``QAction`` that Qt keeps up to date (the undo stack's Undo and Redo, a dock's show/hide
    toggle) instead of making one; its words are then Qt's.
    """

    id: str
    text: str
    triggered: Callable[[], object] | None = None
    shortcuts: tuple[Shortcut, ...] = ()
    hint: str = ""
    menu: MenuId | None = None
    section: int = 0
    order: int = 0
    toolbar: int | None = None
    enabled_when: Callable[[], bool] | None = None
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    tip: str = ""
    icon_text: str = ""
    toggled: Callable[[bool], object] | None = None
    checked: bool = False
    adopt: QAction | None = None


def _in_menu(menu: MenuId) -> Callable[[ActionSpec], bool]:
    return lambda spec: spec.menu is menu


class ShortcutTaken(ValueError):
    """Two actions asked for one key sequence (a programming error, found at start-up)."""


def key_sequences(shortcuts: Iterable[Shortcut]) -> list[QKeySequence]:
    """The distinct key sequences some shortcuts stand for on this platform, in order."""
    found: list[QKeySequence] = []
    seen: set[str] = set()
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(shortcut)
        else:
            sequences = [QKeySequence(shortcut)]
        for sequence in sequences:
            text = portable(sequence)
            if text and text not in seen:
                seen.add(text)
                found.append(sequence)
    return found


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


class ActionRegistry(QObject):
    """Every action of one window by id; builds the window's menus and its toolbar."""

    def __init__(
        self, window: QMainWindow, before_trigger: Callable[[], object] | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        #: runs before every action this registry made is triggered (the panel's typing
        #: is saved first, ADR 0074); adopted actions call it themselves
        self._before_trigger = before_trigger
        self._specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        self._owners: dict[str, str] = {}  # portable key sequence → action id
        self._menus: dict[MenuId, QMenu] = {}
        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Annotate"), window)
        self.toolbar.setObjectName("annotate-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._toolbar_shown = False

    # -- declaring ------------------------------------------------------------------------

    def add(self, spec: ActionSpec) -> QAction:
        """Make (or adopt) the spec's action; refuses a taken id or shortcut."""
        if spec.id in self._specs:
            raise ValueError(f"there is already an action {spec.id!r}")
        sequences = key_sequences(spec.shortcuts)
        for sequence in sequences:
            owner = self._owners.get(portable(sequence))
            if owner is not None:
                raise ShortcutTaken(
                    f"{spec.id}: {portable(sequence)} is already the shortcut of {owner}"
                )
        action = spec.adopt or QAction(spec.text, self._window)
        action.setObjectName(spec.id)
        if spec.adopt is None:
            action.setText(f"{spec.text}\t{spec.hint}" if spec.hint else spec.text)
        if sequences:
            action.setShortcuts(sequences)
        if spec.tip:
            action.setToolTip(spec.tip)
        if spec.icon_text:
            action.setIconText(spec.icon_text)
        action.setMenuRole(spec.role)
        if spec.toggled is not None:
            action.setCheckable(True)
            action.setChecked(spec.checked)
            action.toggled.connect(spec.toggled)
        if spec.triggered is not None:
            triggered, before = spec.triggered, self._before_trigger

            def trigger(_checked: bool = False) -> None:
                if before is not None:
                    before()
                triggered()

            action.triggered.connect(trigger)
        if not action.associatedObjects():  # its shortcut works anywhere in the window
            self._window.addAction(action)
        for sequence in sequences:
            self._owners[portable(sequence)] = spec.id
        self._specs[spec.id] = spec
        self._actions[spec.id] = action
        if spec.enabled_when is not None:
            action.setEnabled(spec.enabled_when())
        return action

    def add_all(self, specs: Iterable[ActionSpec]) -> None:
        for spec in specs:
            self.add(spec)

    def remove(self, action_id: str) -> None:
        spec = self._specs.pop(action_id)
        action = self._actions.pop(action_id)
        self._owners = {k: owner for k, owner in self._owners.items() if owner != action_id}
        for container in (*self._menus.values(), self.toolbar, self._window):
            container.removeAction(action)
        if spec.adopt is None:
            action.deleteLater()

    def replace(self, prefix: str, specs: Sequence[ActionSpec]) -> None:
        """Put ``specs`` in the place of the actions whose id starts with ``prefix`` (the
        label actions after a schema change), and rebuild the menus and toolbar they are in."""
        for action_id in [i for i in self._specs if i.startswith(prefix)]:
            self.remove(action_id)
        self.add_all(specs)
        if self._menus:
            self.build()

    # -- reading --------------------------------------------------------------------------

    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def spec(self, action_id: str) -> ActionSpec:
        return self._specs[action_id]

    def ids(self) -> list[str]:
        return list(self._specs)

    def shortcuts(self) -> dict[str, str]:
        """Every key sequence an action holds (portable text) → the action's id."""
        return dict(self._owners)

    def menu(self, menu: MenuId) -> QMenu:
        return self._menus[menu]

    # -- building -------------------------------------------------------------------------

    def build(self) -> None:
        """(Re)build the menu bar and the toolbar from the specs, in their declared places."""
        bar = self._window.menuBar()
        for menu_id in MenuId:
            menu = self._menus.get(menu_id)
            if menu is None:
                menu = QMenu(menu_title(menu_id), bar)
                menu.setObjectName(f"{menu_id.value}-menu")
                bar.addMenu(menu)
                self._menus[menu_id] = menu
            self._fill(menu, self._placed(_in_menu(menu_id), "menu"))
        self._fill(self.toolbar, self._placed(lambda s: s.toolbar is not None, "toolbar"))
        if not self._toolbar_shown:
            self._window.addToolBar(self.toolbar)
            self._toolbar_shown = True
        for action in self.toolbar.actions():  # buttons never take the reader's focus
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if not action.isSeparator() and not action.property(_FOLLOWED):
                action.setProperty(_FOLLOWED, True)
                self._toolbar_words(action)
                action.changed.connect(lambda action=action: self._toolbar_words(action))

    def _toolbar_words(self, action: QAction) -> None:
        """A toolbar button shows its action's text without the Alt key, which does nothing
        there ("导入文件", not "导入文件(I)"; the menu keeps it), and its tooltip the shortcut
        (ADR 0117, round 18); again when the text changes (Undo's step)."""
        spec = self._specs.get(action.objectName())
        if spec is None:
            return
        words = spec.icon_text or toolbar_text(action.text())
        if action.iconText() != words:
            action.setIconText(words)
        if not spec.tip:
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{words} ({key})" if key else words
            if action.toolTip() != tip:
                action.setToolTip(tip)

    def refresh_enabled(self) -> None:
        """Ask every action's ``enabled_when`` again."""
        for action_id, spec in self._specs.items():
            if spec.enabled_when is not None:
                self._actions[action_id].setEnabled(spec.enabled_when())

    def _placed(
        self, wanted: Callable[[ActionSpec], bool], where: str
    ) -> list[tuple[int, QAction]]:
        chosen = [(index, spec) for index, spec in enumerate(self._specs.values()) if wanted(spec)]

        def section(spec: ActionSpec) -> int:
            return (spec.toolbar or 0) if where == "toolbar" else spec.section

        chosen.sort(key=lambda item: (section(item[1]), item[1].order, item[0]))
        return [(section(spec), self._actions[spec.id]) for _index, spec in chosen]

    def _fill(self, container: QMenu | QToolBar, placed: list[tuple[int, QAction]]) -> None:
        # one by one: PySide's clear() would delete the actions Qt made (undo, dock toggles)
        for action in container.actions():
            container.removeAction(action)
            if action.isSeparator() and action.parent() is container:
                action.deleteLater()
        last: int | None = None
        for section, action in placed:
            if last is not None and section != last:
                container.addSeparator()
            container.addAction(action)
            last = section


__all__ = [
    "REDO_KEYS",
    "UNDO_KEYS",
    "ActionRegistry",
    "ActionSpec",
    "MenuId",
    "Shortcut",
    "ShortcutTaken",
    "key_sequences",
    "menu_title",
]
