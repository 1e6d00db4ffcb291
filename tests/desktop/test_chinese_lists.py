"""Text the window built by gluing translated pieces with ASCII punctuation — lists joined
with ", ", "{group}: " before a chart's values, a conflict's attributes as the stored words —
reads as Chinese writes it in the Chinese window (、 and ：), and as before in English; the
placeholder of a missing image is no longer English (ADR 0117, round 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from marginalia.db import assign
from marginalia.db.store import Store
from marginalia.db.team.package import make_package
from marginalia.desktop import ask
from marginalia.desktop.i18n import listed
from marginalia.desktop.insight.chart import BarChart
from marginalia.desktop.reader.document import missing_image_text
from marginalia.desktop.team.conflicts_view import ConflictsDialog
from marginalia.desktop.team.work import WorkDialog

from .conftest import Harness
from .helpers import TEXT, add_article


def chart_summary(qtbot) -> str:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data(["主张", "数字"], ["li", "wang"], [[0.5, 1.0], [0.25, None]], title="κ")
    return chart.summary()


def test_lists_and_a_charts_lines_in_chinese(qtbot, chinese) -> None:
    assert listed(["li", "wang", "zhao"]) == "li、wang、zhao"
    assert chart_summary(qtbot).splitlines() == [
        "主张：li 0.50、wang 1.00",
        "数字：li 0.25、wang —",
    ]
    assert missing_image_text("missing.jpg") == "missing.jpg\n（图片不可用）"


def test_lists_and_a_charts_lines_in_english(qtbot) -> None:
    assert listed(["li", "wang", "zhao"]) == "li, wang, zhao"
    assert chart_summary(qtbot).splitlines() == [
        "主张: li 0.50, wang 1.00",
        "数字: li 0.25, wang —",
    ]
    assert missing_image_text("missing.jpg") == "missing.jpg\n(image not available)"


def test_the_work_dialog_lists_annotators_the_chinese_way(chinese_window: Harness) -> None:
    store = chinese_window.store
    article = add_article(store, images=False)
    assign(store, [article], ["alice"])
    chinese_window.open(article)
    dialog = WorkDialog(chinese_window.workspace)
    dialog.show()
    chinese_window.wait()
    dialog.annotator.setEditText("alice, bob")
    chinese_window.qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    chinese_window.wait()
    assert dialog.status.text() == "已将 1 篇文章分配给 alice、bob。"
    chinese_window.qtbot.waitUntil(lambda: dialog.articles.item(0).text() == "T  ·  alice、bob")
    dialog.close()


def test_a_conflicts_attributes_read_chinese(
    chinese_window: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The conflict dialog listed a side's attributes as stored: "checkworthy: yes"."""
    lead = chinese_window.store
    article = add_article(lead)
    start = TEXT.index("minister")
    shared = lead.create_annotation(article, "claim", start, start + 8, "alice").value
    package = tmp_path / "alice.marginalia"
    make_package(lead, "alice", package, [article])
    with Store.open(package) as alice:
        alice.update_annotation(shared.id, shared.revision, attributes={"checkworthy": "yes"})
    lead.update_annotation(shared.id, shared.revision, attributes={"checkworthy": "no"})
    monkeypatch.setattr(ask, "inform", lambda *_args, **_kw: None)
    merger = chinese_window.workspace.team.merger
    with chinese_window.qtbot.waitSignal(merger.finished, timeout=10_000):
        assert merger.start([package])
    chinese_window.wait()
    dialog = chinese_window.window.findChild(ConflictsDialog, "conflicts")
    assert dialog is not None
    chinese_window.wait()
    chinese_window.qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    chinese_window.qtbot.waitUntil(lambda: "值得核查" in dialog.ours.toPlainText())
    assert "值得核查：否" in dialog.ours.toPlainText()
    assert "值得核查：是" in dialog.theirs.toPlainText()
    assert "checkworthy" not in dialog.theirs.toPlainText() + dialog.ours.toPlainText()
    dialog.close()
