"""Marginalia: annotate claims, figures and image captions in news articles.

The code lives in three packages: :mod:`marginalia.db` (the Qt-free library),
:mod:`marginalia.desktop` (the Qt application and the command line) and
:mod:`marginalia.resources` (icons, translations, the sample article).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("marginalia")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
