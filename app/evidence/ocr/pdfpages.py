"""The text of one PDF page, in the worker process: its own text layer when it has one, else the page
rendered by PDFium and read by the engine (a scanned page).

Boxes are in the pixels of the page rendered upright at PDF_DPI (200 dpi, top left origin: what
`pdftoppm -r 200` gives), the space redaction boxes of PDF pages are in too; `PageText.width` and
`height` are the page's size in that space.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.privacy import PDF_DPI
from app.evidence.ocr.lines import Line, PageText, reading_order

if TYPE_CHECKING:
    from app.evidence.ocr.engine import Engine

MIN_TEXT_CHARS = 20  # a page whose text layer has fewer visible characters is read as a picture
MAX_RENDER_PIXELS = 24_000_000  # a bigger page (a poster) is rendered below PDF_DPI, boxes scaled back
MAX_PDF_PAGES = 500  # pages read of one file (the rest are kept, not read)


class PdfUnreadable(Exception):
    """The PDF cannot be opened (damaged, encrypted) or has no such page."""


def _open(path: str | Path) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise PdfUnreadable("the PDF is encrypted with a password") from None
        raise PdfUnreadable("the PDF is damaged or not a PDF") from None
    except OSError as exc:
        raise PdfUnreadable(str(exc.strerror or exc)) from None


def is_pdf(path: str | Path) -> bool:
    try:
        with open(path, "rb") as f:
            return b"%PDF-" in f.read(1024)
    except OSError:
        return False


def page_count(path: str | Path) -> int:
    document = _open(path)
    try:
        return min(len(document), MAX_PDF_PAGES)
    finally:
        document.close()


def pages_with_text(path: str | Path) -> set[int]:
    """The pages (from 1) that have a text layer of their own, as read_pdf_page decides (empty when the file
    cannot be opened)."""
    from app.evidence.pdfium_lock import PDFIUM_LOCK

    with PDFIUM_LOCK:
        try:
            document = _open(path)
        except PdfUnreadable:
            return set()
        try:
            found = set()
            for n in range(min(len(document), MAX_PDF_PAGES)):
                page = document[n]
                try:
                    textpage = page.get_textpage()
                    try:
                        if len("".join(textpage.get_text_range().split())) >= MIN_TEXT_CHARS:
                            found.add(n + 1)
                    finally:
                        textpage.close()
                finally:
                    page.close()
            return found
        finally:
            document.close()


def read_pdf_page(path: str | Path, index: int, engine: Callable[[], Engine]) -> PageText:
    """Page `index` (from 0): the text layer's lines, or what the engine reads on the rendered page
    (`engine()` gives it: a PDF whose pages all have text never loads the models)."""
    document = _open(path)
    try:
        if not 0 <= index < len(document):
            raise PdfUnreadable(f"the PDF has no page {index + 1}")
        page = document[index]
        try:
            w_pt, h_pt = page.get_size()
            width, height = round(w_pt * PDF_DPI / 72), round(h_pt * PDF_DPI / 72)
            lines = _text_layer(page, width, height)
            if lines is None:
                lines = _recognise(page, w_pt, h_pt, engine())
        finally:
            page.close()
    finally:
        document.close()
    return PageText(tuple(lines), width, height, index + 1)


def _text_layer(page: Any, width: int, height: int) -> list[Line] | None:
    """The lines of the page's own text (score 1.0), or None when it has too little to be a text page."""
    textpage = page.get_textpage()
    try:
        visible = "".join(textpage.get_text_range().split())
        if len(visible) < MIN_TEXT_CHARS:
            return None
        lines = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = " ".join(textpage.get_text_bounded(left, bottom, right, top).split())
            if not text:
                continue
            x0, y0 = _to_pixels(page, width, height, left, top)
            x1, y1 = _to_pixels(page, width, height, right, bottom)
            x0, x1 = sorted((x0, x1))
            y0, y1 = sorted((y0, y1))
            lines.append(Line(text, (x0, y0, max(1, x1 - x0), max(1, y1 - y0)), 1.0))
        return reading_order(lines)
    finally:
        textpage.close()


def _to_pixels(page: Any, width: int, height: int, x: float, y: float) -> tuple[int, int]:
    """A point of the page (PDF user space) in the pixels of the page rendered upright at PDF_DPI."""
    import pypdfium2.raw as raw

    dx, dy = ctypes.c_int(), ctypes.c_int()
    raw.FPDF_PageToDevice(page.raw, 0, 0, width, height, 0, x, y, ctypes.byref(dx), ctypes.byref(dy))
    return min(max(dx.value, 0), width), min(max(dy.value, 0), height)


def _recognise(page: Any, w_pt: float, h_pt: float, engine: Engine) -> list[Line]:
    scale = PDF_DPI / 72
    if w_pt * h_pt * scale * scale > MAX_RENDER_PIXELS:
        scale = math.sqrt(MAX_RENDER_PIXELS / max(w_pt * h_pt, 1.0))
    image = page.render(scale=scale).to_pil()
    back = PDF_DPI / 72 / scale  # rendered pixels -> PDF_DPI pixels (1.0 for all but huge pages)
    lines = engine.read(image)
    del image
    if back == 1.0:
        return lines
    return [Line(ln.text, (round(ln.box[0] * back), round(ln.box[1] * back), round(ln.box[2] * back),
                           round(ln.box[3] * back)), ln.score) for ln in lines]
