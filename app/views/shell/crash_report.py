"""Unexpected errors: written to <data folder>/logs/app.log and shown with copyable details.

The app keeps running after an error; a domain error (a refused file, a bad field) is
shown by the view that caused it, never here. Neither the log nor the details carry case facts:
only the traceback's frames and the shape of each message (app/core/error_report.py).
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QWidget

from app.core.error_report import report_text

if TYPE_CHECKING:
    import logging

    from PySide6.QtWidgets import QMessageBox

LOGGER_NAME = "refund_evidence"


def log_file(data_dir: Path) -> Path:
    return data_dir / "logs" / "app.log"


def app_logger(data_dir: Path) -> logging.Logger:
    """The app's logger, appending to the log file in the data folder (set up once)."""
    import logging  # not at start-up: only when there is something to log

    logger = logging.getLogger(LOGGER_NAME)
    path = log_file(data_dir)
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in logger.handlers):
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


translate = QCoreApplication.translate


class ErrorReporter(QObject):
    """sys.excepthook: log, then show a dialog whose details can be selected and copied."""

    def __init__(self, data_dir: Path, parent: QObject | None = None, *, interactive: bool = True) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        # Not interactive (gui --exit-after-show): print the error and end the app with status 1.
        self.interactive = interactive
        self.dialog: QMessageBox | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.report(*report_text(exc))

    def report_exception(self, exc: BaseException) -> None:
        """A failure from a worker (the exception keeps its traceback)."""
        self.report(*report_text(exc))

    def report(self, summary: str, details: str) -> None:
        with contextlib.suppress(OSError):  # a full disk must not turn one error into two
            app_logger(self.data_dir).error("%s\n%s", summary, details.rstrip())
        if not self.interactive:
            with contextlib.suppress(OSError, ValueError):
                print(f"error: {summary}\n{details}", file=sys.stderr, flush=True)
            QCoreApplication.exit(1)
        elif QApplication.instance() is not None:
            self._show(summary, details)

    def _show(self, summary: str, details: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.setDetailedText(self.dialog.detailedText() + "\n\n" + details)
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("ErrorReporter", "Unexpected error"))
        box.setText(translate("ErrorReporter",
                              "Something went wrong. Your cases and evidence are safe; you can keep working."))
        box.setInformativeText(translate("ErrorReporter", "%1\n\nThe details were saved to %2.").replace("%1", summary)
                               .replace("%2", str(log_file(self.data_dir))))
        box.setDetailedText(details)  # selectable and copyable
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setAccessibleName(translate("ErrorReporter", "Error details"))
        self.dialog = box
        box.open()  # not exec(): the event loop, and the app, keep running
