"""The last step, with pypdf: merge PDF exhibits into their labelled slots and (optionally)
attach the originals, then write the bundle."""

from __future__ import annotations

import hashlib
import io
import shutil
from collections.abc import Callable
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import DictionaryObject, NameObject

from app.bundle.layout import watermark_page
from app.bundle.model import Cancelled, Context, PageMap, Slot
from app.core.errors import IntegrityFailure


def _stop_if(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def _placement(page: PageObject, slot: Slot) -> Transformation:
    """Page content -> slot: upright per its /Rotate, scaled, lower-left corner at the slot.

    (pypdf 7 rotates content only for pages already in a writer, so the turn is part of this
    one transformation instead.)
    """
    box = page.cropbox
    turn = Transformation().translate(-float(box.left), -float(box.bottom)).rotate(-(page.rotation % 360))
    corners = [turn.apply_on((float(box.left) + dx, float(box.bottom) + dy))
               for dx in (0, float(box.width)) for dy in (0, float(box.height))]
    left, bottom = min(x for x, _ in corners), min(y for _, y in corners)
    return turn.translate(-left, -bottom).scale(slot.scale, slot.scale).translate(slot.x, slot.y)


def _own_resources(page: PageObject) -> None:
    """Give the page private copies of its resource dictionaries before merging into them.

    reportlab shares one /Font dictionary among all pages; merging into it in place would put
    an exhibit's own fonts (and images) into the resources of every page of the bundle.
    """
    shared = page["/Resources"].get_object()
    assert isinstance(shared, DictionaryObject)
    own = DictionaryObject()
    for key, value in shared.items():
        item = value.get_object()
        own[NameObject(key)] = DictionaryObject(item) if isinstance(item, DictionaryObject) else value
    page[NameObject("/Resources")] = own


def _merge_exhibit_pages(writer: PdfWriter, ctx: Context, slots: list[Slot]) -> None:
    """Each PDF exhibit page, scaled to its slot, drawn over the slot's labelled page."""
    originals = {ex.number: ex.original for ex in ctx.exhibits}
    readers: dict[int, PdfReader] = {}
    for slot in slots:
        _stop_if(ctx.cancel)
        if slot.exhibit not in readers:
            path = originals[slot.exhibit]
            assert path is not None
            readers[slot.exhibit] = reader = PdfReader(path)
            if reader.is_encrypted:
                reader.decrypt("")
        page = readers[slot.exhibit].pages[slot.index]
        carrier = writer.pages[slot.page - 1]
        _own_resources(carrier)
        carrier.merge_transformed_page(page, _placement(page, slot))


def _stamp_draft(writer: PdfWriter, ctx: Context) -> None:
    """A draft: the watermark over every page, the original PDF pages merged into it included."""
    stamp = PdfReader(io.BytesIO(watermark_page(ctx.t("watermark.draft")))).pages[0]
    for page in writer.pages:
        _stop_if(ctx.cancel)
        _own_resources(page)
        page.merge_page(stamp)


def _attach_originals(writer: PdfWriter, ctx: Context) -> None:
    for ex in ctx.exhibits:
        _stop_if(ctx.cancel)
        if ex.original is None or not ex.original.is_file():
            continue
        if not ctx.attach_originals and ex.truncated is None:
            continue  # only the originals of transcripts too long to print
        data = ex.original.read_bytes()
        actual = hashlib.sha256(data).hexdigest()
        if actual != ex.file_sha256:
            raise IntegrityFailure(ex.label, ex.file_sha256, actual)
        writer.add_attachment(ex.attachment_name, data)


def assemble(body: Path, ctx: Context, pages: PageMap, out: Path) -> int:
    """Write the finished bundle to out; returns its page count.

    reportlab already wrote the outline and metadata; pypdf is needed only to merge PDF
    exhibits or attach originals (cloning keeps everything reportlab wrote).
    """
    attach = ctx.attach_originals or any(ex.truncated for ex in ctx.exhibits)
    if not pages.slots and not attach and not ctx.draft:
        shutil.copyfile(body, out)
        return pages.total
    writer = PdfWriter(clone_from=str(body))
    _merge_exhibit_pages(writer, ctx, pages.slots)
    if ctx.draft:
        _stamp_draft(writer, ctx)
    if attach:
        _attach_originals(writer, ctx)
    _stop_if(ctx.cancel)
    with open(out, "wb") as fh:
        writer.write(fh)
    return len(writer.pages)
