"""Screenshots of the window: for `gui --exit-after-show` and the self-test.

$REFUND_EVIDENCE_SCREENSHOT=FILE.png saves the main window as shown (a real screen capture on a real
display, the widget's own rendering offscreen).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

ENV_SCREENSHOT = "REFUND_EVIDENCE_SCREENSHOT"


def settle(app: QApplication, window: QWidget, timeout: float = 10.0) -> None:
    """Process events until the window's workers have been idle for a moment (or `timeout`)."""
    runner = getattr(window, "runner", None)
    pools = [runner.reads, runner.writes] if runner is not None else []
    end = time.perf_counter() + timeout
    quiet_since = time.perf_counter()
    while time.perf_counter() < end:
        app.processEvents()
        if any(p.activeThreadCount() for p in pools):
            quiet_since = time.perf_counter()
        elif time.perf_counter() - quiet_since > 0.3:
            break
        time.sleep(0.01)
    app.processEvents()


def save_screenshot(window: QWidget, path: Path) -> None:
    """The window as it is on screen; offscreen, the widget's own rendering."""
    from PySide6.QtGui import QGuiApplication

    window.raise_()
    window.activateWindow()
    pixmap = None
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        screen = window.screen()
        g = window.frameGeometry()
        pixmap = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())  # what the display server shows
    if pixmap is None or pixmap.isNull():
        pixmap = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(path)):
        raise OSError(f"cannot save the screenshot to {path}")


def save_screenshot_if_requested(window: QWidget) -> Path | None:
    """For `gui --exit-after-show`: with $REFUND_EVIDENCE_SCREENSHOT set, save the window there."""
    shot = os.environ.get(ENV_SCREENSHOT)
    if not shot:
        return None
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        settle(app, window)
    save_screenshot(window, Path(shot))
    return Path(shot)
