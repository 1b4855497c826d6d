"""Files the app makes from originals (redacted copies), kept in the vault beside them.

Layout: `vault/derived/ab/abcdef…`, named by SHA-256, read-only, written as originals are (a
temporary file in this process's staging folder, fsynced, renamed). They are not evidence: each can
be made again from its original and the boxes the database keeps, so one that no row refers to any
more is removed, and one that is missing or damaged is made again before an export.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

from app.evidence.vault import CHUNK, HEX64, Vault, file_sha256, fsync_dir, make_writable


class DerivedFiles:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.root = vault.root / "derived"

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def scratch(self, suffix: str = "") -> Path:
        """A fresh name in this process's staging folder (removed with it if the process dies)."""
        return self.vault.session() / f"{uuid.uuid4().hex}{suffix}.part"

    def put(self, made: Path) -> tuple[str, int]:
        """Move a file made in scratch() into the store under its SHA-256; returns (sha256, size)."""
        digest, size = hashlib.sha256(), 0
        with open(made, "rb+") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
            os.fsync(fh.fileno())
        sha = digest.hexdigest()
        target = self.path_for(sha)
        if target.is_file() and file_sha256(target) == sha:
            made.unlink(missing_ok=True)
            return sha, size
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(made, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        if target.exists():
            make_writable(target)
        os.replace(made, target)
        fsync_dir(target.parent)
        return sha, size

    def verify(self, sha256: str) -> str | None:
        path = self.path_for(sha256)
        return file_sha256(path) if path.is_file() else None

    def remove(self, sha256: str) -> None:
        path = self.path_for(sha256)
        make_writable(path)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    def iter_files(self) -> Iterator[tuple[str, Path]]:
        if not self.root.is_dir():
            return
        for shard in sorted(self.root.iterdir()):
            if shard.is_dir():
                for item in sorted(shard.iterdir()):
                    if HEX64.match(item.name) and item.is_file():
                        yield item.name, item
