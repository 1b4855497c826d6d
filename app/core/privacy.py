"""Personal data: redaction boxes, masked ID numbers, and numbers worth covering in a screenshot.

Pure functions (no Pillow, no Qt, no database). A redaction box is in pixels: of the picture as it is
shown upright (after its EXIF orientation), or of a PDF page rendered at PDF_DPI (`pdftoppm -r 200`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.core.errors import DomainError

PDF_DPI = 200  # PDF boxes are pixels of the page rendered upright at this resolution
MAX_BOXES = 500  # per evidence item
MAX_SIDE = 1_000_000


class BadBox(DomainError, ValueError):
    """A box that cannot be used; the message says why."""


@dataclass(frozen=True, order=True)
class RedactionBox:
    """A rectangle filled solid in the redacted copy (page is 1-based; pictures have page 1)."""

    page: int
    x: int
    y: int
    w: int
    h: int

    def to_json(self) -> list[int]:
        return [self.page, self.x, self.y, self.w, self.h]

    @classmethod
    def from_json(cls, value: Any) -> RedactionBox:
        if not isinstance(value, list | tuple) or len(value) != 5 or not all(type(v) is int for v in value):
            raise BadBox(f"not a box: {value!r}")
        return check_box(cls(*value))

    def text(self) -> str:
        return f"{self.x},{self.y},{self.w},{self.h}"

    def clipped(self, width: int, height: int) -> RedactionBox | None:
        """The part inside a width x height picture, or None when nothing of it is inside."""
        x0, y0 = max(0, self.x), max(0, self.y)
        x1, y1 = min(width, self.x + self.w), min(height, self.y + self.h)
        if x1 <= x0 or y1 <= y0:
            return None
        return RedactionBox(self.page, x0, y0, x1 - x0, y1 - y0)


def check_box(box: RedactionBox) -> RedactionBox:
    if box.page < 1:
        raise BadBox(f"page {box.page}: pages are counted from 1")
    if box.w < 1 or box.h < 1:
        raise BadBox(f"{box.text()}: width and height must be at least 1 pixel")
    if box.x < 0 or box.y < 0:
        raise BadBox(f"{box.text()}: x and y cannot be negative")
    if max(box.x + box.w, box.y + box.h) > MAX_SIDE:
        raise BadBox(f"{box.text()}: larger than any picture")
    return box


def parse_box(text: str, page: int = 1) -> RedactionBox:
    """'X,Y,W,H' (whole pixels, from the top left corner) on a 1-based page."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4 or not all(re.fullmatch(r"[+-]?\d{1,7}", p) for p in parts):
        raise BadBox(f"{text!r}: give a box as X,Y,W,H in whole pixels, e.g. 120,340,400,60")
    x, y, w, h = (int(p) for p in parts)
    return check_box(RedactionBox(page, x, y, w, h))


def normal_boxes(boxes: Iterable[RedactionBox]) -> tuple[RedactionBox, ...]:
    """Sorted, without repeats; at most MAX_BOXES."""
    out = tuple(sorted(set(boxes)))
    if len(out) > MAX_BOXES:
        raise BadBox(f"{len(out)} boxes: at most {MAX_BOXES} per evidence item")
    return out


# ----- ID numbers ------------------------------------------------------------------------------------

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
ID_PATTERN = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
CARD_PATTERN = re.compile(r"(?<!\d)(\d(?:[ -]?\d){15,18})(?!\d)")
PHONE_PATTERN = re.compile(r"(?<!\d)(?:\+?86[ -]?)?(1[3-9]\d(?:[ -]?\d){8})(?!\d)")


def fold(text: str) -> str:
    """Full-width digits and letters folded to ASCII (a phone's OCR often gives ０-９)."""
    return unicodedata.normalize("NFKC", text)


