"""Background threads and pool workers run below normal priority (Linux: per-thread nice)."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

import pytest

from app.bundle.images import worker_init
from app.core.process_priority import NICE_STEP, lower_thread_priority

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")


@linux_only
def test_a_worker_thread_is_lowered_once_and_the_caller_is_not() -> None:
    seen: dict[str, int] = {}

    def work() -> None:
        tid = threading.get_native_id()
        seen["before"] = os.getpriority(os.PRIO_PROCESS, tid)
        lower_thread_priority()
        lower_thread_priority()  # pool threads are reused: no second step
        seen["after"] = os.getpriority(os.PRIO_PROCESS, tid)

    main_before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen["after"] == min(seen["before"] + NICE_STEP, 19)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == main_before


def _own_nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, 0)


@linux_only
def test_image_workers_run_below_the_exporting_process() -> None:
    ours = _own_nice()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=worker_init) as pool:
        theirs = pool.submit(_own_nice).result(timeout=60)
    assert theirs == min(ours + NICE_STEP, 19)
