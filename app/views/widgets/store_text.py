"""Errors the user can act on, as the window shows them; a database failure in the window's language.

The core words a StoreUnavailable in English for the command line; the window translates what
it means for the user. SQLite's own message stays as it is, in brackets, for whoever helps them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.errors import DomainError, ImportRejected, StoreUnavailable

CONTEXT = "StoreError"

# app.models.db.MEANINGS, each marked for translation (tests/gui/test_store_text.py keeps them in step).
MEANINGS: dict[str, str] = {
    "the disk is full": str(QT_TRANSLATE_NOOP("StoreError", "the disk is full")),
    "the disk could not be read or written (it may be full, removed or failing)":
        str(QT_TRANSLATE_NOOP("StoreError", "the disk could not be read or written (it may be full, removed or "
                                            "failing)")),
    "the database file or its folder is read-only":
        str(QT_TRANSLATE_NOOP("StoreError", "the database file or its folder is read-only")),
    "the database file cannot be opened (missing folder or no permission)":
        str(QT_TRANSLATE_NOOP("StoreError", "the database file cannot be opened (missing folder or no "
                                            "permission)")),
    "the file is not a case database (damaged, or another program's file)":
        str(QT_TRANSLATE_NOOP("StoreError", "the file is not a case database (damaged, or another program's "
                                            "file)")),
    "the database file is damaged; restore it from backups/":
        str(QT_TRANSLATE_NOOP("StoreError", "the database file is damaged; restore it from backups/")),
    "the database is busy in another program; close it and try again":
        str(QT_TRANSLATE_NOOP("StoreError", "the database is busy in another program; close it and try again")),
    # PostgreSQL (an office's shared server)
    "the server refused the user name or password (see Settings)":
        str(QT_TRANSLATE_NOOP("StoreError", "the server refused the user name or password (see Settings)")),
    "the database does not exist on the server (see Settings)":
        str(QT_TRANSLATE_NOOP("StoreError", "the database does not exist on the server (see Settings)")),
    "the database user has no permission for this (ask whoever runs the server)":
        str(QT_TRANSLATE_NOOP("StoreError", "the database user has no permission for this (ask whoever runs the "
                                            "server)")),
    "the server has too many connections; try again later":
        str(QT_TRANSLATE_NOOP("StoreError", "the server has too many connections; try again later")),
    "the server's disk is full": str(QT_TRANSLATE_NOOP("StoreError", "the server's disk is full")),
    "the server accepts no changes (it is read-only)":
        str(QT_TRANSLATE_NOOP("StoreError", "the server accepts no changes (it is read-only)")),
    "the connection to the server was lost; try again":
        str(QT_TRANSLATE_NOOP("StoreError", "the connection to the server was lost; try again")),
    "the database server cannot be reached (is it running? see Settings)":
        str(QT_TRANSLATE_NOOP("StoreError", "the database server cannot be reached (is it running? see Settings)")),
}


def store_text(exc: StoreUnavailable) -> str:
    """'FILE: the case database cannot be used: MEANING (DETAIL); nothing was changed', translated."""
    if exc.meaning in MEANINGS:
        reason = f"{QCoreApplication.translate(CONTEXT, MEANINGS[exc.meaning])} ({exc.detail})"
    else:
        reason = exc.detail
    text = QCoreApplication.translate("StoreError", "%1: the case database cannot be used: %2; nothing was changed")
    return text.replace("%1", exc.where).replace("%2", reason)


def user_message(exc: BaseException) -> str | None:
    """The message for an error the user can act on (a refused file, a damaged or full store, a
    path that cannot be used); None for anything else, which is a bug to report."""
    if isinstance(exc, ImportRejected):
        from app.views.widgets.reasons import rejected_text

        return rejected_text(exc)
    if isinstance(exc, StoreUnavailable):
        return store_text(exc)
    if isinstance(exc, DomainError):
        return str(exc)
    if isinstance(exc, OSError) and exc.filename and exc.strerror:  # "PATH: No space left on device"
        return f"{exc.filename}: {exc.strerror}"
    return None
