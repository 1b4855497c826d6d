"""Small file-system helpers shared by the writers of user-visible files."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
