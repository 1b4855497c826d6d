"""How long the UI thread is kept from its event loop while the window imports, thumbnails and exports.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_stall_bench.py [--count 40]

First the window's start-up after its first paint: the case store opens and the list and the
welcome page arrive. Then the real main window (the Evidence and Export tabs of one case) adds N phone screenshots
(1170×2532 PNG) through the Evidence tab, waits for the thumbnails, then exports the bundle
through the Export tab. A 5 ms QTimer on the UI thread records every gap between its ticks;
a stall is the gap beyond 5 ms. Baseline, in the same run: the same timer with the window open
and idle for the same time. Goal (the GUI issue): no stall over 50 ms.

It runs twice in child processes with bytecode cached (as in an installed or frozen copy;
this sandbox sets PYTHONDONTWRITEBYTECODE, and compiling a module holds the GIL for tens of
ms): the first run fills the cache, the second is reported.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_bench import make_screenshots  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.cases import CaseService  # noqa: E402
from app.domain import CaseData, Consumer, Merchant, Order  # noqa: E402
from app.views.app import create_main_window  # noqa: E402

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


def wait_until(condition, timeout_s: float = 600) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start(20)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise SystemExit("timed out")
    return time.perf_counter() - started


def report(name: str, gaps: list[float]) -> float:
    worst = max(gaps, default=0.0)
    over = sum(1 for g in gaps if g > 50)
    p99 = statistics.quantiles(gaps, n=100)[98] if len(gaps) > 100 else worst
    print(f"  {name:34s} ticks {len(gaps):6d}  worst stall {worst:6.1f} ms  p99 {p99:5.1f} ms  over 50 ms: {over}")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--measure", action="store_true", help="(internal) measure in this process")
    args = parser.parse_args()
    if args.measure:
        measure(args.count)
        return
    with tempfile.TemporaryDirectory(prefix="ui-stall-pyc-") as cache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for run in ("warm-up (fills the bytecode cache)", "measured"):
            done = subprocess.run([sys.executable, __file__, "--count", str(args.count), "--measure"], env=env,
                                  capture_output=True, text=True, encoding="utf-8", timeout=1200)
            if done.returncode != 0:
                raise SystemExit(done.stderr)
            if run == "measured":
                print(done.stdout, end="")


def measure(count: int) -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="ui-stall-") as tmp:
        root = Path(tmp)
        (root / "src").mkdir()
        shots = make_screenshots(root / "src", count)
        service = CaseService(root / "data")
        case_id = service.create_case(CaseData(
            title="界面卡顿测试", consumer=Consumer(name="张三", phone="13800000000", address="北京市"),
            merchant=Merchant(name="某某教育科技有限公司", address="杭州市"), order=Order(number="1", item="课")))
        # Start-up as `gui` does it: the window painted first, then the store opens and the list,
        # the welcome page and the tabs' helpers arrive (the Qt namespace's enums among them).
        meter = StallMeter()
        first = create_main_window(None, app, root / "data")
        painted: list[bool] = []
        first.first_painted.connect(lambda: painted.append(True))
        first.show()
        wait_until(lambda: bool(painted))
        listed: list[int] = []
        first.case_list.loaded.connect(listed.append)
        meter.start()
        opened = time.perf_counter()
        first.open_store()
        wait_until(lambda: bool(listed) and "welcome" in first.__dict__ and time.perf_counter() - opened > 0.5)
        wait_until(lambda: not first.runner.reads.activeThreadCount() and not first.runner.writes.activeThreadCount())
        startup = meter.stop()
        first.close()
        first.service.close()  # type: ignore[union-attr]

        window = create_main_window(service, app)
        window.show()
        window.open_case(case_id, "evidence")
        evidence, export = window.panels["evidence"], window.panels["export"]

        meter.start()
        evidence.add_files(shots, kind="chat")  # type: ignore[attr-defined]
        took = wait_until(lambda: not evidence.import_jobs and all(  # type: ignore[attr-defined]
            evidence.model.has_thumbnail(i) for i in evidence.model.ids()))  # type: ignore[attr-defined]
        busy_import = meter.stop()

        window.open_case(case_id, "export")
        wait_until(lambda: export.pre is not None)  # type: ignore[attr-defined]
        export.set_output_path(root / "out.pdf")  # type: ignore[attr-defined]
        meter.start()
        started = time.perf_counter()
        export.start_export()  # type: ignore[attr-defined]
        wait_until(lambda: not export._running())  # type: ignore[attr-defined]
        exported = time.perf_counter() - started
        busy_export = meter.stop()
        assert (root / "out.pdf").exists(), "the export did not write its PDF"

        meter.start()
        idle_s = min(took + exported, 10.0)
        idle_started = time.perf_counter()
        wait_until(lambda: time.perf_counter() - idle_started >= idle_s)
        idle = meter.stop()
        window.close()
        service.close()
    print(f"{count} screenshots 1170x2532: import + thumbnails {took:.1f} s, export {exported:.1f} s")
    report("start-up: store opens, list shown", startup)
    report("import + thumbnails (window)", busy_import)
    report("export (window)", busy_export)
    report("baseline: the same window, idle", idle)


if __name__ == "__main__":
    main()
