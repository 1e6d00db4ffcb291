"""Marginalia: annotate claims, figures and image captions in news articles.

The code lives in three packages: :mod:`marginalia.db` (the Qt-free library),
:mod:`marginalia.desktop` (the Qt application and the command line) and
:mod:`marginalia.resources` (icons, translations, the sample article).
"""

from typing import Any


def __getattr__(name: str) -> Any:
    # Looked up on first use: importlib.metadata costs ~0.1 s, which the desktop app's
    # start-up cannot afford before its window shows (ADR 0063).
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("marginalia")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
