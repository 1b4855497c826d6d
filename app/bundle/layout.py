"""The reportlab document: one page template, page furniture, anchors, and a layout pass.

Every page gets its footer ("第 p 页 / 共 P 页") and, on exhibit pages, the exhibit label;
continuation pages of an exhibit get a running head marked （续）. Anchors record on which page
each section and exhibit begins, which the next pass prints in the index and the outline.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from typing import IO, Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from app.bundle import fmt
from app.bundle.model import Cancelled, Context, Exhibit, PageMap
from app.bundle.pdf_fonts import FONT, covered, register
from app.bundle.styles import (
    FOOTER_Y,
    FRAME_H,
    FRAME_W,
    HEAD_Y,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    p,
)
from app.core.timeutil import to_beijing

CREATOR = "维权证据夹 · Refund Evidence Organizer"


def pdf_date(value: datetime) -> str:
    return to_beijing(value).strftime("D:%Y%m%d%H%M%S+08'00'")


class Recorder:
    """Collects the page map while a pass is drawn."""

    def __init__(self) -> None:
        self.map = PageMap()
        self.current: Exhibit | None = None


def recorder_of(canv: Canvas) -> Recorder:
    doc = canv._doctemplate
    assert isinstance(doc, BundleDoc)
    return doc.recorder


class Anchor(Flowable):
    """A zero-size marker at the top of a section or exhibit: link target, outline entry, page record.

    `group` opens an outline level above this entry (the "证据" entry over the exhibits).
    """

    def __init__(self, key: str, title: str, *, level: int = 0, exhibit: Exhibit | None = None,
                 group: str | None = None) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.exhibit = exhibit
        self.group = group

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab API)
        return 0.0, 0.0

    def draw(self) -> None:
        rec = recorder_of(self.canv)
        self.canv.bookmarkPage(self.key)
        if self.group is not None:  # outline titles are kept per key: the group needs its own
            self.canv.bookmarkPage(f"{self.key}-group")
            self.canv.addOutlineEntry(self.group, f"{self.key}-group", self.level - 1)
        self.canv.addOutlineEntry(self.title, self.key, self.level)
        rec.map.anchors.setdefault(self.key, self.canv.getPageNumber())
        rec.current = self.exhibit


class BundleDoc(BaseDocTemplate):
    def __init__(self, target: str | IO[bytes], ctx: Context) -> None:
        register()
        self.ctx = ctx
        self.recorder = Recorder()
        t = ctx.t
        super().__init__(
            target,
            pagesize=(PAGE_W, PAGE_H),
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            # Only these fields: no file names, no paths.
            title=(f"{t(f'document.{ctx.document}')} · {ctx.case.data.title}" if ctx.document
                   else t("doc_title", title=ctx.case.data.title)),
            author=ctx.case.data.consumer.name,
            subject=(t(f"document.{ctx.document}") if ctx.document
                     else t("doc_subject", recipient=t(f"recipient.{ctx.recipient}"), bundle_id=ctx.bundle_id)),
            creator=CREATOR,
            producer=CREATOR,
            keywords=[],
            invariant=1,  # a fixed ID; the dates are the bundle date (beforeDocument)
            initialFontName=FONT,  # the page preamble names a font; never Helvetica
            initialFontSize=10,
            pageCompression=1,
            lang="zh-CN" if ctx.lang == "zh" else "en",
        )
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H, 0, 0, 0, 0, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._furniture)])

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab API)
        stamp = pdf_date(self.ctx.as_of)
        self.canv.setDateFormatter(lambda *_: stamp)
        self.canv.showOutline()

    def _furniture(self, canv: Canvas, doc: Any) -> None:
        ctx, rec = self.ctx, self.recorder
        if ctx.cancel is not None and ctx.cancel():
            raise Cancelled()
        page = canv.getPageNumber()
        rec.map.total = max(rec.map.total, page)
        canv.saveState()
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(MARGIN_X, FOOTER_Y + 11, PAGE_W - MARGIN_X, FOOTER_Y + 11)
        footer = ctx.t("footer", title=fmt.short_title(ctx.case.data.title), page=page, total=ctx.pages.total)
        canv.drawRightString(PAGE_W - MARGIN_X, FOOTER_Y, covered(footer))
        ex = rec.current
        if ex is not None:
            canv.drawString(MARGIN_X, FOOTER_Y, ex.label)
            if page != rec.map.first(ex.key):
                head = ctx.t("running_head", label=ex.label, title=fmt.short_title(ex.info.title or "", 40))
                canv.drawString(MARGIN_X, HEAD_Y, covered(head))
        canv.restoreState()


def watermark_page(text: str) -> bytes:
    """One empty page with the draft watermark, to stamp over every page of the finished bundle (the PDF
    exhibit pages merged into it too, which would otherwise cover a watermark drawn under them)."""
    out = io.BytesIO()
    canv = Canvas(out, pagesize=(PAGE_W, PAGE_H), invariant=True)
    _watermark(canv, text)
    canv.showPage()
    canv.save()
    return out.getvalue()


def _watermark(canv: Canvas, text: str) -> None:
    """A draft: large grey words across the page, over the content but not hiding it."""
    canv.saveState()
    canv.setFillColorRGB(0.75, 0.1, 0.1, alpha=0.18)
    canv.setFont(FONT, 96)
    canv.translate(PAGE_W / 2, PAGE_H / 2)
    canv.rotate(45)
    canv.drawCentredString(0, -30, text)
    canv.restoreState()


def section(ctx: Context, key: str) -> list[Flowable]:
    """The start of a section: a new page, its anchor, its heading."""
    title = ctx.t(f"section.{key}")
    return [PageBreak(), Anchor(key, title), p(title, ctx.styles.h1)]


class _Unsaved(Canvas):
    """For a pass that only counts pages: lay out, draw what records the page map (anchors, PDF slots, the
    page furniture), but no paragraph's text (styles.p), and skip writing the file."""

    counting_only = True

    def save(self) -> None:
        pass


def render(ctx: Context, story: Callable[[Context], list[Flowable]], target: str | IO[bytes],
           *, save: bool = True) -> PageMap:
    """One layout pass: build the story into target and return what it learned."""
    rl_config.useA85 = 0  # binary streams: ASCII85 would add a quarter to every image
    doc = BundleDoc(target, ctx)
    doc.build(story(ctx), canvasmaker=Canvas if save else _Unsaved)
    return doc.recorder.map
