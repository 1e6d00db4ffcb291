"""Machine-wide and per-user configuration: two INI files, the user's on top where allowed.

IT writes the machine file (``/etc/xdg/marginalia/marginalia.ini``,
``%PROGRAMDATA%\\Marginalia\\marginalia.ini``,
``/Library/Application Support/Marginalia/marginalia.ini``); each user may have the same
file in their own config folder. Both have one section, ``[marginalia]``::

    [marginalia]
    database = ~/Marginalia/marginalia.sqlite   ; a path or a postgresql:// URL
    annotator_policy = os-user                  ; os-user | ask   (machine file only)
    annotator = Wang Fang                       ; used when the policy is "ask"
    schema = /srv/marginalia/labels.json        ; label schema file (JSON)
    lock_schema = true                          ; users may not change it (machine file only)
    language = zh_CN                            ; UI language, e.g. en, zh_CN

A file that cannot be read or parsed is reported (file, line, reason) and ignored as a
whole; a bad value is reported and only that setting ignored. Nothing here is fatal: the
application always starts (ADR 0090).
"""

from __future__ import annotations

import configparser
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from platformdirs import site_config_path, user_config_path

SECTION = "marginalia"
FILE_NAME = "marginalia.ini"
SYSTEM_ENV = "MARGINALIA_SYSTEM_CONFIG"
USER_ENV = "MARGINALIA_USER_CONFIG"

AnnotatorPolicy = Literal["os-user", "ask"]
POLICIES: tuple[AnnotatorPolicy, ...] = ("os-user", "ask")

#: Settings only the machine file may set; a user file that sets them is reported.
MACHINE_ONLY = frozenset({"annotator_policy", "lock_schema"})
KEYS = frozenset({"database", "annotator_policy", "annotator", "schema", "lock_schema", "language"})
_TRUE = {"1", "yes", "true", "on"}
_FALSE = {"0", "no", "false", "off"}
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Config:
    """The settings in force. ``None`` means "not configured: use the built-in default"."""

    database: str | None = None
    #: ``None``: not set by IT, so a user's own ``annotator`` counts.
    annotator_policy: AnnotatorPolicy | None = None
    annotator: str | None = None
    schema: Path | None = None
    lock_schema: bool = False
    language: str | None = None
    #: One line per problem found, naming the file (and line where known) and the reason.
    warnings: tuple[str, ...] = ()
    #: The files that were read, machine file first.
    sources: tuple[Path, ...] = field(default=())

    @property
    def configured_annotator(self) -> str | None:
        """The configured name, unless the policy says "always the OS user"."""
        return None if self.annotator_policy == "os-user" else self.annotator

    @property
    def may_change_schema(self) -> bool:
        return not self.lock_schema


def _app_folder_name() -> str:
    # XDG folders are lower-case by convention; Windows and macOS show "Marginalia".
    return "Marginalia" if sys.platform in ("win32", "darwin") else "marginalia"


def system_config_file() -> Path:
    override = os.environ.get(SYSTEM_ENV)
    if override:
        return Path(override)
    return site_config_path(_app_folder_name(), appauthor=False) / FILE_NAME


def user_config_file() -> Path:
    override = os.environ.get(USER_ENV)
    if override:
        return Path(override)
    return user_config_path(_app_folder_name(), appauthor=False) / FILE_NAME


def load_config(system: Path | None = None, user: Path | None = None) -> Config:
    """The machine file, then the user's file on top where allowed."""
    system = system if system is not None else system_config_file()
    user = user if user is not None else user_config_file()
    warnings: list[str] = []
    sources: list[Path] = []
    machine = _read(system, warnings, sources, machine=True)
    personal = _read(user, warnings, sources, machine=False)

    values: dict[str, object] = {}
    values.update(machine)
    for key, value in personal.items():
        if key == "schema" and machine.get("lock_schema") is True:
            warnings.append(f"{user}: schema is locked by {system}; your setting is ignored")
            continue
        if key == "annotator" and machine.get("annotator_policy") == "os-user":
            warnings.append(
                f"{user}: {system} names annotators by their system user; annotator is ignored"
            )
            continue
        values[key] = value
    return Config(
        database=_str(values.get("database")),
        annotator_policy=_policy(values.get("annotator_policy")),
        annotator=_str(values.get("annotator")),
        schema=_path(values.get("schema")),
        lock_schema=values.get("lock_schema") is True,
        language=_str(values.get("language")),
        warnings=tuple(warnings),
        sources=tuple(sources),
    )


