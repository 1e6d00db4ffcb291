"""The panel's label headings, the label boxes and every row that names a label read as
Chinese writes them in the Chinese window — 「主张（1）——1 条」, 「主张：…」, full-width
（）：， and the Chinese dash with a measure word — each from one template; English reads
as before (ADR 0117, round 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from marginalia.db.schema.edit import add_label
from marginalia.db.store import Store
from marginalia.desktop.panel.model import ID_ROLE

from ..conftest import Harness
from ..helpers import TEXT, add_article

QUOTE = "unemployment fell"


def tag_a_claim_and_a_figure(harness: Harness) -> int:
    article = add_article(harness.store)
    harness.open(article)
    for words, key in ((QUOTE, Qt.Key.Key_2), ("5%", Qt.Key.Key_1)):
        start = TEXT.index(words)
        harness.view.select_span(start, start + len(words))
        QTest.keyClick(harness.view, key)
        harness.wait()
    harness.qtbot.waitUntil(lambda: harness.panel.editor.annotation is not None)
    return article


def headings(harness: Harness, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    model = harness.panel.model
    return [
        model.index(row, 0).data(role)
        for row in range(model.rowCount())
        if model.index(row, 0).data(ID_ROLE) is None
    ]


def row_of(harness: Harness, annotation_id: str, role: int) -> str:
    model = harness.panel.model
    (text,) = [
        model.index(row, 0).data(role)
        for row in range(model.rowCount())
        if model.index(row, 0).data(ID_ROLE) == annotation_id
    ]
    return text


def label_box(harness: Harness) -> list[str]:
    box = harness.panel.editor.label
    return [box.itemText(i) for i in range(box.count())]


def links(harness: Harness) -> list[str]:
    rows = harness.panel.editor.links
    return [rows.item(i).text() for i in range(rows.count())]


def test_the_chinese_panel_writes_its_labels_full_width(chinese_window: Harness) -> None:
    article = tag_a_claim_and_a_figure(chinese_window)
    assert headings(chinese_window) == ["主张（1）——1 条", "数字（2）——1 条", "图片说明（3）——0 条"]
    assert headings(chinese_window, Qt.ItemDataRole.AccessibleTextRole)[0] == (
        "主张（1）——1 条，已展开"
    )
    assert label_box(chinese_window) == ["主张（1）", "数字（2）", "图片说明（3）"]
    claim = next(a for a in chinese_window.mine(article) if a.label == "claim")
    assert row_of(chinese_window, claim.id, Qt.ItemDataRole.ToolTipRole) == "主张：5%"
    assert row_of(chinese_window, claim.id, Qt.ItemDataRole.AccessibleTextRole) == "主张：5%"
    # the claim is selected: its links list offers the figure
    assert links(chinese_window) == [f"数字：{QUOTE}"]
    tooltip = chinese_window.view.tooltip_html([claim])
    assert tooltip.startswith("<b>主张</b>（1）")


def test_the_english_panel_reads_as_before(app_window: Harness) -> None:
    article = tag_a_claim_and_a_figure(app_window)
    assert headings(app_window) == ["Claim (1) — 1", "Figure (2) — 1", "Image caption (3) — 0"]
    assert headings(app_window, Qt.ItemDataRole.AccessibleTextRole)[0] == (
        "Claim (1) — 1, expanded"
    )
    assert label_box(app_window) == ["Claim (1)", "Figure (2)", "Image caption (3)"]
    claim = next(a for a in app_window.mine(article) if a.label == "claim")
    assert row_of(app_window, claim.id, Qt.ItemDataRole.ToolTipRole) == "Claim: 5%"
    assert links(app_window) == [f"Figure: {QUOTE}"]
    assert app_window.view.tooltip_html([claim]).startswith("<b>Claim</b> (1)")


def test_a_label_without_a_key_is_shown_without_empty_brackets(
    chinese_window: Harness, store: Store
) -> None:
    """A lead may leave a label's key empty: the heading said "Stance () — 0"."""
    add_label(store, "stance", "立场", "", "#aa3377").apply(store)
    chinese_window.panel.set_schema(store.schema())
    assert headings(chinese_window)[-1] == "立场——0 条"
    assert label_box(chinese_window)[-1] == "立场"
