"""Schema edits and JSON round trip; changes that would orphan annotations are refused or
migrated undoably."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.db.errors import ConflictError, ValidationError
from marginalia.db.schema.edit import (
    SchemaError,
    add_label,
    delete_label,
    recolour_label,
    rekey_label,
    rename_label,
    set_attributes,
)
from marginalia.db.schema.transfer import export_schema, import_schema, read_schema_file
from marginalia.db.store import Store
from marginalia.db.values import AttributeDef, AttributeKind

from .helpers import add_text

TEXT = "😀𠀋 江北工业总产值突破1500亿元，共有351家企业。"


def test_add_rename_recolour_rekey_and_undo_in_order(lead: Store) -> None:
    before = lead.schema()
    done = []
    for make in (
        lambda: add_label(
            lead,
            "opinion",
            "Opinion",
            "4",
            "#CC79A7",
            [AttributeDef("strength", AttributeKind.CHOICE, ("weak", "strong"))],
        ),
        lambda: rename_label(lead, "claim", "Figure 2"),
        lambda: rename_label(lead, "figure", "Claim"),  # the names of two labels swap
        lambda: rename_label(lead, "claim", "Figure"),
        lambda: recolour_label(lead, "claim", "#000000"),
        lambda: rekey_label(lead, "claim", "9"),
    ):
        change = make()
        assert change.apply(lead).schema
        done.append(change)
    claim, figure = lead.label("claim"), lead.label("figure")
    assert (claim.name, claim.colour, claim.key) == ("Figure", "#000000", "9")
    assert figure.name == "Claim"
    assert lead.label("Opinion").attribute("strength").choices == ("weak", "strong")  # type: ignore[union-attr]
    with pytest.raises(ConflictError):
        done[0].revert(lead)  # undo runs in order: not the first change while others stand
    for change in reversed(done):
        change.revert(lead)
    assert lead.schema() == before


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda s: add_label(s, "claim", "Other", "7", "#111111"), "label id 'claim'"),
        (lambda s: add_label(s, "x", "figure", "7", "#111111"), "label name 'figure'"),
        (lambda s: add_label(s, "x", "X", "1", "#111111"), "key '1'"),
        (lambda s: add_label(s, "x", "X", "7", "red"), "#RRGGBB"),
        (lambda s: rename_label(s, "claim", "Figure"), "label name 'figure'"),
        (
            lambda s: set_attributes(
                s,
                "claim",
                [AttributeDef("a", AttributeKind.TEXT), AttributeDef("a", AttributeKind.TEXT)],
            ),
            "attribute 'a' 2 times",
        ),
        (
            lambda s: set_attributes(s, "claim", [AttributeDef("a", AttributeKind.CHOICE)]),
            "has no choices",
        ),
    ],
)
def test_duplicates_and_malformed_definitions_are_refused(
    lead: Store, edit: object, message: str
) -> None:
    before = lead.schema()
    with pytest.raises(SchemaError, match=message):
        edit(lead)  # type: ignore[operator]
    assert lead.schema() == before


def test_deleting_a_label_in_use_is_refused_or_migrated_undoably(lead: Store) -> None:
    article = add_text(lead, TEXT)
    used = lead.create_annotation(article, "figure", 14, 20, "ana").value
    with pytest.raises(
        SchemaError, match=r"label 'figure' would be deleted \(used by 1 annotation\)"
    ):
        delete_label(lead, "figure")
    assert lead.label("figure") and not lead.annotation(used.id).is_deleted

    change = delete_label(lead, "figure", migrate=True)
    changes = change.apply(lead)
    assert changes.schema and changes.annotations == {used.id}
    assert lead.schema().label("figure") is None
    assert lead.annotation(used.id).is_deleted  # a tombstone, still pointing at its label
    change.revert(lead)
    assert lead.label("figure").attribute("kind") is not None
    assert not lead.annotation(used.id).is_deleted


def test_an_unused_label_is_deleted_outright(lead: Store) -> None:
    delete_label(lead, "caption").apply(lead)
    assert [lb.id for lb in lead.schema().labels] == ["claim", "figure"]


def test_removing_a_choice_in_use_or_changing_a_kind_is_refused_or_migrated(lead: Store) -> None:
    article = add_text(lead, TEXT)
    claim = lead.create_annotation(
        article, "claim", 0, 5, "ana", attributes={"checkworthy": "unsure", "speaker": "12"}
    ).value
    fewer = [
        AttributeDef("checkworthy", AttributeKind.CHOICE, ("yes", "no")),
        AttributeDef("speaker", AttributeKind.NUMBER),  # "12" still fits as a number
    ]
    with pytest.raises(SchemaError, match="checkworthy must be one of yes, no"):
        set_attributes(lead, "claim", fewer)
    change = set_attributes(lead, "claim", fewer, migrate=True)
    change.apply(lead)
    assert lead.annotation(claim.id).attributes == {"speaker": 12}
    change.revert(lead)
    assert lead.annotation(claim.id).attributes == {"checkworthy": "unsure", "speaker": "12"}


def test_undo_refuses_when_a_migrated_annotation_changed_meanwhile(lead: Store) -> None:
    article = add_text(lead, TEXT)
    made = lead.create_annotation(article, "figure", 14, 20, "ana", attributes={"unit": "元"}).value
    change = set_attributes(
        lead, "figure", [AttributeDef("value", AttributeKind.NUMBER)], migrate=True
    )
    change.apply(lead)
    lead.update_annotation(made.id, made.revision + 1, note="edited later")
    lead.update_annotation(made.id, made.revision + 2, attributes={"value": 3})
    with pytest.raises(ConflictError):
        change.revert(lead)


def test_export_and_import_round_trip_between_databases(lead: Store, tmp_path: Path) -> None:
    rename_label(lead, "claim", "Behauptung").apply(lead)
    add_label(
        lead, "quote", "引语", "q", "#56B4E9", [AttributeDef("who", AttributeKind.TEXT)]
    ).apply(lead)
    path = tmp_path / "schema.json"
    export_schema(lead, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "marginalia-schema" and len(data["labels"]) == 4
    with Store.open(tmp_path / "other.sqlite") as other:
        import_schema(other, path).apply(other)
        assert other.schema() == lead.schema()
    assert read_schema_file(path) == lead.schema()


def test_an_import_that_would_orphan_annotations_is_refused(lead: Store, tmp_path: Path) -> None:
    article = add_text(lead, TEXT)
    lead.create_annotation(article, "caption", 0, 3, "ana")
    path = tmp_path / "schema.json"
    path.write_text(
        json.dumps(
            {
                "format": "marginalia-schema",
                "version": 1,
                "labels": [{"id": "claim", "name": "Claim", "key": "1", "colour": "#E69F00"}],
            }
        )
    )
    with pytest.raises(SchemaError, match="label 'caption' would be deleted") as refused:
        import_schema(lead, path)
    assert "figure" not in str(refused.value)  # figure is unused: not a reason
    assert len(lead.schema().labels) == 3


@pytest.mark.parametrize(
    "content",
    [
        "{",
        '{"format": "other"}',
        '{"format": "marginalia-schema", "version": 1, "labels": [{"id": "x"}]}',
    ],
)
def test_a_malformed_schema_file_is_a_clear_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ValidationError):
        read_schema_file(path)
