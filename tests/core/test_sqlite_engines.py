"""SQLite engines of one process share their compiled statements, and each still reads its own file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.models import Case, db
from app.services.cases import CaseService
from tests.shared_compiled import each_reads_its_own_rows_compiled_once
from tests.store_template import seed_sqlite_store


def test_a_second_store_reuses_the_first_ones_compiled_sql_and_reads_its_own_rows(tmp_path: Path,
                                                                                  sqlite_template: Path) -> None:
    for folder in ("a", "b"):  # two made stores (tests/store_template.py): opening them is the point, not migrating
        seed_sqlite_store(tmp_path / folder, sqlite_template)
    first, second = CaseService(tmp_path / "a"), CaseService(tmp_path / "b")
    try:
        assert first.engine.dialect == second.engine.dialect
        assert first.engine.dialect is not second.engine.dialect
        query = select(Case.title).where(Case.title.is_not(None)).order_by(Case.title.desc())
        each_reads_its_own_rows_compiled_once(first, second, db._SQLITE_COMPILED, query)
    finally:
        first.close()
        second.close()
