"""`python -m app gui`: the application object, font, translations, error hook and main window.

Start-up order is chosen for a fast first paint: the window (menus, search box, a line
saying the cases are opening) is shown and painted before the case store is opened;
SQLAlchemy and the schema check then load in a worker, and the welcome page (whose buttons
need the store) comes with the store; the list's first page is read beside it with sqlite3 alone.
Module-level imports are standard library only, so the start-up bench can import
ms_since_process_start cheaply.

`--exit-after-show` prints "first paint: N ms" (from process start, as the OS recorded it:
/proc on Linux, GetProcessTimes on Windows; elsewhere from the start of run_gui), then
"cases listed: N ms" once the first page of cases is shown (read straight from the SQLite file
while the store's libraries load, app.services.first_page, or through the store) and "store
open: N ms" once the store is open and every command works (in either order), and exits 0.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.services.cases import CaseService

_FALLBACK_START = time.perf_counter()
UI_SWITCH_INTERVAL_S = 0.001


def _linux_elapsed() -> float | None:
    """Seconds since this process was created: boot-time clock minus the start time in /proc/self/stat."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, after "pid (comm)"
        now = time.clock_gettime(time.CLOCK_BOOTTIME)
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return now - start_ticks / os.sysconf("SC_CLK_TCK")


def _windows_elapsed() -> float | None:
    try:
        import ctypes
        from ctypes import wintypes

        created, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(created), ctypes.byref(exited),
                                        ctypes.byref(kernel), ctypes.byref(user)):
            return None
        kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

        def ticks(ft: Any) -> int:
            return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

        return (ticks(now) - ticks(created)) / 1e7
    except (AttributeError, OSError):
        return None


def ms_since_process_start() -> float:
    """Milliseconds since the OS created this process (10 ms resolution on Linux)."""
    elapsed = _linux_elapsed() if sys.platform.startswith("linux") else (
        _windows_elapsed() if sys.platform == "win32" else None)
    if elapsed is None:
        elapsed = time.perf_counter() - _FALLBACK_START
    return elapsed * 1000


def create_main_window(service: CaseService | None, app: Any, data_dir: Path | None = None,
                       reporter: Any = None) -> Any:
    """The main window as `gui` builds it: bundled font, translations from the settings, 1280×800.

    With a service it is attached at once (the self-test); without one, call open_store() later.
    """
    from app.core.settings import load_settings
    from app.views.shell.main_window import MainWindow
    from app.views.widgets.i18n import LanguageSwitcher
    from app.views.widgets.qt_fonts import register_fonts
    from app.views.widgets.workers import WorkerRunner

    folder = data_dir or (service.data_dir if service is not None else None)
    assert folder is not None, "a data folder or a service is needed"
    # Workers run pure-Python code (reportlab, SQLAlchemy) in threads; each Python callback of
    # the UI thread (a slot, a delegate's paint) may wait for the GIL up to the switch interval.
    # 1 ms instead of 5: p99 UI stall during an export 4-5 ms instead of 7-11 (bench/ui_stall_bench.py).
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    settings = load_settings(folder)
    register_fonts(app)
    languages = LanguageSwitcher(app)
    languages.apply(settings.language)
    window = MainWindow(data_dir=folder, runner=WorkerRunner(), settings=settings, languages=languages,
                        service=service, reporter=reporter)
    window.resize(1280, 800)
    return window


def skip_feature_scan() -> None:
    """Skip PySide's `__feature__` source scan of every module imported from now on.

    Once PySide6 is loaded, its import hook reads the source of every newly imported module
    (inspect.getsource) to see whether it mentions PySide6, and files it as 0 ("uses PySide:
    no feature") or -1 ("ignore"). The two differ only once some module selects a feature
    (`from __feature__ import snake_case`), and nothing in this process does: the app never
    does and neither does any module it loads (tests/gui/test_qt_runtime.py checks both).
    Reading the sources cost 2 ms before the first paint and far more when the store's
    libraries load after it. A PySide without this internal is left alone. (A frozen app has
    no sources, so there the scan is already cheap.)
    """
    try:
        import shibokensupport.feature as feature
    except ImportError:
        return
    if getattr(feature, "_mod_uses_pyside", None) is None:
        return
    feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(_module: Any) -> bool:
    return False


def set_app_icon(app: Any) -> None:
    """The window and task-bar icon (the packaged .exe/.app carry theirs too; Linux needs this)."""
    from PySide6.QtGui import QIcon

    from app.core.paths import resource_path

    icon = QIcon()
    for name in ("app.png", "app@2x.png"):
        icon.addFile(str(resource_path("icons", name)))
    app.setWindowIcon(icon)


