"""Image preparation for the bundle: splitting, orientation, downscaling, PNG pass-through."""

from __future__ import annotations

import io
import math
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from app.bundle.images import MAX_SHIFT, ImageJob, fit_scale, flat_row, prepare_image, split_rows
from app.bundle.pdfimage import draw_file_image, read_png
from app.bundle.styles import FRAME_H, FRAME_W
from tests.bundle_fixtures import phone_screenshot, photo_content, photo_with_exif, tall_screenshot


def _check_cover(pieces: list[tuple[int, int]], height: int) -> None:
    assert pieces[0][0] == 0 and pieces[-1][1] == height
    for (_, end), (start, _) in zip(pieces, pieces[1:], strict=False):
        assert end == start  # no row lost, none repeated
    assert sum(b - a for a, b in pieces) == height


def test_split_covers_every_row_once_and_cuts_only_blank_rows() -> None:
    img = tall_screenshot()
    first, rest = 1450, 1574
    pieces = split_rows(img, first, rest)
    _check_cover(pieces, 9000)
    assert pieces[0][1] - pieces[0][0] <= first
    assert all(b - a <= rest for a, b in pieces[1:])
    cuts = [start for start, _ in pieces[1:]]
    assert all(flat_row(img, y) for y in cuts)
    targets = [pieces[0][0] + first] + [a + rest for a, _ in pieces[1:-1]]
    assert any(cut < target for cut, target in zip(cuts, targets, strict=False))  # cuts did move up
    assert all(target - cut <= MAX_SHIFT for cut, target in zip(cuts, targets, strict=False))
    assert len(pieces) >= math.ceil(9000 / rest)


def test_split_keeps_the_cut_where_no_blank_row_is_near() -> None:
    img = photo_content(120, 1000)  # noise: no row is one colour
    assert split_rows(img, 300, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]


def test_split_moves_at_most_max_shift() -> None:
    img = photo_content(50, 1000)
    ImageDraw.Draw(img).line((0, 600, 49, 600), fill=(255, 255, 255))  # blank row 400 rows above the cut
    assert split_rows(img, 1000 - 1, 1000)[0] == (0, 999)
    ImageDraw.Draw(img).line((0, 900, 49, 900), fill=(255, 255, 255))  # and one within reach
    assert split_rows(img, 999, 1000)[0] == (0, 900)


def test_fit_scale_splits_only_long_screenshots() -> None:
    box = (FRAME_W, FRAME_H)
    assert fit_scale(1170, 2532, box)[1] is False  # a phone screenshot: one page
    assert fit_scale(1080, 9000, box)[1] is True
    assert fit_scale(300, 200, box)[0] == 1.0  # small images are not blown up


def test_phone_screenshot_becomes_one_palette_png_at_200_dpi(tmp_path: Path) -> None:
    src = tmp_path / "shot.png"
    original = phone_screenshot(seed=4)
    original.save(src)
    prepared = prepare_image(ImageJob(str(src), str(tmp_path / "p"), (FRAME_W, 650), (FRAME_W, FRAME_H)))
    (piece,) = prepared.pieces
    assert piece.fmt == "png" and piece.height_pt <= 650
    assert piece.px_h <= math.ceil(piece.height_pt / 72 * 200) + 1
    with Image.open(piece.path) as img:
        assert img.mode == "P"
        back = img.convert("RGB").resize(original.size, Image.Resampling.BILINEAR)
    diff = ImageStat.Stat(ImageChops.difference(back, original)).mean
    assert max(diff) < 12  # the same picture, slightly softened


