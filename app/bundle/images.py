"""Image preparation: orient, split tall screenshots, downscale to 200 dpi, re-encode.

Runs in spawned worker processes, one image per call: this module imports only Pillow and the
standard library so a worker starts fast, and prepare_image stays a top-level function that a
frozen (PyInstaller) app can pickle by name.
"""

from __future__ import annotations

import io
import math
import multiprocessing
import os
import threading
from dataclasses import dataclass
from multiprocessing.connection import wait

from PIL import Image, ImageOps

from app.core.process_priority import lower_process_priority

DPI = 200
MAX_SHIFT = 250  # source rows a cut may move up to land on a flat row
SPLIT_BELOW = 0.5  # split when fitting on one page would shrink to under half the width-fit scale
MAX_SCALE = 1.0  # points per pixel: small images are not blown up past 72 dpi
JPEG_QUALITY = 85
PNG_LEVEL = 4  # zlib level: 6 is 10% smaller and twice as slow on screenshots
FLAT_SHARE = 0.25  # share of pixels in the 16 commonest colours above which a palette PNG is tried
FLAT_SURE = 0.9  # ...and above which it always beats JPEG (measured on chat screenshots): skip the JPEG
ORIENTATION = 0x0112


@dataclass(frozen=True)
class ImageJob:
    source: str
    out_stem: str  # prepared pieces are written to out_stem + "-N.png|.jpg"
    first_box: tuple[float, float] | None  # (w, h) pt under the exhibit heading; None: start on the next page
    next_box: tuple[float, float]  # (w, h) pt of a whole page
    dpi: int = DPI


@dataclass(frozen=True)
class Piece:
    path: str
    fmt: str  # "png" | "jpeg"
    top: int  # source rows [top, bottom) after orientation
    bottom: int
    width_pt: float
    height_pt: float
    px_w: int
    px_h: int


@dataclass(frozen=True)
class PreparedImage:
    width: int  # source size after orientation
    height: int
    pieces: tuple[Piece, ...]
    heading_alone: bool  # the heading page carries no image


def fit_scale(width: int, height: int, box: tuple[float, float]) -> tuple[float, bool]:
    """Points per source pixel, and whether the image must be split over pages."""
    box_w, box_h = box
    by_width = min(box_w / width, MAX_SCALE)
    if height * by_width <= box_h:
        return by_width, False
    by_height = box_h / height
    if by_height >= SPLIT_BELOW * by_width:
        return by_height, False
    return by_width, True


def flat_row(img: Image.Image, y: int) -> bool:
    """True when every pixel of row y has the same colour (a gap between lines of text)."""
    extrema = img.crop((0, y, img.width, y + 1)).getextrema()
    bands = extrema if isinstance(extrema[0], tuple) else (extrema,)
    return all(lo == hi for lo, hi in bands)


def split_rows(img: Image.Image, first_rows: int, next_rows: int, max_shift: int = MAX_SHIFT) -> list[tuple[int, int]]:
    """Cut rows [top, bottom) covering the image exactly once, each cut on a flat row when one is near.

    Each cut starts at the most rows a page holds and moves up, at most max_shift rows, to the
    nearest flat row; with none there it stays put (the text is cut, but nothing is lost).
    """
    height = img.height
    rows = max(1, first_rows)
    pieces: list[tuple[int, int]] = []
    top = 0
    while height - top > rows:
        target = top + rows
        cut = target
        for y in range(target, max(top + 1, target - max_shift) - 1, -1):
            if flat_row(img, y):
                cut = y
                break
        pieces.append((top, cut))
        top = cut
        rows = max(1, next_rows)
    pieces.append((top, height))
    return pieces


def rgb_on_white(img: Image.Image) -> Image.Image:
    """RGB on white: transparent screenshots print on paper, not on black; 16-bit grey keeps its tones."""
    if img.mode == "RGB":
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        img = img.point(lambda v: v / 256).convert("L")
    return img.convert("RGB")


