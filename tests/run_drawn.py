"""Drawn test files made once per test run, shared by all its processes (light: of the app, only its file lock).

A few drawn inputs take a good part of a second to encode (a HEIF of a phone screenshot ~1.2 s, the PNG
bomb's 112 MB of compressed scanlines ~0.6 s), and every xdist worker asked for the same ones.
`run_once(name, make)` gives make()'s bytes: the first process of the run that asks makes them (the
others wait for it) into a folder made fresh for each run ($REFUND_EVIDENCE_TEST_DRAWN, made by the
run's first process like tests/ocr_memo.py's, removed at exit); the others read that file. Each process
also keeps what it got. Without the variable (a process outside a test run) each process makes its own.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.locks import FileLock
from tests.run_folder import start_run_folder

ENV_DRAWN = "REFUND_EVIDENCE_TEST_DRAWN"

_kept: dict[str, bytes] = {}  # what this process made or read


def start_drawn_folder(config: Any) -> None:
    start_run_folder(config, ENV_DRAWN, "re-test-drawn-")


def run_once(name: str, make: Callable[[], bytes]) -> bytes:
    """make()'s bytes, made once per test run; `name` (a file name) says which: the same name, the same make."""
    if name not in _kept:
        folder = os.environ.get(ENV_DRAWN)
        _kept[name] = _made_once(Path(folder), name, make) if folder else make()
    return _kept[name]


def _made_once(folder: Path, name: str, make: Callable[[], bytes]) -> bytes:
    path = folder / name
    with FileLock.at(folder / f"{name}.lock"):
        if path.is_file():
            return path.read_bytes()
        data = make()
        part = folder / f"{name}.{os.getpid()}.part"
        part.write_bytes(data)
        os.replace(part, path)  # whole or not at all
        return data

