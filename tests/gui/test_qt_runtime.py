"""Guards against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0 on 3.11)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import types
from pathlib import Path

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    progress = Signal(int, int, str)


def test_signal_emit_keeps_reference_counts(qapp: object) -> None:
    emitter = _Emitter()
    seen: list[int] = []
    emitter.progress.connect(lambda done, _total, _label: seen.append(done))
    before = sys.getrefcount(True)
    for n in range(2000):
        emitter.progress.emit(n, 2000, "x")
    assert len(seen) == 2000
    # A leaking binding drops one reference to True per emit; the app would crash after a few thousand.
    assert sys.getrefcount(True) >= before - 10


FEATURE_SELECT = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)


def selects_a_feature(path: Path) -> bool:
    """The regex only where the bytes name __feature__ at all: an ASCII word no other bytes decode to (the
    regex over every line of ~850 loaded modules took ~0.2 s of CPU, the byte search ~0.02 s)."""
    data = path.read_bytes()
    return b"__feature__" in data and FEATURE_SELECT.search(data.decode("utf-8", errors="replace")) is not None


def test_the_app_never_uses_pyside_features_so_it_may_skip_their_scan() -> None:
    """app.views.shell.application.skip_feature_scan relies on this: no module of the app selects a __feature__."""
    root = Path(__file__).resolve().parents[2] / "app"
    users = [p for p in root.rglob("*.py") if FEATURE_SELECT.search(p.read_text("utf-8"))]
    assert users == []


def test_no_module_the_app_loads_selects_a_pyside_feature(qapp: object) -> None:
    """Nor does any library it loads: every app module imported, then every loaded module's source read."""
    import app

    for info in pkgutil.walk_packages(app.__path__, "app."):
        importlib.import_module(info.name)
    loaded = [Path(m.__file__) for m in list(sys.modules.values())
              if isinstance(getattr(m, "__file__", None), str) and m.__file__.endswith(".py")]
    assert len(loaded) > 300  # SQLAlchemy, reportlab, pypdf, PIL, ... are among them
    users = [p for p in loaded if p.is_file() and selects_a_feature(p)]
    assert users == []


def test_skipping_the_feature_scan_files_modules_without_reading_them(qapp: object) -> None:
    import shibokensupport.feature as feature  # type: ignore[import-not-found]

    from app.views.shell.application import skip_feature_scan

    other = types.ModuleType("someone_else")
    other.__file__ = __file__  # mentions PySide6: the original scan says True
    skip_feature_scan()
    skip_feature_scan()  # idempotent
    assert feature._mod_uses_pyside(types.ModuleType("app.services.demo_case")) is False
    assert feature._mod_uses_pyside(other) is False
