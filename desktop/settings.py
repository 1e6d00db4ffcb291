"""Typed settings, declared once, over QSettings (ADR 0071).

Two stores, kept apart on purpose:

- :class:`Preferences` — what the user chose (name, font size, theme, language …). Each one
  is an :class:`Option` declared below with its key, type, default and bounds; nothing else
  in the application spells a key.
- :class:`WindowState` — where the window and its docks were (geometry, dock layout, header
  widths). Throwing it away is always safe, so it lives in its own file and a broken or
  foreign layout never costs the user a preference.

Both read through :class:`QSettings`, so a machine-wide file in the system configuration
folder (an installer's defaults, docs/install.md) shows through wherever the user has chosen
nothing. Tests point QSettings at a temporary folder (see ``use_settings_folder``).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, overload

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QMainWindow

ORGANIZATION = "Marginalia"
PREFERENCES_FILE = "marginalia"
WINDOW_STATE_FILE = "window-state"
#: Bump when a preference changes meaning; :data:`UPGRADES` carries old values over.
SETTINGS_VERSION = 1
#: Bump when the docks change so that an old saved layout is ignored, not misapplied.
#: 2: layouts saved before issue 12 hold the collapsed reader (ADR 0064).
WINDOW_STATE_VERSION = 2


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Language(StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    CHINESE_SIMPLIFIED = "zh_CN"


@dataclass(frozen=True, slots=True)
class Option[T]:
    """One preference: its key in the settings file, its type, default and bounds.

    Used as a descriptor on :class:`Preferences`: reading gives a value of the declared type
    (the default when it is missing or unreadable), assigning writes it.
    """

    key: str
    default: T
    minimum: int | None = None
    maximum: int | None = None

    def convert(self, raw: Any) -> T:
        """The stored value as the declared type; the default if it cannot be read."""
        if raw is None:
            return self.default
        kind = type(self.default)
        try:
            if kind is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in TRUE_WORDS
            elif kind is int:
                value = int(raw)
                if self.minimum is not None:
                    value = max(self.minimum, value)
                if self.maximum is not None:
                    value = min(self.maximum, value)
            elif issubclass(kind, StrEnum):
                value = kind(str(raw))
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return self.default
        return value  # type: ignore[no-any-return]

    @overload
    def __get__(self, obj: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, obj: Preferences, owner: type) -> T: ...
    def __get__(self, obj: Preferences | None, owner: type) -> Option[T] | T:
        if obj is None:
            return self
        return self.convert(obj.qsettings.value(self.key))

    def __set__(self, obj: Preferences, value: T) -> None:
        value = self.convert(value)
        obj.qsettings.setValue(self.key, value.value if isinstance(value, StrEnum) else value)
        obj.changed(self.key)


TRUE_WORDS = frozenset({"true", "1", "yes", "on"})


def _label_switch(label_id: str) -> Option[bool]:
    return Option(f"suggestions/label/{label_id}", True)


def os_user() -> str:
    """The operating system's name for the current user: the first-run default."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) or no LOGNAME
        return ""


