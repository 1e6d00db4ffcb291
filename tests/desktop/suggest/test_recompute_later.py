"""After an edit of the annotator's own annotations the last computation's proposals are
filtered again, not recomputed (ADR 0104); a reject, a settings change or a span freed that
was taken when computed still recomputes — a moment later, once the edit is on screen, and
edits in quick succession share one recompute (ADR 0103). The list always ends as a full
computation's."""

from __future__ import annotations

import hashlib
import random

from PySide6.QtTest import QTest

from marginalia.db import NewArticle
from marginalia.desktop.suggest.controller import RECOMPUTE_DELAY_MS

from .test_suggestions_ui import open_sample, shown_now

ENGLISH = (
    "The city's budget rose 12% to $4.5 billion in 2023, the mayor said on Tuesday. "
    "Officials claimed that crime fell by a third, while 1,200 new officers were hired.\n\n"
    "Unemployment dropped to 3.9 percent, according to the state's labour office, and "
    "the council said it would cut taxes by 2 percent next year. Critics said the plan "
    "would cost 300 million dollars and warned that rents had doubled since 2019.\n\n"
    "Figure 1: Households in the city, 2010–2023. The survey counted 845,000 of them."
)


def counted(controller) -> list[str]:
    calls: list[str] = []
    recompute = controller.recompute

    def counted() -> None:
        calls.append("recompute")
        recompute()

    controller.recompute = counted
    return calls


def keys(proposals) -> list[tuple[str, int, int]]:
    return [p.key for p in proposals]


def open_english(harness) -> int:
    sha = hashlib.sha256(ENGLISH.encode()).hexdigest()
    article = harness.store.add_articles([NewArticle(sha, ENGLISH, "test")]).value[0].id
    controller = harness.workspace.suggestions
    with harness.qtbot.waitSignal(controller.shown, timeout=10_000):
        harness.open(article)
    harness.wait()
    assert controller.proposals
    return article


def test_tagging_suggestions_spans_filters_without_recomputing(app_window) -> None:
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    calls = counted(controller)
    view = app_window.view
    # two suggestions' own spans tagged, one right after the other
    taken = [controller.proposals[0], controller.proposals[-1]]
    for proposal in taken:
        s = proposal.suggestion
        view.select_span(s.start, s.end)
        QTest.keyClick(view, app_window.store.schema().label(s.label).key)
    app_window.wait()
    assert calls == []
    assert not {p.key for p in controller.proposals} & {p.key for p in taken}
    assert keys(controller.proposals) == keys(shown_now(app_window, article))
    assert len(app_window.mine(article)) == 2
    # undone: both come back, still without the detectors
    controller.undo.undo_in_order()
    controller.undo.undo_in_order()
    app_window.wait()
    assert calls == []
    assert {p.key for p in taken} <= {p.key for p in controller.proposals}
    assert keys(controller.proposals) == keys(shown_now(app_window, article))


def test_a_reject_recomputes_once_after_it_is_shown(app_window) -> None:
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    calls = counted(controller)
    runner = app_window.runner
    rejected = controller.proposals[0]
    controller.reject_current()
    # gone from the list at once; the recompute waits for its moment, counted as pending
    assert rejected.key not in {p.key for p in controller.proposals}
    app_window.qtbot.waitUntil(lambda: controller._recompute_pending, timeout=10_000)
    assert calls == [] and not runner.idle
    # an add meanwhile is not filtered against the computation from before the reject
    other = controller.proposals[-1].suggestion
    app_window.view.select_span(other.start, other.end)
    QTest.keyClick(app_window.view, app_window.store.schema().label(other.label).key)
    app_window.wait()
    assert calls == ["recompute"]
    assert rejected.key not in {p.key for p in controller.proposals}
    assert keys(controller.proposals) == keys(shown_now(app_window, article))
    assert RECOMPUTE_DELAY_MS <= 250  # a moment, not a wait the annotator notices


