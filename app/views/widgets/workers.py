"""The one helper for background work: run a plain function off the UI thread.

The function receives `progress(done, total, label)` and `cancelled() -> bool`;
its result or exception comes back on the UI thread through Qt signals.
Writes to the store go through a one-thread pool so they never contend.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from functools import cached_property
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.process_priority import lower_thread_priority

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
TaskFn = Callable[[ProgressFn, CancelFn], Any]


class Job(QObject):
    """A handle on one background task; signals arrive on the UI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception; .traceback_text holds the details
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: TaskFn) -> None:
        super().__init__()
        self.job, self.fn = job, fn
        self.setAutoDelete(True)

    def run(self) -> None:
        lower_thread_priority()
        job = self.job
        try:
            result = self.fn(lambda done, total, label: _tell(job, "progress", done, total, label),
                             job.is_cancelled)
        except BaseException as exc:  # reported, never lost in a thread
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            job.done = True
            if job.is_cancelled():
                _tell(job, "cancelled")
            else:
                _tell(job, "failed", exc)
            return
        job.done = True
        if job.is_cancelled():
            _tell(job, "cancelled")
        else:
            _tell(job, "finished", result)


def _tell(job: Job, signal: str, *args: object) -> None:
    """Emit one of the job's signals from its thread. Once the job's Qt object is gone (the window closed
    and the application was torn down while the work ran) nobody is left to tell: dropped quietly."""
    if not shiboken6.isValid(job):
        return
    try:
        getattr(job, signal).emit(*args)
    except RuntimeError:
        if shiboken6.isValid(job):
            raise  # not the deleted source: a real error
        # deleted between the check and the emit


class WorkerRunner:
    """Owns the pools (made on first use: not before the first paint); keeps jobs alive until they end."""

    def __init__(self) -> None:
        self._jobs: set[Job] = set()

    @cached_property
    def reads(self) -> QThreadPool:
        return _pool(2)

    @cached_property
    def writes(self) -> QThreadPool:
        return _pool(1)

    def run(self, fn: TaskFn, *, write: bool = False, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: ProgressFn | None = None, on_cancel: Callable[[], None] | None = None) -> Job:
        job = Job()
        self._jobs.add(job)
        if on_done is not None:
            job.finished.connect(on_done)
        if on_error is not None:
            job.failed.connect(on_error)
        if on_progress is not None:
            job.progress.connect(on_progress)
        if on_cancel is not None:
            job.cancelled.connect(on_cancel)
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(lambda *_a, j=job: self._jobs.discard(j))
        (self.writes if write else self.reads).start(_Runnable(job, fn))
        return job

    def cancel_all(self) -> None:
        """Ask every job still running to stop (each stops at its next progress step)."""
        for job in list(self._jobs):
            job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """For shutdown: let running jobs end (their writes are transactions)."""
        pools = [self.__dict__[name] for name in ("reads", "writes") if name in self.__dict__]
        return all(pool.waitForDone(msecs) for pool in pools)


def _pool(threads: int) -> QThreadPool:
    from PySide6.QtCore import QThread

    pool = QThreadPool()
    pool.setMaxThreadCount(threads)
    pool.setThreadPriority(QThread.Priority.LowPriority)  # macOS; Linux and Windows: lower_thread_priority
    return pool
