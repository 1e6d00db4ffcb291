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
from ..messages import Message
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
            Message('this is not a Marginalia label schema (no "format": "marginalia-schema")')
        )
    if data.get("version") != VERSION:
        raise ValidationError(
            Message("schema version {version} is not supported", version=repr(data.get("version")))
        )
    labels = data.get("labels")
    if not isinstance(labels, list):
        raise ValidationError(Message("the schema has no list of labels"))
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
        raise ValidationError(  # Python's own words about the value stay as it wrote them
            Message("the schema is malformed ({detail})", detail=f"{type(exc).__name__}: {exc}")
        ) from None
    check_schema(schema)
    return schema


def export_schema(store: Store, path: Path) -> None:
    text = json.dumps(schema_to_dict(store.schema()), ensure_ascii=False, indent=2)
    Path(path).write_text(text + "\n", encoding="utf-8")


def read_schema_file(path: Path) -> Schema:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(
            Message("{path}: cannot be read ({detail})", path=str(path), detail=exc.strerror)
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(_not_json(path, exc)) from None
    except UnicodeDecodeError as exc:
        raise ValidationError(
            Message("{path}: is not JSON ({detail})", path=str(path), detail=str(exc))
        ) from None
    return schema_from_dict(data)


def _not_json(path: Path, error: json.JSONDecodeError) -> Message:
    """Python's reason in the window's language where the article import knows it (ADR 0117),
    in Python's words (``str(error)``) otherwise."""
    from ..article_import.sources import json_problem

    problem = json_problem(error.msg)
    if not isinstance(problem, Message):
        return Message("{path}: is not JSON ({detail})", path=str(path), detail=str(error))
    return Message(
        "{path}: is not JSON ({problem}: line {line} column {column} (char {char}))",
        path=str(path),
        problem=problem,
        line=error.lineno,
        column=error.colno,
        char=error.pos,
    )


def import_schema(store: Store, path: Path, *, migrate: bool = False) -> SchemaChange:
    """Plan replacing the schema with the one in ``path`` (call ``apply`` to do it)."""
    return replace_schema(
        store,
        read_schema_file(path),
        migrate=migrate,
        text=Message("Import the schema {file}", file=Path(path).name),
    )
