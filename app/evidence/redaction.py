"""Make a redacted copy of an original: the boxes filled solid, nothing of them left underneath.

A picture becomes a PNG of the picture as shown (upright, transparency on white, no metadata: no
EXIF, no GPS, no text chunks) with each box filled black.

A PDF becomes a PDF of the same pages. A page with a box is rasterised (rendered by PDFium at
RASTER_DPI, its annotations and form fields included) and the box filled in the pixels, so no text,
vector drawing or image of the page survives underneath: the page is one picture. Pages without a
box keep their own content, unless they could carry part of a redacted page (an image or form
shared with one) or carry annotations (form fields, comments), which are rasterised too, without
boxes. What a kept page takes along is only its content and resources: no annotations, links,
outline, metadata, attachments or scripts of the original file.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from app.core.privacy import PDF_DPI, BadBox, RedactionBox
from app.evidence.pdfium_lock import PDFIUM_LOCK

FILL = (0, 0, 0)
RASTER_DPI = 200  # a redacted PDF page's resolution (lowered for a huge page, see MAX_RASTER_PIXELS)
MAX_RASTER_PIXELS = 40_000_000
KEPT_KEYS = ("/Type", "/Parent", "/Resources", "/Contents", "/MediaBox", "/CropBox", "/Rotate", "/Group",
             "/UserUnit", "/BleedBox", "/TrimBox", "/ArtBox")


def picture_size(source: Path, orientation: int | None) -> tuple[int, int]:
    """Width and height of the picture as shown (upright): the space image boxes are in."""
    from PIL import Image

    from app.evidence.imaging import strict_pillow

    with strict_pillow(), Image.open(source) as img:
        width, height = img.size
        turned = orientation if orientation is not None else img.getexif().get(0x0112, 1)
    return (height, width) if turned in (5, 6, 7, 8) else (width, height)


def pdf_page_pixels(source: Path) -> list[tuple[int, int]]:
    """Each page's size in pixels when rendered upright at PDF_DPI: the space PDF boxes are in."""
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(source)
        try:
            sizes = []
            for n in range(len(document)):
                page = document[n]
                try:
                    w, h = page.get_size()
                finally:
                    page.close()
                sizes.append((round(w * PDF_DPI / 72), round(h * PDF_DPI / 72)))
            return sizes
        finally:
            document.close()


def fit_boxes(boxes: Iterable[RedactionBox], sizes: Sequence[tuple[int, int]]) -> tuple[RedactionBox, ...]:
    """Each box cut to its page; a box on a page that does not exist, or wholly off its page, is refused."""
    out = []
    for box in boxes:
        if box.page > len(sizes):
            pages = "1 page" if len(sizes) == 1 else f"{len(sizes)} pages"
            raise BadBox(f"page {box.page}: the file has {pages}")
        width, height = sizes[box.page - 1]
        inside = box.clipped(width, height)
        if inside is None:
            raise BadBox(f"{box.text()} on page {box.page} is outside the {width}x{height} picture")
        out.append(inside)
    return tuple(sorted(set(out)))


def _fill(img: Any, boxes: Iterable[RedactionBox], factor: float = 1.0) -> None:
    """Fill each box, scaled by factor and rounded outwards (a scaled box never uncovers a pixel)."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(img)
    fill = 0 if img.mode == "L" else FILL
    for b in boxes:
        x0, y0 = math.floor(b.x * factor), math.floor(b.y * factor)
        x1, y1 = math.ceil((b.x + b.w) * factor), math.ceil((b.y + b.h) * factor)
        draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=fill)


def redact_picture(source: Path, orientation: int | None, boxes: Sequence[RedactionBox], out: Path) -> None:
    """The picture upright with the boxes (page 1) filled, as a PNG without metadata."""
    from PIL import Image

    from app.bundle.images import rgb_on_white
    from app.evidence.imaging import strict_pillow
    from app.evidence.thumbnails import _upright as upright

    with strict_pillow(), Image.open(source) as img:
        img.load()  # the first frame of an animation
        picture = rgb_on_white(upright(img, orientation))
    _fill(picture, boxes)
    with open(out, "wb") as fh:
        picture.save(fh, "PNG", compress_level=6)


# ----- PDF ---------------------------------------------------------------------------------------------

def _reach(resources: Any, seen: set[tuple[int, int]]) -> None:
    """Every image, form and pattern a page's resources reach (by object number), forms followed in."""
    from pypdf.generic import DictionaryObject, IndirectObject

    stack = [resources]
    while stack:
        res = stack.pop()
        res = res.get_object() if res is not None else None
        if not isinstance(res, DictionaryObject):
            continue
        for key in ("/XObject", "/Pattern", "/Shading"):
            group = res.get(key)
            group = group.get_object() if group is not None else None
            if not isinstance(group, DictionaryObject):
                continue
            for ref in group.values():
                if not isinstance(ref, IndirectObject):
                    continue
                ident = (ref.idnum, ref.generation)
                if ident in seen:
                    continue
                seen.add(ident)
                obj = ref.get_object()
                if isinstance(obj, DictionaryObject) and "/Resources" in obj:
                    stack.append(obj["/Resources"])


