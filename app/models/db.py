"""Engine and session factory. SQLite gets WAL, foreign keys and a busy timeout."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.core.errors import StoreUnavailable

# What SQLite's terse messages mean for a user, and what they can do (translated in app/views/widgets/store_text.py).
SQLITE_MEANINGS = (
    ("database or disk is full", "the disk is full"),
    ("disk i/o error", "the disk could not be read or written (it may be full, removed or failing)"),
    ("readonly database", "the database file or its folder is read-only"),
    ("unable to open database file", "the database file cannot be opened (missing folder or no permission)"),
    ("file is not a database", "the file is not a case database (damaged, or another program's file)"),
    ("database disk image is malformed", "the database file is damaged; restore it from backups/"),
    ("database is locked", "the database is busy in another program; close it and try again"),
)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed import survives power loss, not only a process kill.
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # Views get detached objects; expire_on_commit=False keeps their loaded fields readable.
    return sessionmaker(engine, expire_on_commit=False)


def store_label(engine: Engine) -> str:
    """The database file for messages (a server URL without its password)."""
    database = engine.url.database
    if engine.dialect.name == "sqlite" and database:
        return database
    return engine.url.render_as_string(hide_password=True)


@contextmanager
def database_errors(where: str) -> Iterator[None]:
    """Turn a database failure into StoreUnavailable naming the file; a failed transaction has changed nothing."""
    try:
        yield
    except IntegrityError:
        raise  # a constraint the code expects and handles (two imports of the same bytes at once)
    except DBAPIError as exc:
        detail = str(getattr(exc, "orig", None) or exc).strip()
        meaning = next((text for key, text in SQLITE_MEANINGS if key in detail.lower()), None)
        raise StoreUnavailable(where, meaning, detail) from exc
