"""The one font of the bundle: WenQuanYi Micro Hei, embedded and subset by reportlab.

reportlab's own fonts (Helvetica, STSong-Light) are never embedded, so every style, table and
canvas of the bundle names FONT explicitly.
"""

from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.core.paths import font_path

FONT = "WQYMicroHei"
MISSING = "□"  # shown instead of characters the font lacks (emoji mostly), so nothing vanishes silently

_lock = threading.Lock()
_chars: frozenset[int] | None = None


def register() -> str:
    """Register the font once per process; returns its reportlab name."""
    global _chars
    with _lock:
        if _chars is None:
            font = TTFont(FONT, str(font_path()), subfontIndex=0)
            pdfmetrics.registerFont(font)
            # <b>/<i> in markup must resolve to this font too, never to Helvetica-Bold.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _chars = frozenset(font.face.charToGlyph)
    return FONT


# Joiners, variation selectors and skin tones only modify the emoji before them: drop, don't box.
_SILENT = frozenset([0x200B, 0x200C, 0x200D, 0xFE0E, 0xFE0F, *range(0x1F3FB, 0x1F400)])


def covered(text: str) -> str:
    """The text with characters the font cannot draw replaced by a visible box."""
    register()
    chars = _chars or frozenset()
    if all(ord(c) in chars or c in "\n\t" for c in text):
        return text
    out = []
    for c in text:
        code = ord(c)
        if code in chars or c in "\n\t":
            out.append(c)
        elif code not in _SILENT:
            out.append(MISSING)
    return "".join(out)


def markup(text: str) -> str:
    """User text made safe for a reportlab Paragraph: escaped, covered, line breaks kept."""
    return escape(covered(text)).replace("\r\n", "\n").replace("\n", "<br/>")
