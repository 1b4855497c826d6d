"""The background-work helper (app/views/widgets/workers.py)."""

from __future__ import annotations

import threading

import shiboken6
from pytestqt.qtbot import QtBot

from app.views.widgets.workers import WorkerRunner


def test_a_job_ends_quietly_when_its_qt_object_is_gone_first(qtbot: QtBot, storeless_runner: WorkerRunner) -> None:
    """The window closed and the application went while the work ran (#16): the answer has nobody to go to.
    Before, the worker thread raised "RuntimeError: Signal source has been deleted" (pytest-qt fails the test
    on an exception in a Qt virtual such as QRunnable.run)."""
    ended: dict[str, threading.Event] = {name: threading.Event() for name in ("finished", "failed", "progress")}

    def work(progress, _cancelled, name):  # type: ignore[no-untyped-def]
        ended[name].wait(10)
        if name == "progress":
            progress(1, 2, "half")
            return "on after the progress"
        if name == "failed":
            raise ValueError("the work failed")
        return "done"

    jobs = {name: storeless_runner.run(lambda p, c, name=name: work(p, c, name)) for name in ended}
    for job in jobs.values():
        shiboken6.delete(job)
    for event in ended.values():
        event.set()
    assert storeless_runner.wait(10000)


def test_a_job_hands_its_answer_to_the_ui_thread(qtbot: QtBot, storeless_runner: WorkerRunner) -> None:
    got: list[object] = []
    steps: list[tuple[int, int, str]] = []
    storeless_runner.run(lambda progress, _c: (progress(1, 1, "one"), 42)[1], on_done=got.append,
                         on_progress=lambda *step: steps.append(step))
    qtbot.waitUntil(lambda: got == [42], timeout=10000)
    assert steps == [(1, 1, "one")]
