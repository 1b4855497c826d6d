"""Text recognition of 50 phone screenshots (1170×2532; chats, WeChat Pay and Alipay bills, order pages).

Wall time per screenshot through the app's path (the spawned OCR worker process, files read from
disk) beside the same engine called directly in this process on the same files in the same run,
and the peak memory (RSS) of the worker process. Goals (issue #13): median under 1.5 s per
screenshot on two cores, worker peak under 700 MB.
Run: .venv/bin/python bench/ocr_bench.py [--count N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.evidence.ocr.worker import OcrWorker, read_image_here  # noqa: E402
from tests.ocr_screens import make, save  # noqa: E402

LAYOUTS = ("chat", "wechat", "alipay", "order")


def make_screenshots(folder: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        img, _ = make(LAYOUTS[i % len(LAYOUTS)], 1000 + i, (1170, 2532), dark=i % 3 == 1,
                      font="wqy" if i % 2 else "noto")
        paths.append(save(img, folder / f"shot-{i:03d}.png"))
    return paths


def direct(paths: list[Path]) -> tuple[list[float], int]:
    from app.evidence.ocr.engine import Engine

    engine = Engine()
    engine.read(make("chat", 1, (390, 400))[0])  # warm-up, as the worker's first file is
    times, lines = [], 0
    for p in paths:
        start = time.perf_counter()
        lines += len(read_image_here(str(p), engine)[0].lines)
        times.append(time.perf_counter() - start)
    return times, lines


def through_worker(paths: list[Path]) -> tuple[list[float], float, float, int]:
    with OcrWorker() as worker:
        start = time.perf_counter()
        worker.read(save(make("chat", 1, (390, 400))[0], paths[0].parent / "warm.png"))
        first = time.perf_counter() - start  # spawn + engine load + one small picture
        times, lines = [], 0
        for p in paths:
            start = time.perf_counter()
            lines += len(worker.read(p)[0].lines)
            times.append(time.perf_counter() - start)
        peak = worker.peak_rss_mb()
    return times, first, peak, lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_screenshots(Path(tmp), args.count)
        w_times, first, peak, w_lines = through_worker(paths)
        d_times, d_lines = direct(paths)
    print(f"files: {args.count} PNG 1170x2532 ({', '.join(LAYOUTS)}), {w_lines} lines read")
    print(f"engine called directly (this process): median {statistics.median(d_times):.2f} s, "
          f"max {max(d_times):.2f} s, total {sum(d_times):.1f} s")
    print(f"through the OCR worker process:        median {statistics.median(w_times):.2f} s, "
          f"max {max(w_times):.2f} s, total {sum(w_times):.1f} s; start-up {first:.2f} s")
    print(f"ratio (worker / direct, medians): {statistics.median(w_times) / statistics.median(d_times):.2f}x")
    print(f"worker peak RSS: {peak:.0f} MB (goal < 700 MB); median goal < 1.5 s")
    assert w_lines == d_lines, (w_lines, d_lines)


if __name__ == "__main__":
    main()
