"""Domain errors: each carries a user-facing message and what it concerns."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class DomainError(Exception):
    """Base of errors shown to users; never a traceback."""


# Why a file is refused: a code, and the English text the command line prints (fields filled in).
# The window translates by code (app/views/widgets/reasons.py), never by reading this text.
REJECTIONS: dict[str, str] = {
    "missing": "file does not exist",
    "over_limit": "file is larger than the 2 GiB limit",
    "disk_full": "not enough disk space to store the file; nothing was changed",
    "file_size_limit": "the file is larger than this computer lets the app write (file size limit); "
                       "nothing was changed",
    "store_read_only": "the data folder is read-only; nothing was changed",
    "store_permission": "permission denied when storing the file in the data folder; nothing was changed",
    "read_permission": "permission denied when reading the file",
    "store_failed": "cannot store the file in the data folder ({error}); nothing was changed",
    "read_failed": "cannot read the file ({error})",
    "undecodable": "file could not be read as {suffix}: {error}",
    "undecodable_file": "file could not be read as evidence: {error}",
    "unreadable": "file cannot be read ({error})",
    "not_regular": "not a regular file",
    "empty": "file is empty",
    "too_large": "file is too large ({size} GB; limit {limit} GB)",
    "not_image": "file content is not a {kind} image (it looks like {what})",
    "not_pdf": "file content is not a PDF document (it looks like {what})",
    "not_text": "file content is not text (it looks like {what})",
    "image_damaged": "{kind} image is truncated or damaged",
    "image_bomb": "image is too large ({width}×{height} pixels; limit {limit} megapixels) — possible decompression "
                  "bomb",
    "image_bomb_unsized": "image is too large (limit {limit} megapixels) — possible decompression bomb",
    "pdf_no_pages": "PDF has no pages",
    "pdf_damaged": "PDF is damaged and cannot be opened",
    "pdf_encrypted": "PDF is password-protected",
    "text_too_large": "text file is too large to read ({size} MB; limit {limit} MB)",
    "text_bad_bytes": "text file says it is {encoding} but contains invalid bytes",
    "text_unknown_encoding": "file is not readable text (unknown encoding or binary data)",
    "text_nul": "file contains binary data (NUL bytes), not text",
    "text_binary": "file contains binary data, not text",
    "object_damaged": "its bytes no longer match its SHA-256 (they hash to {actual}); the vault copy is damaged",
    "in_data_folder": "is inside the app's own data folder (the case database and the originals); add your own "
                      "files instead",
    "folder_empty": "the folder holds no file to add",
    "folder_unreadable": "the folder cannot be read ({error})",
    "chat_too_long": "chat log has more than {limit} messages; split it into parts of at most {limit}",
    "image_frames": "animation has more than {limit} frames; the app reads at most {limit}",
    "image_text_chunk": "the picture carries embedded text (metadata) over the {limit} MB the app reads",
}


class ImportRejected(DomainError):
    """A file that cannot be imported: its path, a code from REJECTIONS and the fields of that text."""

    def __init__(self, path: str | Path, code: str, **fields: object) -> None:
        self.path = str(path)
        self.code = code
        self.fields = fields
        self.reason = REJECTIONS[code].format(**fields)
        super().__init__(f"{path}: {self.reason}")

    def at(self, path: str | Path) -> ImportRejected:
        """The same refusal, naming another path (the user's file instead of a staged copy)."""
        return ImportRejected(path, self.code, **self.fields)


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


class ExportBlocked(DomainError):
    """A bundle for the market regulator that lacks what Art. 10 requires, or states contradicting facts.

    `missing` names the empty fields, `problems` the facts to correct; a draft export is still allowed.
    """

    def __init__(self, missing: list[str], problems: list[str]) -> None:
        parts = ([f"missing {', '.join(missing)}"] if missing else []) + problems
        super().__init__("a complaint to the market regulator needs the material of Art. 10 of the 2026 "
                         f"measures and consistent facts: {'; '.join(parts)} (a draft can still be exported)")
        self.missing = missing
        self.problems = problems


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


class StoreBusy(DomainError):
    """Another process holds the store lock (an import, a repair or a rebuild) for too long."""

    def __init__(self, where: str, waited: float) -> None:
        super().__init__(f"{where}: the store is busy (another import, repair or rebuild is running; waited "
                         f"{waited:g} s); nothing was changed, try again")
        self.where = where
        self.waited = waited


class CaseTampered(DomainError):
    """A case whose rows or audit log were changed outside the app: nothing is exported from it."""

    def __init__(self, case_id: int, title: str, problems: list[str]) -> None:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
        super().__init__(f"case {case_id} 「{title}」: its records were changed outside the app, so nothing is "
                         f"exported from it ({shown}); `verify` lists every difference")
        self.case_id, self.title, self.problems = case_id, title, problems


class EditConflict(DomainError):
    """A save of a case's facts read before someone else changed the same facts; nothing was saved.

    `conflicts` names each fact (app.core.domain.FieldConflict), `current` is the case as stored now and
    `version` its version. To decide, save again with `rebased` as the base (the facts as read, but the
    conflicting ones as stored now): the user's facts to keep theirs, or `theirs` (the user's facts with
    the other desk's value for each conflicting one) to take the other desk's; other changes stay either way.
    """

    def __init__(self, case_id: int, conflicts: list[Any], current: Any, version: int, rebased: Any = None,
                 theirs: Any = None) -> None:
        parts = []
        for c in conflicts:
            who = f" by {c.by}" if c.by else ""
            parts.append(f"{c.field} is now {_shown(c.theirs)}{who} (you typed {_shown(c.mine)})")
        super().__init__(f"case {case_id} was changed since you opened it: {'; '.join(parts)}; nothing was saved")
        self.case_id, self.conflicts, self.current, self.version = case_id, conflicts, current, version
        self.rebased, self.theirs = rebased, theirs


def _shown(value: object) -> str:
    return "empty" if value in (None, "") else str(value)
