"""Guards against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0 on 3.11)."""

from __future__ import annotations

import sys

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


def test_the_app_never_uses_pyside_features_so_it_may_skip_their_scan() -> None:
    """app.views.app.skip_feature_scan relies on this: no module of the app selects a __feature__."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "app"
    selects = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    users = [p for p in root.rglob("*.py") if selects.search(p.read_text("utf-8"))]
    assert users == []


def test_skipping_the_feature_scan_keeps_it_for_other_modules(qapp: object) -> None:
    import types

    import shibokensupport.feature as feature  # type: ignore[import-not-found]

    from app.views.app import skip_feature_scan

    skip_feature_scan()
    skip_feature_scan()  # idempotent: not wrapped twice
    scan = feature._mod_uses_pyside
    assert scan.skips_app
    assert scan(types.ModuleType("app.views.demo")) is False
    # For anyone else the original scan still runs (it reads the module's source).
    other = types.ModuleType("someone_else")
    other.__file__ = __file__
    assert scan(other) is True  # this test module imports PySide6
