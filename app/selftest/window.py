"""The self-test's window steps (Qt translations and locale data, the main window once) and screenshots.

$REFUND_EVIDENCE_SCREENSHOT=FILE.png saves the main window as shown (a real screen capture on a real
display, the widget's own rendering offscreen); save_screenshot_if_requested() does the same for
`gui --exit-after-show`.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.selftest.steps import Context, StepFailed
from app.views.shell.screenshot import ENV_SCREENSHOT, save_screenshot, settle

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

PAINT_TIMEOUT_S = 20.0


def _qt_application(ctx: Context) -> QApplication:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]])
    assert isinstance(app, QApplication)
    # Window sizes and recent folders go to the temporary folder, not the user's settings.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(ctx.root / "settings"))
    ctx.qt_app = app
    return app


def step_qt_translations(ctx: Context) -> str:
    """Qt's own zh_CN strings (standard dialogs) and the app's .qm files load."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from app.core.paths import resource_path

    _qt_application(ctx)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_zh_CN", qt_dir):
        raise StepFailed(f"qtbase_zh_CN.qm not found in {qt_dir}")
    ours = sorted(resource_path("translations").glob("*.qm"))
    bad = [q.name for q in ours if not QTranslator().load(str(q))]
    if bad:
        raise StepFailed("cannot load: " + ", ".join(bad))
    return f"qtbase_zh_CN + {len(ours)} app catalogues"


class ErrorRecorder:
    """Stands in for the window's error dialog: whatever the window reports fails the step."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def report_exception(self, exc: BaseException) -> None:
        self.errors.append(f"{type(exc).__name__}: {exc}")

    def report(self, summary: str, details: str) -> None:
        self.errors.append(summary)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        self.errors.append(f"{exc_type.__name__}: {exc}")  # an exception in a Qt slot


def step_qt_locale(ctx: Context) -> str:
    """Chinese sorts by pinyin and zone names are Chinese: the ICU data the build keeps is there."""
    import functools

    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    _qt_application(ctx)
    zh = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    names = ["张三", "李四", "阿明", "赵六", "王五"]
    ordered = sorted(names, key=functools.cmp_to_key(QCollator(zh).compare))
    if ordered != ["阿明", "李四", "王五", "张三", "赵六"]:  # code-point order would put 张 before 李
        raise StepFailed(f"Chinese is not sorted by pinyin: {ordered}")
    zone = QTimeZone(b"Asia/Shanghai").displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, zh)
    if sys.platform.startswith("linux") and "中国" not in zone:  # elsewhere the OS names zones
        raise StepFailed(f"Asia/Shanghai is called {zone!r} in Chinese")
    return f"pinyin order, {zone}"


def _main_window(ctx: Context, recorder: ErrorRecorder) -> QWidget:
    """The main window exactly as `gui` builds it, on the self-test's store, showing the example case."""
    from app.views.shell.application import create_main_window

    window: QWidget = create_main_window(ctx.need_service(), ctx.qt_app, reporter=recorder)
    if ctx.case_id is not None:
        window.open_case(ctx.case_id)  # type: ignore[attr-defined]
    return window


def step_main_window(ctx: Context) -> str:
    """The main window shows the example case, paints, and reports no error."""
    app = _qt_application(ctx)
    recorder = ErrorRecorder()
    saved_hook, sys.excepthook = sys.excepthook, recorder.excepthook
    try:
        started = time.perf_counter()
        window = _main_window(ctx, recorder)
        ctx.windows.append(window)

        painted: list[bool] = []
        window.first_painted.connect(lambda: painted.append(True))  # type: ignore[attr-defined]
        window.show()
        deadline = time.perf_counter() + PAINT_TIMEOUT_S
        while not painted and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.005)
        if not painted:
            raise StepFailed(f"no paint event within {PAINT_TIMEOUT_S:.0f} s")
        first_paint_ms = (time.perf_counter() - started) * 1000
        settle(app, window)  # the panels load the case in workers
        shot = os.environ.get(ENV_SCREENSHOT)
        if shot:
            save_screenshot(window, Path(shot))
    finally:
        sys.excepthook = saved_hook
    if recorder.errors:
        raise StepFailed("the window reported: " + "; ".join(recorder.errors[:5]))
    return f"first paint in {first_paint_ms:.0f} ms on '{app.platformName()}'" + (f", saved {shot}" if shot else "")
