"""A recognised line of text and the reading order of lines (plain data: no numpy, no engine)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Line:
    text: str
    box: tuple[int, int, int, int]  # x, y, width, height in the image's pixels (upright, as displayed)
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "box": list(self.box), "score": round(self.score, 3)}


@dataclass(frozen=True)
class PageText:
    """What was read on one image, or on one page of a PDF (page counted from 1; boxes in the pixels of
    the page rendered upright at 200 dpi, app.evidence.ocr.pdfpages)."""

    lines: tuple[Line, ...]
    width: int
    height: int
    page: int = 1


def reading_order(lines: list[Line]) -> list[Line]:
    """Rows top to bottom (lines whose heights overlap by half share a row), each left to right."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: ln.box[1] + ln.box[3] / 2):
        y0, y1 = line.box[1], line.box[1] + line.box[3]
        if rows:
            last = rows[-1]
            r0 = min(ln.box[1] for ln in last)
            r1 = max(ln.box[1] + ln.box[3] for ln in last)
            overlap = min(y1, r1) - max(y0, r0)
            if overlap >= 0.5 * min(y1 - y0, r1 - r0):
                last.append(line)
                continue
        rows.append([line])
    return [ln for row in rows for ln in sorted(row, key=lambda ln: ln.box[0])]


def rows_of(lines: list[Line]) -> list[list[Line]]:
    """The same grouping as reading_order, as rows (for reading label/value layouts)."""
    rows: list[list[Line]] = []
    for line in lines:
        if rows:
            last = rows[-1]
            r0 = min(ln.box[1] for ln in last)
            r1 = max(ln.box[1] + ln.box[3] for ln in last)
            y0, y1 = line.box[1], line.box[1] + line.box[3]
            if min(y1, r1) - max(y0, r0) >= 0.5 * min(y1 - y0, r1 - r0):
                last.append(line)
                continue
        rows.append([line])
    return rows
