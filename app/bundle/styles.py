"""Page geometry, paragraph styles and small flowable helpers shared by the sections."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.bundle.pdf_fonts import FONT, markup, register

PAGE_W, PAGE_H = A4
MARGIN_X = 54.0
MARGIN_TOP = 58.0
MARGIN_BOTTOM = 54.0
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
FOOTER_Y = 30.0
HEAD_Y = PAGE_H - 36.0

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#c8ccd0")
SHADE = colors.HexColor("#f1f3f4")
ACCENT = colors.HexColor("#b3261e")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    label: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    mono: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    center: ParagraphStyle
    warn: ParagraphStyle
    chat_meta: ParagraphStyle
    chat_text: ParagraphStyle


def make_styles(lang: str) -> Styles:
    register()
    # CJK wrapping breaks between any two Han characters; English prose keeps whole words and
    # splits only over-long runs (splitLongWords), which is how Chinese names inside it still fit.
    wrap = "CJK" if lang == "zh" else None

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": FONT, "fontSize": size, "leading": leading, "textColor": INK}
        if wrap:
            base["wordWrap"] = wrap
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", 10.5, 16, spaceAfter=3),
        label=style("label", 10.5, 17, textColor=MUTED),
        small=style("small", 8.5, 12.5, textColor=MUTED),
        cell=style("cell", 8.5, 12),
        cell_head=style("cell_head", 8.5, 12, textColor=MUTED),
        mono=style("mono", 9.5, 14, leftIndent=14, wordWrap="CJK"),
        h1=style("h1", 18, 26, spaceAfter=12),
        h2=style("h2", 13, 18, spaceBefore=7, spaceAfter=4),
        h3=style("h3", 11, 16, spaceBefore=6, spaceAfter=3, textColor=MUTED),
        title=style("title", 24, 34, alignment=TA_CENTER, spaceAfter=18),
        center=style("center", 13, 20, alignment=TA_CENTER, spaceAfter=6),
        warn=style("warn", 10, 16, textColor=ACCENT),
        chat_meta=style("chat_meta", 8, 11, textColor=MUTED, wordWrap="CJK", spaceBefore=4),
        chat_text=style("chat_text", 10, 15, wordWrap="CJK", leftIndent=12, spaceAfter=2),
    )


class _Para(Paragraph):
    """A Paragraph that a pass only counting pages lays out (wrap and split decide where everything falls)
    but does not draw: its glyphs would go to a canvas that is never saved (app/bundle/layout.py)."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 (reportlab API)
        if getattr(canvas, "counting_only", False):
            return
        super().drawOn(canvas, x, y, _sW)


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (user or program) text; never markup."""
    return _Para(markup(text), style)


def grid(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: Styles,
    *,
    header: bool = True,
    extra: Sequence[tuple[object, ...]] = (),
) -> Table:
    """A table of plain-text cells, each a CJK-wrapping paragraph in the bundle font."""
    cells: list[list[Flowable]] = []
    for i, row in enumerate(rows):
        st = styles.cell_head if header and i == 0 else styles.cell
        cells.append([p(text, st) for text in row])
    # splitInRow: a row taller than a page (a 2,000-character "what it proves") goes on over the page break.
    table = Table(cells, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def key_values(pairs: Sequence[tuple[str, str]], widths: Sequence[float], style: ParagraphStyle,
               label_style: ParagraphStyle) -> Table:
    """Label/value rows without a header row."""
    cells = [[p(label, label_style), p(value, style)] for label, value in pairs]
    table = Table(cells, colWidths=list(widths))
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table
