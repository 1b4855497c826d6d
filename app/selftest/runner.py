"""`--self-test`: prove that this copy of the app works, frozen or not, without touching the user's data.

In a temporary data folder (the user's folder and $REFUND_EVIDENCE_DB_URL are never used) it runs:
migrations, the example case, the rule check, a bundle export, checks of the bundle (every font
embedded, every original's SHA-256 printed, first page renders), and the main window once (offscreen
unless $QT_QPA_PLATFORM says otherwise). It prints one line per step and, when all pass,
`SELF-TEST OK` with the Qt, Python and SQLite versions; exit 0. The first failing step prints its
name and error; exit 1.

A windowed Windows/macOS build has no console: the report is then also written to
<temp>/refund-evidence-selftest.log, and on Windows the parent console is attached when there is one.

$REFUND_EVIDENCE_SCREENSHOT=FILE.png also saves the main window as shown (a real screen capture on a
real display, the widget's own rendering offscreen); save_screenshot_if_requested() does the same for
`gui --exit-after-show`.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO

from app.selftest.steps import (
    Context,
    StepFailed,
    step_database,
    step_demo_case,
    step_documents,
    step_export,
    step_fonts_embedded,
    step_hashes_printed,
    step_image_codecs,
    step_ocr,
    step_office_driver,
    step_pdf_render,
    step_privacy,
    step_resources,
    step_rule_check,
)
from app.selftest.window import step_main_window, step_qt_locale, step_qt_translations

LOG_NAME = "refund-evidence-selftest.log"

Step = Callable[[Context], str]
STEPS: list[tuple[str, Step]] = [
    ("resources", step_resources),
    ("database", step_database),
    ("office driver", step_office_driver),
    ("example case", step_demo_case),
    ("rule check", step_rule_check),
    ("export bundle", step_export),
    ("fonts embedded", step_fonts_embedded),
    ("hashes in bundle", step_hashes_printed),
    ("pdf render", step_pdf_render),
    ("image codecs", step_image_codecs),
    ("text recognition", step_ocr),
    ("privacy", step_privacy),
    ("documents", step_documents),
    ("qt translations", step_qt_translations),
    ("qt locale", step_qt_locale),
    ("main window", step_main_window),
]


# ----- running and reporting ---------------------------------------------------------------------------


class Report:
    """Lines to stdout (when there is one) and, in a frozen build, to <temp>/refund-evidence-selftest.log."""

    def __init__(self) -> None:
        self._streams: list[IO[str]] = []
        self.log_path: Path | None = None
        if sys.stdout is None and sys.platform == "win32":
            _attach_parent_console()
        if sys.stdout is not None:
            self._streams.append(sys.stdout)
        if getattr(sys, "frozen", False):
            self.log_path = Path(tempfile.gettempdir()) / LOG_NAME
            try:
                self._streams.append(self.log_path.open("w", encoding="utf-8"))
            except OSError:
                self.log_path = None

    def line(self, text: str) -> None:
        for s in self._streams:
            try:
                s.write(text + "\n")
                s.flush()
            except (OSError, ValueError):
                pass

    def close(self) -> None:
        for s in self._streams:
            if s is not sys.stdout:
                s.close()


def _attach_parent_console() -> None:
    """A windowed .exe started from cmd/PowerShell: print into that console."""
    try:
        import ctypes

        if ctypes.windll.kernel32.AttachConsole(-1):  # type: ignore[attr-defined]  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
            sys.stderr = sys.stdout
    except (OSError, AttributeError):
        pass


def versions() -> str:
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {pyside_version})"
    except ImportError as exc:  # reported, but the steps above will have failed already
        qt = f"Qt unavailable ({exc})"
    return f"{qt}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"


def run_self_test(case_json: Path | None = None) -> int:
    """Run every step in a temporary data folder; 0 when all pass, 1 at the first failure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
    from app import __version__

    report = Report()
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    report.line(f"self-test of refund-evidence {__version__} ({frozen}, {platform.platform()})")
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="refund-evidence-selftest-", ignore_cleanup_errors=True) as tmp:
        ctx = Context(Path(tmp), case_json=case_json)
        try:
            # Every step runs, so one report names all that is broken; later steps that need an
            # earlier one's result fail with "an earlier step failed".
            for name, step in STEPS:
                started = time.perf_counter()
                try:
                    detail = step(ctx)
                except Exception as exc:  # every failure is reported by step, never as a bare traceback
                    report.line(f"FAIL {name}: {type(exc).__name__}: {exc}")
                    if not isinstance(exc, StepFailed):
                        for frame in traceback.extract_tb(exc.__traceback__)[-3:]:
                            report.line(f"     at {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
                    failed.append(name)
                    continue
                report.line(f"ok   {name:<16} {(time.perf_counter() - started) * 1000:6.0f} ms  {detail}")
        finally:
            try:
                ctx.close()
            except Exception as exc:  # noqa: BLE001 - closing must not hide the result
                report.line(f"warning: clean-up: {exc}")
    if report.log_path is not None:
        report.line(f"(this report is also in {report.log_path})")
    if failed:
        report.line(f"SELF-TEST FAILED ({', '.join(failed)})  {versions()}")
    else:
        report.line(f"SELF-TEST OK  {versions()}")
    report.close()
    return 1 if failed else 0
