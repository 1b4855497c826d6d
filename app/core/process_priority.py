"""Background work runs below normal priority, so the window's thread always gets the CPU.

On two cores, the export's two image workers and its writer thread at normal priority kept
the UI thread off the CPU for 60-75 ms at a time (bench/ui_stall_bench.py). Best effort: where
the OS refuses, work simply goes on at normal priority.
"""

from __future__ import annotations

import os
import sys
import threading

NICE_STEP = 5
_lowered = threading.local()


def lower_process_priority() -> None:
    """This whole process (a pool worker) below normal."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), 0x4000)  # BELOW_NORMAL_PRIORITY_CLASS
        else:
            os.nice(NICE_STEP)
    except (OSError, AttributeError):
        pass


def lower_thread_priority() -> None:
    """The calling thread below normal, once per thread (pool threads are reused).

    Linux keeps a nice value per thread, and processes this thread starts inherit it; Windows
    has thread priorities; on macOS Qt's thread-pool priority does it (see views/workers.py).
    """
    if getattr(_lowered, "done", False):
        return
    _lowered.done = True
    try:
        if sys.platform.startswith("linux"):
            tid = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + NICE_STEP)
        elif sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), -1)  # THREAD_PRIORITY_BELOW_NORMAL
    except (OSError, AttributeError):
        pass
