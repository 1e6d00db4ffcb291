"""Checks every written annotation passes: its span and its attribute values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import ValidationError
from .messages import Message
from .values import AttributeDef, AttributeKind, Label


def check_span(text: str, start: int, end: int) -> None:
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ValidationError(Message("a span's start and end must be whole numbers"))
    if start < 0 or end > len(text):
        raise ValidationError(
            Message(
                "the span {start}–{end} is outside the text (0–{length})",
                start=start,
                end=end,
                length=len(text),
            )
        )
    if end <= start:
        raise ValidationError(Message("the span {start}–{end} is empty", start=start, end=end))


def validate_attributes(label: Label, values: Mapping[str, Any]) -> dict[str, Any]:
    """Attribute values checked against the label's definitions (image lives elsewhere)."""
    clean: dict[str, Any] = {}
    for name, value in values.items():
        definition = label.attribute(name)
        if definition is None:
            raise ValidationError(
                Message(
                    "the label {label} has no attribute {name}", label=label.name, name=repr(name)
                )
            )
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
                raise ValidationError(
                    Message(
                        "{name} must be one of {allowed}, not {value}",
                        name=name,
                        allowed=allowed,
                        value=repr(value),
                    )
                )
            return str(value)
        case AttributeKind.NUMBER:
            if isinstance(value, bool):
                raise ValidationError(_not_a_number(name, value))
            if isinstance(value, int | float):
                return value
            try:
                number = float(str(value).replace(",", ""))
            except ValueError:
                raise ValidationError(_not_a_number(name, value)) from None
            return int(number) if number.is_integer() and "." not in str(value) else number
        case AttributeKind.BOOLEAN:
            if isinstance(value, bool):
                return value
            folded = str(value).strip().casefold()
            if folded in {"yes", "true", "1", "y"}:
                return True
            if folded in {"no", "false", "0", "n"}:
                return False
            raise ValidationError(
                Message("{name} must be yes or no, not {value}", name=name, value=repr(value))
            )
        case AttributeKind.IMAGE:
            raise ValidationError(
                Message("{name} is set by linking an image, not as a value", name=name)
            )
        case _:
            return str(value)


def _not_a_number(name: str, value: Any) -> Message:
    return Message("{name} must be a number, not {value}", name=name, value=repr(value))
