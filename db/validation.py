"""Checks every written annotation passes: its span and its attribute values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import ValidationError
from .values import AttributeDef, AttributeKind, Label


def check_span(text: str, start: int, end: int) -> None:
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ValidationError("a span's start and end must be whole numbers")
    if start < 0 or end > len(text):
        raise ValidationError(f"the span {start}–{end} is outside the text (0–{len(text)})")
    if end <= start:
        raise ValidationError(f"the span {start}–{end} is empty")


def validate_attributes(label: Label, values: Mapping[str, Any]) -> dict[str, Any]:
    """Attribute values checked against the label's definitions (image lives elsewhere)."""
    clean: dict[str, Any] = {}
    for name, value in values.items():
        definition = label.attribute(name)
        if definition is None:
            raise ValidationError(f"the label {label.name} has no attribute {name!r}")
        if value is None or value == "":
            continue
        clean[name] = _attribute_value(definition, value)
    return clean


def _attribute_value(definition: AttributeDef, value: Any) -> Any:
    name = definition.name
    match definition.kind:
        case AttributeKind.CHOICE:
            if str(value) not in definition.choices:
                allowed = ", ".join(definition.choices)
                raise ValidationError(f"{name} must be one of {allowed}, not {value!r}")
            return str(value)
        case AttributeKind.NUMBER:
            if isinstance(value, bool):
                raise ValidationError(f"{name} must be a number, not {value!r}")
            if isinstance(value, int | float):
                return value
            try:
                number = float(str(value).replace(",", ""))
            except ValueError:
                raise ValidationError(f"{name} must be a number, not {value!r}") from None
            return int(number) if number.is_integer() and "." not in str(value) else number
        case AttributeKind.BOOLEAN:
            if isinstance(value, bool):
                return value
            folded = str(value).strip().casefold()
            if folded in {"yes", "true", "1", "y"}:
                return True
            if folded in {"no", "false", "0", "n"}:
                return False
            raise ValidationError(f"{name} must be yes or no, not {value!r}")
        case AttributeKind.IMAGE:
            raise ValidationError(f"{name} is set by linking an image, not as a value")
        case _:
            return str(value)
