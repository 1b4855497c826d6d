"""The case list's first page read straight from the SQLite file, while SQLAlchemy is still loading (#16).

At start-up the window is painted first; then the store's libraries (SQLAlchemy, the models) take
most of the time before the list can be read through CaseService (~250 ms on a quiet machine, all
of it Python holding the GIL, so a thread cannot hide it). This module needs only the standard
library's sqlite3: it reads the same rows CaseService.list_cases(by_deadline=True) gives for the
unfiltered list, read-only, so the list shows at once; the window reads the list again through the
service as soon as the store is open (rows that are the same are kept as they are).

It answers only when that is exactly what the service would show: a local SQLite store (no office
server, no REFUND_EVIDENCE_DB_URL) already at this code's schema version (no migration pending,
not a newer app's database). Otherwise, or on any error, it answers None and the list waits for
the service as before.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core import paths
from app.core.domain import CaseSummary
from app.core.money import from_fen
from app.core.schema import HEAD as SCHEMA
from app.core.timeutil import aware

DATABASE = "cases.sqlite3"  # app.core.paths.database_url
# As CaseService.list_cases(by_deadline=True) with no search, status or volunteer filter, compiled for SQLite
# (tests/core/test_first_page.py compares the rows over cases with and without deadlines, in the trash, tied).
PAGE_SQL = """
SELECT cases.id, cases.title, cases.merchant_name, cases.consumer_name, cases.order_number, cases.order_amount,
       cases.status, cases.refund_status, cases.updated_at, cases.assignee, cases.updated_by, cases.version
FROM cases LEFT OUTER JOIN (SELECT deadline_index.case_id AS case_id, min(deadline_index.due) AS due
                            FROM deadline_index WHERE deadline_index.due > ? GROUP BY deadline_index.case_id) AS nxt
     ON nxt.case_id = cases.id
WHERE cases.trashed_at IS NULL
ORDER BY nxt.due IS NULL, nxt.due, cases.updated_at DESC, cases.id DESC
LIMIT ?
"""
COUNT_SQL = "SELECT count(cases.id) FROM cases WHERE cases.trashed_at IS NULL"


def first_page(data_dir: Path, limit: int, at: datetime) -> tuple[list[CaseSummary], int] | None:
    """The first `limit` cases in the list's order (next deadline after `at` first) and how many there are;
    None when only the service can say (see the module's docstring)."""
    from app.core.office import load_office

    database = data_dir / DATABASE
    if os.environ.get(paths.ENV_DB_URL) or load_office().configured or not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        if connection.execute("SELECT version_num FROM alembic_version").fetchall() != [(SCHEMA,)]:
            return None
        rows = connection.execute(PAGE_SQL, (_stored(at), limit)).fetchall()
        total = connection.execute(COUNT_SQL).fetchone()[0]
        return [_summary(row) for row in rows], int(total)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()


def _stored(at: datetime) -> str:
    """A time as app.models.base.UTCDateTime stores it in SQLite (UTC, SQLAlchemy's text form)."""
    return aware(at).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _summary(row: tuple[Any, ...]) -> CaseSummary:
    """A row as the service's types read it: the amount from integer fen, the time as UTC."""
    (case_id, title, merchant, consumer, order_number, amount, status, refund_status, updated_at, assignee,
     updated_by, version) = row
    return CaseSummary(case_id, title, merchant, consumer, order_number,
                       None if amount is None else from_fen(int(amount)), status, refund_status,
                       datetime.fromisoformat(updated_at).replace(tzinfo=UTC), assignee, updated_by, version)
