"""Preferences and the first-run dialog, and applying the theme."""

from .dialog import PreferencesDialog
from .feature import PreferencesFeature
from .first_run import FirstRunDialog, needs_first_run, run_first_run
from .startup import start_with_preferences
from .theme import apply_theme, is_dark

__all__ = [
    "FirstRunDialog",
    "PreferencesDialog",
    "PreferencesFeature",
    "apply_theme",
    "is_dark",
    "needs_first_run",
    "run_first_run",
    "start_with_preferences",
]
