"""Domain errors: each carries a user-facing message and what it concerns."""

from __future__ import annotations

from pathlib import Path


class DomainError(Exception):
    """Base of errors shown to users; never a traceback."""


class ImportRejected(DomainError):
    """A file that cannot be imported, and why."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class CaseFileError(DomainError):
    """A case JSON that is invalid; names the field or file."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class IntegrityFailure(DomainError):
    """An original whose bytes no longer match their recorded SHA-256."""

    def __init__(self, item: str, expected: str, actual: str | None) -> None:
        got = actual if actual is not None else "missing"
        super().__init__(f"{item}: expected SHA-256 {expected}, found {got}")
        self.item = item
        self.expected = expected
        self.actual = actual


class NotFound(DomainError):
    """No such case or evidence item."""


class SchemaTooNew(DomainError):
    """The database was written by a newer version of the app."""


class StoreUnavailable(DomainError):
    """The case database cannot be read or written (disk full, read-only, damaged, busy); names the file.

    `meaning` is what the database's own message means for a user (None if not known), `detail`
    that message; the window translates `meaning` (app/views/widgets/store_text.py).
    """

    def __init__(self, where: str, meaning: str | None, detail: str) -> None:
        reason = f"{meaning} ({detail})" if meaning else detail
        super().__init__(f"{where}: the case database cannot be used: {reason}; nothing was changed")
        self.where, self.meaning, self.detail = where, meaning, detail
