"""Suggestions in the app: the reader overlay, the Suggestions list, accept and reject."""

from .controller import SuggestionsController, install_suggestions

__all__ = ["SuggestionsController", "install_suggestions"]
