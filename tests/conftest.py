"""Shared test set-up: offscreen Qt; no real desk's settings, keyring or database; for every tier a fresh
data folder and store per test, and both stores for the store tiers.

Every test runs on SQLite. The tests marked `@pytest.mark.both_stores` (those whose SQL can behave
differently on the two: the store's own round trips, queries, search, filters, audit chain, erasing,
migrations, concurrent and office use, joint complaints) run on PostgreSQL too, when
$REFUND_EVIDENCE_TEST_PG says so:
  unset or empty   SQLite only;
  auto             a throw-away server for this run (tools/pg_throwaway.py; scripts/test.sh sets this);
  a URL            that server (its maintenance database, as a user who may create databases).
Such a test that asks for `store_url` (the `service` fixture below, `run` and `run_process` of
tests/cli) then runs once per store; on PostgreSQL it gets an empty migrated database (one per run,
emptied before each test) and $REFUND_EVIDENCE_DB_URL points at it, so every CaseService and CLI
command of the test uses it. The rest (bundles, documents, redaction, input bounds, OCR, the command
line's own parsing and output) does the same things on either store through the same SQLAlchemy code,
so it runs once. `@pytest.mark.sqlite_only` keeps a test about the SQLite file on SQLite in a module
marked for both.
"""

from __future__ import annotations

import atexit
import gc
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.locks import FileLock
from tests.forked_app import ForkServer, SpawnedApps, cli_env
from tests.image_memo import start_image_memo
from tests.ocr_memo import start_run_memo
from tests.run_drawn import ENV_DRAWN, start_drawn_folder
from tests.store_template import make_sqlite_template, seed_sqlite_store

# Must be set before any Qt import; GUI tests never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window reads new screenshots in an OCR worker process; only the tests about that turn it on.
os.environ.setdefault("REFUND_EVIDENCE_OCR", "off")
# Never a real desk's database, name, settings or password store.
for _name in ("REFUND_EVIDENCE_DB_URL", "REFUND_EVIDENCE_USER"):
    os.environ.pop(_name, None)
_CONFIG = tempfile.mkdtemp(prefix="re-test-config-")
atexit.register(shutil.rmtree, _CONFIG, True)
os.environ["REFUND_EVIDENCE_CONFIG_DIR"] = _CONFIG
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

ENV_TEST_PG = "REFUND_EVIDENCE_TEST_PG"


def pg_wanted() -> bool:
    return bool(os.environ.get(ENV_TEST_PG, "").strip())


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_stores: its SQL can differ between the stores; also run on PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself; not run on PostgreSQL")
    start_run_memo(config)  # what the OCR engine read, shared by this run's processes (tests/ocr_memo.py)
    start_image_memo(config)  # the bundle's prepared pictures, likewise (tests/image_memo.py)
    start_drawn_folder(config)  # drawn files that take long to encode, made once per run (tests/run_drawn.py)


# Cycles are collected less often than Python's default (700, 10, 10): a test's objects are mostly freed by
# reference counting, and the collections themselves had cost ~5 s of each worker's CPU; memory is plenty.
GC_THRESHOLDS = (20_000, 20, 50)


def pytest_collection_finish(session: pytest.Session) -> None:
    # What collecting imported (Qt, SQLAlchemy, numpy, the app) lives for the whole run: out of the full
    # collections' way, as the window does after its start-up (app/views/shell/longlived.py). Each full
    # collection had walked it again, ~0.3-0.4 s apiece, ~10 s of the suite's CPU.
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marks = metafunc.definition
    if "store_url" in metafunc.fixturenames and pg_wanted() and marks.get_closest_marker("both_stores") \
            and marks.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("store_url", ["sqlite", "postgresql"], indirect=True)


