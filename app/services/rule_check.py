"""The one rule check: packs loaded and cached in one place, for the window, the CLI, export and self-test.

The shipped packs come first, then the user's own corrections in <data>/rules (same id replaces).
The cache is keyed by every pack file's path, size and modification time, so editing a pack is seen
by the next check everywhere at once (the Overview card and the Rules tab cannot disagree).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.paths import resource_path
from app.core.timeutil import now

if TYPE_CHECKING:
    from app.core.domain import CaseData
    from app.rules.packs import RulePack
    from app.rules.result import CheckResult
    from app.services.cases import CaseService

Signature = tuple[tuple[str, int, int], ...]


def pack_dirs(data_dir: Path | None) -> list[Path]:
    dirs = [resource_path("rules")]
    if data_dir is not None and (data_dir / "rules").is_dir():
        dirs.append(data_dir / "rules")
    return dirs


def _signature(dirs: Sequence[Path]) -> Signature:
    entries: list[tuple[str, int, int]] = []
    for d in dirs:
        try:
            files = sorted(d.glob("*.toml"))
        except OSError:
            continue
        for f in files:
            try:
                st = f.stat()
            except OSError:
                continue
            entries.append((str(f), st.st_size, st.st_mtime_ns))
    return tuple(entries)


_read: dict[tuple[str, int, int], RulePack] = {}
_read_lock = threading.Lock()


def _read_pack(path: Path) -> RulePack:
    """One pack file, parsed once per process while its size and modification time stay the same: every
    data folder opened (a store, a command) reads the same shipped packs, ~5 ms of TOML each time."""
    from app.rules.packs import load_pack

    try:
        st = path.stat()
    except OSError:
        return load_pack(path)  # gone meanwhile: load_pack names the file in its PackError
    key = (str(path), st.st_size, st.st_mtime_ns)
    with _read_lock:
        pack = _read.get(key)
    if pack is None:
        pack = load_pack(path)  # a PackError is raised again next time: not remembered
        with _read_lock:
            _read[key] = pack
    return pack


class RuleBook:
    """The rule packs of one data folder, reloaded only when a pack file changed. Thread-safe."""

    def __init__(self, data_dir: Path | None) -> None:
        self.data_dir = data_dir
        self._packs: list[RulePack] | None = None
        self._signature: Signature = ()
        self._lock = threading.Lock()

    def packs(self) -> list[RulePack]:
        return self.signed_packs()[0]

    def signature(self) -> Signature:
        """Every pack file's path, size and modification time, as the cache keys them."""
        return _signature(pack_dirs(self.data_dir))

    def signed_packs(self) -> tuple[list[RulePack], Signature]:
        """The packs and the signature of the files they were read from (one look at the folders)."""
        from app.rules.packs import load_packs

        dirs = pack_dirs(self.data_dir)
        signature = _signature(dirs)
        with self._lock:
            if self._packs is None or signature != self._signature:
                self._packs = list(load_packs(dirs, _read_pack))
                self._signature = signature
            return self._packs, signature

    def check(self, data: CaseData, kinds: Sequence[str], lang: str, as_of: datetime | None = None) -> CheckResult:
        """The rule check as of `as_of` (default now, Beijing time). Pure apart from the clock and the packs."""
        from app.rules.engine import check

        return check(data, kinds, self.packs(), as_of or now(), lang=lang)

    def check_stored(self, service: CaseService, case_id: int, lang: str,
                     as_of: datetime | None = None) -> CheckResult:
        info = service.get_case(case_id)
        return self.check(info.data, info.evidence_kinds, lang, as_of)


_books: dict[Path | None, RuleBook] = {}
_books_lock = threading.Lock()


def rulebook_for(data_dir: Path | None) -> RuleBook:
    """The shared RuleBook of a data folder (None: the shipped packs only)."""
    key = data_dir.resolve() if data_dir is not None else None
    with _books_lock:
        book = _books.get(key)
        if book is None:
            book = _books[key] = RuleBook(data_dir)
        return book
