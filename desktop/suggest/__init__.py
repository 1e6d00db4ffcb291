"""Suggestions in the app: the reader overlay, the Suggestions list, accept and reject."""

from .controller import SuggestionsController

__all__ = ["SuggestionsController"]
