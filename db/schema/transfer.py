"""The label schema as JSON, to move it between databases (``marginalia-cli schema``).

    {"format": "marginalia-schema", "version": 1,
     "labels": [{"id", "name", "key", "colour",
                 "attributes": [{"name", "kind", "choices"}]}]}

Importing replaces the schema through :mod:`.edit`, so it is checked, refused if it
would orphan annotations (unless migrating) and undoable like any other schema change.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..store import Store
from ..values import AttributeDef, AttributeKind, Label, Schema
from .edit import SchemaChange, check_schema, replace_schema

FORMAT = "marginalia-schema"
VERSION = 1


def schema_to_dict(schema: Schema) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "labels": [
            {
                "id": label.id,
                "name": label.name,
                "key": label.key,
                "colour": label.colour,
                "attributes": [
                    {"name": a.name, "kind": str(a.kind), "choices": list(a.choices)}
                    for a in label.attributes
                ],
            }
            for label in schema.labels
        ],
    }


def schema_from_dict(data: Any) -> Schema:
    """A schema from its JSON form; malformed input is a :class:`ValidationError`."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(
            'this is not a Marginalia label schema (no "format": "marginalia-schema")'
        )
    if data.get("version") != VERSION:
        raise ValidationError(f"schema version {data.get('version')!r} is not supported")
    labels = data.get("labels")
    if not isinstance(labels, list):
        raise ValidationError("the schema has no list of labels")
    try:
        schema = Schema(
            tuple(
                Label(
                    id=str(item["id"]),
                    name=str(item["name"]),
                    key=str(item.get("key") or ""),
                    colour=str(item["colour"]),
                    attributes=tuple(
                        AttributeDef(
                            str(a["name"]),
                            AttributeKind(a["kind"]),
                            tuple(str(c) for c in a.get("choices") or ()),
                            index,
                        )
                        for index, a in enumerate(item.get("attributes") or ())
                    ),
                    position=position,
                )
                for position, item in enumerate(labels)
            )
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValidationError(f"the schema is malformed ({type(exc).__name__}: {exc})") from None
    check_schema(schema)
    return schema


def export_schema(store: Store, path: Path) -> None:
    text = json.dumps(schema_to_dict(store.schema()), ensure_ascii=False, indent=2)
    Path(path).write_text(text + "\n", encoding="utf-8")


def read_schema_file(path: Path) -> Schema:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(f"{path}: cannot be read ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"{path}: is not JSON ({exc})") from None
    return schema_from_dict(data)


def import_schema(store: Store, path: Path, *, migrate: bool = False) -> SchemaChange:
    """Plan replacing the schema with the one in ``path`` (call ``apply`` to do it)."""
    return replace_schema(
        store, read_schema_file(path), migrate=migrate, text=f"Import the schema {Path(path).name}"
    )
