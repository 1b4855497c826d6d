"""The bundle's image workers kept for a whole test process.

Every export with two or more pictures starts a pool of two spawned processes (app/bundle/prepare.py);
across the suite that was a few hundred process starts (~0.15 s of CPU each) where the processes
themselves are not what the test is about. `shared_image_pool` gives every export in this test process
the same two real worker processes, started with the app's own initializer: the images still go to
other processes and come back through files, as in the app. An export's `shutdown` cancels and waits for
its own jobs only. A pool asked for with another initializer (the tests of a dying or refused pool) is a
pool of its own, as before. A picture prepared before in this run with the same boxes and dpi is not
prepared again: the export gets the first preparation's pieces, copied (tests/image_memo.py).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_for
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any

import app.bundle.prepare as prepare
from app.bundle.images import prepare_image, worker_init
from tests.image_memo import ImageMemo, submit_once


class _Share(Executor):
    """One export's view of the shared pool."""

    def __init__(self, pool: ProcessPoolExecutor, memo: ImageMemo) -> None:
        self._pool = pool
        self._memo = memo
        self._jobs: list[Future[Any]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        if fn is prepare_image and not kwargs:
            future = submit_once(self._memo, self._pool, *args)
        else:
            future = self._pool.submit(fn, *args, **kwargs)
        self._jobs.append(future)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if cancel_futures:
            for future in self._jobs:
                future.cancel()
        if wait:
            wait_for(self._jobs)


def _alive(pool: ProcessPoolExecutor) -> bool:
    try:
        return pool.submit(int).result(timeout=120) == 0
    except BrokenProcessPool:  # a job took a worker down: the next export gets a fresh pool
        return False


@contextmanager
def shared_image_pool() -> Iterator[None]:
    real = prepare.ProcessPoolExecutor
    shared: list[ProcessPoolExecutor] = []
    memo = ImageMemo.of_this_run()

    def pool_for_export(max_workers: int, *, mp_context: Any = None, initializer: Any = None) -> Executor:
        if initializer is not worker_init:
            return real(max_workers, mp_context=mp_context, initializer=initializer)
        if shared and not _alive(shared[0]):
            shared.pop().shutdown(wait=False, cancel_futures=True)
        if not shared:
            shared.append(real(prepare.WORKERS, mp_context=multiprocessing.get_context("spawn"),
                               initializer=worker_init))
        return _Share(shared[0], memo)

    prepare.ProcessPoolExecutor = pool_for_export  # type: ignore[assignment,misc]
    try:
        yield
    finally:
        prepare.ProcessPoolExecutor = real  # type: ignore[misc]
        for pool in shared:
            pool.shutdown(wait=True, cancel_futures=True)
