"""The evidence vault: originals stored by SHA-256, durable before any row points at them.

Layout under the vault root:
  objects/ab/abcdef…   read-only originals, named by their SHA-256
  tmp/                 partial copies of an import in progress (PID in the name)
A file in tmp/, or an object no row refers to, is what an interrupted import leaves:
reclaimable, not damage.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass
class Staged:
    """A copy in tmp/, hashed and fsynced, not yet part of the vault."""

    path: Path
    sha256: str
    size: int


def file_sha256(path: Path, cancel: Callable[[], bool] | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            if cancel is not None and cancel():
                raise InterruptedError("cancelled")
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows has no directory handles to sync.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        # os.kill(pid, 0) would terminate the process on Windows; callers fall back to age.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class Vault:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.tmp = root / "tmp"
        self.objects.mkdir(parents=True, exist_ok=True)
        self.tmp.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def stage(self, source: Path, max_bytes: int | None = None) -> Staged:
        """Copy source into tmp/ while hashing it, then fsync. Raises OSError on I/O trouble."""
        part = self.tmp / f"{os.getpid()}-{uuid.uuid4().hex}.part"
        digest = hashlib.sha256()
        size = 0
        try:
            with open(source, "rb") as src, open(part, "xb") as dst:
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise ValueError("too large")
                    digest.update(chunk)
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return Staged(part, digest.hexdigest(), size)

    def commit(self, staged: Staged) -> Path:
        """Move a staged copy to its final name, read-only and durable. Idempotent per hash."""
        target = self.path_for(staged.sha256)
        if target.is_file() and file_sha256(target) == staged.sha256:
            staged.path.unlink(missing_ok=True)
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(staged.path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        if target.exists():  # a damaged copy: replace it with the good bytes
            os.chmod(target, stat.S_IWUSR | stat.S_IRUSR)
        os.replace(staged.path, target)
        _fsync_dir(target.parent)
        return target

    def discard(self, staged: Staged) -> None:
        staged.path.unlink(missing_ok=True)

    def verify(self, sha256: str) -> str | None:
        """The actual hash of the stored file, or None if it is missing."""
        path = self.path_for(sha256)
        if not path.is_file():
            return None
        return file_sha256(path)

    def iter_objects(self) -> Iterator[tuple[str, Path]]:
        for shard in sorted(self.objects.iterdir()):
            if shard.is_dir():
                for obj in sorted(shard.iterdir()):
                    yield obj.name, obj

    def leftovers(self, stale_after: float = 3600.0) -> list[Path]:
        """Partial copies whose importing process is gone (or, where that can't be told, that are old)."""
        found = []
        for part in sorted(self.tmp.glob("*.part")):
            pid_text = part.name.split("-", 1)[0]
            alive = pid_text.isdigit() and _pid_alive(int(pid_text))
            with contextlib.suppress(FileNotFoundError):
                if not alive or time.time() - part.stat().st_mtime > stale_after:
                    found.append(part)
        return found

    def remove_object(self, sha256: str, min_age_seconds: float = 0) -> bool:
        """Delete an unreferenced original (the caller checked no row refers to it)."""
        path = self.path_for(sha256)
        with contextlib.suppress(FileNotFoundError):
            if time.time() - path.stat().st_mtime < min_age_seconds:
                return False
            os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
            path.unlink()
            return True
        return False
