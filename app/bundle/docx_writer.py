"""A story of reportlab flowables written as an editable Word document (python-docx).

The PDF and the DOCX of a document come from the same flowables, so they say the same thing:
paragraphs keep their role (title, headings, body, small print), tables their cells; spacers,
page breaks and anchors have no counterpart. Chinese text is set in 宋体 (SimSun), which Word
has everywhere; volunteers change the wording in Word.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from app.core.fsutil import make_parent, temp_beside

EAST_ASIAN_FONT = "宋体"
LATIN_FONT = "Times New Roman"
HEADINGS = {"title": 0, "h1": 1, "h2": 2, "h3": 3}
SIZES = {"body": 10.5, "small": 8.5, "label": 10.5, "cell": 9, "cell_head": 9}
_TAG = re.compile(r"<[^>]+>")


def plain(markup_text: str) -> str:
    """The text of a paragraph's markup: line breaks kept, tags dropped, entities decoded."""
    text = re.sub(r"<br\s*/?>", "\n", markup_text)
    return html.unescape(_TAG.sub("", text))


def walk(story: Sequence[Flowable]) -> Iterator[Flowable]:
    for item in story:
        if isinstance(item, KeepTogether):
            yield from walk(item._content)
        else:
            yield item


def _cell_text(value: Any) -> str:
    if isinstance(value, Paragraph):
        return plain(value.text)
    if isinstance(value, (list, tuple)):
        return "\n".join(_cell_text(v) for v in value)
    return "" if value is None else str(value)


def _fonts(run: Any, size: float | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = LATIN_FONT
    run_pr = run._element.get_or_add_rPr()
    fonts = run_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = run_pr.makeelement(qn("w:rFonts"), {})
        run_pr.append(fonts)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    if size is not None:
        run.font.size = Pt(size)


def _paragraph(doc: Any, item: Paragraph) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import RGBColor

    text, role = plain(item.text), item.style.name
    if role in HEADINGS:
        para = doc.add_heading("", level=HEADINGS[role])
        run = para.add_run(text)
        _fonts(run)
        run.font.color.rgb = RGBColor(0, 0, 0)
    else:
        para = doc.add_paragraph()
        run = para.add_run(text)
        _fonts(run, SIZES.get(role))
        if role == "small":
            run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if item.style.alignment == TA_CENTER or role == "title":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _table(doc: Any, item: Table) -> None:
    rows = item._cellvalues
    if not rows:
        return
    table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(_cell_text(value))
            _fonts(run, SIZES["cell"])
            if r == 0 and item.repeatRows:
                run.bold = True
    doc.add_paragraph()


def write_docx(story: Sequence[Flowable], out: Path, *, title: str, author: str = "", lang: str = "zh") -> Path:
    """Write the story to `out` (a temporary file beside it first, then renamed over it)."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(10.5)
    props = doc.core_properties
    props.title, props.author, props.language = title, author, "zh-CN" if lang == "zh" else "en"
    props.comments = props.keywords = props.subject = ""
    for item in walk(story):
        if isinstance(item, Paragraph):
            _paragraph(doc, item)
        elif isinstance(item, Table):
            _table(doc, item)
    make_parent(out)
    temp = temp_beside(out)
    try:
        doc.save(str(temp))
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out
