"""tests/run_drawn.py: a drawn file is made once per test run, by the first process that asks; the others
read the very bytes it made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import run_drawn
from tests.run_drawn import ENV_DRAWN, run_once

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_process_makes_it_and_another_process_reads_it(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DRAWN, str(tmp_path))
    monkeypatch.setattr(run_drawn, "_kept", {})
    made: list[int] = []

    def make() -> bytes:
        made.append(1)
        return b"drawn \x00\xff" * 1000

    assert run_once("shot-a.png", make) == make() and len(made) == 2  # made once, plus the call here
    assert run_once("shot-a.png", make) == make() and len(made) == 3  # kept in this process
    assert (tmp_path / "shot-a.png").read_bytes() == make()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot-a.png", "shot-a.png.lock"]  # no part file left
    code = ("import sys; from tests.run_drawn import run_once\n"
            "sys.stdout.buffer.write(run_once('shot-a.png', lambda: b'made again'))")
    other = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=True,
                           env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert other.stdout == make()  # read, not made again
    monkeypatch.setattr(run_drawn, "_kept", {})  # as a new process of the run
    assert run_once("shot-b.png", lambda: b"b") == b"b" and run_once("shot-a.png", lambda: b"x") == make()


def test_outside_a_run_each_process_makes_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_DRAWN, raising=False)
    monkeypatch.setattr(run_drawn, "_kept", {})
    assert run_once("shot.png", lambda: b"one") == b"one"
    monkeypatch.setattr(run_drawn, "_kept", {})
    assert run_once("shot.png", lambda: b"two") == b"two"