class PgStores:
    """Databases on one server: one migrated store reused by every test, emptied before each, and fresh ones.

    Emptying (other sessions ended, every table's rows deleted, sequences back to 1) costs a few
    milliseconds where creating a database costs 15-150 (PostgreSQL copies and checkpoints); a test
    that changed the schema or its version gets a new copy of the migrated template instead. It goes
    through one connection kept open to the store between tests (idle, outside any transaction: it holds
    no lock), in three round trips: a new connection per test had cost ~7 ms of the server's CPU (a
    backend started and ended), one statement per table ~1.5 ms more.
    """

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy.engine import make_url

        url = make_url(admin_url)
        self.url = url
        self.connect_args: dict[str, Any] = {"autocommit": True}
        for key, value in (("host", url.host or url.query.get("host")), ("port", url.port),
                           ("user", url.username), ("password", url.password)):
            if value:
                self.connect_args[key] = value
        self.admin_db = url.database or "postgres"
        self.prefix = f"re_test_{os.getpid()}"
        self.names = itertools.count(1)
        self.template = f"{self.prefix}_template"
        self._sql(f'DROP DATABASE IF EXISTS "{self.template}"')
        self._sql(f'CREATE DATABASE "{self.template}"')
        from app.models.db import make_engine
        from app.models.migrate import upgrade

        engine = make_engine(self.database_url(self.template))
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        self.shape = self._shape(self.template)
        tables, sequences, _version = self.shape
        self._emptying = "; ".join([
            "SET LOCAL lock_timeout = '5s'",
            "SET LOCAL session_replication_role = replica",  # no foreign-key order needed
            *(f'DELETE FROM "{table}"' for table in tables if table != "alembic_version"),
            *(f"SELECT setval('\"{sequence}\"', 1, false)" for sequence in sequences)])
        self.store: str | None = None
        self._store_conn: Any = None  # to self.store, kept open between tests

    def _connect(self, database: str) -> Any:
        import psycopg

        return psycopg.connect(dbname=database, **self.connect_args)

    def _sql(self, sql: str) -> None:
        with self._connect(self.admin_db) as conn:
            conn.execute(sql)

    def _shape(self, database: str) -> tuple[Any, ...]:
        """The tables, their sequences and the schema version: what emptying must find unchanged."""
        with self._connect(database) as conn:
            return self._shape_on(conn)

    @staticmethod
    def _shape_on(conn: Any) -> tuple[Any, ...]:
        row = conn.execute(
            "SELECT (SELECT array_agg(tablename ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'),"
            " (SELECT array_agg(sequencename ORDER BY sequencename) FROM pg_sequences WHERE schemaname = 'public'),"
            " (SELECT array_agg(version_num) FROM alembic_version)").fetchone()
        return tuple(tuple(names or ()) for names in row)

    def database_url(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def fresh(self, template: str | None = None) -> tuple[str, str]:
        name = f"{self.prefix}_{next(self.names)}"
        self._sql(f'CREATE DATABASE "{name}" TEMPLATE "{template or self.template}" STRATEGY FILE_COPY')
        return name, self.database_url(name)

    def empty_store(self) -> str:
        """The URL of the shared store, emptied (or replaced by a fresh copy when emptying cannot be trusted)."""
        if self.store is None or not self._empty(self.store):
            if self.store is not None:
                self._close_store_conn()
                self.drop(self.store)
            self.store, _url = self.fresh()
        return self.database_url(self.store)

    def _close_store_conn(self) -> None:
        conn, self._store_conn = self._store_conn, None
        if conn is not None:
            conn.close()

    def _empty(self, database: str) -> bool:
        """Empty the store through the kept connection; once more through a new one if that fails (a test
        may have ended the kept one's session)."""
        import psycopg

        for _attempt in range(2):
            try:
                if self._store_conn is None:
                    self._store_conn = self._connect(database)
                return self._empty_on(self._store_conn)
            except psycopg.Error:
                self._close_store_conn()
        return False

    def _empty_on(self, conn: Any) -> bool:
        # Sessions a test left open (a CaseService never closed) would hold locks: end them.
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = current_database() AND pid <> pg_backend_pid()")
        if self._shape_on(conn) != self.shape:
            return False
        with conn.transaction():
            conn.execute(self._emptying)  # one round trip (no parameters: the simple query protocol)
        return True

    def drop(self, name: str) -> None:
        self._sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _initdb_once_per_run(server: Any) -> None:
    """The throw-away server's cluster: the run's first server makes it (initdb, ~0.8 s of CPU) and leaves a
    copy in the run's folder (tests/run_drawn.py); the other xdist workers' servers start on copies of it."""
    folder = os.environ.get(ENV_DRAWN)
    if not folder:
        server.initdb()
        return
    cluster = Path(folder) / "pg-cluster"
    with FileLock.at(Path(folder) / "pg-cluster.lock"):
        if cluster.is_dir():
            server.initdb(cluster)
        else:
            server.initdb()
            server.copy_cluster(cluster)


@pytest.fixture(scope="session")
def pg_stores() -> Iterator[PgStores]:
    setting = os.environ.get(ENV_TEST_PG, "").strip()
    server = None
    if setting == "auto":
        from tools.pg_throwaway import ThrowawayPostgres

        server = ThrowawayPostgres()
        _initdb_once_per_run(server)
        setting = server.start(initdb=False)
    try:
        stores = PgStores(setting)
        yield stores
        stores._close_store_conn()
        if server is None:  # someone else's server: leave it as found (a throw-away one simply goes)
            for name in (stores.store, stores.template):
                if name is not None:
                    stores.drop(name)
    finally:
        if server is not None:
            server.stop(wait=False)  # its watchdog stops it and removes its folder while pytest ends


@pytest.fixture
def store_url(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str | None]:
    """None for SQLite in the test's data folder; else the URL of a fresh PostgreSQL database."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield None
        return
    stores: PgStores = request.getfixturevalue("pg_stores")
    url = stores.empty_store()
    monkeypatch.setenv("REFUND_EVIDENCE_DB_URL", url)
    yield url


@pytest.fixture
def pg_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, empty PostgreSQL database (not migrated) for PostgreSQL-only tests; skipped without one."""
    if not pg_wanted():
        pytest.skip(f"no PostgreSQL for this run (set {ENV_TEST_PG}=auto)")
    stores: PgStores = request.getfixturevalue("pg_stores")
    name, url = stores.fresh(template="template0")
    try:
        yield url
    finally:
        stores.drop(name)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The run's migrated SQLite store (tests/store_template.py); `service`, `run` and `run_process` copy it."""
    return make_sqlite_template(tmp_path_factory.mktemp("sqlite-template"))


@pytest.fixture(scope="session", autouse=True)
def shared_image_workers() -> Iterator[None]:
    """Every export in this test process prepares its pictures in the same two worker processes
    (tests/image_pool.py) instead of starting two of its own."""
    from tests.image_pool import shared_image_pool

    with shared_image_pool():
        yield


@pytest.fixture(scope="session")
def ocr_engine() -> Any:
    """The text-recognition engine (two ONNX sessions): one per test process, which reads each distinct
    picture once per run (tests/ocr_once.py)."""
    from tests.ocr_once import ReadOnceEngine

    return ReadOnceEngine()


@pytest.fixture
def service(data_dir: Path, store_url: str | None, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh store: a real SQLite file (or an empty PostgreSQL database, see above) and a vault in a temp folder."""
    from app.services.cases import CaseService

    if store_url is None:
        seed_sqlite_store(data_dir, request.getfixturevalue("sqlite_template"))
    svc = CaseService(data_dir, store_url)
    yield svc
    svc.close()


@pytest.fixture(scope="session")
def fork_server() -> Iterator[ForkServer]:
    """Real app processes forked from one that imported the command line once (tests/forked_app.py), the
    window too once a test asks for it; without fork (Windows), `python -m app` processes."""
    if not hasattr(os, "fork"):
        yield SpawnedApps()  # type: ignore[misc]
        return
    server = ForkServer()
    server.start(cli_env())
    yield server
    server.stop()
