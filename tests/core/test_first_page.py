"""The case list's first page read with sqlite3 alone (app/services/first_page.py) is the service's own."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.domain import CaseData, Order, Refund
from app.core.timeutil import now
from app.models.migrate import HEAD
from app.services import first_page as quick
from app.services.case_trash import trash_case
from app.services.cases import CaseService

pytestmark = pytest.mark.sqlite_only  # about the SQLite file itself


def refused(title: str, days_ago: int, amount: Decimal | None = None) -> CaseData:
    at = now() - timedelta(days=days_ago)
    return CaseData(title=title, order=Order(amount=amount, paid_at=at - timedelta(days=2)),
                    refund=Refund(status="refused", requested_at=at - timedelta(days=1), refused_at=at))


def test_it_reads_the_schema_this_code_writes() -> None:
    assert quick.SCHEMA == HEAD, "a new migration: raise SCHEMA in app/services/first_page.py too"


def test_the_first_page_is_the_services_first_page(service: CaseService) -> None:
    soon = service.create_case(refused("三年将满", 3 * 365 - 5, Decimal("199.50")))
    service.create_case(refused("刚被拒绝", 1))
    service.create_case(refused("早已过期", 4 * 365))  # its deadline passed: ordered with the cases without one
    for n in range(6):
        service.create_case(CaseData(title=f"没有期限 {n}", order=Order(amount=Decimal(n))))
    trash_case(service, soon)
    with service.transaction() as s:  # ties on the time of the last change: the id decides, as in the service
        s.execute(text("UPDATE cases SET updated_at = '2026-11-01 12:00:00.000000' WHERE title LIKE '没有期限%'"))
    service.assign_case(2, "李志愿")
    at = now()
    for limit in (3, 200):
        found = quick.first_page(service.data_dir, limit, at)
        assert found is not None
        rows, total = found
        assert rows == service.list_cases("", None, 0, limit, by_deadline=True)
        assert total == service.count_cases() == 8
    with sqlite3.connect(service.data_dir / "cases.sqlite3") as db:  # times compared as SQLAlchemy stores them
        stored = db.execute("SELECT updated_at FROM cases WHERE id = 2").fetchone()[0]
    assert quick._stored(service.get_case(2).updated_at) == stored
    titles = [r.title for r in rows]
    assert titles[:2] == ["刚被拒绝", "早已过期"]
    assert titles[2:] == [f"没有期限 {n}" for n in range(5, -1, -1)]


def test_only_the_service_answers_when_it_would_do_more(service: CaseService, data_dir: Path,
                                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    service.create_case(CaseData(title="一件"))
    assert quick.first_page(data_dir, 10, now()) is not None
    assert quick.first_page(tmp_path / "nothing here", 10, now()) is None  # a new data folder: created by the service
    monkeypatch.setenv("REFUND_EVIDENCE_DB_URL", f"sqlite:///{data_dir / 'cases.sqlite3'}")
    assert quick.first_page(data_dir, 10, now()) is None  # another database named by the environment
    monkeypatch.delenv("REFUND_EVIDENCE_DB_URL")
    with sqlite3.connect(data_dir / "cases.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num = '0013'")  # a migration is due: the service first
    assert quick.first_page(data_dir, 10, now()) is None
    service.close()
    (data_dir / "cases.sqlite3").write_bytes(b"not a database" * 100)
    assert quick.first_page(data_dir, 10, now()) is None
