"""After an edit the suggestions are recomputed a moment later, once the edit is on screen,
and edits in quick succession share one recompute (ADR 0103) — never lost."""

from __future__ import annotations

from PySide6.QtTest import QTest

from marginalia.desktop.suggest.controller import RECOMPUTE_DELAY_MS

from .test_suggestions_ui import open_sample, shown_now


def test_edits_recompute_once_after_they_are_shown_and_the_list_follows(app_window) -> None:
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    runner = app_window.runner
    calls: list[str] = []
    recompute = controller.recompute
    controller.recompute = lambda: (calls.append("recompute"), recompute())  # type: ignore[method-assign]
    apply = app_window.session._apply_refresh
    app_window.session._apply_refresh = lambda result: (calls.append("shown"), apply(result))  # type: ignore[method-assign]
    view = app_window.view
    # two suggestions' own spans tagged, one right after the other
    taken = [controller.proposals[0], controller.proposals[-1]]
    for proposal in taken:
        s = proposal.suggestion
        view.select_span(s.start, s.end)
        QTest.keyClick(view, app_window.store.schema().label(s.label).key)
    # the broadcast of the first edit does not start a recompute at once, and the runner
    # counts the one to come (so that waiting for it waits for the recompute too)
    app_window.qtbot.waitUntil(lambda: "shown" in calls, timeout=10_000)
    assert calls[0] == "shown"
    assert controller._recompute_pending or "recompute" in calls
    assert not runner.idle or "recompute" in calls
    app_window.wait()
    assert "recompute" in calls
    assert calls.count("recompute") <= 2
    keys = {p.key for p in controller.proposals}
    assert not keys & {p.key for p in taken}
    assert [p.key for p in controller.proposals] == [p.key for p in shown_now(app_window, article)]
    assert len(app_window.mine(article)) == 2
    assert RECOMPUTE_DELAY_MS <= 250  # a moment, not a wait the annotator notices


def test_a_recompute_waiting_when_the_window_closes_is_not_started(app_window) -> None:
    open_sample(app_window)
    controller = app_window.workspace.suggestions
    started: list[int] = []
    controller.recompute = lambda: started.append(1)  # type: ignore[method-assign]
    controller._recompute_soon()
    app_window.runner._worker.closing.set()
    QTest.qWait(RECOMPUTE_DELAY_MS + 100)
    assert started == [] and app_window.runner.idle
    app_window.runner._worker.closing.clear()
