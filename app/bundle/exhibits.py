"""The exhibits: each on a new page under "证据N　title", shown according to its kind."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.bundle import fmt
from app.bundle.images import Piece
from app.bundle.layout import Anchor, BundleDoc, recorder_of
from app.bundle.model import Context, Exhibit, Slot
from app.bundle.pdf_fonts import FONT
from app.bundle.pdfimage import draw_file_image
from app.bundle.styles import FRAME_H, FRAME_W, INK, RULE, key_values, p
from app.core.privacy import PDF_DPI

MIN_FIRST = 0.35 * FRAME_H  # less room than this under a heading: the content starts on the next page
SLOT_LABEL = 18.0


def _ctx(canv: Canvas) -> Context:
    doc = canv._doctemplate
    assert isinstance(doc, BundleDoc)
    return doc.ctx


def heading(ex: Exhibit, ctx: Context) -> list[Flowable]:
    t, s, info = ctx.t, ctx.styles, ex.info
    none = t("none")
    meta = t("exhibit.meta", kind=t(f"kind.{info.kind}") if t.has(f"kind.{info.kind}") else info.kind,
             source=info.source or none, proves=info.proves or none)
    sha = t("exhibit.hash", name=fmt.safe_name(info.original_name), sha=info.sha256[:16])
    group = ex.group if ex.group is not None else (t("section.exhibits") if ex.number == 1 else None)
    anchor = Anchor(ex.key, f"{ex.label} {info.title}".strip(), level=1, exhibit=ex, group=group)
    out = [anchor, p(t("exhibit.heading", label=ex.label, title=info.title), s.h2), p(meta, s.small), p(sha, s.small)]
    if info.redaction is not None:
        n = info.redaction.count
        key = "exhibit.redacted.one" if n == 1 else "exhibit.redacted"
        out += [p(t("exhibit.redacted_hash", sha=info.redaction.sha256[:16]), s.small), p(t(key, n=n), s.warn),
                p(t("exhibit.redacted_note"), s.small)]
    return [*out, Spacer(1, 8)]


def heading_height(ex: Exhibit, ctx: Context) -> float:
    """Height the heading takes at the top of a page, so an image can be sized to the rest."""
    total = 0.0
    for i, flowable in enumerate(heading(ex, ctx)):
        _, h = flowable.wrap(FRAME_W, FRAME_H)
        total += h + flowable.getSpaceAfter() + (flowable.getSpaceBefore() if i > 1 else 0)
    return total + 4  # slack for rounding in the frame


class ImagePiece(Flowable):
    """One prepared piece of an image, drawn at its planned size with a hairline border, and under it
    the text recognised there as an invisible layer (as OCRmyPDF does): searchable, copyable, unseen."""

    def __init__(self, piece: Piece, lines: list[tuple[str, tuple[int, int, int, int]]] | None = None,
                 source_width: int = 0) -> None:
        super().__init__()
        self.piece = piece
        self.lines = lines or []
        self.source_width = source_width
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.piece.width_pt, self.piece.height_pt

    def draw(self) -> None:
        if not _ctx(self.canv).draw_images:
            return
        piece, canv = self.piece, self.canv
        draw_file_image(canv, piece.path, 0, 0, piece.width_pt, piece.height_pt)
        self._text_layer()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.rect(0, 0, piece.width_pt, piece.height_pt, stroke=1, fill=0)


    def _text_layer(self) -> None:
        piece = self.piece
        if not self.lines or not self.source_width:
            return
        shown = [(words, (x, y - piece.top, w, h)) for words, (x, y, w, h) in self.lines
                 if piece.top <= y + h / 2 < piece.bottom]
        invisible_text(self.canv, shown, piece.width_pt / self.source_width, 0.0, piece.height_pt)


def invisible_text(canv: Canvas, lines: list[tuple[str, tuple[int, int, int, int]]], scale: float, left: float,
                   top: float) -> None:
    """Lines (boxes in source pixels from a top left corner) as invisible text (as OCRmyPDF does): the
    source's top left corner at (left, top) in points, `scale` points per source pixel."""
    text = canv.beginText()
    text.setTextRenderMode(3)  # neither filled nor stroked: invisible
    for words, (x, y, w, h) in lines:
        if not words.strip():
            continue
        size = max(1.0, h * scale * 0.75)
        natural = stringWidth(words, FONT, size)
        text.setFont(FONT, size)
        text.setHorizScale(100.0 * (w * scale) / natural if natural else 100.0)
        # baseline about a fifth of the box above its bottom edge
        text.setTextOrigin(left + x * scale, top - (y + h) * scale + h * scale * 0.2)
        text.textOut(words)
    canv.drawText(text)


