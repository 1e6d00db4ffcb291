"""Attributes as a reader reads them: the label's attributes in schema order, names and
choices in the user's language (the stored values stay the schema's words)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from marginalia.db import Label

from ..i18n import attribute_name, attribute_value


def describe_attributes(label: Label | None, attributes: Mapping[str, Any]) -> str:
    """``Check-worthy: Yes · Type: Statistical``: the label's attributes first, in the
    schema's order, then any the schema does not define; empty values left out."""
    known = [a.name for a in label.attributes] if label is not None else []
    names = [n for n in known if n in attributes] + sorted(n for n in attributes if n not in known)
    parts = []
    for name in names:
        value = attributes[name]
        if value in (None, "", [], ()):
            continue
        definition = label.attribute(name) if label is not None else None
        shown = attribute_value(definition.kind if definition else None, value)
        parts.append(
            QCoreApplication.translate("Adjudication", "{name}: {value}").format(
                name=attribute_name(name), value=shown
            )
        )
    return " · ".join(parts)


__all__ = ["describe_attributes"]