def flat_share(img: Image.Image) -> float:
    """Share of pixels in the 16 commonest colours (sampled every 4th pixel): high for screenshots."""
    sample = img.resize((max(1, img.width // 4), max(1, img.height // 4)), Image.Resampling.NEAREST)
    counts = sample.getcolors(1 << 16)
    if not counts:
        return 0.0
    top = sorted((n for n, _ in counts), reverse=True)[:16]
    return sum(top) / (sample.width * sample.height)


def _encoded(img: Image.Image, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **options)
    return buf.getvalue()


def encode(img: Image.Image, stem: str) -> tuple[str, str]:
    """Write the smaller of JPEG and palette PNG; returns (path, "jpeg"|"png")."""
    share = flat_share(img)
    candidates: list[tuple[bytes, str]] = []
    if share < FLAT_SURE:
        candidates.append((_encoded(img, "JPEG", quality=JPEG_QUALITY), "jpeg"))
    if share >= FLAT_SHARE:
        palette = img.quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        candidates.append((_encoded(palette, "PNG", compress_level=PNG_LEVEL), "png"))
    data, fmt = min(candidates, key=lambda c: len(c[0]))
    path = f"{stem}.{'jpg' if fmt == 'jpeg' else 'png'}"
    with open(path, "wb") as fh:
        fh.write(data)
    return path, fmt


def _downscaled(img: Image.Image, width_pt: float, dpi: int) -> Image.Image:
    target_w = math.ceil(width_pt / 72 * dpi)
    if target_w >= img.width:
        return img
    target_h = max(1, round(img.height * target_w / img.width))
    # BOX (area average) is the fast filter that keeps thin strokes for shrinks of less than 2x.
    return img.resize((target_w, target_h), Image.Resampling.BOX)


def _load(img: Image.Image, scale: float, split: bool, dpi: int) -> Image.Image:
    """Decode, JPEGs at a reduced size when that still gives dpi, then apply EXIF orientation."""
    orientation = img.getexif().get(ORIENTATION, 1)
    if not split and img.format == "JPEG":
        need = (math.ceil(img.width * scale / 72 * dpi), math.ceil(img.height * scale / 72 * dpi))
        img.draft("RGB", need)  # same axes as the stored image, so no swap here
    img.load()
    if orientation != 1:
        img = ImageOps.exif_transpose(img)
    return rgb_on_white(img)


def worker_init() -> None:
    """Pool initializer: yield the CPU to the window, and leave with the parent."""
    lower_process_priority()
    watch_parent()


def watch_parent() -> None:
    """Leave when the process that started this worker is gone.

    A killed export (task manager, crash) would otherwise leave its workers blocked on the task
    queue for ever: each holds both ends of that queue's pipe, so it never sees end-of-file.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait_then_exit() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=wait_then_exit, name="parent-watch", daemon=True).start()


def _oriented_size(src: Image.Image, *, exact: bool = True) -> tuple[int, int]:
    """Width and height after EXIF orientation.

    Pillow decodes a whole PNG to look for an EXIF chunk after the pixels; an estimate
    (exact=False) settles for what the header shows.
    """
    width, height = src.size
    if not exact and src.format == "PNG" and "exif" not in src.info:
        return width, height
    return (height, width) if src.getexif().get(ORIENTATION, 1) in (5, 6, 7, 8) else (width, height)


def _row_plan(job: ImageJob, scale: float) -> tuple[int, int]:
    """Source rows on the first page and on each later page."""
    first_h = (job.first_box or job.next_box)[1]
    return math.floor(first_h / scale), math.floor(job.next_box[1] / scale)


def estimate_image(job: ImageJob) -> PreparedImage:
    """The pieces prepare_image will most likely make, from the file header alone (no decoding).

    Lets a first layout run while the workers decode; a split can come out one piece longer,
    which the caller notices and lays out again.
    """
    try:
        with Image.open(job.source) as src:
            width, height = _oriented_size(src, exact=False)
    except Exception:  # noqa: BLE001 (an undecodable file: the worker reports it properly)
        return PreparedImage(0, 0, (), job.first_box is None)
    scale, split = fit_scale(width, height, job.first_box or job.next_box)
    first, rest = _row_plan(job, scale)
    cuts = [0, *range(first, height, rest)] if split else [0]
    bounds = [*cuts, height]
    pieces = tuple(Piece("", "", top, bottom, width * scale, (bottom - top) * scale, 0, 0)
                   for top, bottom in zip(bounds, bounds[1:], strict=False))
    return PreparedImage(width, height, pieces, job.first_box is None)


def prepare_image(job: ImageJob) -> PreparedImage:
    """The worker: one evidence image in, prepared pieces on disk out."""
    with Image.open(job.source) as src:
        width, height = _oriented_size(src)
        scale, split = fit_scale(width, height, job.first_box or job.next_box)
        img = _load(src, scale, split, job.dpi)
    rows = split_rows(img, *_row_plan(job, scale)) if split else [(0, img.height)]
    ratio = height / img.height  # 1 unless a JPEG was decoded at a reduced size
    pieces = []
    for i, (top, bottom) in enumerate(rows):
        part = img.crop((0, top, img.width, bottom)) if split else img
        width_pt, height_pt = width * scale, (bottom - top) * ratio * scale
        part = _downscaled(part, width_pt, job.dpi)
        path, fmt = encode(part, f"{job.out_stem}-{i}")
        pieces.append(Piece(path, fmt, round(top * ratio), round(bottom * ratio), width_pt, height_pt,
                            part.width, part.height))
    return PreparedImage(width, height, tuple(pieces), job.first_box is None)
