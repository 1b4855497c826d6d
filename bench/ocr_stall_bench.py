"""How long the window's UI thread is kept from its event loop while screenshots are read in the background.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ocr_stall_bench.py [--count 8]

The real main window: N phone screenshots (1170×2532 PNG: chats, WeChat Pay and Alipay bills, order
pages) are added through the Evidence tab, which imports and thumbnails them, then reads their text in
the OCR worker process (the reading bar: progress, stop) until it offers the facts found; then the
new-case wizard's 从截图开始 reads half as many. A 5 ms QTimer on the UI thread records every gap
between its ticks (bench_meter.StallMeter); a stall is the gap beyond 5 ms. Baseline, in the same run:
the same window open and idle for as long as the reading took (at most 20 s). Goal (issue #13): the UI
thread never blocked over 50 ms meanwhile.

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


class TimedMeter(StallMeter):
    """The same meter, keeping when each gap ended (to tell what ran during a stall)."""

    def start(self) -> None:
        self.ends: list[float] = []
        super().start()

    def tick(self) -> None:
        super().tick()
        self.ends.append(self.last)


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
    for gap, end in zip(meter.gaps, meter.ends, strict=True):
        if gap <= 50:
            continue
        begin = end - (gap + 5) / 1000
        near = [f"{what} {1000 * (t - begin):+.0f} ms" for t, what in EVENTS if begin - 0.3 <= t <= end]
        print(f"    {name}: {gap:.0f} ms stall at +{begin - origin:.1f} s; near: {', '.join(near) or '-'}")


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
        explain("wizard", meter, started)
        wizard.discard()

        meter.start()
        idle_s = min(read, 20.0)
        idle_started = time.perf_counter()
        wait_until(lambda: time.perf_counter() - idle_started >= idle_s)
        idle = meter.stop()
        window.close()
        service.close()
    print(f"{count} screenshots 1170x2532: import + thumbnails {imported:.1f} s, then read in the background "
          f"{read:.1f} s ({read / count:.2f} s each, worker start included); the wizard read {len(half)} in "
          f"{in_wizard:.1f} s")
    report("Evidence tab: import, then reading", evidence_tab)
    report("wizard: 从截图开始 reading", wizard_gaps)
    report("baseline: the same window, idle", idle)


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
