"""Files with something to hide, drawn by code: a screenshot and a PDF whose secret lies in a known box.

The secret is drawn in a colour used nowhere else (SECRET_RED) and as text no other part of a bundle
prints, so a test can look for any trace of it in what an export writes.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.core.paths import font_path
from app.core.privacy import PDF_DPI, RedactionBox

SECRET_RED = (214, 18, 32)
SECRET_ID = "11010519491231002X"  # a valid resident ID number (check digit X)
SECRET_CARD = "6222021234567890128"
SECRET_WORD = "SECRETWORD"
SHOT_SIZE = (600, 900)
SHOT_BOX = RedactionBox(1, 40, 120, 520, 110)  # covers the red band and the ID printed on it


def pixels(img: Image.Image) -> list[tuple[int, ...]]:
    flat = getattr(img, "get_flattened_data", None)  # Pillow 12.1+; getdata() is deprecated there
    return list(flat() if flat is not None else img.getdata())


def secret_red_count(img: Image.Image) -> int:
    """How many pixels are SECRET_RED or near it (red over 150, green and blue under 90; JPEG moves colours),
    counted by numpy (a Python loop over a page's pixels took seconds)."""
    rgb = np.asarray(img.convert("RGB"), dtype=np.int16)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return int(((r > 150) & (g < 90) & (b < 90)).sum())


def secret_screenshot(path: Path) -> Path:
    """A chat-like screenshot with an ID number on a red band inside SHOT_BOX."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_secret_screenshot_bytes())
    return path


@functools.cache
def _secret_screenshot_bytes() -> bytes:
    """Drawn and encoded once per test process (~20 ms each time before)."""
    img = Image.new("RGB", SHOT_SIZE, (237, 237, 237))
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(font_path()), 30, index=0)
    draw.rectangle((0, 0, SHOT_SIZE[0], 80), fill=(247, 247, 247))
    draw.text((200, 25), "快手客服", font=font, fill=(20, 20, 20))
    draw.rectangle((60, 140, 540, 210), fill=SECRET_RED)
    draw.text((80, 158), SECRET_ID, font=font, fill=(255, 255, 255))
    for n, top in enumerate(range(300, 840, 90)):
        draw.rounded_rectangle((60 + (n % 2) * 180, top, 360 + (n % 2) * 180, top + 60), 12,
                               fill=(149, 236, 105) if n % 2 else (255, 255, 255))
        draw.text((80 + (n % 2) * 180, top + 12), "老师您好请退款", font=font, fill=(25, 25, 25))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _red_png() -> ImageReader:
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), SECRET_RED).save(buf, "PNG")
    buf.seek(0)
    return ImageReader(buf)


# The secret on page 1 of the PDF: a line of text and a red picture, at 72 pt from the left, 100 pt from the top.
PDF_SECRET_PT = (72.0, 100.0, 420.0, 60.0)  # x, y from the top, w, h in points


def pdf_box(page: int = 1) -> RedactionBox:
    """PDF_SECRET_PT in the pixels boxes are given in (the page rendered at PDF_DPI)."""
    f = PDF_DPI / 72
    x, y, w, h = PDF_SECRET_PT
    return RedactionBox(page, int(x * f), int(y * f), int(w * f) + 1, int(h * f) + 1)


def secret_pdf(path: Path) -> Path:
    """Two pages: page 1 has the secret text and a red picture in PDF_SECRET_PT and an ordinary line below;
    page 2 only ordinary text (it must stay text)."""
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 14)
    x, top, _w, _h = PDF_SECRET_PT
    canvas.drawString(x + 4, height - top - 22, f"{SECRET_WORD} card {SECRET_CARD}")
    canvas.drawImage(_red_png(), x + 4, height - top - 56, 80, 28)
    canvas.drawString(x, height - 300, "Contract clause 7: refunds within seven days")
    canvas.showPage()
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, height - 120, "Page two stays text")
    canvas.showPage()
    canvas.save()
    return path


def stream_bytes(data: bytes) -> Iterator[bytes]:
    """Every stream of a PDF, decoded; embedded PDFs (attachments) opened in turn."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Stream):
                continue
            try:
                raw = obj.read_bytes()
            except pikepdf.PdfError:  # image filters pikepdf cannot decode (DCT): keep the raw bytes
                raw = obj.read_raw_bytes()
            yield raw
            if raw.startswith(b"%PDF"):
                yield from stream_bytes(raw)
