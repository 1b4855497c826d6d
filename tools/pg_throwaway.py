"""A throw-away PostgreSQL server for the tests and the office bench: initdb + pg_ctl, nothing else.

    .venv/bin/python tools/pg_throwaway.py                 # start one, print its URL, stop on Enter
    .venv/bin/python tools/pg_throwaway.py -- CMD ARGS...  # run CMD with $REFUND_EVIDENCE_TEST_PG set

The cluster lives in a temporary folder and listens on a Unix socket there only (no TCP port:
listen_addresses=''), with trust authentication for the socket and fsync off (it holds test data
only). As root the server runs as the `postgres` user (runuser), since PostgreSQL refuses root.
The binaries are Debian's `postgresql` package (scripts/setup.sh installs it) or whatever
`pg_ctl` is on PATH. A watchdog process stops the server when its owner dies, even by kill -9,
so no test run leaves a postgres behind.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"
ENV_TEST_PG = "REFUND_EVIDENCE_TEST_PG"


def find_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: PATH first, else the newest /usr/lib/postgresql/N/bin."""
    found = shutil.which("pg_ctl")
    if found and (Path(found).parent / "initdb").exists():
        return Path(found).parent

    def version(path: str) -> int:
        part = Path(path).parts[-3]
        return int(part) if part.isdigit() else 0

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=version)
    return Path(candidates[-1]).parent if candidates else None


class ThrowawayPostgres:
    """One cluster in a temporary folder. `start()` returns a URL of its maintenance database."""

    def __init__(self) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError("PostgreSQL server programs (initdb, pg_ctl) not found; on Debian: "
                               "apt-get install postgresql (scripts/setup.sh does)")
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="re-pg-"))
        self.data = self.root / "data"
        self.run_as = SUPERUSER if os.geteuid() == 0 else None
        self._watchdog: subprocess.Popen[bytes] | None = None
        self._names = itertools.count(1)
        if self.run_as:
            import pwd

            entry = pwd.getpwnam(self.run_as)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)

    # ----- server --------------------------------------------------------------------------------------
    def _command(self, program: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / program), *args]
        return ["runuser", "-u", self.run_as, "--", *cmd] if self.run_as else cmd

    def _run(self, program: str, *args: str) -> None:
        done = subprocess.run(self._command(program, *args), cwd=self.root, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, check=False)
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stdout[-2000:]}{tail}")

    def initdb(self, cluster: Path | None = None) -> None:
        """Make the cluster's folder: a new one (initdb, ~0.8 s of CPU), or a copy of `cluster`, a folder
        `initdb` made before and no server ever ran on (see `copy_cluster`)."""
        if cluster is None:
            self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
        else:
            _copy_folder(cluster, self.data)

    def copy_cluster(self, dest: Path) -> None:
        """Copy the cluster `initdb` just made (before `start`) to dest, for another server's `initdb`."""
        _copy_folder(self.data, dest)

    def start(self, *, initdb: bool = True) -> str:
        """Start the server (on a new cluster; without initdb, on the one `initdb()` made)."""
        started = time.perf_counter()
        if initdb:
            self.initdb()
        options = (f"-c listen_addresses='' -k {self.root} -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w", "start")
        self._start_watchdog()
        self.seconds_to_start = time.perf_counter() - started
        return self.url("postgres")

    def _start_watchdog(self) -> None:
        """A child that waits for this process's end (its stdin closes) and then stops the server."""
        stop = self._command("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        code = ("import subprocess, shutil, sys\n"
                "sys.stdin.buffer.read()\n"
                f"subprocess.run({stop!r}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
                f"shutil.rmtree({str(self.root)!r}, ignore_errors=True)\n")
        self._watchdog = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                          start_new_session=True)

    def stop(self, wait: bool = True) -> None:
        """Stop the server and remove its folder (the watchdog does it; without wait, in the background)."""
        watchdog, self._watchdog = self._watchdog, None
        if watchdog is None:
            shutil.rmtree(self.root, ignore_errors=True)
            return
        assert watchdog.stdin is not None
        with contextlib.suppress(OSError):
            watchdog.stdin.close()
        if not wait:
            return
        try:
            watchdog.wait(timeout=60)
        except subprocess.TimeoutExpired:
            watchdog.kill()

    # ----- databases ------------------------------------------------------------------------------------
    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.root}"

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its URL."""
        name = name or f"db{next(self._names)}"
        sql = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else "")
        self.execute(sql)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=str(self.root), user=SUPERUSER, dbname=database, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]


def _copy_folder(source: Path, dest: Path) -> None:
    """A copy with the same owners and modes (`cp -a`: PostgreSQL wants its folder 0700 and its own)."""
    if shutil.which("cp"):
        subprocess.run(["cp", "-a", str(source), str(dest)], check=True)
        return
    shutil.copytree(source, dest, symlinks=True)
    if hasattr(os, "chown"):
        stat = source.stat()
        for path in (dest, *dest.rglob("*")):
            os.chown(path, stat.st_uid, stat.st_gid)


def main(argv: list[str]) -> int:
    server = ThrowawayPostgres()
    try:
        url = server.start()
        print(f"PostgreSQL ready in {server.seconds_to_start:.2f} s: {url}", file=sys.stderr, flush=True)
        if argv[:1] == ["--"] and len(argv) > 1:
            return subprocess.call(argv[1:], env=dict(os.environ, **{ENV_TEST_PG: url}))
        print(url, flush=True)
        with contextlib.suppress(EOFError, KeyboardInterrupt):
            input("Enter stops the server. ")
        return 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