def _has_annotations(page: Any) -> bool:
    annots = page.get("/Annots")
    annots = annots.get_object() if annots is not None else None
    if not annots:
        return False
    return any(a.get_object().get("/Subtype") != "/Link" for a in annots)


def pages_to_rasterise(reader: Any, redacted: set[int]) -> set[int]:
    """0-based pages made into pictures: those with boxes, and those that might carry part of one."""
    hidden: set[tuple[int, int]] = set()
    for n in redacted:
        _reach(reader.pages[n].get("/Resources"), hidden)
    out = set(redacted)
    for n, page in enumerate(reader.pages):
        if n in out:
            continue
        mine: set[tuple[int, int]] = set()
        _reach(page.get("/Resources"), mine)
        if mine & hidden or _has_annotations(page):
            out.add(n)
    return out


def _render(document: Any, index: int, boxes: list[RedactionBox]) -> tuple[bytes, float, float, int]:
    """(PNG, width pt, height pt, dpi) of one page, upright, with its boxes filled."""
    with PDFIUM_LOCK:
        page = document[index]
        try:
            width, height = page.get_size()
            dpi = RASTER_DPI
            pixels = (width * dpi / 72) * (height * dpi / 72)
            if pixels > MAX_RASTER_PIXELS:
                dpi = max(36, int(dpi * math.sqrt(MAX_RASTER_PIXELS / pixels)))
            img = page.render(scale=dpi / 72, may_draw_forms=True, fill_color=(255, 255, 255, 255)).to_pil()
        finally:
            page.close()
    img = img.convert("RGB")
    _fill(img, boxes, dpi / PDF_DPI)
    img = _grey_if_grey(img)
    buf = io.BytesIO()
    img.save(buf, "PNG", compress_level=6)
    return buf.getvalue(), width, height, dpi


def _grey_if_grey(img: Any) -> Any:
    """One channel for a page without colour (most text pages): a third of the bytes in the PDF."""
    from PIL import ImageChops

    r, g, b = img.split()
    if ImageChops.difference(r, g).getbbox() is None and ImageChops.difference(r, b).getbbox() is None:
        return r
    return img


def _picture_pages(pictures: list[tuple[bytes, float, float, int]]) -> Any:
    """A PDF (reader) with one page per picture, each picture filling its page."""
    from pypdf import PdfReader
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1, pageCompression=1)
    for png, width, height, _dpi in pictures:
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(io.BytesIO(png)), 0, 0, width, height)
        canvas.showPage()
    canvas.save()
    buf.seek(0)
    return PdfReader(buf)


def redact_pdf(source: Path, boxes: Sequence[RedactionBox], out: Path) -> set[int]:
    """The PDF with the boxed pages rasterised and filled; returns the 0-based pages made into pictures."""
    import pypdfium2 as pdfium
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    reader = PdfReader(source)
    if reader.is_encrypted and not reader.decrypt(""):
        raise PermissionError("the PDF is encrypted with a password")
    by_page: dict[int, list[RedactionBox]] = {}
    for box in boxes:
        by_page.setdefault(box.page - 1, []).append(box)
    raster = sorted(pages_to_rasterise(reader, set(by_page)))
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(source)
        document.init_forms()
    try:
        pictures = [_render(document, n, by_page.get(n, [])) for n in raster]
    finally:
        with PDFIUM_LOCK:
            document.close()
    made = _picture_pages(pictures)
    replaced = dict(zip(raster, made.pages, strict=True))
    writer = PdfWriter()
    for n, page in enumerate(reader.pages):
        if n in replaced:
            writer.add_page(replaced[n])
            continue
        for key in list(page.keys()):
            if key not in KEPT_KEYS:
                del page[NameObject(key)]
        writer.add_page(page)
    with open(out, "wb") as fh:
        writer.write(fh)
    return set(raster)