def test_photo_gets_exif_orientation_and_jpeg(tmp_path: Path) -> None:
    src = tmp_path / "photo.jpg"
    photo_with_exif(src)
    prepared = prepare_image(ImageJob(str(src), str(tmp_path / "p"), (FRAME_W, 650), (FRAME_W, FRAME_H)))
    assert (prepared.width, prepared.height) == (1200, 1600)
    (piece,) = prepared.pieces
    assert piece.fmt == "jpeg" and piece.px_h > piece.px_w
    with Image.open(piece.path) as img:
        r, g, _ = img.convert("RGB").getpixel((img.width // 2, 3))
    assert r > 150 and g < 90


def test_transparent_screenshot_is_put_on_white(tmp_path: Path) -> None:
    src = tmp_path / "alpha.png"
    Image.new("RGBA", (400, 300), (0, 0, 0, 0)).save(src)
    prepared = prepare_image(ImageJob(str(src), str(tmp_path / "p"), (FRAME_W, 650), (FRAME_W, FRAME_H)))
    with Image.open(prepared.pieces[0].path) as img:
        assert img.convert("RGB").getpixel((10, 10)) == (255, 255, 255)


def _pdf_with(png_path: Path, out: Path, size: tuple[int, int]) -> None:
    canv = Canvas(str(out), pagesize=size)
    draw_file_image(canv, str(png_path), 0, 0, *size)
    canv.showPage()
    canv.save()


def _rendered_pixels(pdf: Path, size: tuple[int, int]) -> Image.Image:
    """The page as a viewer draws it: rendered at 10x, sampled at each source pixel's centre."""
    big = pdfium.PdfDocument(str(pdf))[0].render(scale=10).to_pil().convert("RGB")
    out = Image.new("RGB", size)
    out.putdata([big.getpixel((x * 10 + 5, y * 10 + 5)) for y in range(size[1]) for x in range(size[0])])
    return out


def test_png_passes_through_unchanged(tmp_path: Path) -> None:
    for colours in (2, 4, 16, 200):  # 1-, 2-, 4- and 8-bit palettes
        pal = photo_content(64, 48).quantize(colours).convert("RGB").quantize(colours)
        png = tmp_path / f"p{colours}.png"
        pal.save(png)
        info = read_png(str(png))
        assert info is not None and info.colour_type == 3
        pdf = tmp_path / f"p{colours}.pdf"
        _pdf_with(png, pdf, pal.size)
        assert info.idat in pdf.read_bytes()  # the PNG's own bytes, not re-encoded
        image = PdfReader(pdf).pages[0]["/Resources"]["/XObject"]
        (xobject,) = [x.get_object() for x in image.values()]
        assert xobject["/ColorSpace"][0] == "/Indexed" and xobject["/BitsPerComponent"] == info.bits
        # pdfium (and poppler) decode it exactly; pypdf's own decoder gets sub-byte palettes wrong
        assert ImageChops.difference(_rendered_pixels(pdf, pal.size), pal.convert("RGB")).getbbox() is None


def test_read_png_refuses_what_a_pdf_cannot_take(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    Image.new("RGBA", (4, 4)).save(path)
    assert read_png(str(path)) is None
    path.write_bytes(b"not a png")
    assert read_png(str(path)) is None
    buf = io.BytesIO()
    Image.new("L", (4, 4), 9).save(buf, "PNG")
    path.write_bytes(buf.getvalue())
    info = read_png(str(path))
    assert info is not None and info.colour_type == 0


WORKER_SCRIPT = """
import multiprocessing, sys, time
from concurrent.futures import ProcessPoolExecutor
from app.bundle.images import watch_parent
if __name__ == "__main__":
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"), initializer=watch_parent)
    list(pool.map(abs, range(4)))
    print(" ".join(str(pid) for pid in pool._processes), flush=True)
    time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its exit status is left


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_workers_leave_when_the_exporting_process_is_killed(tmp_path: Path) -> None:
    """A killed export must not leave image workers waiting for work for ever."""
    proc = subprocess.Popen([sys.executable, "-c", WORKER_SCRIPT], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert proc.stdout is not None
    pids = [int(pid) for pid in proc.stdout.readline().split()]
    assert len(pids) == 2 and all(_alive(pid) for pid in pids)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in pids)
