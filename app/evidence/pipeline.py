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


def collect_paths(paths: Iterable[Path], data_dir: Path) -> tuple[list[Path], list[ImportRejected]]:
    """The files to import from what the user gave, and what is refused before any is read.

    Refused: anything inside the app's data folder (the database, the vault: `evidence add ID DATA`
    would import the database itself), a folder that cannot be read, a folder with no file in it.
    """
    files: list[Path] = []
    refused: list[ImportRejected] = []
    data = _real(data_dir)
    for path in paths:
        real = _real(path)
        if real == data or real.is_relative_to(data):
            refused.append(ImportRejected(path, "in_data_folder"))
            continue
        if not path.is_dir():
            files.append(path)
            continue
        errors: list[OSError] = []
        found: list[Path] = []
        for root, dirs, names in os.walk(path, onerror=errors.append):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and _real(Path(root) / d) != data)
            found.extend(Path(root) / f for f in sorted(names) if f not in SKIP_NAMES and not f.startswith("._"))
        for exc in errors:
            refused.append(ImportRejected(exc.filename or path, "folder_unreadable", error=exc.strerror or str(exc)))
        if not found and not errors:
            refused.append(ImportRejected(path, "folder_empty"))
        files.extend(found)
    return files, refused


def display_name(name: str) -> str:
    """A file name the store can keep: bytes that were not UTF-8 (os.fsdecode's surrogates) become U+FFFD."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace").encode(
            "utf-8", "replace").decode("utf-8")
    return name


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _os_refusal(exc: OSError, source: Path) -> ImportRejected:
    """Why copying `source` into the vault failed, saying which side failed where the error tells."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ImportRejected(source, "disk_full")
    if exc.errno == errno.EFBIG:
        return ImportRejected(source, "file_size_limit")
    if exc.errno == errno.EROFS:
        return ImportRejected(source, "store_read_only")
    failed_on = Path(exc.filename) if isinstance(exc.filename, str) else None
    storing = failed_on is not None and failed_on != source
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ImportRejected(source, "store_permission" if storing else "read_permission")
    return ImportRejected(source, "store_failed" if storing else "read_failed", error=exc.strerror or str(exc))


def prepare(vault: Vault, source: Path, original_name: str | None = None) -> Prepared:
    """Stage and validate one file; raises ImportRejected naming the file and reason."""
    name = display_name(original_name or source.name)
    try:
        info = source.stat()
    except FileNotFoundError:
        raise ImportRejected(source, "missing")
    except OSError as exc:
        raise _os_refusal(exc, source)
    if not source.is_file():
        raise ImportRejected(source, "not_regular")
    if info.st_size == 0:
        raise ImportRejected(source, "empty")
    if info.st_size > MAX_FILE_BYTES:
        raise ImportRejected(source, "over_limit")
    try:
        staged = vault.stage(source, max_bytes=MAX_FILE_BYTES)
    except ValueError:
        raise ImportRejected(source, "over_limit")
    except OSError as exc:
        raise _os_refusal(exc, source)
    if staged.size == 0:
        vault.discard(staged)
        raise ImportRejected(source, "empty")
    try:
        inspection = inspect(staged.path, name)
    except ImportRejected as exc:
        vault.discard(staged)
        raise exc.at(source)
    except Exception as exc:  # a decoder bug must not become a traceback for the user
        vault.discard(staged)
        suffix = Path(name).suffix
        raise (ImportRejected(source, "undecodable", suffix=suffix, error=exc) if suffix
               else ImportRejected(source, "undecodable_file", error=exc))
    return Prepared(source=source, original_name=name, staged=staged, inspection=inspection)