class Preferences:
    """The user's preferences. Options are class attributes; read and assign them."""

    annotator = Option("user/annotator", "")
    #: Point size of the reader's text; the rest of the window follows the system.
    font_size = Option("reader/font_size", 12, minimum=6, maximum=48)
    theme = Option("appearance/theme", Theme.SYSTEM)
    language = Option("appearance/language", Language.SYSTEM)
    #: How many timestamped database backups to keep before the oldest is removed.
    backups = Option("storage/backups", 5, minimum=0, maximum=100)
    #: The database opened when none is named on the command line; empty: the default file.
    database = Option("storage/database", "")
    #: The import dialog's options, as last chosen (also used for files dropped on the
    #: window): an encoding to force ("" detects) and removing pinyin readings.
    import_encoding = Option("import/encoding", "")
    import_strip_pinyin = Option("import/strip_pinyin", False)
    #: Whether automatic suggestions are shown at all (per label: :meth:`suggestions_for`).
    suggestions = Option("suggestions/enabled", True)
    #: Suggestions less confident than this, in percent, are hidden (ADR 0034). The default
    #: is the detectors' (``marginalia.db.suggest.DEFAULT_THRESHOLD``, ADR 0030).
    suggestion_threshold = Option("suggestions/threshold", 41, minimum=0, maximum=100)
    #: Whether dates and times are suggested as figures of kind "date" (off: never figures).
    suggestion_dates = Option("suggestions/dates", False)
    #: What File ▸ Export… offers first: the choices of the last export (ADR 0054).
    export_format = Option("export/format", "w3c")
    export_layout = Option("export/layout", "")
    export_offset_unit = Option("export/offset_unit", "utf16")
    export_with_texts = Option("export/with_texts", False)
    export_folder = Option("export/folder", "")
    export_conll_scheme = Option("export/conll_scheme", "iob2")
    export_conll_layers = Option("export/conll_layers", 1, minimum=1, maximum=9)
    export_predictions = Option("export/predictions", False)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or _open(PREFERENCES_FILE)
        self._listeners: list[Callable[[str], None]] = []
        upgrade(self.qsettings)

    @classmethod
    def options(cls) -> Iterator[tuple[str, Option[Any]]]:
        for name, value in vars(cls).items():
            if isinstance(value, Option):
                yield name, value

    def suggestions_for(self, label_id: str) -> bool:
        """Whether suggestions are shown for one label: on, unless turned off here or at all."""
        return self.suggestions and self.label_suggestions(label_id)

    def label_suggestions(self, label_id: str) -> bool:
        """The label's own switch, whatever the main switch says."""
        return _label_switch(label_id).convert(self.qsettings.value(_label_switch(label_id).key))

    def set_label_suggestions(self, label_id: str, enabled: bool) -> None:
        self.qsettings.setValue(_label_switch(label_id).key, bool(enabled))
        self.changed(_label_switch(label_id).key)

    def on_change(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(key)`` after each assignment."""
        self._listeners.append(listener)

    def changed(self, key: str) -> None:
        for listener in self._listeners:
            listener(key)

    def sync(self) -> None:
        self.qsettings.sync()

    @property
    def path(self) -> Path:
        return Path(self.qsettings.fileName())


#: settings version → function that rewrites the file from that version to the next.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


def upgrade(qsettings: QSettings) -> None:
    """Bring a settings file written by an older Marginalia up to :data:`SETTINGS_VERSION`."""
    version = Option("settings/version", 0).convert(qsettings.value("settings/version"))
    if version == SETTINGS_VERSION:
        return
    for step in range(version, SETTINGS_VERSION):
        if step in UPGRADES:
            UPGRADES[step](qsettings)
    if qsettings.allKeys() or version:
        qsettings.setValue("settings/version", SETTINGS_VERSION)


class WindowState:
    """Window geometry, dock layout and header widths, apart from the preferences."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or _open(WINDOW_STATE_FILE)

    def save(self, key: str, state: QByteArray | bytes) -> None:
        self.qsettings.setValue(f"state/{key}", QByteArray(state))

    def load(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(f"state/{key}")
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None

    def save_window(self, window: QMainWindow, name: str = "main") -> None:
        self.save_geometry(window, name)
        self.save(f"{name}/docks", window.saveState(WINDOW_STATE_VERSION))

    def save_geometry(self, window: QMainWindow, name: str = "main") -> None:
        self.save(f"{name}/geometry", window.saveGeometry())

    def restore_window(self, window: QMainWindow, name: str = "main") -> bool:
        """Put the window and its docks back where they were; False if nothing was saved.

        Docks must already exist and have object names (``QDockWidget.setObjectName``).
        """
        restored = self.restore_geometry(window, name)
        return self.restore_docks(window, name) or restored

    def restore_geometry(self, window: QMainWindow, name: str = "main") -> bool:
        """The window's size and place alone: before its docks exist, so it shows at once."""
        geometry = self.load(f"{name}/geometry")
        return geometry is not None and window.restoreGeometry(geometry)

    def restore_docks(self, window: QMainWindow, name: str = "main") -> bool:
        """The docks' layout; False if none was saved or it is from another version."""
        docks = self.load(f"{name}/docks")
        return docks is not None and window.restoreState(docks, WINDOW_STATE_VERSION)

    def save_editor_height(self, height: int | None, name: str = "main") -> None:
        """The height the user gave the annotation panel's editor by moving its divider, or
        None while they have not (the editor is then as tall as its form, ADR 0137)."""
        self.qsettings.setValue(f"state/{name}/editor_height", -1 if height is None else height)

    def editor_height(self, name: str = "main") -> int | None:
        value = Option("", -1, minimum=-1).convert(
            self.qsettings.value(f"state/{name}/editor_height")
        )
        return None if value < 0 else value

    @property
    def last_article(self) -> int | None:
        """The article open when the window closed, to reopen it."""
        value = Option("session/last_article", -1).convert(
            self.qsettings.value("session/last_article")
        )
        return None if value < 0 else value

    @last_article.setter
    def last_article(self, article_id: int | None) -> None:
        self.qsettings.setValue("session/last_article", -1 if article_id is None else article_id)

    def clear(self) -> None:
        self.qsettings.clear()

    def sync(self) -> None:
        self.qsettings.sync()


def _open(name: str) -> QSettings:
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
    return QSettings(
        QSettings.defaultFormat(),
        QSettings.Scope.UserScope,
        QCoreApplication.organizationName(),
        name,
    )


def use_settings_folder(folder: Path) -> None:
    """Keep all settings as INI files under ``folder`` (tests, portable installs)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        sub = folder / ("user" if scope == QSettings.Scope.UserScope else "system")
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(sub))
