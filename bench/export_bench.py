"""Export 100 phone screenshots (1170×2532 PNG) as an evidence bundle, beside img2pdf.

Both run on the same files in the same run, each in a fresh child process so that its peak
memory is its own: wall time of the work (imports excluded), peak RSS of the process and of
its largest worker (resource.getrusage), and the output size. Goals: wall <= 1.5x img2pdf,
size <= 0.6x img2pdf, peak memory <= 250 MB.
Run: .venv/bin/python bench/export_bench.py [--count N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

# Only the standard library at the top: the bundle's spawned workers import this module again
# (as __mp_main__), and whatever it imports at the top would count in their memory.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

AS_OF = datetime(2026, 11, 20, 10, 0, tzinfo=timezone(timedelta(hours=8)))


def make_screenshots(folder: Path, count: int) -> list[Path]:
    """Chat screenshots; every fourth has a photo-like (noise and gradient) region."""
    from tests.bundle_fixtures import phone_screenshot

    paths = []
    for i in range(count):
        path = folder / f"shot-{i:03d}.png"
        phone_screenshot(seed=i, photo=i % 4 == 0).save(path)
        paths.append(path)
    return paths


def _case(paths: list[Path]) -> Any:
    from app.core.domain import CaseData, CaseInfo, Consumer, EvidenceInfo, Merchant, Order

    evidence = []
    for i, path in enumerate(paths, 1):
        data = path.read_bytes()
        evidence.append(EvidenceInfo(
            id=i, case_id=1, kind="chat", title=f"聊天截图 {i}", source="快手App", proves="客服拒绝退款",
            occurred_at=AS_OF - timedelta(days=3), original_name=path.name, media_type="image/png", size=len(data),
            sha256=hashlib.sha256(data).hexdigest(), imported_at=AS_OF, captured_at=None, position=i,
            page_count=1, text=None))
    data = CaseData(title="快手课程退款（基准测试）", consumer=Consumer(name="张三"),
                    merchant=Merchant(name="某某教育", shop="小课堂"),
                    order=Order(number="KS1", amount=Decimal("199.00")))
    return CaseInfo(id=1, data=data, created_at=AS_OF, updated_at=AS_OF, evidence=evidence)


def _check() -> Any:
    from app.rules.result import CheckResult

    return CheckResult(as_of=AS_OF, lang="zh", rules=[], remedy="unknown", refund_amount=Decimal("0"),
                       compensation=Decimal("0"), deadlines=[], refund_overdue=False, missing_evidence=[],
                       missing_fields=[], next_steps=[], scam_warning="")


def run_img2pdf(paths: list[Path], out: Path) -> None:
    import img2pdf

    out.write_bytes(img2pdf.convert([str(p) for p in paths]))


def run_bundle(paths: list[Path], out: Path) -> None:
    from app.bundle.builder import BundleRequest, build_bundle

    case = _case(paths)
    req = BundleRequest(case=case, check=_check(), originals={e.id: p for e, p in zip(case.evidence, paths,
                                                                                      strict=True)}, as_of=AS_OF)
    build_bundle(req, out)


class RssSampler:
    """Samples the resident memory of this process plus its children (Linux /proc), every 20 ms.

    ru_maxrss of the children overstates spawned workers: Linux carries the parent's high-water
    mark across the fork+exec that starts them. Their own VmHWM and the summed VmRSS do not.
    """

    def __init__(self) -> None:
        self.peak_total = 0.0
        self.peak_worker = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _kib(pid: int | str, field: str) -> float:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    return float(line.split()[1])
        except OSError:
            pass
        return 0.0

    @staticmethod
    def _started(pid: str) -> bool:
        """False in the instant between fork and exec, when a child still shows the parent's pages."""
        try:
            return Path(f"/proc/{pid}/exe").resolve() == Path(sys.executable).resolve() and \
                b"-c" in Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            return False

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.02):
            kids = [k for k in Path(f"/proc/{me}/task/{me}/children").read_text().split() if self._started(k)]
            total = self._kib(me, "VmRSS") + sum(self._kib(k, "VmRSS") for k in kids)
            self.peak_total = max(self.peak_total, total / 1024)
            self.peak_worker = max([self.peak_worker, *(self._kib(k, "VmHWM") / 1024 for k in kids)])

    def __enter__(self) -> RssSampler:
        if Path("/proc/self/status").exists():
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()


def measure(kind: str, folder: Path) -> dict[str, Any]:
    """Runs in the child process: one pipeline, timed, with its own peak memory."""
    paths = sorted(folder.glob("shot-*.png"))
    out = folder / f"out-{kind}.pdf"
    if kind == "bundle":
        import app.bundle.builder  # noqa: F401 (imports are not part of the work timed)
    else:
        import img2pdf  # noqa: F401
    with RssSampler() as sampler:
        start = time.perf_counter()
        (run_bundle if kind == "bundle" else run_img2pdf)(paths, out)
        wall = time.perf_counter() - start
    kib = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KiB on Linux, bytes on macOS
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds as well: on a shared machine they vary less than wall time does.
    return {"wall": wall, "size": out.stat().st_size, "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
            "rss_self": me.ru_maxrss / kib, "rss_child": kids.ru_maxrss / kib,
            "sampled_total": sampler.peak_total, "sampled_worker": sampler.peak_worker}


def _child(kind: str, folder: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--measure", kind, "--dir", str(folder)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def report(base: dict[str, Any], ours: dict[str, Any], count: int, input_mb: float) -> None:
    from app.bundle.prepare import WORKERS

    worker = ours["sampled_worker"] or ours["rss_child"]
    peak = ours["rss_self"] + WORKERS * worker
    print(f"{count} screenshots, {input_mb:.1f} MB of PNG")
    print(f"{'':10}{'wall s':>9}{'CPU s':>8}{'size MB':>10}{'peak RSS MB':>14}")
    print(f"{'img2pdf':10}{base['wall']:9.2f}{base['cpu']:8.2f}{base['size'] / 1e6:10.2f}{base['rss_self']:14.0f}")
    print(f"{'bundle':10}{ours['wall']:9.2f}{ours['cpu']:8.2f}{ours['size'] / 1e6:10.2f}{peak:14.0f}"
          f"   (main {ours['rss_self']:.0f} + {WORKERS} workers x {worker:.0f}; sampled together: "
          f"{ours['sampled_total']:.0f}; ru_maxrss of workers: {ours['rss_child']:.0f})")
    print(f"ratio     wall {ours['wall'] / base['wall']:.2f}x (goal <= 1.5)   size {ours['size'] / base['size']:.2f}x "
          f"(goal <= 0.6)   peak {peak:.0f} MB (goal <= 250)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    parser.add_argument("--measure", choices=["img2pdf", "bundle"], help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.dir)))
        return
    with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        paths = make_screenshots(folder, args.count)
        input_mb = sum(p.stat().st_size for p in paths) / 1e6
        base = _child("img2pdf", folder)
        ours = _child("bundle", folder)
        report(base, ours, args.count, input_mb)


if __name__ == "__main__":
    main()
