"""Engine and session factory. SQLite gets WAL, foreign keys and a busy timeout; PostgreSQL a connect timeout."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.util import LRUCache

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
# PostgreSQL, by SQLSTATE (the server may speak another language), then by the client library's words.
POSTGRES_STATES = (
    ("28P01", "the server refused the user name or password (see Settings)"),
    ("28000", "the server refused the user name or password (see Settings)"),
    ("3D000", "the database does not exist on the server (see Settings)"),
    ("42501", "the database user has no permission for this (ask whoever runs the server)"),
    ("53300", "the server has too many connections; try again later"),
    ("53100", "the server's disk is full"),
    ("25006", "the server accepts no changes (it is read-only)"),
    ("57P01", "the connection to the server was lost; try again"),
    ("57P03", "the connection to the server was lost; try again"),
    ("08", "the connection to the server was lost; try again"),
)
POSTGRES_MEANINGS = (
    ("connection refused", "the database server cannot be reached (is it running? see Settings)"),
    ("could not translate host name", "the database server cannot be reached (is it running? see Settings)"),
    ("timeout expired", "the database server cannot be reached (is it running? see Settings)"),
    ("no such file or directory", "the database server cannot be reached (is it running? see Settings)"),
    ("password authentication failed", "the server refused the user name or password (see Settings)"),
    ("no password supplied", "the server refused the user name or password (see Settings)"),
    ("fatal: database", "the database does not exist on the server (see Settings)"),
    ("server closed the connection", "the connection to the server was lost; try again"),
)
# Every meaning a StoreUnavailable can carry (app/views/widgets/store_text.py translates each).
MEANINGS = tuple(dict.fromkeys(m for _k, m in SQLITE_MEANINGS + POSTGRES_STATES + POSTGRES_MEANINGS))
CONNECT_TIMEOUT_S = 10


class SqliteDialect(SQLiteDialect_pysqlite):
    """SQLAlchemy's own SQLite dialect, whose instances compare equal when they would compile the same SQL.

    SQLAlchemy keys its cache of compiled statements by dialect object, and every engine has its own: a
    process that opens many stores (the self-test, an archive import, the test suite: a store per test)
    compiled every statement again for each, ~20% of the suite's CPU. Every store file here has the same
    schema (this code's models), so what was compiled for one is right for the next.
    """

    supports_statement_cache = True

    def _compiles_as(self) -> tuple[Any, ...]:
        return type(self), self.server_version_info, self.paramstyle, self.dbapi

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SqliteDialect) and other._compiles_as() == self._compiles_as()

    def __hash__(self) -> int:
        return hash(SqliteDialect)  # constant: the version is only known after the first connection


registry.register("sqlite.refund_evidence", __name__, "SqliteDialect")
registry.register("postgresql.refund_evidence", "app.models.pg_dialect", "PostgresDialect")
_SQLITE_COMPILED: LRUCache[Any, Any] = LRUCache(1000)  # shared by the SQLite engines of this process
_POSTGRES_COMPILED: LRUCache[Any, Any] = LRUCache(1000)  # and by its PostgreSQL (psycopg) engines


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        parsed = make_url(url)
        if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
            parsed = parsed.set(drivername="sqlite+refund_evidence")
        engine = create_engine(parsed, connect_args={"timeout": 30},
                               execution_options={"compiled_cache": _SQLITE_COMPILED})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            # FULL: a committed import survives power loss, not only a process kill.
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    parsed = make_url(url)
    options: dict[str, Any] = {}
    if parsed.drivername == "postgresql+psycopg":  # the app's own URLs (app.core.office); another driver as it is
        parsed = parsed.set(drivername="postgresql+refund_evidence")
        options["execution_options"] = {"compiled_cache": _POSTGRES_COMPILED}
    # A server that does not answer is an error within seconds, not a window hung for the OS's TCP timeout.
    return create_engine(parsed, pool_pre_ping=True, **options,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "refund-evidence"})


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    # Views get detached objects; expire_on_commit=False keeps their loaded fields readable.
    return sessionmaker(engine, expire_on_commit=False)


def store_label(engine: Engine) -> str:
    """The database file for messages; for a server `postgresql://user@host:port/database` (no password)."""
    url = engine.url
    if engine.dialect.name == "sqlite" and url.database:
        return url.database
    host = url.host or str(url.query.get("host") or "localhost")
    port = f":{url.port}" if url.port else ""
    user = f"{url.username}@" if url.username else ""
    return f"{url.get_backend_name()}://{user}{host}{port}/{url.database or ''}"


def meaning_of(exc: DBAPIError) -> str | None:
    """What a database failure means for the user, if known."""
    state = str(getattr(exc.orig, "sqlstate", None) or "")
    if state:
        for prefix, text in POSTGRES_STATES:
            if state.startswith(prefix):
                return text
    detail = " ".join(str(getattr(exc, "orig", None) or exc).lower().split())
    return next((text for key, text in SQLITE_MEANINGS + POSTGRES_MEANINGS if key in detail), None)


@contextmanager
def database_errors(where: str) -> Iterator[None]:
    """Turn a database failure into StoreUnavailable naming the file; a failed transaction has changed nothing."""
    try:
        yield
    except IntegrityError:
        raise  # a constraint the code expects and handles (two imports of the same bytes at once)
    except DBAPIError as exc:
        detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
        raise StoreUnavailable(where, meaning_of(exc), detail) from exc