def save_user_settings(updates: Mapping[str, str | None], path: Path | None = None) -> Path:
    """Set (or, with ``None``, remove) keys in the user's file, keeping the others."""
    path = path if path is not None else user_config_file()
    unknown = set(updates) - (KEYS - MACHINE_ONLY)
    if unknown:
        raise ValueError(f"not a user setting: {', '.join(sorted(unknown))}")
    parser = configparser.ConfigParser(interpolation=None)
    if path.is_file():
        try:
            parser.read(path, encoding="utf-8")
        except configparser.Error:
            parser = configparser.ConfigParser(interpolation=None)  # rewrite a broken file
    if not parser.has_section(SECTION):
        parser.add_section(SECTION)
    for key, value in updates.items():
        if value is None:
            parser.remove_option(SECTION, key)
        else:
            parser.set(SECTION, key, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        parser.write(handle)
    temporary.replace(path)
    return path


def _read(
    path: Path, warnings: list[str], sources: list[Path], *, machine: bool
) -> dict[str, object]:
    if not path.is_file():
        return {}
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        warnings.append(f"{path}: cannot be read ({exc}); the file is ignored")
        return {}
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";", "#"))
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        warnings.append(f"{path}: {_describe(exc)}; the file is ignored")
        return {}
    sources.append(path)
    if not parser.has_section(SECTION):
        warnings.append(f"{path}: has no [{SECTION}] section; the file is ignored")
        return {}
    for other in parser.sections():
        if other != SECTION:
            warnings.append(f"{path}, line {_line(text, f'[{other}]')}: unknown section [{other}]")
    values: dict[str, object] = {}
    for key, raw in parser.items(SECTION):
        where = f"{path}, line {_line(text, key)}"
        if key not in KEYS:
            warnings.append(f"{where}: unknown setting {key!r} is ignored")
            continue
        if key in MACHINE_ONLY and not machine:
            warnings.append(f"{where}: {key} can only be set in the machine-wide file")
            continue
        try:
            values[key] = _parse(key, raw.strip(), path.parent)
        except ValueError as exc:
            warnings.append(f"{where}: {exc}; this setting is ignored")
    return values


def _parse(key: str, raw: str, folder: Path) -> object:
    if key == "annotator_policy":
        if raw not in POLICIES:
            raise ValueError(f"annotator_policy must be one of {', '.join(POLICIES)}, not {raw!r}")
        return raw
    if key == "lock_schema":
        if raw.lower() in _TRUE:
            return True
        if raw.lower() in _FALSE:
            return False
        raise ValueError(f"lock_schema must be true or false, not {raw!r}")
    if not raw:
        raise ValueError(f"{key} is empty")
    if key == "language":
        if not _LANGUAGE.match(raw):
            raise ValueError(f"language {raw!r} is not a language code such as en or zh_CN")
        return raw
    if key == "annotator":
        return raw
    expanded = os.path.expanduser(os.path.expandvars(raw))
    if key == "database" and "://" in expanded:
        return expanded
    path = Path(expanded)
    return str(path if path.is_absolute() else folder / path)


def _describe(exc: configparser.Error) -> str:
    if isinstance(exc, configparser.MissingSectionHeaderError):
        return f"line {exc.lineno}: settings must follow a [{SECTION}] line"
    if isinstance(exc, configparser.ParsingError):
        lines = ", ".join(str(error[0]) for error in _parsing_errors(exc))
        return f"line {lines}: not of the form NAME = VALUE"
    if isinstance(exc, configparser.DuplicateOptionError | configparser.DuplicateSectionError):
        name = exc.option if isinstance(exc, configparser.DuplicateOptionError) else exc.section
        return f"line {exc.lineno}: {name!r} appears twice"
    return str(exc).splitlines()[0]


def _parsing_errors(exc: configparser.ParsingError) -> list[tuple[int, str]]:
    return list(exc.errors)


def _line(text: str, key: str) -> int | str:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*([=:]|$)", re.IGNORECASE)
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return "?"


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _path(value: object) -> Path | None:
    return Path(value) if isinstance(value, str) else None


def _policy(value: object) -> AnnotatorPolicy | None:
    return "ask" if value == "ask" else "os-user" if value == "os-user" else None
