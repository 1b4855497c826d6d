"""The command line's fixtures: `run` calls the CLI in this process (fast); `run_process` starts a real one.

Both run on SQLite, and on PostgreSQL too for a test marked `both_stores` (tests/conftest.py's `store_url`).

A real process is used only where it is the point: kill -9, resource limits, the entry point itself.
Where the interpreter's start is not (kill -9, limits, races) `fork_server` forks it from a process that
imported the app once (tests/forked_app.py).
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.forked_app import cli_env
from tests.store_template import seed_sqlite_store

ROOT = Path(__file__).resolve().parents[2]

Run = Callable[..., subprocess.CompletedProcess[str]]


def run_in_process(argv: list[str]) -> subprocess.CompletedProcess[str]:
    """`python -m app ARGV` through app.launch.main in this process, output captured as text."""
    from app.launch import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    return subprocess.CompletedProcess(["python", "-m", "app", *argv], code, out.getvalue(), err.getvalue())


def run_subprocess(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *argv], cwd=ROOT, env=cli_env(), capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


def _runner(data_dir: Path, call: Callable[[list[str]], subprocess.CompletedProcess[str]]) -> Run:
    def _run(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
        proc = call(["--data-dir", str(data_dir), *args])
        assert "Traceback" not in proc.stderr, proc.stderr
        if check:
            assert proc.returncode == 0, proc.stderr
        return proc

    return _run


def _new_store(data_dir: Path, store_url: str | None, request: pytest.FixtureRequest) -> None:
    """On SQLite the data folder starts with a copy of the run's migrated store (tests/conftest.py)."""
    if store_url is None:
        seed_sqlite_store(data_dir, request.getfixturevalue("sqlite_template"))


@pytest.fixture
def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch, store_url: str | None, request: pytest.FixtureRequest) -> Run:
    """`python -m app --data-dir <tmp> ...`, in this process: an uncaught exception fails the test."""
    monkeypatch.delenv("REFUND_EVIDENCE_HOME", raising=False)
    _new_store(data_dir, store_url, request)
    return _runner(data_dir, run_in_process)


@pytest.fixture
def run_no_store(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Like `run`, for commands that never open a store (scan): once, no data folder made beforehand."""
    monkeypatch.delenv("REFUND_EVIDENCE_HOME", raising=False)
    return _runner(data_dir, run_in_process)


@pytest.fixture
def run_process(data_dir: Path, store_url: str | None, request: pytest.FixtureRequest) -> Run:
    """`python -m app --data-dir <tmp> ...` as a real subprocess."""
    _new_store(data_dir, store_url, request)
    return _runner(data_dir, run_subprocess)
