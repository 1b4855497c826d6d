"""The bundled CJK font, so Chinese renders on a machine that has none installed."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from app.core.paths import font_path

FALLBACK_FAMILY = "WenQuanYi Micro Hei"


def register_fonts(app: QGuiApplication) -> str | None:
    """Register resources/fonts/wqy-microhei.ttc and add it as the app font's fallback family.

    Returns the family registered, or None if the file could not be loaded (the system font stays).
    """
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    family = FALLBACK_FAMILY if FALLBACK_FAMILY in families else families[0]
    font = app.font()
    primary = [f for f in font.families() if f != family] or [font.family()]
    # Latin from the platform's usual font, everything it lacks (Chinese) from the bundled one.
    font.setFamilies([*primary, family])
    app.setFont(font)
    return family
