"""PostgreSQL engines of one process share their compiled statements when their dialects would compile the
same SQL (app/models/pg_dialect.py), and each still reads its own database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Case, db
from app.models.pg_dialect import PostgresDialect
from app.services.cases import CaseService
from tests.conftest import pg_wanted
from tests.shared_compiled import each_reads_its_own_rows_compiled_once

OFFLINE = "postgresql+psycopg://nobody@/nowhere?host=/nonexistent"  # make_engine connects to nothing


@pytest.fixture
def two_databases(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    if not pg_wanted():
        pytest.skip("no PostgreSQL for this run (set REFUND_EVIDENCE_TEST_PG=auto)")
    stores: Any = request.getfixturevalue("pg_stores")
    (first, first_url), (second, second_url) = stores.fresh(), stores.fresh()
    try:
        yield first_url, second_url
    finally:
        stores.drop(first)
        stores.drop(second)


def test_a_second_server_store_reuses_the_first_ones_compiled_sql_and_reads_its_own_rows(
        tmp_path: Path, two_databases: tuple[str, str]) -> None:
    first = CaseService(tmp_path / "a", two_databases[0])
    second = CaseService(tmp_path / "b", two_databases[1])
    try:
        assert isinstance(first.engine.dialect, PostgresDialect) and first.engine.dialect.driver == "psycopg"
        assert first.engine.dialect == second.engine.dialect
        assert first.engine.dialect is not second.engine.dialect
        assert second.engine.get_execution_options()["compiled_cache"] is db._POSTGRES_COMPILED
        query = select(Case.title).where(Case.title.is_not(None)).order_by(Case.title.desc()).limit(7)
        assert each_reads_its_own_rows_compiled_once(first, second, db._POSTGRES_COMPILED, query)
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize(("setting", "other"), [
    ("server_version_info", (15, 4)), ("_backslash_escapes", True), ("max_identifier_length", 30),
    ("label_length", 30), ("default_schema_name", "office"), ("_has_native_hstore", False),
    ("paramstyle", "format"),
])
def test_dialects_that_would_compile_other_sql_are_not_equal(setting: str, other: object) -> None:
    engines = [db.make_engine(OFFLINE) for _ in range(2)]
    a, b = (e.dialect for e in engines)
    for dialect in (a, b):  # as a first connection to a server 16.2 leaves them
        dialect.server_version_info = (16, 2)
        dialect.default_schema_name = "public"
    assert a == b and hash(a) == hash(b)
    setattr(b, setting, other)
    assert a != b
    for e in engines:
        e.dispose()


def test_another_driver_keeps_its_own_dialect_and_cache() -> None:
    engine = db.make_engine("postgresql+psycopg_async://nobody@/nowhere?host=/nonexistent")
    assert not isinstance(engine.dialect, PostgresDialect)
    assert engine.get_execution_options().get("compiled_cache") is not db._POSTGRES_COMPILED
    engine.dispose()