def run_gui(args: Any) -> int:
    # No garbage collection until the first paint: start-up only builds what lives on (Qt's
    # modules, the window), and 37 collections walking it cost 6-7 ms of a ~150 ms first paint.
    # Startup.painted() freezes it all out of later full passes and turns collection back on.
    gc.disable()
    # Plain-Python modules first: once PySide6 is loaded, every further import costs more (its import hook).
    from app.core.settings import load_settings, resolve_data_dir  # noqa: F401, I001 - imported early on purpose
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    skip_feature_scan()
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    QCoreApplication.setOrganizationName("RefundEvidence")
    QCoreApplication.setApplicationName("RefundEvidence")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    exit_after_show = bool(getattr(args, "exit_after_show", False))
    reporter = LazyReporter(data_dir, interactive=not exit_after_show)
    reporter.install()
    window = create_main_window(None, app, data_dir, reporter)
    status = {"code": 0}
    Startup(window, exit_after_show, status).start()
    window.show()
    if app.exec() != 0:
        status["code"] = 1
    window.runner.wait()
    reporter.uninstall()
    return status["code"]


WATCHDOG_MS = 120_000


class LazyReporter:
    """sys.excepthook at once, the error dialog module only when there is an error (saves start-up time)."""

    def __init__(self, data_dir: Path, interactive: bool) -> None:
        self.data_dir, self.interactive = data_dir, interactive
        self._reporter: Any = None
        self._previous = sys.excepthook

    def _real(self) -> Any:
        if self._reporter is None:
            from app.views.shell.crash_report import ErrorReporter

            self._reporter = ErrorReporter(self.data_dir, interactive=self.interactive)
        return self._reporter

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        self._real().handle(exc_type, exc, tb)

    def report_exception(self, exc: BaseException) -> None:
        self._real().report_exception(exc)


def say(text: str, stream: Any = None) -> None:
    """Print for --exit-after-show; a closed pipe (`| head -1`) must not become an error dialog."""
    with contextlib.suppress(OSError, ValueError):
        print(text, file=stream or sys.stdout, flush=True)


class Startup:
    """Opens the store after the first paint; with --exit-after-show reports the times and quits."""

    def __init__(self, window: Any, exit_after_show: bool, status: dict[str, int]) -> None:
        self.window, self.exit_after_show, self.status = window, exit_after_show, status

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        if self.exit_after_show:  # never hang a script or a CI job, whatever happens
            QTimer.singleShot(WATCHDOG_MS, lambda: self.failed(f"no window within {WATCHDOG_MS // 1000} s"))
        self.window.startup = self  # signals hold slots of plain objects weakly: live as long as the window
        self.waiting = {"listed", "opened"}
        self.window.first_painted.connect(self.painted)
        self.window.store_failed.connect(self.failed)
        self.window.case_list.loaded.connect(self.listed)
        self.window.store_ready.connect(self.opened)

    def painted(self) -> None:
        from app.views.shell.longlived import settle_long_lived

        settle_long_lived()
        gc.enable()
        # After the first paint: decoding the icon's PNGs cost 2 ms before it. The packaged
        # .exe/.app carry their own icon for the task bar and Finder anyway.
        from PySide6.QtWidgets import QApplication

        set_app_icon(QApplication.instance())
        if self.exit_after_show:
            say(f"first paint: {ms_since_process_start():.0f} ms")
        self.window.open_store()

    def listed(self, _total: int) -> None:
        """The first page of cases is shown (read straight from the file, or through the opened store)."""
        self.window.case_list.loaded.disconnect(self.listed)
        if self.exit_after_show:
            say(f"cases listed: {ms_since_process_start():.0f} ms")
        self._reached("listed")

    def opened(self) -> None:
        """The store is open: every command works."""
        if self.exit_after_show:
            say(f"store open: {ms_since_process_start():.0f} ms")
        self._reached("opened")

    def _reached(self, step: str) -> None:
        self.waiting.discard(step)
        if self.exit_after_show and not self.waiting:
            from app.views.shell.screenshot import save_screenshot_if_requested

            save_screenshot_if_requested(self.window)
            self.window.close()

    def failed(self, message: str) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        gc.enable()
        self.status["code"] = 1
        if self.exit_after_show:
            say(f"error: {message}", sys.stderr)
            QCoreApplication.exit(1)
        else:
            QMessageBox.critical(self.window, QCoreApplication.translate("MainWindow", "Cannot open your cases"),
                                 message)
        self.window.close()
