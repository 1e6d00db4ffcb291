"""A sentence for the user is its English text everywhere, and keeps its template and values
for a window in another language (ADR 0117)."""

from __future__ import annotations

import json
import pickle

import pytest

from marginalia.db import DatabaseError, MarginaliaError, Message, import_paths, reason_of
from marginalia.db.article_import.encoding import DecodeError, decode_bytes
from marginalia.db.errors import DISK_FULL, ImportError_, StorageError
from marginalia.db.store import Store


def template(reason: object) -> str:
    """The template of a reason that must be a :class:`Message`."""
    assert isinstance(reason, Message), reason
    return reason.template


def test_a_message_is_its_english_sentence_with_its_template_and_values() -> None:
    text = Message('the field "{field}" must be a string', field="title")
    assert text == 'the field "title" must be a string'
    assert text.template == 'the field "{field}" must be a string'
    assert text.params == {"field": "title"}
    assert json.dumps({"error": text}) == json.dumps({"error": str(text)})
    assert f"{text}" == str(text) == 'the field "title" must be a string'
    assert type(str(text)) is str


def test_a_message_survives_pickling_with_its_template() -> None:
    text = Message("was not stored ({reason})", reason=DISK_FULL.reason)
    again = pickle.loads(pickle.dumps(text))
    assert again == text
    assert again.template == text.template
    assert again.params["reason"].template == "the disk is full"


def test_an_error_gives_back_the_message_it_was_raised_with() -> None:
    with pytest.raises(DecodeError) as raised:
        decode_bytes(b"\xff\xfeA")  # a UTF-16 BOM and half a code unit
    reason = reason_of(raised.value)
    assert isinstance(reason, Message)
    assert reason == str(raised.value)
    assert reason.params == {"encoding": "UTF-16", "unit": 2}
    assert reason_of(ValueError("plain")) == "plain"
    assert not isinstance(reason_of(MarginaliaError("plain")), Message)


def test_composed_errors_keep_their_parts() -> None:
    error = ImportError_("page.html", Message("no article text was found in the page"))
    assert str(error) == "page.html: no article text was found in the page"
    reason = reason_of(error)
    assert isinstance(reason, Message)
    assert template(reason.params["reason"]) == "no article text was found in the page"
    failure = StorageError(DISK_FULL, "m.sqlite", doing=Message("the backup was not written"))
    assert str(failure) == (
        "m.sqlite: the backup was not written: the disk is full; "
        "free some space on it, then try again"
    )
    assert template(reason_of(failure)) == "{where}: {doing}: {reason}; {advice}"
    assert str(StorageError(DISK_FULL)) == "the disk is full; free some space on it, then try again"


def test_the_reasons_an_import_reports_are_messages(tmp_path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "batch.jsonl").write_text('{"text": 3}\nnot json\n', encoding="utf-8")
    with Store.open(tmp_path / "m.sqlite") as store:
        report = import_paths(store, [tmp_path / "empty.txt", tmp_path / "batch.jsonl"])
    reasons = dict(report.failed)
    by_name = {path.rsplit("/", 1)[-1]: reason for path, reason in reasons.items()}
    assert template(by_name["empty.txt"]) == "the file is empty"
    assert template(by_name["batch.jsonl#1"]) == 'the field "{field}" is missing or not a string'
    assert by_name["batch.jsonl#1"] == 'the field "text" is missing or not a string'
    assert template(by_name["batch.jsonl#2"]) == "is not valid JSON ({problem} at column {column})"


def test_a_newer_database_is_refused_with_a_message(tmp_path) -> None:
    path = tmp_path / "m.sqlite"
    Store.open(path).close()
    import sqlite3

    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    with pytest.raises(DatabaseError) as raised:
        Store.open(path)
    reason = reason_of(raised.value)
    assert isinstance(reason, Message)
    assert reason.params == {"path": str(path), "revision": "9999"}
    assert "made by a newer version of Marginalia (schema 9999)" in str(raised.value)


def test_a_schema_refusal_is_one_message_of_its_reasons_in_the_same_english() -> None:
    """A schema's reasons joined with "; " as before; the whole is a message whose parts
    are messages, each with its values (ADR 0117, round 13)."""
    from marginalia.db.schema.edit import SchemaError, check_schema
    from marginalia.db.values import AttributeDef, AttributeKind, Label, Schema

    colour = "#123456"
    schema = Schema(
        (
            Label("a", "Claim", "1", colour),
            Label("b", "claim", "1", "red", (AttributeDef("x", AttributeKind.TEXT, ("y",)),)),
        )
    )
    with pytest.raises(SchemaError) as refused:
        check_schema(schema)
    assert str(refused.value) == (
        "the label name 'claim' is used 2 times; the key '1' is used 2 times; "
        "the colour of 'claim' must look like #RRGGBB; the text attribute 'x' has choices"
    )
    whole = reason_of(refused.value)
    assert isinstance(whole, Message) and whole.template == "{reasons}; {reason}"
    assert [r.template for r in refused.value.reasons if isinstance(r, Message)] == [
        "the label name {name} is used {n} times",
        "the key {key} is used {n} times",
        "the colour of {label} must look like #RRGGBB",
        "the text attribute {name} has choices",
    ]


def test_a_merge_source_it_refused_keeps_its_reasons_as_messages(tmp_path) -> None:
    from marginalia.db.team.merge import merge

    target = Store.open(tmp_path / "lead.sqlite")
    missing = tmp_path / "nobody.sqlite"
    [report] = merge(target, [missing]).sources
    target.close()
    assert report.error == f"{missing}: there is no such database file"
    assert isinstance(report.error, Message)
    assert json.loads(json.dumps(report.to_dict()))["error"] == report.error
