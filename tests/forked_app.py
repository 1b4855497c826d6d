"""`python -m app ARGV` as a real process, forked from one that has already imported the command line.

A real `python -m app` spends ~0.5 s of CPU starting Python and importing (SQLAlchemy alone ~0.25 s)
before it opens the store, a window's ~0.3 s more. Where the process is the point but not its
interpreter's start (kill -9 in the middle of an import, a file size limit, two processes racing for one
case, `gui --exit-after-show`'s lines and exit codes, `--self-test`'s steps) the tests fork it from a
server started once per test process, which imported the command line and the services (PRELOAD), the window's
modules once a request names them (GUI_PRELOAD), and nothing else (no thread, no Qt application, no
store, no engine). Each child is a new process: its own pid, store connections, environment, working
folder, resource limits and standard streams (pipes to the test), running app.launch.main(ARGV) exactly
as `python -m app ARGV` does after its imports; it can be killed, limited and raced like one, and its
exit code or signal comes back as a subprocess's would. `python -m app` itself (a real interpreter, the
entry point) keeps its own test: tests/cli/test_cli_store.py's; what a new interpreter imports is
tests/core/test_migrations.py's, tests/core/test_ocr*.py's and tests/gui/test_main_window.py's point; the
packaged app's self-test starts its own (scripts/build_app.sh).

Run as `python -m tests.forked_app SOCKET`: the server. `ForkServer` is the test side.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# What the commands the tests fork need: imported once, in the server. Besides the command line: the rule packs
# (every start's deadline index signs them), the PostgreSQL driver (~0.16 s; the forks on the office store) and
# Alembic's commands (~0.11 s; the forks that start on a new folder), which each such fork imported again.
PRELOAD = ("app.launch", "app.cli.main", "app.cli.store", "app.cli.export", "app.services.cases",
           "app.services.evidence_import", "app.services.integrity", "app.services.deadlines", "app.rules.packs",
           "app.models.pg_dialect", "psycopg", "alembic.command", "alembic.script")
# What the window imports (`gui`, the self-test's window steps), imported by the server at the first request
# that names them: the command line's forks need none of it.
GUI_PRELOAD = ("app.views.shell.application", "app.views.shell.main_window", "app.services.first_page",
               "app.views.shell.tabs_prebuild", "app.views.tabs.rules_panel", "app.views.shell.agenda",
               "app.views.shell.welcome", "app.views.shell.screenshot", "app.views.shell.longlived",
               "app.views.shell.case_list_desks", "app.views.widgets.store_text", "app.services.rule_check")


# ----- the server (its own process) ----------------------------------------------------------------------


def serve(path: str) -> None:
    for name in PRELOAD:
        importlib.import_module(name)
    monitors: set[int] = set()
    parent = os.getppid()
    with socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET) as server:
        server.bind(path)
        server.listen(16)
        server.settimeout(2)
        os.write(1, b"ready\n")
        while True:
            try:
                conn, _addr = server.accept()
            except TimeoutError:
                _reap(monitors, os.WNOHANG)
                if os.getppid() != parent:  # the test process died without stopping this one
                    shutil.rmtree(os.path.dirname(path), ignore_errors=True)
                    return
                continue
            conn.settimeout(None)
            message, fds, _flags, _where = socket.recv_fds(conn, 1 << 20, 3)
            _reap(monitors, os.WNOHANG)
            if not message:  # the test process is done
                _reap(monitors, 0)
                return
            request = json.loads(message)
            _preload(request["preload"])
            pid = os.fork()
            if pid == 0:
                server.close()
                _monitor(conn, request, fds)
            monitors.add(pid)
            conn.close()
            for fd in fds:
                os.close(fd)


def _preload(names: list[str]) -> None:
    """Imports a request's modules once, here (the window's: Qt's and the views'), for it and later requests.
    Importing them starts no thread (Qt's start with the QApplication, in the child): a fork copies only
    the thread that calls it, so a thread here would be missing in every child."""
    for name in names:
        importlib.import_module(name)
    if "PySide6" in sys.modules:
        # As `gui` does first thing: else PySide's import hook reads the source of every module a child
        # imports later, a command's too.
        from app.views.shell.application import skip_feature_scan

        skip_feature_scan()
    tasks = Path("/proc/self/task")
    assert not tasks.is_dir() or len(list(tasks.iterdir())) == 1, f"importing {names} started a thread"


def _reap(monitors: set[int], flags: int) -> None:
    """Waits for ended monitors, so that their CPU time (and their app's) counts in this process's children,
    and in the test process's once it waits for this one."""
    for pid in list(monitors):
        if os.waitpid(pid, flags)[0] == pid:
            monitors.discard(pid)


def _monitor(conn: socket.socket, request: dict[str, Any], fds: list[int]) -> None:
    """Forks the app's process, tells the test its pid, waits for it and tells how it ended."""
    pid = os.fork()
    if pid == 0:
        conn.close()
        _run_app(request, fds)
    for fd in fds:
        os.close(fd)
    conn.send(json.dumps({"pid": pid}).encode())
    _pid, status = os.waitpid(pid, 0)
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    with contextlib.suppress(OSError):
        conn.send(json.dumps({"returncode": code}).encode())
    os._exit(0)


def _run_app(request: dict[str, Any], fds: list[int]) -> None:
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    for fd in set(fds):
        if fd > 2:
            os.close(fd)
    # Standard streams made anew on the pipes, as a new interpreter makes them (PYTHONUNBUFFERED, UTF-8).
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace",
                                  write_through=True)
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    if request["file_size_limit"] is not None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing the process
        limit = request["file_size_limit"]
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    sys.argv = [str(ROOT / "app" / "__main__.py"), *request["argv"]]
    # The main module of `python -m app`: a spawned worker (OCR, the bundle's images) then imports no main
    # module, as under `python -m app`, instead of this server's.
    sys.modules["__main__"] = importlib.import_module("app.__main__")
    code = 1
    try:
        from app.launch import main

        code = main(request["argv"])
    except SystemExit as exc:  # argparse
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # noqa: BLE001 - as an uncaught exception ends `python -m app`: traceback, exit 1
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
    os._exit(code)


# ----- the test side ---------------------------------------------------------------------------------


def cli_env() -> dict[str, str]:
    """The test process's environment for a `python -m app` of its own (no user data folder)."""
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("REFUND_EVIDENCE_HOME", None)
    return env


class ForkedApp:
    """The parts of subprocess.Popen the tests use: pid, stdout/stderr as text, poll, wait, send_signal,
    communicate, returncode."""

    def __init__(self, conn: socket.socket, stdout: int, stderr: int | None) -> None:
        self._conn = conn
        self.stdout = open(stdout, encoding="utf-8", errors="replace")  # noqa: SIM115 - closed in communicate
        self.stderr = None if stderr is None else open(stderr, encoding="utf-8", errors="replace")  # noqa: SIM115
        self.pid: int = json.loads(conn.recv(4096))["pid"]
        self.returncode: int | None = None

    def _ended(self, timeout: float | None) -> int | None:
        if self.returncode is None:
            self._conn.settimeout(timeout)
            try:
                message = self._conn.recv(4096)
            except (TimeoutError, BlockingIOError):
                return None
            self.returncode = json.loads(message)["returncode"]
            self._conn.close()
        return self.returncode

    def poll(self) -> int | None:
        return self._ended(0)

    def wait(self, timeout: float | None = None) -> int:
        code = self._ended(timeout)
        if code is None:
            raise subprocess.TimeoutExpired(f"app {self.pid}", timeout or 0)
        return code

    def send_signal(self, sig: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, sig)

    def communicate(self, timeout: float | None = None) -> tuple[str, str]:
        read: dict[int, str] = {}
        streams = [s for s in (self.stdout, self.stderr) if s is not None]
        readers = [threading.Thread(target=lambda n=n, s=s: read.__setitem__(n, s.read()), daemon=True)
                   for n, s in enumerate(streams)]
        for reader in readers:
            reader.start()
        for reader in readers:
            reader.join(timeout)
        if any(reader.is_alive() for reader in readers):
            raise subprocess.TimeoutExpired(f"app {self.pid}", timeout or 0)
        self.wait(timeout)
        for stream in streams:
            stream.close()
        return read.get(0, ""), read.get(1, "")


def stored_originals(data_dir: Path) -> int:
    """How many originals a data folder's vault holds (objects/ab/abcdef…, not their .json sidecars)."""
    return sum(1 for p in (data_dir / "vault" / "objects").glob("*/*") if p.suffix != ".json")


def wait_until_stored(proc: ForkedApp, data_dir: Path, count: int, timeout: float = 120) -> None:
    """Until the vault holds `count` originals, while the import still runs (a poll of files, not of Qt)."""
    deadline = time.monotonic() + timeout
    while stored_originals(data_dir) < count:
        assert proc.poll() is None, f"the import ended with {stored_originals(data_dir)} of {count} originals stored"
        assert time.monotonic() < deadline, "the import stored too little in time"
        time.sleep(0.002)


def kill_when_stored(proc: ForkedApp, data_dir: Path, count: int, timeout: float = 120) -> None:
    """kill -9 an import as soon as the vault holds `count` originals: in the middle of the import, maybe
    between an original and its row's commit. (`evidence add` prints its lines only when it is done.)"""
    wait_until_stored(proc, data_dir, count, timeout)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


class ForkServer:
    """One server per test process: start() once, then popen()/run() per command."""

    def __init__(self) -> None:
        self._folder = tempfile.mkdtemp(prefix="re-fork-")
        self.path = os.path.join(self._folder, "app.sock")
        self._server: subprocess.Popen[str] | None = None

    def start(self, env: dict[str, str]) -> None:
        self._server = subprocess.Popen([sys.executable, "-m", "tests.forked_app", self.path], cwd=ROOT, env=env,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
        assert self._server.stdout is not None
        ready = self._server.stdout.readline()
        assert ready == "ready\n", f"the fork server did not start: {ready!r}"

    def stop(self) -> None:
        if self._server is not None:
            with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET) as conn:
                conn.connect(self.path)
                conn.send(b"")
            try:
                self._server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._server.kill()
                self._server.wait()
            if self._server.stdout is not None:
                self._server.stdout.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def popen(self, argv: list[str], env: dict[str, str], *, stderr_to_stdout: bool = False,
              file_size_limit: int | None = None, preload: tuple[str, ...] = ()) -> ForkedApp:
        """`python -m app ARGV` forked, stdout and stderr as pipes (stderr into stdout if asked); `preload`:
        modules the server imports first, once (GUI_PRELOAD for the window)."""
        out_r, out_w = os.pipe()
        err_r, err_w = (None, out_w) if stderr_to_stdout else os.pipe()
        stdin = os.open(os.devnull, os.O_RDONLY)
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            conn.connect(self.path)
            request = {"argv": argv, "env": env, "cwd": str(ROOT), "file_size_limit": file_size_limit,
                       "preload": list(preload)}
            socket.send_fds(conn, [json.dumps(request).encode()], [stdin, out_w, err_w])
            return ForkedApp(conn, out_r, err_r)
        finally:
            for fd in {stdin, out_w, err_w}:
                os.close(fd)

    def run(self, argv: list[str], env: dict[str, str], *, timeout: float = 300,
            file_size_limit: int | None = None, preload: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
        proc = self.popen(argv, env, file_size_limit=file_size_limit, preload=preload)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)  # as subprocess.run does
            proc.wait()
            raise
        return subprocess.CompletedProcess(["python", "-m", "app", *argv], proc.wait(), out, err)


class SpawnedApps:
    """ForkServer's popen/run as real `python -m app` processes, where there is no fork (Windows)."""

    def popen(self, argv: list[str], env: dict[str, str], *, stderr_to_stdout: bool = False,
              file_size_limit: int | None = None, preload: tuple[str, ...] = ()) -> subprocess.Popen[str]:
        assert file_size_limit is None, "RLIMIT_FSIZE is POSIX"
        return subprocess.Popen([sys.executable, "-m", "app", *argv], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, text=True, encoding="utf-8",
                                stderr=subprocess.STDOUT if stderr_to_stdout else subprocess.PIPE)

    def run(self, argv: list[str], env: dict[str, str], *, timeout: float = 300,
            file_size_limit: int | None = None, preload: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
        assert file_size_limit is None, "RLIMIT_FSIZE is POSIX"
        return subprocess.run([sys.executable, "-m", "app", *argv], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, encoding="utf-8", timeout=timeout)


if __name__ == "__main__":
    serve(sys.argv[1])