class PdfSlot(Flowable):
    """Room for one page of a PDF exhibit, labelled; the page itself is merged in later."""

    def __init__(self, ex: Exhibit, index: int) -> None:
        super().__init__()
        self.ex = ex
        self.index = index
        self._box = (FRAME_W, FRAME_H)
        self._origin = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availHeight < MIN_FIRST:
            return availWidth, FRAME_H  # does not fit: platypus moves it to a fresh page
        self._box = (availWidth, availHeight)
        return self._box

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 (reportlab API)
        self._origin = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        ctx, canv = _ctx(self.canv), self.canv
        (box_w, box_h), (page_w, page_h) = self._box, self.ex.pdf_pages[self.index]
        room = box_h - SLOT_LABEL
        scale = min(box_w / page_w, room / page_h, 1.0)  # never enlarged: a faithful copy
        w, h = page_w * scale, page_h * scale
        left, bottom = (box_w - w) / 2, room - h
        label = ctx.t("exhibit.pdf_page", label=self.ex.label, k=self.index + 1, n=len(self.ex.pdf_pages))
        canv.setFont(FONT, 9)
        canv.setFillColor(INK)
        canv.drawString(left, box_h - 11, label)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.rect(left, bottom, w, h, stroke=1, fill=0)
        lines = self.ex.page_lines.get(self.index + 1)
        if lines and ctx.draw_images:  # a scanned page: what was read, invisible under the page merged here
            invisible_text(canv, lines, scale * 72 / PDF_DPI, left, bottom + h)
        x, y = self._origin
        slot = Slot(canv.getPageNumber(), self.ex.number, self.index, x + left, y + bottom, scale)
        recorder_of(canv).map.slots.append(slot)


def _image(ex: Exhibit) -> list[Flowable]:
    assert ex.image is not None
    out: list[Flowable] = [PageBreak()] if ex.image.heading_alone else []
    for i, piece in enumerate(ex.image.pieces):
        if i:
            out.append(PageBreak())  # every later piece on its own page, under the （续） running head
        out.append(ImagePiece(piece, ex.lines, ex.image.width))
    return out


def _pdf(ex: Exhibit) -> list[Flowable]:
    out: list[Flowable] = []
    for i in range(len(ex.pdf_pages)):
        out += [PageBreak(), PdfSlot(ex, i)] if i else [PdfSlot(ex, i)]
    return out


def _chat(ex: Exhibit, ctx: Context) -> list[Flowable]:
    s, info = ctx.styles, ex.info
    out: list[Flowable] = []
    shown = ex.truncated[0] if ex.truncated else None
    if ex.truncated:
        out.append(p(ctx.t("exhibit.chat_truncated", shown=ex.truncated[0], total=ex.truncated[1],
                           name=ex.attachment_name), s.warn))
    if info.messages:
        for m in info.messages[:shown]:
            meta = f"{fmt.chat_time(m.get('at', ''))}　{m.get('sender', '')}"
            out.append(KeepTogether([p(meta, s.chat_meta), p(m.get("text", ""), s.chat_text)]))
        return out
    lines = (info.text if info.text is not None else ex.chat_text or "").splitlines()
    for line in lines[:shown]:
        out.append(p(line, s.chat_text) if line.strip() else Spacer(1, 6))
    return out or [p(ctx.t("exhibit.chat_empty"), s.small)]


def _opaque(ex: Exhibit, ctx: Context) -> list[Flowable]:
    t, s, info = ctx.t, ctx.styles, ex.info
    rows = [(t("exhibit.file"), fmt.safe_name(info.original_name)), (t("exhibit.media"), info.media_type or "—"),
            (t("exhibit.size"), fmt.size(info.size, t)), (t("exhibit.sha"), info.sha256)]
    out: list[Flowable] = [p(t("exhibit.separate"), s.warn), Spacer(1, 6),
                           key_values(rows, [90, FRAME_W - 90], s.body, s.label), Spacer(1, 10),
                           p(ex.note or t("exhibit.opaque", media=info.media_type or "?"), s.body)]
    if ctx.attach_originals:
        key = "exhibit.attached_redacted" if ex.redacted else "exhibit.attached"
        out.append(p(t(key, name=ex.attachment_name), s.small))
    return out


def exhibit(ex: Exhibit, ctx: Context) -> list[Flowable]:
    body = {"image": lambda: _image(ex), "pdf": lambda: _pdf(ex), "chat": lambda: _chat(ex, ctx)}
    content = body.get(ex.kind, lambda: _opaque(ex, ctx))()
    return [PageBreak(), *heading(ex, ctx), *content]

