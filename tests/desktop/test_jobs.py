"""The long-job API (desktop/jobs.py): a thread, a progress dialog only after half a second,
Cancel, errors, and the broadcast of what the job changed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton, QWidget

from marginalia.db import Changes, Store
from marginalia.desktop.jobs import SHOW_AFTER_MS, JobControl, JobSpec
from marginalia.desktop.ops import OpRunner


@pytest.fixture
def runner(store: Store) -> Iterator[OpRunner]:
    made = OpRunner(store)
    yield made
    made.shutdown()


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def dialog_of(parent: QWidget) -> QProgressDialog:
    [dialog] = parent.findChildren(QProgressDialog)
    return dialog


def test_a_short_job_shows_no_dialog_and_broadcasts_before_its_summary(
    qtbot, runner, parent
) -> None:
    seen: list[tuple[str, object]] = []
    runner.changed.connect(lambda changes: seen.append(("changed", changes)))
    spec = JobSpec(
        title="Job",
        label="Working…",
        work=lambda _store, _control: Changes(articles=frozenset({7})),
        changes=lambda result: result,
    )
    job = runner.start_job(spec, parent, lambda result: seen.append(("done", result)))
    assert job.running
    with qtbot.waitSignal(job.ended, timeout=5_000):
        pass
    assert [kind for kind, _ in seen] == ["changed", "done"]
    assert not job.running
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))


def test_a_long_job_shows_progress_after_half_a_second_and_cancel_stops_it(
    qtbot, runner, parent
) -> None:
    started = threading.Event()
    steps: list[int] = []

    def work(_store: Store, control: JobControl) -> str:
        started.set()
        for step in range(400):
            control.check()
            control.progress(step, 400, f"item {step}")
            steps.append(step)
            time.sleep(0.01)
        return "finished"

    outcome: list[str] = []
    spec = JobSpec(
        title="Job",
        label="Working…",
        work=work,
        describe=lambda done, total, item: f"{item}: {done} of {total}",
    )
    began = time.monotonic()
    job = runner.start_job(
        spec, parent, outcome.append, on_cancelled=lambda: outcome.append("cancelled")
    )
    started.wait(5)
    dialog = dialog_of(parent)
    qtbot.wait(SHOW_AFTER_MS // 2)  # progress is flowing: Qt alone would have shown it
    assert steps and not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert time.monotonic() - began >= SHOW_AFTER_MS / 1000
    qtbot.waitUntil(lambda: " of 400" in dialog.labelText(), timeout=5_000)
    assert dialog.windowTitle() == "Job"
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.isVisible())
    with qtbot.waitSignal(job.ended, timeout=5_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert outcome == ["cancelled"]
    assert len(steps) < 400
    assert not job.running


def test_an_error_goes_to_its_callback_or_to_the_runner(qtbot, runner, parent) -> None:
    def broken(_store: Store, _control: JobControl) -> None:
        raise RuntimeError("boom")

    spec = JobSpec(title="Job", label="Working…", work=broken)
    caught: list[BaseException] = []
    job = runner.start_job(spec, parent, lambda _r: None, caught.append)
    with qtbot.waitSignal(job.ended, timeout=5_000):
        pass
    assert [str(e) for e in caught] == ["boom"]
    with qtbot.waitSignal(runner.failed, timeout=5_000) as failed:
        runner.start_job(spec, parent, lambda _r: None)
    assert str(failed.args[0]) == "boom"


def test_a_job_outlives_the_dialog_that_started_it(qtbot, runner, parent) -> None:
    release = threading.Event()
    asker = QDialog(parent)
    asker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    asker.show()
    seen: list[object] = []
    runner.changed.connect(seen.append)
    spec = JobSpec(
        title="Job",
        label="Working…",
        work=lambda _s, _c: (release.wait(5), Changes(articles=frozenset({3})))[1],
        changes=lambda result: result,
    )
    job = runner.start_job(spec, asker, lambda _r: seen.append("asker's summary"))
    asker.close()
    with qtbot.waitSignal(job.ended, timeout=5_000):
        release.set()
    assert seen == [Changes(articles=frozenset({3}))]  # broadcast; nobody left to summarize
