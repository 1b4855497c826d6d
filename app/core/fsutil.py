"""Small file-system helpers shared by the writers of user-visible files."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def make_dir(folder: Path) -> None:
    """mkdir -p, where a file standing in the way is reported as "Not a directory" with its
    name, not as mkdir's puzzling "File exists"."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), folder)
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(blocker)) from None


def make_parent(path: Path) -> None:
    """Create the folder a new file goes into, as a save dialog would."""
    make_dir(path.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def temp_beside(path: Path, suffix: str = ".part") -> Path:
    """An empty temporary file next to `path`, for writing then renaming into place.

    mkstemp makes it private (0600); the finished file should have the permissions of
    any file the user saves, so they are widened to what the umask allows.
    """
    fd, name = tempfile.mkstemp(prefix=f".{path.stem[:60]}-", suffix=suffix, dir=path.parent)
    os.close(fd)
    if os.name == "posix":
        os.chmod(name, 0o666 & ~_umask())
    return Path(name)


@contextmanager
def naming(path: Path) -> Iterator[None]:
    """An OSError from writing `path` names it: a failed write() ("No space left on device",
    "File too large") carries no file name of its own."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise


def write_atomic(path: Path, data: bytes, durable: bool = True, sync_dir: bool = True) -> None:
    """Write a small file whole or not at all: a temporary file beside it, fsynced, renamed over it.

    `sync_dir=False` leaves the folder's fsync (which makes the rename durable) to the caller, who
    syncs that folder anyway a moment later."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name[:60]}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    if durable and sync_dir and os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
