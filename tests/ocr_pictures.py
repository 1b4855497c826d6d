"""The few drawn screenshots, and the scanned PDF made of them, that the OCR tests about plumbing share.

Most OCR tests are about what happens to a reading (stored and searched, shown in the window, cited,
carried in the bundle's text layer, printed by `scan`), not about how a picture of some size or layout
is read. They share these pictures, so that with the run's memo (tests/ocr_memo.py) the engine reads
each of them once per run in all. The four screenshots are four of tests/core/test_ocr.py's
screenshot-facts cases, which check that the engine reads each to exactly its truth. The scanned PDFs
are made of the bill and a short chat; a page is the same pixels in every PDF (the same picture on a
page of the same size), so each page too is read once. Tests whose point is the reading itself
(test_ocr, test_ocr_wild) keep pictures of their own.
"""

from __future__ import annotations

import copy
import functools
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from tests.ocr_screens import Truth, make


@dataclass(frozen=True)
class Shot:
    layout: str
    seed: int
    size: tuple[int, int]
    dark: bool
    font: str
    suffix: str

    @property
    def id(self) -> str:
        theme = "dark" if self.dark else "light"
        return f"{self.layout}-{self.size[0]}x{self.size[1]}-{theme}-{self.font}{self.suffix}"


# An order page and a WeChat bill of two different purchases (amount, item, time and channel differ),
# an Alipay bill, a chat.
ORDER = Shot("order", 2, (720, 1600), True, "wqy", ".jpg")
BILL = Shot("wechat", 4, (750, 1334), False, "wqy", ".jpg")
ALIPAY = Shot("alipay", 6, (720, 1600), True, "noto", ".jpg")
CHAT = Shot("chat", 8, (720, 1600), False, "wqy", ".jpg")
SHARED = (ORDER, BILL, ALIPAY, CHAT)
# A short chat: the other page of the scanned PDFs (read in ~0.6 s, where the 720×1600 chat takes ~1.8 s).
SHORT_CHAT = Shot("chat", 9, (390, 520), False, "wqy", ".png")


@functools.cache
def _drawn(shot: Shot) -> tuple[Image.Image, Truth]:
    return make(shot.layout, shot.seed, shot.size, shot.dark, shot.font)


def drawn(shot: Shot) -> tuple[Image.Image, Truth]:
    """The picture as drawn (once per test process) and its truth: copies, as saving an image changes it
    (Pillow keeps a save's options, `append_images` too, on the image object)."""
    img, truth = _drawn(shot)
    return img.copy(), copy.deepcopy(truth)


@functools.cache
def _file_bytes(shot: Shot) -> bytes:
    """As tests/ocr_screens.save writes it: PNG, or JPEG at quality 85."""
    buf = io.BytesIO()
    img = drawn(shot)[0]
    if shot.suffix == ".jpg":
        img.save(buf, "JPEG", quality=85)
    else:
        img.save(buf, "PNG")
    return buf.getvalue()


def shot_file(shot: Shot, path: Path) -> tuple[Path, Truth]:
    """The screenshot's file at `path` (whose suffix must be the shot's) and its truth."""
    assert path.suffix == shot.suffix, (path, shot.suffix)
    path.write_bytes(_file_bytes(shot))
    return path, drawn(shot)[1]


@functools.cache
def _pdf_bytes(shots: tuple[Shot, ...]) -> bytes:
    images = [drawn(shot)[0] for shot in shots]
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=200.0, save_all=True, append_images=images[1:])
    return buf.getvalue()


def scanned_pdf(path: Path, *shots: Shot) -> tuple[Path, list[Truth]]:
    """The screenshots as the pages of an image-only PDF at 200 dpi (a page's pixels at 200 dpi are the
    picture's own); their truths."""
    path.write_bytes(_pdf_bytes(shots))
    return path, [drawn(shot)[1] for shot in shots]


def word_picture(text: str, height: int = 64) -> Image.Image:
    """One line of dark text on white, a few hundred pixels wide: read in a few hundredths of a second
    (for the tests about the engine's process or memory, not its reading)."""
    from PIL import ImageDraw, ImageFont

    from tests.ocr_screens import WQY

    font = ImageFont.truetype(WQY, height // 2)
    img = Image.new("RGB", (round(font.getlength(text)) + height, height), (255, 255, 255))
    ImageDraw.Draw(img).text((height // 2, height // 4), text, font=font, fill=(20, 20, 20))
    return img
