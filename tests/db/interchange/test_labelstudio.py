"""Label Studio export read back by the official label-studio-sdk's LabelInterface."""

from __future__ import annotations

import json

from label_studio_sdk.label_interface.interface import LabelInterface

from marginalia.db.interchange import export

from .helpers import by_id


def test_tasks_validate_against_the_exported_config(tmp_path, bundles, schema):
    out = tmp_path / "tasks.json"
    export(bundles, schema, "labelstudio", out)
    manifest = json.loads((tmp_path / "tasks.json.manifest.json").read_text("utf-8"))
    interface = LabelInterface(manifest["labelstudio"]["config"])
    interface.validate()
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert len(tasks) == len(bundles)
    regions = 0
    for task in tasks:
        # label-studio-sdk annotates a TaskValue (a pydantic model) but reads task["data"]
        assert interface.validate_task({"data": task["data"]})  # type: ignore[arg-type]
        for annotation in task["annotations"]:
            assert interface.validate_prediction(annotation, return_errors=True) == []
            regions += sum(1 for r in annotation["result"] if r["type"] == "labels")
    assert regions == sum(len(b.annotations) for b in bundles)


def test_interface_rejects_a_region_with_an_unknown_label(tmp_path, bundles, schema):
    out = tmp_path / "tasks.json"
    export(bundles, schema, "labelstudio", out)
    manifest = json.loads((tmp_path / "tasks.json.manifest.json").read_text("utf-8"))
    interface = LabelInterface(manifest["labelstudio"]["config"])
    annotation = json.loads(out.read_text(encoding="utf-8"))[0]["annotations"][0]
    annotation["result"][0]["value"]["labels"] = ["Opinion"]
    assert interface.validate_prediction(annotation, return_errors=True) != []


def test_offsets_are_code_points_of_data_text(tmp_path, bundles, schema):
    out = tmp_path / "tasks.json"
    export(bundles, schema, "labelstudio", out)
    stored = by_id(bundles)
    seen = set()
    for task in json.loads(out.read_text(encoding="utf-8")):
        text = task["data"]["text"]
        for annotation in task["annotations"]:
            for result in annotation["result"]:
                if result["type"] == "relation":
                    continue
                value = result["value"]
                own = stored[result["id"]]
                if result["type"] == "labels":  # per-region textareas reuse ``text``
                    # Label Studio writes each line break as the two characters \\n
                    piece = text[value["start"] : value["end"]]
                    assert piece.replace("\n", "\\n") == value["text"]
                assert (value["start"], value["end"]) == (own.start, own.end)
                seen.add(result["id"])
    assert seen == set(stored)
    # 😀 and 𠀋 precede the first span: UTF-16 offsets would be larger by 3.
    first = bundles[0].annotations[0]
    assert first.start == 3 and bundles[0].article.text[:3] == "😀𠀋 "


def test_images_travel_as_task_data(tmp_path, bundles, schema):
    out = tmp_path / "tasks.json"
    export(bundles, schema, "labelstudio", out)
    task = json.loads(out.read_text(encoding="utf-8"))[0]
    [image] = task["data"]["images"]
    assert image["id"] == bundles[0].article.images[0].id
    assert image["caption"] == bundles[0].article.images[0].caption
