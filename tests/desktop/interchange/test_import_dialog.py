"""Import annotations and Export with the offset unit and the new formats, driven with keys
and clicks in the real dialogs, read back from the database and from disk."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ..helpers import add_article

#: A ZWJ family (five code points, eight UTF-16 units, one grapheme cluster) and 𠀋 first.
ZWJ = "👨‍👩‍👧 𠀋 The minister said unemployment fell to 5% in 2023.\n"


def _open_import(app_window):
    feature = app_window.workspace.interchange
    app_window.registry.action("file.import_annotations").trigger()
    dialog = feature.import_dialog
    assert dialog is not None and dialog.isVisible()
    return feature, dialog


def _choose(combo, data) -> None:
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != data:
        QTest.keyClick(combo, Qt.Key.Key_Down)


def test_doccano_counted_in_graphemes_lands_on_the_word(app_window, tmp_path: Path) -> None:
    store = app_window.store
    article = add_article(store, ZWJ, images=False)
    word = ZWJ.index("minister")
    clusters = word - 4  # the family is one cluster, not five code points
    path = tmp_path / "graphemes.jsonl"
    line = {"text": ZWJ, "label": [[clusters, clusters + 8, "Claim"]]}
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", "utf-8")
    feature, dialog = _open_import(app_window)
    _choose(dialog.format, "doccano")
    assert dialog.offset_unit.isEnabled() and dialog.unit() == "utf16"  # doccano's default
    _choose(dialog.offset_unit, "grapheme")
    QTest.keyClicks(dialog.files, str(path))
    with app_window.qtbot.waitSignal(feature.importer.finished, timeout=10_000) as done:
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    outcome = done.args[0]
    assert outcome.imported == {"graphemes.jsonl": 1} and not outcome.partly
    assert feature.importer.summary_text(outcome) == "graphemes.jsonl: 1 annotation imported."
    [stored] = store.annotations(article)
    assert stored.quote == "minister"
    _choose_other_format_disables_the_unit(app_window)


def _choose_other_format_disables_the_unit(app_window) -> None:
    _, dialog = _open_import(app_window)
    _choose(dialog.format, "brat")
    assert not dialog.offset_unit.isEnabled() and dialog.unit() is None
    dialog.reject()


def test_a_partly_bad_file_goes_in_and_names_what_was_left_out(app_window, tmp_path) -> None:
    store = app_window.store
    article = add_article(store, ZWJ, images=False)
    units = len(ZWJ[: ZWJ.index("minister")].encode("utf-16-le")) // 2
    path = tmp_path / "mixed.jsonl"
    lines = [
        {"text": ZWJ, "label": [[units, units + 8, "claim"], [units, units + 8, "Opinion"]]},
        {"text": "not imported here", "label": [[0, 3, "Claim"]]},
    ]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    feature, dialog = _open_import(app_window)
    _choose(dialog.format, "doccano")
    QTest.keyClicks(dialog.files, str(path))
    QTest.mouseClick(dialog.strict, Qt.MouseButton.LeftButton)  # all or nothing
    assert dialog.strict.isChecked()
    with app_window.qtbot.waitSignal(feature.importer.finished, timeout=10_000) as done:
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [name for name, _ in done.args[0].refused] == ["mixed.jsonl"]
    assert store.annotations(article) == []
    feature.importer.summary.close()
    feature, dialog = _open_import(app_window)
    _choose(dialog.format, "doccano")
    assert not dialog.strict.isChecked()
    QTest.keyClicks(dialog.files, str(path))
    with app_window.qtbot.waitSignal(feature.importer.finished, timeout=10_000) as done:
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    outcome = done.args[0]
    assert outcome.imported == {"mixed.jsonl": 1}
    [(name, problems)] = outcome.partly
    assert name == "mixed.jsonl"
    assert {record for record, _ in problems} == {"line 1, entity 2", "line 2, entity 1"}
    shown = feature.importer.summary
    assert shown is not None and shown.isVisible()
    assert "left out" in shown.text() and "unknown label 'Opinion'" in shown.text()
    assert [a.quote for a in store.annotations(article)] == ["minister"]


def test_export_dialog_writes_doccano_in_the_chosen_unit_and_xmi(app_window, tmp_path) -> None:
    store = app_window.store
    article = add_article(store, ZWJ, images=False)
    start = ZWJ.index("minister")
    store.create_annotation(article, "claim", start, start + 8, "tester")
    app_window.open(article)
    QTest.keyClick(app_window.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    feature = app_window.workspace.interchange
    app_window.qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible())
    dialog = feature.dialog
    _choose(dialog.format, "doccano")
    assert dialog.offset_unit.isEnabled()
    _choose(dialog.offset_unit, "grapheme")
    out = tmp_path / "set.jsonl"
    QTest.keyClicks(dialog.destination, str(out))
    with app_window.qtbot.waitSignal(feature.exporter.finished, timeout=20_000):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    [record] = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    [entity] = record["entities"]
    assert (entity["start_offset"], entity["end_offset"]) == (start - 4, start + 4)
    assert record["marginalia"]["offsets"] == "grapheme"
    feature.exporter.summary.close()

    app_window.registry.action("file.export").trigger()
    app_window.qtbot.waitUntil(lambda: feature.dialog is not dialog and feature.dialog.isVisible())
    dialog = feature.dialog
    _choose(dialog.format, "xmi")
    assert not dialog.offset_unit.isEnabled()
    out = tmp_path / "inception.zip"
    QTest.keyClicks(dialog.destination, str(out))
    with app_window.qtbot.waitSignal(feature.exporter.finished, timeout=20_000):
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(out) as archive:
        assert {"TypeSystem.xml", f"article-{article}.xmi"} <= set(archive.namelist())


def test_inceptions_own_xmi_export_through_the_dialog(app_window, tmp_path) -> None:
    """INCEpTION's document export (a zip of the XMI and TypeSystem.xml, written by
    INCEpTION; tests/data/inception_xmi/SOURCES.md): its relation lands; a second CAS in
    the zip, of a text not in the database, is named in the summary."""
    from marginalia.db.schema.edit import replace_schema
    from marginalia.db.values import AttributeDef, AttributeKind, Label, Schema

    store = app_window.store
    real = Path(__file__).resolve().parents[3] / "tests" / "data" / "inception_xmi"
    article = add_article(
        store, "Darmstadt is in Hessen.\nHannover is in Lower Saxony.", images=False
    )
    city = AttributeDef("value", AttributeKind.CHOICE, ("city", "state"))
    labels = (*store.schema().labels, Label("place", "MyRelationBase", "", "#888888", (city,)))
    replace_schema(store, Schema(labels)).apply(store)
    store.forget_schema()
    export = tmp_path / "relation_test.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.write(real / "relation_test" / "relation_test.xmi", "relation_test.xmi")
        archive.write(real / "relation_test" / "TypeSystem.xml", "TypeSystem.xml")
        archive.write(real / "tsv3-suite" / "testSimpleSlotFeature.xmi", "other/slots.xmi")
    feature, dialog = _open_import(app_window)
    _choose(dialog.format, "xmi")
    QTest.keyClicks(dialog.files, str(export))
    with app_window.qtbot.waitSignal(feature.importer.finished, timeout=20_000) as done:
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    outcome = done.args[0]
    assert outcome.imported == {"relation_test.zip": 4}
    [(name, problems)] = outcome.partly
    assert name == "relation_test.zip" and problems
    assert all(record.startswith("other/slots.xmi, annotation ") for record, _ in problems)
    shown = feature.importer.summary
    assert shown is not None and shown.isVisible()
    assert "(webanno.custom.SimpleSpan): its text is not in the database" in shown.text()
    stored = {a.quote: a for a in store.annotations(article)}
    assert set(stored) == {"Darmstadt", "Hessen", "Hannover", "Lower Saxony"}
    [link] = stored["Darmstadt"].links
    assert (link.kind, link.target) == ("located in", stored["Hessen"].id)


def test_a_file_that_is_not_there_is_said_in_the_dialog_with_the_choices_kept(
    app_window, tmp_path
) -> None:
    """A mistyped name had closed the dialog and come back as the import's failure, the
    format, the files and the options gone; the dialog says so and keeps all of it."""
    _, dialog = _open_import(app_window)
    _choose(dialog.format, "doccano")
    _choose(dialog.offset_unit, "grapheme")
    there = tmp_path / "there.jsonl"
    there.write_text("", "utf-8")
    typed = f"{there};{tmp_path / 'typo.jsonl'}"
    dialog.files.setFocus()
    QTest.keyClicks(dialog.files, typed)
    QTest.keyClick(dialog.files, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert str(tmp_path / "typo.jsonl") in dialog.problem.text()
    assert str(there) not in dialog.problem.text()
    assert dialog.files.text() == typed and dialog.focusWidget() is dialog.files
    assert (dialog.fmt, dialog.unit()) == ("doccano", "grapheme")
    QTest.keyClick(dialog.files, Qt.Key.Key_Backspace)  # editing clears the message
    assert not dialog.problem.isVisible()
    dialog.reject()