def valid_id_number(number: str) -> bool:
    """A mainland resident ID (18 characters) whose check digit is right (GB 11643)."""
    n = fold(number).strip().upper()
    if not re.fullmatch(r"\d{17}[\dX]", n):
        return False
    total = sum(int(d) * w for d, w in zip(n[:17], ID_WEIGHTS, strict=True))
    return ID_CHECK[total % 11] == n[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mask_id_number(number: str) -> str:
    """3301**********1234: the first four and last four kept, the rest starred (short numbers: all but two)."""
    n = fold(number).strip()
    if len(n) <= 8:
        return n[:1] + "*" * max(0, len(n) - 2) + n[-1:] if len(n) > 2 else "*" * len(n)
    return n[:4] + "*" * (len(n) - 8) + n[-4:]


def mask_id_numbers_in(text: str, known: Sequence[str] = ()) -> str:
    """The text with the given numbers and every valid 18-digit resident ID masked."""
    out = text
    for number in known:
        n = fold(number).strip()
        if len(n) >= 6:
            out = out.replace(n, mask_id_number(n))
    return ID_PATTERN.sub(lambda m: mask_id_number(m.group(1)) if valid_id_number(m.group(1)) else m.group(1), out)


# ----- what to cover in a screenshot -----------------------------------------------------------------


class TextLine(Protocol):
    """A recognised line of text (app.evidence.ocr.lines.Line has this shape)."""

    @property
    def text(self) -> str: ...

    @property
    def box(self) -> tuple[int, int, int, int]: ...


@dataclass(frozen=True)
class Suggestion:
    kind: str  # id_number | bank_card | phone
    text: str  # what was read
    box: RedactionBox


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _char_width(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in ("Na", "H", "N") else 2.0


def _span_box(line: TextLine, start: int, end: int, page: int) -> RedactionBox:
    """The part of a line's box under characters [start, end), estimated from character widths."""
    x, y, w, h = line.box
    widths = [_char_width(c) for c in line.text] or [1.0]
    total = sum(widths)
    unit = w / total  # the width of a narrow character: the estimate can be off by about one
    left = x + unit * sum(widths[:start])
    right = x + unit * sum(widths[:end])
    pad_x, pad_y = max(2, round(unit)), max(2, h // 6)  # recognition boxes are tight: cover the glyphs' edges
    x0, x1 = int(left) - pad_x, int(right + 0.999) + pad_x
    return RedactionBox(page, max(0, x0), max(0, y - pad_y), x1 - max(0, x0), h + 2 * pad_y)


def suggest_boxes(lines: Iterable[TextLine], party_phones: Sequence[str] = (), page: int = 1) -> list[Suggestion]:
    """Boxes over resident ID numbers, bank card numbers and phone numbers other than the parties'.

    `lines` are recognised lines with boxes in the picture's pixels (upright); `party_phones` the
    consumer's and the merchant's numbers, which the recipient needs to see.
    """
    parties = {_digits(fold(p))[-11:] for p in party_phones if len(_digits(fold(p))) >= 7}
    found: list[Suggestion] = []
    for line in lines:
        text = fold(line.text)
        if len(text) != len(line.text):  # folding changed the length: positions would be wrong
            text = line.text
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int, taken: list[tuple[int, int]] = taken) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        for m in ID_PATTERN.finditer(text):
            if valid_id_number(m.group(1)):
                taken.append(m.span(1))
                found.append(Suggestion("id_number", m.group(1), _span_box(line, *m.span(1), page)))
        for m in CARD_PATTERN.finditer(text):
            digits = _digits(m.group(1))
            if 16 <= len(digits) <= 19 and luhn_ok(digits) and free(*m.span(1)):
                taken.append(m.span(1))
                found.append(Suggestion("bank_card", m.group(1), _span_box(line, *m.span(1), page)))
        for m in PHONE_PATTERN.finditer(text):
            digits = _digits(m.group(1))
            if digits[-11:] in parties or not free(*m.span(1)):
                continue
            taken.append(m.span(1))
            found.append(Suggestion("phone", m.group(1), _span_box(line, *m.span(1), page)))
    return found
