"""The annotation panel (right dock)."""

from .editor import AnnotationEditor
from .view import AnnotationPanel

__all__ = ["AnnotationEditor", "AnnotationPanel"]