def test_a_settings_change_recomputes(app_window) -> None:
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    calls = counted(controller)
    assert any(p.suggestion.label == "figure" for p in controller.proposals)
    controller.toggle_label("figure", False)
    app_window.wait()
    assert calls == ["recompute"]
    assert not any(p.suggestion.label == "figure" for p in controller.proposals)
    controller.toggle_label("figure", True)
    app_window.wait()
    assert keys(controller.proposals) == keys(shown_now(app_window, article))


def test_a_span_taken_when_computed_and_freed_recomputes(app_window) -> None:
    """An annotation that was there when the proposals were computed hid its proposal; the
    computation cannot say whether it is one, so deleting it runs the detectors again."""
    article = open_sample(app_window)
    controller = app_window.workspace.suggestions
    proposal = controller.proposals[0]
    s = proposal.suggestion
    app_window.view.select_span(s.start, s.end)
    QTest.keyClick(app_window.view, app_window.store.schema().label(s.label).key)
    app_window.wait()
    controller.recompute()  # (as when the article is opened again)
    app_window.wait()
    assert proposal.key not in {p.key for p in controller.proposals}
    calls = counted(controller)
    (annotation,) = app_window.mine(article)
    app_window.session.delete(annotation.id)
    app_window.wait()
    assert calls == ["recompute"]
    assert proposal.key in {p.key for p in controller.proposals}
    assert keys(controller.proposals) == keys(shown_now(app_window, article))


def test_many_edits_end_as_a_full_computation(app_window) -> None:
    """Adds (on proposals' spans and elsewhere), deletes, adjusted ends, accepts, rejects,
    undo and redo, in English and Chinese: after each the list is a full computation's."""
    controller = app_window.workspace.suggestions
    session = app_window.session
    view = app_window.view
    rng = random.Random(14)
    moves = ["tag", "tag", "tag-proposal", "delete", "adjust", "accept", "reject", "undo", "redo"]
    recomputes = 0
    for opener in (open_english, open_sample):
        article = opener(app_window)
        calls = counted(controller)
        text = view.article.text
        for _step in range(24):
            mine = app_window.mine(article)
            move = rng.choice(moves)
            if move == "tag-proposal" and controller.proposals:
                s = rng.choice(controller.proposals).suggestion
                view.select_span(s.start, s.end)
                session.tag(s.label)
            elif move == "delete" and mine:
                session.delete(rng.choice(mine).id)
            elif move == "adjust" and mine:
                chosen = rng.choice(mine)
                end = min(len(text), chosen.end + rng.randint(1, 6))
                session.adjust(chosen.id, chosen.start, end)
            elif move == "accept" and controller.proposals:
                controller.accept_current()
            elif move == "reject" and controller.proposals:
                controller.reject_current()
            elif move == "undo":
                controller.undo.undo_in_order()
            elif move == "redo":
                controller.undo.redo_in_order()
            else:
                start = rng.randrange(0, len(text) - 12)
                view.select_span(start, start + rng.randint(2, 10))
                session.tag(rng.choice(["claim", "figure"]))
            app_window.wait()
            expected = shown_now(app_window, article)
            assert keys(controller.proposals) == keys(expected), (move, _step)
            assert [p.suggestion.confidence for p in controller.proposals] == [
                p.suggestion.confidence for p in expected
            ]
        recomputes += len(calls)
        assert app_window.errors == []
    # most edits did not run the detectors (rejects, and spans freed that were taken when
    # computed, do)
    assert recomputes < 24


def test_a_recompute_waiting_when_the_window_closes_is_not_started(app_window) -> None:
    open_sample(app_window)
    controller = app_window.workspace.suggestions
    started: list[int] = []
    controller.recompute = lambda: started.append(1)
    controller._recompute_soon()
    app_window.runner._worker.closing.set()
    QTest.qWait(RECOMPUTE_DELAY_MS + 100)
    assert started == [] and app_window.runner.idle
    app_window.runner._worker.closing.clear()
