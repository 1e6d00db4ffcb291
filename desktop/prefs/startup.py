"""What the application does with the preferences when it starts, in one call."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from ..i18n import install_translators
from ..icons import app_icon
from ..settings import Language, Preferences, Theme
from .first_run import run_first_run
from .theme import apply_theme


def start_with_preferences(
    app: QApplication,
    *,
    annotator: str | None = None,
    parent: QWidget | None = None,
    translations: Path | None = None,
    default_language: str | None = None,
) -> Preferences:
    """Language, theme and icon from the preferences; the first-run question if needed.

    Call it after the QApplication exists and before any window is built. ``annotator``
    (from ``--annotator``) skips the first-run question without saving the name. The name to
    use is then ``annotator or prefs.annotator``.
    """
    prefs = Preferences()
    language = prefs.language
    if language is Language.SYSTEM and default_language:  # IT's machine-wide choice
        language = _language(default_language, language)
    install_translators(language, translations)
    if prefs.theme is not Theme.SYSTEM:
        apply_theme(prefs.theme)
    app.setWindowIcon(app_icon())
    if not annotator:
        run_first_run(prefs, parent)
    return prefs


def _language(code: str, fallback: Language) -> Language:
    try:
        return Language(code)
    except ValueError:
        return fallback
