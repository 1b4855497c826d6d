"""How long the window's UI thread is kept from its event loop while screenshots are read in the background.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ocr_stall_bench.py [--count 8]

The real main window: N phone screenshots (1170×2532 PNG: chats, WeChat Pay and Alipay bills, order
pages) are added through the Evidence tab, which imports and thumbnails them, then reads their text in
the OCR worker process (the reading bar: progress, stop) until it offers the facts found; then the
new-case wizard's 从截图开始 reads half as many. A 5 ms QTimer on the UI thread records every gap
between its ticks (bench_meter.StallMeter); a stall is the gap beyond 5 ms. Baseline, in the same run:
the same window open and idle for as long as the reading took (at most 20 s). Goal (issue #13): the UI
thread never blocked over 50 ms meanwhile. Each stall over 50 ms is printed with what the reading was
doing then and how much of it the UI thread spent runnable but waiting for a CPU (Linux schedstat): a
stall spent waiting is other processes holding both cores, not work of the window's own process.

As bench/ui_stall_bench.py, the measurement runs in a child process with bytecode cached (a first, small
run fills the cache), as in an installed or frozen copy.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["REFUND_EVIDENCE_OCR"] = "on"  # the window reads after an import
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_meter import StallMeter  # noqa: E402
from ocr_bench import make_screenshots  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from ui_stall_bench import report, wait_until  # noqa: E402

from app.core.domain import CaseData  # noqa: E402
from app.services.cases import CaseService  # noqa: E402
from app.views.shell.application import create_main_window  # noqa: E402


def queue_wait_ms() -> float:
    """How long the calling thread has waited, runnable, for a CPU (Linux schedstat; 0 elsewhere)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as f:
            return int(f.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


class TimedMeter(StallMeter):
    """The same meter, keeping when each gap ended (to tell what ran during a stall) and how much of each
    gap the UI thread spent waiting for a CPU (other processes had both cores: not the app's own work)."""

    def start(self) -> None:
        self.ends: list[float] = []
        self.waits: list[float] = []
        self.waited = queue_wait_ms()
        super().start()

    def tick(self) -> None:
        super().tick()
        self.ends.append(self.last)
        waited = queue_wait_ms()
        self.waits.append(waited - self.waited)
        self.waited = waited


EVENTS: list[tuple[float, str]] = []  # (perf_counter, what) from any thread


def log_events() -> None:
    """Note when the reading stores an item and when the worker is asked for a file."""
    from app.evidence.ocr import worker
    from app.services import evidence_text

    store, read = evidence_text.store, worker.OcrWorker.read

    def logged_store(*a, **kw):  # type: ignore[no-untyped-def]
        EVENTS.append((time.perf_counter(), "store start"))
        try:
            return store(*a, **kw)
        finally:
            EVENTS.append((time.perf_counter(), "store end"))

    def logged_read(self, path, *a, **kw):  # type: ignore[no-untyped-def]
        EVENTS.append((time.perf_counter(), "worker.read start"))
        try:
            return read(self, path, *a, **kw)
        finally:
            EVENTS.append((time.perf_counter(), "worker.read end"))

    evidence_text.store = logged_store  # type: ignore[assignment]
    worker.OcrWorker.read = logged_read  # type: ignore[method-assign]

    def collected(phase: str, info: dict) -> None:  # type: ignore[type-arg]
        if info["generation"] == 2:  # a full collection walks every object, holding the GIL
            EVENTS.append((time.perf_counter(), f"gc2 {phase}"))

    gc.callbacks.append(collected)


def explain(name: str, meter: TimedMeter, origin: float) -> None:
    """Each stall over 50 ms: when (from the phase's start) and the events just before and during it."""
    for gap, end, wait in zip(meter.gaps, meter.ends, meter.waits, strict=True):
        if gap <= 50:
            continue
        begin = end - (gap + 5) / 1000
        near = [f"{what} {1000 * (t - begin):+.0f} ms" for t, what in EVENTS if begin - 0.3 <= t <= end]
        print(f"    {name}: {gap:.0f} ms stall at +{begin - origin:.1f} s, {wait:.0f} ms of it waiting for a CPU; "
              f"near: {', '.join(near) or '-'}")


def measure(count: int, normal_threads: bool = False) -> None:
    if normal_threads:  # diagnosis: background threads of the window's process at normal priority
        from app.views.widgets import workers

        workers.lower_thread_priority = lambda: None
    app = QApplication(sys.argv[:1])
    log_events()
    with tempfile.TemporaryDirectory(prefix="ocr-stall-") as tmp:
        root = Path(tmp)
        (root / "src").mkdir()
        shots = make_screenshots(root / "src", count)
        service = CaseService(root / "data")
        case_id = service.create_case(CaseData(title="识别时的界面卡顿"))
        window = create_main_window(service, app)
        window.show()
        window.open_case(case_id, "evidence")
        evidence = window.panels["evidence"]
        bar = evidence.reading  # type: ignore[attr-defined]
        meter = TimedMeter()

        meter.start()
        started = time.perf_counter()
        evidence.add_files(shots)  # type: ignore[attr-defined]
        wait_until(lambda: bar.state[0] == "running", 120)
        imported = time.perf_counter() - started
        wait_until(lambda: bar.state[0] != "running" and bar.job is None, 1800)
        read = time.perf_counter() - started - imported
        evidence_tab = meter.stop()
        tab_waits = list(zip(meter.gaps, meter.waits, strict=True))
        explain("Evidence tab", meter, started)
        if bar.state[0] == "failed":
            raise SystemExit(f"reading failed: {bar.error}")

        half = shots[: max(1, count // 2)]
        wizard = window.new_case()
        assert wizard is not None
        meter.start()
        started = time.perf_counter()
        wizard.shots.read_files(half)
        wait_until(lambda: wizard.shots.state[0] != "running", 1800)
        in_wizard = time.perf_counter() - started
        wizard_gaps = meter.stop()
        meter_waits = {"wizard": list(zip(meter.gaps, meter.waits, strict=True))}
        explain("wizard", meter, started)
        wizard.discard()

        meter.start()
        idle_s = min(read, 20.0)
        idle_started = time.perf_counter()
        wait_until(lambda: time.perf_counter() - idle_started >= idle_s)
        idle = meter.stop()
        idle_waits = list(zip(meter.gaps, meter.waits, strict=True))
        window.close()
        service.close()
    print(f"{count} screenshots 1170x2532: import + thumbnails {imported:.1f} s, then read in the background "
          f"{read:.1f} s ({read / count:.2f} s each, worker start included); the wizard read {len(half)} in "
          f"{in_wizard:.1f} s")
    report("Evidence tab: import, then reading", evidence_tab)
    starved("Evidence tab", tab_waits)
    report("wizard: 从截图开始 reading", wizard_gaps)
    starved("wizard", meter_waits["wizard"])
    report("baseline: the same window, idle", idle)
    starved("baseline", idle_waits)


def starved(name: str, pairs: list[tuple[float, float]]) -> None:
    """The longest stall less the time the UI thread spent runnable but waiting for a CPU (what the window's
    own process kept it from), and how many stalls over 50 ms were mostly such waiting."""
    own = max((max(0.0, gap - wait) for gap, wait in pairs), default=0.0)
    over = [(gap, wait) for gap, wait in pairs if gap > 50]
    mostly = sum(1 for gap, wait in over if wait >= gap / 2)
    print(f"    {name}: worst stall less its wait for a CPU {own:.1f} ms; stalls over 50 ms mostly waiting for a "
          f"CPU: {mostly} of {len(over)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--measure", action="store_true", help="(internal) measure in this process")
    parser.add_argument("--normal-threads", action="store_true",
                        help="diagnosis: leave the window's background threads at normal priority")
    args = parser.parse_args()
    if args.measure:
        measure(args.count, args.normal_threads)
        return
    with tempfile.TemporaryDirectory(prefix="ocr-stall-pyc-") as cache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for count in (2, args.count):  # the first, small run fills the bytecode cache
            extra = ["--normal-threads"] if args.normal_threads else []
            done = subprocess.run([sys.executable, __file__, "--count", str(count), "--measure", *extra], env=env,
                                  capture_output=True, text=True, encoding="utf-8", timeout=3600)
            if done.returncode != 0:
                raise SystemExit(done.stderr)
        print(done.stdout, end="")
        print("load average:", " ".join(f"{v:.2f}" for v in os.getloadavg()))


if __name__ == "__main__":
    main()
