"""The evidence vault: originals stored by SHA-256, the ground truth of what the user gave.

Layout under the vault root:
  objects/ab/abcdef…        read-only originals, named by their SHA-256
  objects/ab/abcdef….json   the object's sidecar: the cases that took it (vault_records.py)
  intents/<id>.json         an import about to refer to an object (vault_records.py)
  staging/<owner>/          one folder per process: partial copies and unpacked archives, with
                            owner.lock held locked for the life of the process
  quarantine/<stamp>-<sha>/ objects the user set aside (writable, so the folder can be emptied)
  store.lock                the store lock: imports' commits, repair, rebuild, housekeeping
  tmp/                      partial copies of older versions (PID in the name)

Nothing here deletes an object. Only staging folders whose process is gone are removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.locks import FileLock, hold_for_life, lock_state

CHUNK = 1024 * 1024
HEX64 = re.compile(r"^[0-9a-f]{64}$")
# A lock file with no content yet, and free, is being set up by its process, unless it is this old.
SETUP_GRACE = 3600.0
# Legacy tmp/*.part whose PID cannot be checked (Windows) count as left over after this long.
LEGACY_STALE = 24 * 3600.0


@dataclass
class Staged:
    """A copy in this process's staging folder, hashed and fsynced, not yet part of the vault."""

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


