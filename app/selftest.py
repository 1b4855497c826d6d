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
import re
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.bundle.builder import BundleResult
    from app.cases import CaseService
    from app.domain import CaseInfo
    from app.rules.result import CheckResult

ENV_SCREENSHOT = "REFUND_EVIDENCE_SCREENSHOT"
LOG_NAME = "refund-evidence-selftest.log"
PAINT_TIMEOUT_S = 20.0


class StepFailed(Exception):
    """A check inside a step did not hold."""


@dataclass
class Context:
    root: Path
    case_json: Path | None = None
    service: CaseService | None = None
    case_id: int | None = None
    info: CaseInfo | None = None
    check: CheckResult | None = None
    bundle: BundleResult | None = None
    bundle_text: str = ""
    qt_app: QApplication | None = None
    windows: list[QWidget] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def need_service(self) -> CaseService:
        if self.service is None:
            raise StepFailed("no case store (an earlier step failed)")
        return self.service

    def close(self) -> None:
        for w in self.windows:
            w.close()
            runner = getattr(w, "runner", None)
            if runner is not None:
                runner.wait()  # no worker may use the store after it is closed
            w.deleteLater()
        if self.qt_app is not None:
            self.qt_app.processEvents()
        if self.service is not None:
            self.service.close()


# ----- the steps -------------------------------------------------------------------------------------------


def step_resources(ctx: Context) -> str:
    """Every bundled resource is where resource_path() and the migrations look."""
    from app.config import font_path, resource_path
    from app.models.migrate import MIGRATIONS

    wanted = [font_path(), resource_path("rules"), MIGRATIONS / "env.py", MIGRATIONS / "versions"]
    if ctx.case_json is None:
        ctx.case_json = resource_path("demo", "case.json")
    wanted.append(ctx.case_json)
    missing = [str(p) for p in wanted if not p.exists()]
    if missing:
        raise StepFailed("missing: " + ", ".join(missing))
    packs = sorted(p.name for p in resource_path("rules").glob("*.toml"))
    if not packs:
        raise StepFailed(f"no rule packs in {resource_path('rules')}")
    return f"{len(packs)} rule packs, font {font_path().stat().st_size // 1024} KiB"


def step_database(ctx: Context) -> str:
    """A fresh SQLite store in the temporary folder, migrated to head by Alembic."""
    from app.cases import CaseService
    from app.models.migrate import current_revision, head_revision

    ctx.data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{(ctx.data_dir / 'cases.sqlite3').as_posix()}"  # never $REFUND_EVIDENCE_DB_URL
    ctx.service = CaseService(ctx.data_dir, url)
    engine = ctx.service.engine
    current, head = current_revision(engine), head_revision(engine)
    if current != head:
        raise StepFailed(f"schema at {current}, head is {head}")
    return f"schema {head}"


def step_demo_case(ctx: Context) -> str:
    """The example case, imported with its evidence files."""
    from app.casefile import read_draft

    service = ctx.need_service()
    assert ctx.case_json is not None
    draft = read_draft(ctx.case_json)
    ctx.case_id = service.create_from_draft(draft)
    ctx.info = service.get_case(ctx.case_id)
    if not ctx.info.evidence:
        raise StepFailed(f"the example case has no evidence ({ctx.case_json})")
    if len(ctx.info.evidence) != len(draft.evidence):
        raise StepFailed(f"{len(draft.evidence)} evidence files in the case JSON, {len(ctx.info.evidence)} imported")
    return f"case {ctx.case_id}: {len(ctx.info.evidence)} evidence items, {len(ctx.info.events)} events"


def step_rule_check(ctx: Context) -> str:
    """The shipped rule packs load and give a verdict for the example case."""
    from app.cli_check import load_packs_for
    from app.rules.engine import check
    from app.timeutil import now

    service = ctx.need_service()
    if ctx.info is None:
        raise StepFailed("no example case (an earlier step failed)")
    packs = load_packs_for(service.data_dir)
    if not packs:
        raise StepFailed("no rule packs loaded")
    ctx.check = check(ctx.info.data, ctx.info.evidence_kinds, packs, now(), lang="zh")
    if not ctx.check.rules:
        raise StepFailed(f"no rule applies to platform {ctx.info.data.platform!r}")
    return f"{len(packs)} packs, {len(ctx.check.rules)} rules, {len(ctx.check.met())} met, remedy {ctx.check.remedy}"


