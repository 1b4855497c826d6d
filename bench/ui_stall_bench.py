"""How long the UI thread is kept from its event loop while the window imports, thumbnails and exports.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_stall_bench.py [--count 40]

The real main window (the Evidence and Export tabs of one case) adds N phone screenshots
(1170×2532 PNG) through the Evidence tab, waits for the thumbnails, exports the bundle through
the Export tab, then shows each tab once on the example case. Then a real `gui` start in a fresh
process, from the first paint until the list, the welcome page and the case tabs are there (the
store's libraries load meanwhile). A 5 ms QTimer on the UI thread records every gap between its
ticks; a stall is the gap beyond 5 ms. Baseline, in the same run: the same timer with the window
open and idle for the same time. Goal (the GUI issue): no stall over 50 ms.

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

from bench_meter import StallMeter  # noqa: E402
from import_bench import make_screenshots  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.domain import CaseData, Consumer, Merchant, Order  # noqa: E402
from app.services.cases import CaseService  # noqa: E402
from app.views.shell.application import create_main_window  # noqa: E402


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


STARTUP_CHILD = """
import sys, time
from app.views.shell import application as gui
meter = {}
def painted(self, original=gui.Startup.painted):
    from bench_meter import StallMeter
    meter["m"] = StallMeter()
    meter["m"].start()
    original(self)
def opened(self):
    from PySide6.QtCore import QTimer
    # the store is open (the list's first page came before or comes now); then housekeeping and the case tabs
    QTimer.singleShot(1500, lambda: (print(" ".join(f"{g:.2f}" for g in meter["m"].stop())), self.window.close()))
gui.Startup.painted, gui.Startup.opened = painted, opened
sys.exit(gui.run_gui(type("A", (), {"data_dir": sys.argv[1], "exit_after_show": False})()))
"""


def startup_stalls(data: Path, env: dict[str, str]) -> list[float]:
    """A real `gui` start in a fresh process (nothing imported yet): stalls from the first paint until
    the list, the welcome page and the case tabs are there."""
    script = data.parent / "startup_child.py"
    script.write_text(STARTUP_CHILD, "utf-8")
    child_env = {**env, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "bench")])}
    done = subprocess.run([sys.executable, str(script), str(data)], env=child_env, capture_output=True, text=True,
                          encoding="utf-8", timeout=300, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return [float(g) for g in done.stdout.split()]


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
        with tempfile.TemporaryDirectory(prefix="ui-stall-start-") as tmp:
            data = Path(tmp) / "data"
            service = CaseService(data, housekeeping=False)
            for n in range(50):
                service.create_case(CaseData(title=f"快手课程退款 {n}", merchant=Merchant(name="某某教育")))
            service.close()
            startup_stalls(data, env)  # warm-up
            report("start-up: real start, paint -> tabs made", startup_stalls(data, env))


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
        meter = StallMeter()
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

        # Each tab shown for the first time on the example case (its own load: a check, thumbnails, a pre-flight).
        from app.services.demo_case import create_demo_case

        demo_id = create_demo_case(service, None)
        meter.start()
        for key in ("overview", "evidence", "timeline", "rules", "export"):
            window.open_case(demo_id, key)
            shown = time.perf_counter()
            wait_until(lambda shown=shown: time.perf_counter() - shown >= 1.0)
        tab_views = meter.stop()

        meter.start()
        idle_s = min(took + exported, 10.0)
        idle_started = time.perf_counter()
        wait_until(lambda: time.perf_counter() - idle_started >= idle_s)
        idle = meter.stop()
        window.close()
        service.close()
    print(f"{count} screenshots 1170x2532: import + thumbnails {took:.1f} s, export {exported:.1f} s")
    report("import + thumbnails (window)", busy_import)
    report("export (window)", busy_export)
    report("each tab's first view, example case", tab_views)
    report("baseline: the same window, idle", idle)


if __name__ == "__main__":
    main()
