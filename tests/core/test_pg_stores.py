"""The tests' shared PostgreSQL store (tests/conftest.py PgStores) is really empty before each test: no row
left in any table, every sequence back to 1, a session a test left open ended, and a store whose schema a
test changed replaced by a fresh copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.case_draft import read_draft
from app.services.cases import CaseService
from tests.conftest import pg_wanted
from tests.store_helpers import write_case_json


@pytest.fixture
def stores(request: pytest.FixtureRequest) -> Any:
    if not pg_wanted():
        pytest.skip("no PostgreSQL for this run (set REFUND_EVIDENCE_TEST_PG=auto)")
    return request.getfixturevalue("pg_stores")


def _rows_and_next_ids(stores: Any) -> tuple[dict[str, int], dict[str, int]]:
    tables, sequences, _version = stores.shape
    with stores._connect(stores.store) as conn:
        rows = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t != "alembic_version"}
        next_ids = {s: conn.execute(f"SELECT nextval('\"{s}\"')").fetchone()[0] for s in sequences}
    return rows, next_ids


def _other_sessions(stores: Any) -> int:
    """Sessions on the store but the kept one (none yet on a store just made) and the one asking."""
    kept = stores._store_conn.info.backend_pid if stores._store_conn is not None else 0
    with stores._connect(stores.store) as conn:
        return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND pid <> pg_backend_pid() AND pid <> %s", (kept,)).fetchone()[0]


def test_the_shared_store_is_emptied_and_its_sequences_start_again(stores: Any, tmp_path: Path) -> None:
    url = stores.empty_store()
    service = CaseService(tmp_path / "data", url)
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in")))  # a case, its files, audit
    assert service.get_case(case_id).evidence
    left_open = CaseService(tmp_path / "data", url)  # never closed: its session is ended by the emptying
    left_open.list_cases()
    rows, _next = _rows_and_next_ids(stores)
    assert sum(rows.values()) > 5
    assert _other_sessions(stores) >= 1
    assert stores.empty_store() == url  # the same database, emptied
    assert _other_sessions(stores) == 0
    rows, next_ids = _rows_and_next_ids(stores)
    assert rows == dict.fromkeys(rows, 0)
    assert next_ids == dict.fromkeys(next_ids, 1) and next_ids
    service.close()
    left_open.close()


def test_a_store_with_a_changed_schema_or_a_lost_connection_still_comes_back_empty(stores: Any) -> None:
    stores.empty_store()
    stores.empty_store()  # (the first use in a process makes the store; the kept connection comes with emptying)
    stores._store_conn.close()  # as if a test had ended the kept session
    url = stores.empty_store()
    assert stores._store_conn is not None and not stores._store_conn.closed
    with stores._connect(stores.store) as conn:
        conn.execute("CREATE TABLE extra (id integer)")
    changed = stores.store
    assert stores.empty_store() != url  # a new copy of the template in place of the changed store
    assert stores.store != changed
    with stores._connect(stores.store) as conn:
        assert conn.execute("SELECT to_regclass('extra')").fetchone()[0] is None


def test_a_server_starts_on_a_copy_of_the_runs_cluster(stores: Any) -> None:
    """The xdist workers after the first start their servers on copies of the cluster it made (conftest's
    _initdb_once_per_run): such a copy is a working cluster."""
    import os

    import psycopg

    from tests.run_drawn import ENV_DRAWN
    from tools.pg_throwaway import SUPERUSER, ThrowawayPostgres

    cluster = Path(os.environ[ENV_DRAWN]) / "pg-cluster"
    if not cluster.is_dir():
        pytest.skip("this run's server is not a throw-away one")
    assert not (cluster / "postmaster.pid").exists()  # a cluster no server ever ran on
    server = ThrowawayPostgres()
    try:
        server.initdb(cluster)
        server.start(initdb=False)
        with psycopg.connect(host=str(server.root), user=SUPERUSER, dbname="postgres") as conn:
            assert conn.execute("SELECT current_setting('fsync'), 6 * 7").fetchone() == ("off", 42)
    finally:
        server.stop()