def fsync_dir(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows has no directory handles to sync.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pid_alive(pid: int) -> bool:
    """Only for legacy tmp/ names; os.kill(pid, 0) would end the process on Windows."""
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def make_writable(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IWUSR | stat.S_IRUSR | (os.stat(path).st_mode & 0o777))


def remove_tree(path: Path) -> None:
    """rmtree that also removes read-only files (Windows refuses those otherwise)."""

    def _retry(func: Callable[..., object], target: str, _exc: object) -> None:
        make_writable(Path(target))
        with contextlib.suppress(FileNotFoundError):
            func(target)

    if path.is_dir() and not path.is_symlink():
        handler = {"onexc" if sys.version_info >= (3, 12) else "onerror": _retry}
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(path, **handler)  # type: ignore[arg-type]
    else:
        make_writable(path)
        path.unlink(missing_ok=True)


# This process's staging folder per vault root, and the locks that keep them alive.
_SESSIONS: dict[tuple[int, str], Path] = {}
_SESSIONS_GUARD = threading.Lock()


class Vault:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self.staging = root / "staging"
        self.intents = root / "intents"
        self.quarantine_dir = root / "quarantine"
        self.tmp = root / "tmp"  # older versions' staging
        for folder in (self.objects, self.staging, self.intents):
            folder.mkdir(parents=True, exist_ok=True)

    # ----- the store lock and the staging folders ----------------------------------------------
    @property
    def lock(self) -> FileLock:
        return FileLock.at(self.root / "store.lock")

    def session(self) -> Path:
        """This process's staging folder, made on first use and kept locked until the process ends.

        `staging/<owner>.lock` is created, locked and given this process's id first, then the folder
        `staging/<owner>/`: a lock file with no content yet is one being set up, not a dead one.
        """
        key = (os.getpid(), str(self.root.resolve()))
        with _SESSIONS_GUARD:
            folder = _SESSIONS.get(key)
            if folder is not None and folder.is_dir():
                return folder
            owner = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
            hold_for_life(self.staging / f"{owner}.lock", f"{os.getpid()}\n".encode())
            folder = self.staging / owner
            folder.mkdir(parents=True, exist_ok=True)
            _SESSIONS[key] = folder
            return folder

    @property
    def owner(self) -> str:
        return self.session().name

    def owner_alive(self, owner: str) -> bool:
        """Is the process that owns this staging folder still running?"""
        with _SESSIONS_GUARD:
            if _SESSIONS.get((os.getpid(), str(self.root.resolve()))) == self.staging / owner:
                return True
        return lock_state(self.staging / f"{owner}.lock", SETUP_GRACE) == "held"

    def dead_sessions(self) -> list[Path]:
        """Staging folders (and their lock files) whose process has ended: everything in them is a partial copy."""
        found = []
        names = {p.name.removesuffix(".lock") for p in self.staging.iterdir()}
        for owner in sorted(names):
            if not self.owner_alive(owner):
                found += [p for p in (self.staging / owner, self.staging / f"{owner}.lock") if p.exists()]
        return found

    def legacy_leftovers(self, data_dir: Path | None = None) -> list[Path]:
        """Partial copies and unpacked archives of older versions whose process is gone."""
        found: list[Path] = []
        if self.tmp.is_dir():
            for part in sorted(self.tmp.glob("*.part")):
                pid_text = part.name.split("-", 1)[0]
                with contextlib.suppress(FileNotFoundError):
                    old = time.time() - part.stat().st_mtime > LEGACY_STALE
                    if old or (pid_text.isdigit() and not _pid_alive(int(pid_text))):
                        found.append(part)
        if data_dir is not None:
            for work in sorted(data_dir.glob("archive-*")):
                with contextlib.suppress(FileNotFoundError):
                    if work.is_dir() and time.time() - work.stat().st_mtime > 3600:
                        found.append(work)
        return found

    # ----- objects -------------------------------------------------------------------------------
    def path_for(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / sha256

    def sidecar_path(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / f"{sha256}.json"

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def stage(self, source: Path, max_bytes: int | None = None) -> Staged:
        """Copy source into the staging folder while hashing it, then fsync. Raises OSError on I/O trouble."""
        part = self.session() / f"{uuid.uuid4().hex}.part"
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

    def commit(self, staged: Staged) -> str:
        """Move a staged copy to its final name, read-only and durable.

        Returns "new", "present" (a whole copy was already there) or "healed" (a missing or
        damaged copy was replaced by these bytes, whose hash proves them genuine).
        """
        target = self.path_for(staged.sha256)
        existed = target.exists()
        if existed and target.is_file() and file_sha256(target) == staged.sha256:
            staged.path.unlink(missing_ok=True)
            fsync_dir(target.parent)  # a sidecar just renamed beside it
            return "present"
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(staged.path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        if existed:  # a damaged copy: replace it with the good bytes
            make_writable(target)
        os.replace(staged.path, target)
        fsync_dir(target.parent)
        return "healed" if existed else "new"

    def discard(self, staged: Staged) -> None:
        staged.path.unlink(missing_ok=True)

    def verify(self, sha256: str) -> str | None:
        """The actual hash of the stored file, or None if it is missing."""
        path = self.path_for(sha256)
        if not path.is_file():
            return None
        return file_sha256(path)

    def iter_objects(self) -> Iterator[tuple[str, Path]]:
        """Every object (sidecars and anything not named by a SHA-256 are left out)."""
        for shard in sorted(self.objects.iterdir()):
            if shard.is_dir():
                for obj in sorted(shard.iterdir()):
                    if HEX64.match(obj.name) and obj.is_file():
                        yield obj.name, obj

    # ----- quarantine ----------------------------------------------------------------------------
    def quarantine(self, sha256: str) -> Path:
        """Move an object and its sidecar out of objects/ into a folder the user may empty."""
        source = self.path_for(sha256)
        if not source.is_file():
            raise FileNotFoundError(str(source))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = self.quarantine_dir / f"{stamp}-{sha256[:12]}"
        folder.mkdir(parents=True, exist_ok=True)
        sidecar = self.sidecar_path(sha256)
        if sidecar.exists():
            os.replace(sidecar, folder / sidecar.name)
        os.replace(source, folder / sha256)
        make_writable(folder / sha256)
        fsync_dir(source.parent)
        return folder / sha256

    def quarantined(self) -> Iterator[tuple[str, Path]]:
        if not self.quarantine_dir.is_dir():
            return
        for folder in sorted(self.quarantine_dir.iterdir()):
            if folder.is_dir():
                for obj in sorted(folder.iterdir()):
                    if HEX64.match(obj.name):
                        yield obj.name, obj

    def find(self, text: str) -> list[tuple[str, Path]]:
        """Objects named by a SHA-256, a prefix of at least 8 hex digits, or a path: in objects/ or quarantine."""
        name = Path(text).name.lower()
        if not re.fullmatch(r"[0-9a-f]{8,64}", name):
            return []
        found = [(sha, p) for sha, p in self.iter_objects() if sha.startswith(name)] if len(name) < 64 else (
            [(name, self.path_for(name))] if self.has(name) else [])
        if not found:
            found = [(sha, p) for sha, p in self.quarantined() if sha.startswith(name)]
        return found
