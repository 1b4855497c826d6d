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
