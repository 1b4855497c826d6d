"""The case tabs made in idle time once the store is open, so the first case opens at once.

Made in one go when a case opened, they kept the window busy 160-250 ms. Now a module import
or one panel per turn of the event loop (each turn up to ~35 ms), starting once the case list's
first rule checks are in: made beside that worker, which imports the rules too, the two fought
over module import locks and the window stalled up to ~100 ms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from app.views.shell.longlived import settle_long_lived
from app.views.widgets.guards import if_alive

if TYPE_CHECKING:
    from app.views.shell.main_window import MainWindow

START_AT_LATEST_MS = 1500  # an empty list has no rule checks to wait for
GAP_MS = 10  # between two turns; a timer, not a zero-delay call: those run back to back, ahead of the window's timers


def prebuild_when_idle(window: MainWindow) -> None:
    model = window.case_list.model
    started = {"done": False}

    def start() -> None:
        if not started["done"]:
            started["done"] = True
            if model is not None:
                model.checked.disconnect(on_checked)  # later checks need not wake this up
            _next_turn(window)

    def on_checked() -> None:
        QTimer.singleShot(0, if_alive(window, start))

    if model is not None:
        model.checked.connect(on_checked)
    QTimer.singleShot(START_AT_LATEST_MS, if_alive(window, start))


def _next_turn(window: MainWindow) -> None:
    if window.service is None or not window.isVisible():
        return  # a window never shown makes its tabs when a case opens
    tabs = window.tabs
    if tabs.prepare_next() or tabs.build_next():
        QTimer.singleShot(GAP_MS, if_alive(window, lambda: _next_turn(window)))
    else:
        settle_long_lived()  # the tabs' modules and widgets
