"""Our XMI export read by Apache UIMA's own Java ``XmiCasDeserializer`` (what INCEpTION and
DKPro Core read XMI with), and written again by UIMA's ``XmiCasSerializer`` and imported
back: every span on the same characters, counted in UTF-16 as Java counts them.

Needs a JDK and Debian's ``libuima-core-java`` (``.ci/run`` installs both)."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from marginalia.db.interchange import ExportBundle, export
from marginalia.db.interchange.importer import import_annotations
from marginalia.db.interchange.source import iter_bundles
from marginalia.db.interchange.xmi import CUSTOM, LINK_TYPE, type_name
from marginalia.db.store import Store
from marginalia.db.values import AttributeKind

from .conftest import fill, make_annotation, make_article
from .helpers import identity

UIMA = Path("/usr/share/java/uimaj-core.jar")
CHECK = Path(__file__).with_name("uima") / "XmiCheck.java"

pytestmark = pytest.mark.skipif(
    shutil.which("java") is None or not UIMA.is_file(),
    reason="Apache UIMA's Java reader is not installed (apt-get install libuima-core-java)",
)


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _with_zwj(bundles: list[ExportBundle]) -> list[ExportBundle]:
    text = "👨‍👩‍👧 said\u2028𠀋 that 🇪🇺 rules 😀 changed."
    article = make_article(9, text, "ZWJ")
    spans = [
        make_annotation(article, "claim", "said\u2028𠀋 that"),
        make_annotation(article, "figure", "🇪🇺 rules 😀", attributes={"kind": "other"}),
    ]
    return [*bundles, ExportBundle(article, spans)]


def test_uima_java_reads_every_span_of_our_export_and_writes_it_back(
    tmp_path, store, bundles, schema
):
    fill(store, _with_zwj(bundles))
    bundles = list(iter_bundles(store))
    out = tmp_path / "ours"
    export(bundles, schema, "xmi", out)
    again = tmp_path / "written-by-uima"
    run = subprocess.run(
        ["java", "-cp", str(UIMA), str(CHECK), str(out), str(again)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    seen = [json.loads(line) for line in run.stdout.splitlines()]
    by_id = {s["features"]["marginaliaId"]: s for s in seen if "marginaliaId" in s["features"]}
    checked = 0
    for bundle in bundles:
        text = bundle.article.text
        for a in bundle.annotations:
            java = by_id[a.id]
            assert java["file"] == f"article-{bundle.article.id}.xmi"
            assert java["type"] == CUSTOM + type_name(schema.label(a.label).name)
            # Java's offsets are UTF-16 code units; its covered text is the span's
            assert (java["begin"], java["end"]) == (_units(text[: a.start]), _units(text[: a.end]))
            assert java["text"] == a.quote
            assert java["features"]["annotator"] == a.annotator
            checked += 1
    assert checked == len(by_id) == sum(len(b.annotations) for b in bundles)
    links = {
        (s["features"]["Governor"], s["features"]["Dependent"], s["features"]["kind"])
        for s in seen
        if s["type"] == LINK_TYPE
    }
    assert links == {
        (a.id, k.target, k.kind) for b in bundles for a in b.annotations for k in a.links
    }

    # UIMA's serializer wrote every CAS again: importing that gives back what we had
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, [ExportBundle(b.article, []) for b in bundles])
        report = import_annotations(fresh, "xmi", again)
        assert report.problems == []

        def portable(s: Store, unset_is_no: bool = False) -> set[tuple[object, ...]]:
            attributes = {label.id: label.attributes for label in s.schema().labels}
            spans = set()
            for b in iter_bundles(s):
                for a in b.annotations:
                    values = dict(a.attributes)
                    for attr in attributes[a.label] if unset_is_no else ():
                        if attr.kind == AttributeKind.BOOLEAN:
                            values.setdefault(attr.name, False)
                    a = replace(a, attributes=values)
                    spans.add((b.article.sha256, *identity(a)[2:9], a.annotator))
            return spans

        # UIMA's Java serializer writes a boolean feature never set as "false" (a Java
        # boolean has no "unset"): a yes/no attribute left empty comes back as "no"
        assert portable(fresh) == portable(store, unset_is_no=True)
        assert portable(fresh) != portable(store)
