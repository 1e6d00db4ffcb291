"""Suggestions in the window: shown, accepted with Enter, rejected with Backspace, accepted
all at once, undone — read back from the database and an export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.interchange import ExportOptions, export
from marginalia.db.interchange.source import iter_bundles
from marginalia.db.locations import sample_article
from marginalia.db.suggest.review import Proposal, proposals

ANNOTATOR = "tester"  # the app_window fixture's annotator (tests/desktop/conftest.py)


def open_sample(harness) -> int:
    article = import_paths(harness.store, [sample_article()]).imported[0][1]
    controller = harness.workspace.suggestions
    with harness.qtbot.waitSignal(controller.shown, timeout=10_000):
        harness.open(article)
    harness.wait()
    return article


def focus_list(harness):
    tree = harness.workspace.suggestions.list.tree
    tree.setFocus()
    harness.qtbot.waitUntil(tree.hasFocus)
    return tree


def select(harness, quote: str) -> None:
    controller = harness.workspace.suggestions
    tree = focus_list(harness)
    for _ in range(len(controller.proposals) + 1):
        current = controller.current()
        if current is not None and current.quote == quote:
            return
        QTest.keyClick(tree, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {quote!r}")


def exported(harness, out: Path) -> tuple[int, str]:
    """How many annotations a W3C export of the database holds, and all its text."""
    options = ExportOptions(layout="jsonl", with_texts=True)
    result = export(iter_bundles(harness.store), harness.store.schema(), "w3c", out, options)
    text = "".join(path.read_text("utf-8") for path in result.files)
    return result.counts.annotations, text


def shown_now(harness, article: int) -> list[Proposal]:
    """What the window should show: above the threshold, the most confident first."""
    controller = harness.workspace.suggestions
    found = proposals(harness.store, article, ANNOTATOR, min_confidence=controller.threshold)
    return sorted(found, key=lambda p: (-p.suggestion.confidence, p.suggestion.start, p.key))


def test_suggestions_show_in_the_list_and_the_reader(app_window) -> None:
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    expected = shown_now(app_window, article)
    assert [p.key for p in controller.proposals] == [p.key for p in expected]
    assert {p.suggestion.label for p in controller.proposals} == {"claim", "figure", "caption"}
    tree = controller.list.tree
    assert tree.topLevelItemCount() == len(expected)
    quotes = {tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}
    assert "1.86亿吨" in quotes
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(1) == "1.86亿吨"
    )
    assert row.text(0) == "Figure" and "Value=186000000" in row.text(3)
    assert float(row.text(2)) > 0
    # the overlay draws over the reader; the document's own formats stay the annotations'
    assert controller.overlay.proposals and controller.overlay.article_id == article
    view = app_window.view
    cursor = view.textCursor()
    first = min(expected, key=lambda p: p.suggestion.start)
    cursor.setPosition(view.mapping.to_document(first.suggestion.start) + 1)
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush
    assert app_window.store.annotations(article) == []


def test_tab_selects_the_next_suggestion_in_the_reader(app_window) -> None:
    open_sample(app_window)
    controller = app_window.workspace.suggestions
    tree = focus_list(app_window)
    QTest.keyClick(tree, Qt.Key.Key_Tab)
    first = controller.current()
    QTest.keyClick(tree, Qt.Key.Key_Tab)
    second = controller.current()
    assert first is not None and second is not None and first.key != second.key
    assert tree.hasFocus()  # Tab moved within the list, not the focus
    s = second.suggestion
    assert app_window.view.selected_span() == (s.start, s.end)
    QTest.keyClick(tree, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert controller.current() == first


def test_accept_reject_accept_all_and_undo(app_window, tmp_path) -> None:
    store = app_window.store
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    # nothing is in the data or an export before a person accepts
    assert store.annotations(article) == []
    count, text = exported(app_window, tmp_path / "before")
    assert count == 0 and '"marginalia:label"' not in text

    select(app_window, "1.86亿吨")
    tree = app_window.workspace.suggestions.list.tree
    QTest.keyClick(tree, Qt.Key.Key_Return)
    app_window.wait()
    (accepted,) = store.annotations(article, annotator=ANNOTATOR)
    assert (accepted.label, accepted.quote) == ("figure", "1.86亿吨")
    assert accepted.attributes["value"] == 186_000_000
    assert accepted.provenance is not None and accepted.provenance["source"] == "suggestion"
    assert "1.86亿吨" not in {p.quote for p in controller.proposals}
    assert accepted.id in app_window.view.annotations  # an ordinary, highlighted annotation
    count, text = exported(app_window, tmp_path / "one")
    assert count == 1 and text.count('"marginalia:label"') == 1 and "186000000" in text

    select(app_window, "420万")
    rejected = controller.current()
    QTest.keyClick(tree, Qt.Key.Key_Backspace)
    app_window.wait()
    assert rejected.key not in {p.key for p in controller.proposals}
    assert [a.quote for a in store.annotations(article)] == ["1.86亿吨"]

    # reopening: the rejected one stays away
    with app_window.qtbot.waitSignal(controller.shown, timeout=10_000):
        app_window.open(article)
    app_window.wait()
    assert rejected.key not in {p.key for p in controller.proposals}
    assert rejected.key not in {p.key for p in proposals(store, article, ANNOTATOR)}

    figures = [p for p in controller.proposals if p.suggestion.label == "figure"]
    assert len(figures) >= 3
    controller.list.accept_all["figure"].trigger()
    app_window.wait()
    mine = store.annotations(article, annotator=ANNOTATOR)
    assert {(a.start, a.end) for a in mine if a.label == "figure"} == {
        (p.suggestion.start, p.suggestion.end) for p in figures
    } | {(accepted.start, accepted.end)}
    assert all(a.provenance and a.provenance["source"] == "suggestion" for a in mine)
    assert not [p for p in controller.proposals if p.suggestion.label == "figure"]
    assert rejected.key not in {p.key for p in controller.proposals}

    # Ctrl+Z: accept-all in one step, then the reject
    app_window.view.setFocus()
    QTest.keyClick(app_window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()
    assert [a.quote for a in store.annotations(article, annotator=ANNOTATOR)] == ["1.86亿吨"]
    assert {p.key for p in figures} <= {p.key for p in controller.proposals}
    QTest.keyClick(app_window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()
    assert rejected.key in {p.key for p in proposals(store, article, ANNOTATOR)}
    assert rejected.key in {p.key for p in controller.proposals}
    assert [a.quote for a in store.annotations(article, annotator=ANNOTATOR)] == ["1.86亿吨"]
    QTest.keyClick(app_window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()
    assert store.annotations(article, annotator=ANNOTATOR) == []
    # redo brings the same annotation back
    QTest.keyClick(
        app_window.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    app_window.wait()
    assert [a.id for a in store.annotations(article, annotator=ANNOTATOR)] == [accepted.id]


def test_a_label_switched_off_is_not_suggested(app_window) -> None:
    open_sample(app_window)
    controller = app_window.workspace.suggestions
    check = controller.list.switches["claim"]
    assert check.isChecked()
    with app_window.qtbot.waitSignal(controller.shown, timeout=10_000):
        check.click()
    assert "claim" not in {p.suggestion.label for p in controller.proposals}
    assert "figure" in {p.suggestion.label for p in controller.proposals}
    assert controller.prefs.suggestions_for("claim") is False
    controller.prefs.suggestions = False
    with app_window.qtbot.waitSignal(controller.shown, timeout=10_000):
        controller.preferences_changed()
    assert controller.proposals == []


def test_review_mode_keys_in_the_reader(app_window) -> None:
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    view = app_window.view
    view.setFocus()
    # off: Backspace in the reader is still "delete annotation", nothing is rejected
    count = len(controller.proposals)
    QTest.keyClick(view, Qt.Key.Key_Backspace)
    app_window.wait()
    assert len(controller.proposals) == count
    app_window.registry.action("view.review_suggestions").setChecked(True)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    chosen = controller.current()
    assert chosen is not None
    QTest.keyClick(view, Qt.Key.Key_Return)
    app_window.wait()
    (made,) = app_window.store.annotations(article, annotator=ANNOTATOR)
    assert (made.start, made.end, made.label) == (
        chosen.suggestion.start,
        chosen.suggestion.end,
        chosen.suggestion.label,
    )


def test_the_overlay_underlines_without_touching_the_document(app_window) -> None:
    open_sample(app_window)
    controller = app_window.workspace.suggestions
    view = app_window.view
    figure = next(p for p in controller.proposals if p.quote == "1.86亿吨")
    cursor = view.textCursor()
    cursor.setPosition(view.mapping.to_document(figure.suggestion.start))
    rect = view.cursorRect(cursor)
    before_html = view.document().toHtml()
    shown = view.viewport().grab().toImage()
    kept = list(controller.proposals)
    controller.overlay.set_proposals(controller.article_id, [])
    bare = view.viewport().grab().toImage()
    controller.overlay.set_proposals(controller.article_id, kept)
    assert view.document().toHtml() == before_html
    # the rows just above the line's bottom, under the span, differ only by the underline
    changed = [
        (x, y)
        for y in range(rect.bottom() - 8, rect.bottom() + 3)
        for x in range(rect.left(), rect.left() + 40)
        if 0 <= y < shown.height() and shown.pixel(x, y) != bare.pixel(x, y)
    ]
    assert changed, "no suggestion underline drawn under 1.86亿吨"


def test_the_list_runs_from_the_most_confident_and_the_threshold_hides(app_window) -> None:
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    tree = controller.list.tree
    shown = [float(tree.topLevelItem(i).text(2)) for i in range(tree.topLevelItemCount())]
    assert shown == sorted(shown, reverse=True) and len(shown) >= 5
    everything = proposals(app_window.store, article, ANNOTATOR)
    assert min(p.suggestion.confidence for p in everything) < controller.threshold

    # a stricter threshold in Preferences: fewer in the list and under the reader
    prefs = app_window.workspace.prefs
    prefs.suggestion_threshold = 90
    with app_window.qtbot.waitSignal(controller.shown, timeout=10_000):
        app_window.workspace.preferencesChanged.emit(frozenset({"suggestion_threshold"}))
    app_window.wait()
    assert controller.proposals
    assert all(p.suggestion.confidence >= 0.9 for p in controller.proposals)
    assert len(controller.proposals) < len(shown)
    assert {p.key for p in controller.overlay.proposals} == {p.key for p in controller.proposals}
    hidden = len(everything) - len(controller.proposals)
    assert controller.hidden == hidden
    assert f"{hidden} below your threshold" in controller.list.count.text()

    prefs.suggestion_threshold = 0
    with app_window.qtbot.waitSignal(controller.shown, timeout=10_000):
        app_window.workspace.preferencesChanged.emit(frozenset({"suggestion_threshold"}))
    app_window.wait()
    assert len(controller.proposals) == len(everything) and controller.hidden == 0


def test_dates_are_suggested_only_with_the_date_kind(app_window) -> None:
    open_sample(app_window)
    controller = app_window.workspace.suggestions
    assert not [p for p in controller.proposals if p.suggestion.attributes.get("kind") == "date"]
    app_window.workspace.prefs.suggestion_dates = True
    with app_window.qtbot.waitSignal(controller.shown, timeout=10_000):
        app_window.workspace.preferencesChanged.emit(frozenset({"suggestion_dates"}))
    app_window.wait()
    dates = [p for p in controller.proposals if p.suggestion.attributes.get("kind") == "date"]
    assert dates
    assert all(isinstance(p.suggestion.attributes["value"], str) for p in dates)


def test_an_edit_elsewhere_leaves_the_list_and_the_reader_as_they_are(app_window) -> None:
    """Tagging recomputes the proposals; when they come back the same, the list keeps its
    rows and current row and the overlay is not drawn again (issue 14: thousands of rows
    were rebuilt on every edit); when one is taken out, only its row goes."""
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    tree = focus_list(app_window)
    QTest.keyClick(tree, Qt.Key.Key_Tab)
    QTest.keyClick(tree, Qt.Key.Key_Tab)
    current = controller.current()
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    rebuilt: list[int] = []
    rebuild = controller.list._rebuild

    def counted(*args: object) -> None:
        rebuilt.append(1)
        rebuild(*args)

    controller.list._rebuild = counted
    view = app_window.view
    covered = {(p.suggestion.start, p.suggestion.end) for p in controller.proposals}
    start = next(
        i for i in range(len(view.article.text)) if all(i >= e or i + 2 <= s for s, e in covered)
    )
    view.select_span(start, start + 2)
    QTest.keyClick(view, Qt.Key.Key_1)
    app_window.wait()
    app_window.wait()
    assert len(app_window.mine(article)) == 1
    assert rebuilt == []
    assert [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())] == rows
    assert controller.current() == current
    assert [p.key for p in controller.proposals] == [p.key for p in shown_now(app_window, article)]
    # a suggestion's own span tagged: its row goes, the others stay
    taken = controller.proposals[-1]
    s = taken.suggestion
    view.select_span(s.start, s.end)
    QTest.keyClick(view, app_window.store.schema().label(s.label).key)
    app_window.wait()
    app_window.wait()
    assert rebuilt == []
    assert taken.key not in {p.key for p in controller.proposals}
    assert [p.key for p in controller.proposals] == [p.key for p in shown_now(app_window, article)]
    assert tree.topLevelItemCount() == len(rows) - 1


def test_the_overlay_follows_a_new_layout(app_window) -> None:
    """Where a suggestion's lines are is remembered with the reader's spans' (issue 14):
    after a narrower window and a zoom the underlines are where a paint from scratch puts
    them."""
    open_sample(app_window)
    view = app_window.view
    viewport = view.viewport()

    def painted() -> bytes:
        image = viewport.grab().toImage()
        return bytes(image.constBits())

    view.ensureCursorVisible()
    for change in (lambda: app_window.window.resize(900, 800), lambda: view.zoom(2)):
        viewport.repaint()
        change()
        app_window.qtbot.wait(50)
        viewport.repaint()
        kept = painted()
        view.marks._pieces.clear()  # worked out from scratch
        viewport.repaint()
        assert painted() == kept


@pytest.mark.parametrize("chinese", [False, True])
def test_the_key_hint_wraps_between_keys_never_inside_one(
    qtbot, store, qm_folder, english_again, chinese: bool
) -> None:
    """At 1024×700 the dock wrapped "… · Tab" / "next": a line may end only after a whole
    "key action" pair, in either language, at any width the widest pair fits in."""
    from marginalia.desktop.i18n import install_translators
    from marginalia.desktop.settings import Language

    from ..conftest import Harness

    if chinese:
        install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    app_window = Harness(qtbot, store)
    hint = app_window.workspace.suggestions.list.findChild(QLabel, "suggestion-keys")
    assert hint is not None
    text = hint.text()
    plain = text.replace("\u00a0", " ").replace("\u2060", "")
    pairs = [pair.strip() for pair in plain.split("·")]
    assert len(pairs) == 3 and all(" " in pair for pair in pairs), text
    metrics = hint.fontMetrics()
    full = metrics.horizontalAdvance(text)
    widest = max(metrics.horizontalAdvance(pair) for pair in pairs)
    wrapped = 0
    for width in range(widest + 2, full + 10, 5):
        layout = QTextLayout(text, hint.font())
        layout.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        option = layout.textOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        wrapped += len(lines) > 1
        for shown in lines:
            for part in shown.replace("\u00a0", " ").replace("\u2060", "").split("·"):
                assert part.strip() in ("", *pairs), (width, lines)
    assert wrapped, "no width made the hint wrap"
    app_window.wait()
    app_window.window.close()
    app_window.runner.shutdown()


def test_the_label_column_fits_every_labels_name(app_window) -> None:
    # "Image caption" was cut to "Image …" in a 64 px column
    open_sample(app_window)
    tree = app_window.workspace.suggestions.list.tree
    names = {tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}
    assert "Image caption" in names
    metrics = tree.fontMetrics()
    assert all(metrics.horizontalAdvance(name) + 12 <= tree.columnWidth(0) for name in names)
