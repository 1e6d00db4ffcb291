"""Importing from the window: menu and drag-and-drop, off the GUI thread, cancellable."""

from .job import ImportController, paths_from_mime

__all__ = ["ImportController", "paths_from_mime"]
