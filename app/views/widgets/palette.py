"""The one palette: every colour the window uses, named for what it means.

Views refer to these names (in style sheets through str.format or f-strings, in QColor directly), so a
colour that means "an error" is the same red everywhere, and a new meaning gets a new name here.
"""

from __future__ import annotations

# Text
TEXT = "#3c4043"
MUTED = "#5f6368"  # secondary text: hints, sources, the "opening" line
DISABLED = "#9aa0a6"
HEADING = "#1a3f7a"

# Actions
ACCENT = "#1a5fb4"  # the main button, step numbers
ACCENT_HOVER = "#1c71d8"
ACCENT_TINT = "#eef4fc"
FOCUS = "#f5a623"  # the ring around a styled button that has the keyboard focus (amber: seen on blue and white)

# Meaning
GOOD = "#2e7d32"  # met, in time
BAD = "#c62828"  # not met, overdue, blocked
ERROR_TEXT = "#b3261e"  # a refused value or file, next to it
ALERT_TEXT = "#8a1c12"  # text on an alert background
ALERT_BACKGROUND = "#fdecea"
ALERT_BORDER = "#e0a39d"
CAUTION = "#8d6e00"  # unknown, estimated
CAUTION_TEXT = "#6b4e00"  # what is still missing
WARNING_BACKGROUND = "#fff4ce"  # the scam warning
WARNING_BORDER = "#d83b01"
WARNING_TEXT = "#5c1a00"
NEUTRAL = "#616161"
HIGHLIGHT = "#5affc800"  # words found in a picture (search hit, a proposed fact): translucent yellow, #AARRGGBB
HIGHLIGHT_EDGE = "#e67800"
MERCHANT_FAULT = "#6a3fa0"  # an obligation the merchant missed: theirs, not the consumer's loss
OPEN = CAUTION  # a deadline still ahead

# Surfaces
CARD_BACKGROUND = "#f3f7ff"
CARD_BORDER = "#c9d7f2"
PLACEHOLDER_BACKGROUND = "#eef1f5"
PLACEHOLDER_BORDER = "#9aa5b1"
PLACEHOLDER_TEXT = "#52606d"

# Evidence kinds (the dot beside a thumbnail)
KIND_COLOURS = {
    "purchase": "#1f6fb2", "contract": "#6a3fa0", "payment": GOOD, "chat": "#00796b",
    "promo": "#d35400", "refund": "#8d5524", "other": NEUTRAL,
}
CHAT = KIND_COLOURS["chat"]


def css(style_sheet: str) -> str:
    """A style sheet with $NAME placeholders for this palette's colours, e.g. css("color: $MUTED;")."""
    from string import Template

    return Template(style_sheet).substitute({k: v for k, v in globals().items() if isinstance(v, str)})
