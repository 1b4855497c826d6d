"""From a path on the user's disk to a validated copy staged in the vault.

Nothing here touches the database: the caller records the item only after
`Vault.commit` has made the bytes durable.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import ImportRejected
from app.evidence.inspection import MAX_FILE_BYTES, Inspection, inspect
from app.evidence.vault import Staged, Vault

# System clutter that is never evidence, found when a whole folder is imported.
SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class Prepared:
    source: Path
    original_name: str
    staged: Staged
    inspection: Inspection


def expand_paths(paths: Iterable[Path], skip: Path | None = None) -> list[Path]:
    """Files as given, and every file inside given folders (sorted, recursive).

    `skip` is a folder never walked into: the app's own data folder (vault, database), when a
    user adds a folder that happens to contain it.
    """
    out: list[Path] = []
    skipped = _real(skip) if skip is not None else None
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and (skipped is None or _real(Path(root) / d) != skipped))
                out.extend(
                    Path(root) / f for f in sorted(files) if f not in SKIP_NAMES and not f.startswith("._")
                )
        else:
            out.append(path)
    return out


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _os_reason(exc: OSError, source: Path | None = None) -> str:
    """Why copying `source` into the vault failed, saying which side failed where the error tells."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "not enough disk space to store the file; nothing was changed"
    if exc.errno == errno.EFBIG:
        return "the file is larger than this computer lets the app write (file size limit); nothing was changed"
    if exc.errno == errno.EROFS:
        return "the data folder is read-only; nothing was changed"
    failed_on = Path(exc.filename) if isinstance(exc.filename, str) else None
    storing = failed_on is not None and failed_on != source
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ("permission denied when storing the file in the data folder; nothing was changed" if storing
                else "permission denied when reading the file")
    detail = exc.strerror or str(exc)
    if storing:
        return f"cannot store the file in the data folder ({detail}); nothing was changed"
    return f"cannot read the file ({detail})"


def prepare(vault: Vault, source: Path, original_name: str | None = None) -> Prepared:
    """Stage and validate one file; raises ImportRejected naming the file and reason."""
    name = original_name or source.name
    try:
        info = source.stat()
    except FileNotFoundError:
        raise ImportRejected(source, "file does not exist")
    except OSError as exc:
        raise ImportRejected(source, _os_reason(exc, source))
    if not source.is_file():
        raise ImportRejected(source, "not a regular file")
    if info.st_size == 0:
        raise ImportRejected(source, "file is empty")
    if info.st_size > MAX_FILE_BYTES:
        raise ImportRejected(source, "file is larger than the 2 GiB limit")
    try:
        staged = vault.stage(source, max_bytes=MAX_FILE_BYTES)
    except ValueError:
        raise ImportRejected(source, "file is larger than the 2 GiB limit")
    except OSError as exc:
        raise ImportRejected(source, _os_reason(exc, source))
    if staged.size == 0:
        vault.discard(staged)
        raise ImportRejected(source, "file is empty")
    try:
        inspection = inspect(staged.path, name)
    except ImportRejected as exc:
        vault.discard(staged)
        raise ImportRejected(source, exc.reason)
    except Exception as exc:  # a decoder bug must not become a traceback for the user
        vault.discard(staged)
        raise ImportRejected(source, f"file could not be read as {Path(name).suffix or 'evidence'}: {exc}")
    return Prepared(source=source, original_name=name, staged=staged, inspection=inspection)
