"""The Core tables, by the short names the bulk code uses (one definition for all)."""

from __future__ import annotations

from . import models as m

A = m.table_of(m.Annotation)
ART = m.table_of(m.Article)
IMG = m.table_of(m.Image)
BLOB = m.table_of(m.ImageBlob)
LINK = m.table_of(m.AnnotationLink)
STATUS = m.table_of(m.ArticleStatus)
WHO = m.table_of(m.Annotator)
LABEL = m.table_of(m.Label)
ATTR = m.table_of(m.AttributeDef)
ASSIGN = m.table_of(m.Assignment)
CONFLICT = m.table_of(m.MergeConflict)
META = m.table_of(m.Meta)
BASE = m.table_of(m.MergeBase)
DECISIONS = m.table_of(m.SuggestionDecision)
IMPORTED = m.table_of(m.ImportedSuggestion)

__all__ = [
    "ART",
    "ASSIGN",
    "ATTR",
    "BASE",
    "BLOB",
    "CONFLICT",
    "DECISIONS",
    "IMG",
    "IMPORTED",
    "LABEL",
    "LINK",
    "META",
    "STATUS",
    "WHO",
    "A",
]
