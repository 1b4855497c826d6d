"""Where a command may write: checked before anything is written.

An output is refused inside the data folder (the database, the vault's originals, backups), over
anything that is not a regular file (a folder, a device such as /dev/full, a pipe), and when two
outputs of one command are the same file. An existing file is replaced only when the caller says
so (`--force` on the command line; the window asks the user first).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from app.core.errors import DomainError


class OutputRefused(DomainError):
    """An output path that must not be written; names the option and the path (bad input: exit 2)."""

    def __init__(self, option: str, path: Path, reason: str, code: str) -> None:
        super().__init__(f"{option}: {path} {reason}")
        self.option, self.path, self.reason, self.code = option, path, reason, code


class OutputExists(OutputRefused):
    """A file is already there and the caller did not ask to replace it."""


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def check_outputs(outputs: Sequence[tuple[str, Path | None]], *, data_dir: Path, database: Path | None = None,
                  force: bool = False, example: str = "bundle.pdf") -> None:
    """Raise OutputRefused (or OutputExists) for the first output that must not be written."""
    protected = [_real(data_dir)]
    seen: list[tuple[str, Path]] = []
    for option, given in outputs:
        if given is None:
            continue
        path = Path(given).expanduser()
        real = _real(path)
        if any(_inside(real, folder) for folder in protected) or (database is not None and real == _real(database)):
            raise OutputRefused(option, path, f"is inside the app's data folder ({data_dir}), which holds the case "
                                              "database and the originals; choose a place outside it", "in_data")
        try:
            info = os.stat(real)
        except OSError:  # nothing there (or a file in the way of its folder: the writer names that)
            info = None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise OutputRefused(option, path, f"is a folder; give a file name, e.g. {path / example}", "folder")
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise OutputRefused(option, path, "is not a regular file (a device, pipe or socket); choose a file name",
                                "not_regular")
        for other_option, other in seen:
            if real == other or (info is not None and other.exists() and os.path.samefile(real, other)):
                raise OutputRefused(option, path, f"is the same file as {other_option}; give each output its own name",
                                    "same_file")
        if info is not None and not force:
            raise OutputExists(option, path, "already exists; choose another name, or replace it with --force",
                               "exists")
        seen.append((option, real))
