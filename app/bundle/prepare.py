"""Run image preparation in a pool of two spawned processes, reporting progress per exhibit.

Spawn (not fork) everywhere: the desktop app has Qt threads, which fork would copy mid-flight,
and Windows/macOS spawn anyway. Prepared pieces go to files; only their paths come back.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType
from typing import Any

from app.bundle.exhibits import MIN_FIRST, heading_height
from app.bundle.images import ImageJob, estimate_image, prepare_image, worker_init
from app.bundle.model import Cancelled, Context, Exhibit
from app.bundle.styles import FRAME_H, FRAME_W

WORKERS = 2
POLL_SECONDS = 0.1

Progress = Callable[[int, int, str], None]


class _Inline(Executor):
    """Runs the one job of a small bundle here: starting a process would cost more than it saves."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 (delivered through the future, like a pool would)
            future.set_exception(exc)
        return future


def image_jobs(ctx: Context, workdir: Path) -> dict[int, ImageJob]:
    """One job per image exhibit, sized to the room under its heading and to a whole page."""
    jobs = {}
    for ex in ctx.exhibits:
        if ex.kind != "image" or ex.original is None:
            continue
        room = FRAME_H - heading_height(ex, ctx)
        first = (FRAME_W, room) if room >= MIN_FIRST else None
        jobs[ex.number] = ImageJob(str(ex.original), str(workdir / f"ex{ex.number}"), first, (FRAME_W, FRAME_H))
    return jobs


def _await(future: Future[Any], cancel: Callable[[], bool] | None) -> None:
    while not future.done():
        if cancel is not None and cancel():
            raise Cancelled()
        wait([future], timeout=POLL_SECONDS)


class ImageWorkers:
    """The pool for one export. Entering submits every image; leaving stops the pool.

    While the workers decode, each image exhibit carries an estimate (from its header) so
    the caller can lay the document out once in the meantime.
    """

    def __init__(self, ctx: Context, workdir: Path) -> None:
        self.ctx = ctx
        self.jobs = image_jobs(ctx, workdir)
        self.futures: dict[int, Future[Any]] = {}
        self.pool: Executor = _Inline()

    def __enter__(self) -> ImageWorkers:
        if len(self.jobs) > 1:
            try:
                context = multiprocessing.get_context("spawn")
                self.pool = ProcessPoolExecutor(min(WORKERS, len(self.jobs)), mp_context=context,
                                                initializer=worker_init)
            except OSError:  # no processes to be had (limits, security software): prepare them here
                self.pool = _Inline()
        try:
            self.futures = {n: self._submit(n) for n in self.jobs}
            for ex in self.ctx.exhibits:
                if ex.number in self.jobs:
                    ex.image = estimate_image(self.jobs[ex.number])
        except BaseException:
            self._stop()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stop()

    def _stop(self) -> None:
        # Cancel what has not started; wait for the (at most two) running jobs so that the
        # temporary folder they write into can be removed.
        self.pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, number: int) -> Future[Any]:
        try:
            return self.pool.submit(prepare_image, self.jobs[number])
        except (BrokenProcessPool, RuntimeError):  # the pool died before this job went in
            return self._here(number)

    def _here(self, number: int) -> Future[Any]:
        """Prepare this image in this process from now on: the pool is gone (a worker was killed,
        or could not start). Slower, one at a time, but the export still completes."""
        if not isinstance(self.pool, _Inline):
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = _Inline()
        self.futures[number] = self.pool.submit(prepare_image, self.jobs[number])
        return self.futures[number]

    def _collect(self, ex: Exhibit, future: Future[Any], warnings: list[str]) -> None:
        try:
            ex.image = future.result()
        except BrokenProcessPool:
            raise  # cannot come from this process's own preparation: a pool error, not a bad image
        except Exception as exc:  # noqa: BLE001 (Pillow fails on broken files in many ways)
            why = type(exc).__name__
            ex.kind, ex.note, ex.image = "opaque", self.ctx.t("exhibit.unreadable", why=why), None
            warnings.append(self.ctx.t("warn.image", label=ex.label, why=why))

    def collect(self, progress: Progress | None) -> list[str]:
        """Wait for every image, in bundle order; progress(done, total, label) per exhibit."""
        ctx = self.ctx
        total = len(ctx.exhibits) + 1  # the last step is writing the PDF
        warnings: list[str] = []
        for done, ex in enumerate(ctx.exhibits, 1):
            future = self.futures.get(ex.number)
            if future is not None:
                _await(future, ctx.cancel)
                if isinstance(future.exception(), BrokenProcessPool):
                    future = self._here(ex.number)
                self._collect(ex, future, warnings)
            elif ctx.cancel is not None and ctx.cancel():
                raise Cancelled()
            if progress is not None:
                progress(done, total, f"{ex.label} {ex.info.title}")
        return warnings
