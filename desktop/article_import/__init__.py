"""Importing articles from the window: menu and drag-and-drop, off the GUI thread, cancellable."""

from .feature import ArticleImportFeature, paths_from_mime

__all__ = ["ArticleImportFeature", "paths_from_mime"]
