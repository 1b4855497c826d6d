"""SQLite engines of one process share their compiled statements, and each still reads its own file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.core.domain import CaseData
from app.models import Case, db
from app.services.cases import CaseService


def test_a_second_store_reuses_the_first_ones_compiled_sql_and_reads_its_own_rows(tmp_path: Path) -> None:
    first, second = CaseService(tmp_path / "a"), CaseService(tmp_path / "b")
    try:
        assert first.engine.dialect == second.engine.dialect
        assert first.engine.dialect is not second.engine.dialect
        first.create_case(CaseData(title="甲"))
        second.create_case(CaseData(title="乙"))
        second.create_case(CaseData(title="丙"))
        query = select(Case.title).where(Case.title.is_not(None)).order_by(Case.title.desc())
        with first.session() as s:
            assert list(s.scalars(query)) == ["甲"]
        compiled = len(db._SQLITE_COMPILED)
        with second.session() as s:
            assert list(s.scalars(query)) == ["乙", "丙"]
        assert len(db._SQLITE_COMPILED) == compiled  # compiled once, for the first store
    finally:
        first.close()
        second.close()
