"""A 5 ms timer on the UI thread that records how late each tick comes (bench/ui_stall_bench.py)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

TICK_MS = 5


class StallMeter:
    """Gaps between ticks of a 5 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000 - TICK_MS)
        self.last = now

    def start(self) -> None:
        self.gaps, self.last = [], time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps
