"""Portable advisory file locks: the store lock, and the lock that says a process is alive.

POSIX: flock(), which belongs to one open file and is dropped by the system when the process
ends, kill -9 included. Windows: msvcrt.locking on the first byte, dropped by the system too.
Either way a second open of the same file, in this process or another, sees the lock; so
"can I take it without waiting?" tells a live holder from a dead one, with no pid to reuse.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


POLL = 0.02


def _open(path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOINHERIT", 0) | getattr(os, "O_CLOEXEC", 0)
    return os.open(path, flags, 0o644)


class FileLock:
    """An exclusive lock on a file, reentrant within a thread, shared by every user in a process.

    Get it with `FileLock.at(path)`: two objects for one file in one process would block each other.
    """

    _registry: dict[str, FileLock] = {}
    _registry_guard = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread_lock = threading.Lock()
        self._owner: int | None = None
        self._depth = 0
        self._fd: int | None = None

    @classmethod
    def at(cls, path: Path) -> FileLock:
        key = os.path.abspath(path)
        with cls._registry_guard:
            lock = cls._registry.get(key)
            if lock is None:
                lock = cls._registry[key] = cls(Path(key))
            return lock

    def acquire(self, timeout: float | None = None) -> bool:
        """Wait at most `timeout` seconds (None: for ever); False if it was not free in time."""
        me = threading.get_ident()
        if self._owner == me:
            self._depth += 1
            return True
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self._thread_lock.acquire(timeout=-1 if timeout is None else max(timeout, 0)):
            return False
        try:
            fd = _open(self.path)
        except BaseException:
            self._thread_lock.release()
            raise
        while not _try(fd):
            if deadline is not None and time.monotonic() >= deadline:
                os.close(fd)
                self._thread_lock.release()
                return False
            time.sleep(POLL)
        self._fd, self._owner, self._depth = fd, me, 1
        return True

    def release(self) -> None:
        if self._owner != threading.get_ident():
            raise RuntimeError("lock released by a thread that does not hold it")
        self._depth -= 1
        if self._depth:
            return
        fd, self._fd, self._owner = self._fd, None, None
        assert fd is not None
        try:
            _unlock(fd)
        finally:
            os.close(fd)
            self._thread_lock.release()

    @property
    def held(self) -> bool:
        return self._owner == threading.get_ident()

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()


def hold_for_life(path: Path, content: bytes) -> int:
    """Create and lock `path` for as long as this process lives, then write `content` into it.

    Returns the open descriptor (kept open on purpose: it is the proof of life). Another process
    testing the lock in the instant before it is taken may hold it for a moment: wait for that.
    """
    fd = _open(path)
    deadline = time.monotonic() + 10
    while not _try(fd):
        if time.monotonic() > deadline:
            os.close(fd)
            raise BlockingIOError(f"{path} is locked by another process")
        time.sleep(POLL)
    os.write(fd, content)
    return fd


def lock_state(path: Path, setup_grace: float) -> str:
    """"held" (its process is alive or still setting up), "free" (its process has ended) or "missing".

    A free lock file with no content yet belongs to a process between creating and locking it,
    unless it is older than `setup_grace` seconds.
    """
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOINHERIT", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return "missing"
    try:
        if not _try(fd):
            return "held"
        try:
            content = os.read(fd, 64)
            age = time.time() - os.fstat(fd).st_mtime
        finally:
            _unlock(fd)
        return "held" if not content and age < setup_grace else "free"
    finally:
        os.close(fd)