def step_export(ctx: Context) -> str:
    """The evidence bundle PDF, through the same function as the window and the command line."""
    from app.exporting import ExportOptions, export_case

    service = ctx.need_service()
    if ctx.case_id is None:
        raise StepFailed("no example case (an earlier step failed)")
    out = ctx.root / "bundle.pdf"
    ctx.bundle = export_case(service, ctx.case_id, out, ExportOptions())
    if not ctx.bundle.path.is_file() or ctx.bundle.pages < 1:
        raise StepFailed(f"no bundle written at {ctx.bundle.path}")
    size = ctx.bundle.path.stat().st_size
    return f"{ctx.bundle.pages} pages, {size // 1024} KiB"


def unembedded_fonts(pdf: Path) -> list[str]:
    """Fonts used by any page (forms included) whose program is not in the file: 'page N: /Name'."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    bad: list[str] = []
    seen: set[int] = set()

    def font_ok(font: DictionaryObject) -> bool:
        subtype = font.get("/Subtype")
        if subtype == "/Type3":
            return True  # glyphs are content streams inside the PDF
        if subtype == "/Type0":
            descendants = font.get("/DescendantFonts")
            if not descendants:
                return False
            return all(font_ok(d.get_object()) for d in descendants)
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            return False  # one of the standard 14: the viewer substitutes it
        descriptor = descriptor.get_object()
        return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))

    def walk(resources: Any, page_no: int, depth: int = 0) -> None:
        if resources is None or depth > 8:
            return
        resources = resources.get_object()
        fonts = resources.get("/Font")
        if fonts is not None:
            for name, ref in fonts.get_object().items():
                key = getattr(ref, "idnum", None) or id(ref)
                if key in seen:
                    continue
                seen.add(key)
                font = ref.get_object()
                if not font_ok(font):
                    bad.append(f"page {page_no}: {name} ({font.get('/BaseFont')})")
        xobjects = resources.get("/XObject")
        if xobjects is not None:
            for ref in xobjects.get_object().values():
                xo = ref.get_object()
                if xo.get("/Subtype") == "/Form":
                    walk(xo.get("/Resources"), page_no, depth + 1)

    reader = PdfReader(pdf)
    for n, page in enumerate(reader.pages, start=1):
        walk(page.get("/Resources"), n)
    return bad


def step_fonts_embedded(ctx: Context) -> str:
    """Every font in the bundle is embedded, so it prints the same everywhere."""
    if ctx.bundle is None:
        raise StepFailed("no bundle (an earlier step failed)")
    bad = unembedded_fonts(ctx.bundle.path)
    if bad:
        raise StepFailed("fonts not embedded: " + "; ".join(bad[:10]))
    return "all embedded"


def step_hashes_printed(ctx: Context) -> str:
    """Every original's SHA-256 can be read back from the bundle's text."""
    from pypdf import PdfReader

    if ctx.bundle is None or ctx.info is None:
        raise StepFailed("no bundle (an earlier step failed)")
    reader = PdfReader(ctx.bundle.path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    ctx.bundle_text = text
    flat = re.sub(r"\s+", "", text).lower()  # a 64-digit hash may wrap in a narrow table column
    originals = [e for e in ctx.info.evidence if e.trashed_at is None]
    missing = [f"{e.title} ({e.sha256[:12]}…)" for e in originals if e.sha256.lower() not in flat]
    if missing:
        raise StepFailed("SHA-256 not found in the bundle text for: " + ", ".join(missing))
    return f"{len(originals)} of {len(originals)} found"


def step_pdf_render(ctx: Context) -> str:
    """pdfium (the preview renderer) opens the bundle and renders its first page."""
    import pypdfium2 as pdfium

    if ctx.bundle is None:
        raise StepFailed("no bundle (an earlier step failed)")
    doc = pdfium.PdfDocument(str(ctx.bundle.path))
    try:
        if len(doc) != ctx.bundle.pages:
            raise StepFailed(f"pdfium sees {len(doc)} pages, the builder reported {ctx.bundle.pages}")
        page = doc[0]
        image = page.render(scale=72 / 72).to_pil()
        page.close()
    finally:
        doc.close()
    if image.getextrema() in (((255, 255), (255, 255), (255, 255)), ((0, 0), (0, 0), (0, 0))):
        raise StepFailed("the first page renders blank")
    return f"page 1 at {image.width}x{image.height}"


HEIC_SAMPLE = (  # 64x48, red with a white box: 547 bytes made by pillow-heif (x265), decoded by libde265
    "AAAAHGZ0eXBoZWljAAAAAG1pZjFoZWljbWlhZgAAAX1tZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAA"
    "ACJpbG9jAAAAAERAAAEAAQAAAAABoQABAAAAAAAAAIIAAAAjaWluZgAAAAAAAQAAABVpbmZlAgAAAAABAABodmMxAAAAAA5waXRt"
    "AAAAAAABAAAA/WlwcnAAAADdaXBjbwAAAHZodmNDAQNwAAAAkAAAAAAAHvAA/P34+AAADwNgAAEAGEABDAH//wNwAAADAJAAAAMA"
    "AAMAHroCQGEAAQAqQgEBA3AAAAMAkAAAAwAAAwAeoCCBBZbq5Ka5uAhoMCAAAAMDIAAAAwAhYgABAAZEAcFzwIkAAAATY29scm5j"
    "bHgAAQANAAaAAAAAFGlzcGUAAAAAAAAAQAAAAEAAAAAoY2xhcAAAAEAAAAABAAAAMAAAAAEAAAAAAAAAAv////AAAAACAAAAEHBp"
    "eGkAAAAAAwgICAAAABhpcG1hAAAAAAAAAAEAAQWBAgMFhAAAAIptZGF0AAAAfigBrxOA5TNSf/wcU/777P9hZLFEG37O9x0ZlPXX"
    "3aEOVp6G2raB5HEI49+L5QwgizDhtYPZf8Dv0ZtbGcPzajkjiterDbOi3sn5qb/HX7wYRLwks542UfBAgifMvKu8kxgZnsXi8yb5"
    "7l3/cK7FUMl+qD+gvTORCqckrgBqQA=="
)


def step_image_codecs(ctx: Context) -> str:
    """Pillow's codecs the importers rely on, HEIC decoding included, are in this build."""
    import base64
    import io

    from PIL import Image, features

    from app.evidence.imaging import register_heif

    missing = [c for c in ("jpg", "zlib", "webp") if not features.check(c)]
    if missing:
        raise StepFailed("Pillow lacks: " + ", ".join(missing))
    register_heif()  # the importers' own set-up
    with Image.open(io.BytesIO(base64.b64decode(HEIC_SAMPLE))) as heic:
        heic.load()
        size, corner, centre = heic.size, heic.getpixel((2, 2)), heic.getpixel((32, 24))
    if size != (64, 48) or not (isinstance(corner, tuple) and corner[0] > 150 and corner[1] < 100):
        raise StepFailed(f"HEIC sample decoded wrongly: {size}, corner {corner}")
    if not (isinstance(centre, tuple) and min(centre[:3]) > 200):
        raise StepFailed(f"HEIC sample decoded wrongly: centre {centre}")
    return "JPEG, PNG, WebP, HEIC"


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

    from app.config import resource_path

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
    from app.views.app import create_main_window

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
        _settle(app, window)  # the panels load the case in workers
        shot = os.environ.get(ENV_SCREENSHOT)
        if shot:
            save_screenshot(window, Path(shot))
    finally:
        sys.excepthook = saved_hook
    if recorder.errors:
        raise StepFailed("the window reported: " + "; ".join(recorder.errors[:5]))
    return f"first paint in {first_paint_ms:.0f} ms on '{app.platformName()}'" + (f", saved {shot}" if shot else "")


def _settle(app: QApplication, window: QWidget, timeout: float = 10.0) -> None:
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
        raise StepFailed(f"cannot save the screenshot to {path}")


def save_screenshot_if_requested(window: QWidget) -> Path | None:
    """For `gui --exit-after-show`: with $REFUND_EVIDENCE_SCREENSHOT set, save the window there."""
    shot = os.environ.get(ENV_SCREENSHOT)
    if not shot:
        return None
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        _settle(app, window)
    save_screenshot(window, Path(shot))
    return Path(shot)


Step = Callable[[Context], str]
STEPS: list[tuple[str, Step]] = [
    ("resources", step_resources),
    ("database", step_database),
    ("example case", step_demo_case),
    ("rule check", step_rule_check),
    ("export bundle", step_export),
    ("fonts embedded", step_fonts_embedded),
    ("hashes in bundle", step_hashes_printed),
    ("pdf render", step_pdf_render),
    ("image codecs", step_image_codecs),
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
