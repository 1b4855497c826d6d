"""Import 100 phone screenshots (1170×2532 PNG) into a new case.

Prints the wall time beside a baseline measured in the same run: decode with
Pillow + SHA-256 with hashlib + copy, the least any importer must do.
Run: .venv/bin/python bench/import_bench.py [--count N]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.domain import CaseData  # noqa: E402
from app.core.paths import font_path  # noqa: E402
from app.services.cases import CaseService  # noqa: E402

FONT = ImageFont.truetype(str(font_path()), 30, index=0)


def make_screenshots(folder: Path, count: int) -> list[Path]:
    """Chat-like screenshots: flat background, bubbles of 'text', a status bar; each distinct."""
    paths = []
    for i in range(count):
        rng = random.Random(i)
        img = Image.new("RGB", (1170, 2532), (237, 237, 237))
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, 1170, 140), fill=(250, 250, 250))
        y = 200
        while y < 2400:
            left = rng.random() < 0.5
            width = rng.randint(300, 800)
            x0 = 60 if left else 1110 - width
            draw.rounded_rectangle((x0, y, x0 + width, y + 120), 20, fill=(255, 255, 255) if left else (149, 236, 105))
            for line in range(3):
                chars = "".join(chr(rng.randint(0x4E00, 0x6FFF)) for _ in range((width - 60) // 34))
                draw.text((x0 + 30, y + 12 + line * 34), chars, font=FONT, fill=(20, 20, 20))
            y += 170
        path = folder / f"shot-{i:03d}.png"
        img.save(path)
        paths.append(path)
    return paths


def baseline(paths: list[Path], out: Path) -> float:
    out.mkdir()
    start = time.perf_counter()
    for p in paths:
        with Image.open(p) as im:
            im.load()
        hashlib.sha256(p.read_bytes()).hexdigest()
        shutil.copyfile(p, out / p.name)
    return time.perf_counter() - start


def ours(paths: list[Path], data: Path) -> float:
    service = CaseService(data)
    case_id = service.create_case(CaseData(title="bench"))
    start = time.perf_counter()
    report = service.add_evidence(case_id, paths)
    elapsed = time.perf_counter() - start
    assert len(report.added) == len(paths), report.rejected
    service.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "src").mkdir()
        paths = make_screenshots(root / "src", args.count)
        size = sum(p.stat().st_size for p in paths) / 1e6
        base = baseline(paths, root / "copy")
        mine = ours(paths, root / "data")
    print(f"files: {args.count} PNG 1170x2532, {size:.1f} MB")
    print(f"baseline (Pillow decode + hashlib SHA-256 + copy): {base:.2f} s")
    print(f"evidence add (validate, hash, fsync, record):       {mine:.2f} s")
    print(f"ratio: {mine / base:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()
