from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.core.errors import SchemaTooNew
from app.models import Base
from app.models.db import make_engine
from app.models.migrate import HEAD, current_revision, head_revision, stamped_revision, upgrade
from app.services.cases import CaseService
from tests.store_template import seed_sqlite_store


def test_migration_from_first_schema_keeps_data(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "cases.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, "0001")
    engine.dispose()
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO cases (title, platform, status, consumer_name, consumer_phone, consumer_address,"
        " consumer_id_number, consumer_email, merchant_name, merchant_shop, merchant_address, merchant_contact,"
        " order_number, order_item, order_amount, order_channel, course_misrepresented, refund_status,"
        " refund_amount, demands, facts, created_at, updated_at) VALUES ('旧案件','kuaishou','open','张三','','',"
        "'','','商家','','','','123','课',19900,'',0,'refused',0,'','','2026-11-01 12:00:00','2026-11-01 12:00:00')"
    )
    con.commit()
    con.close()
    service = CaseService(folder)
    assert service.backup is not None and service.backup.is_file()  # copied aside first
    info = service.get_case(1)
    assert info.data.title == "旧案件" and str(info.data.order.amount) == "199.00"
    assert info.exports == []
    assert current_revision(service.engine) == head_revision(service.engine)
    service.close()


def test_newer_database_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    CaseService(folder).close()
    con = sqlite3.connect(folder / "cases.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNew, match="newer version"):
        CaseService(folder)


def test_migrations_match_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    upgrade(engine)
    # The full-text index (FTS5 virtual table evidence_fts and its shadow tables) is made by migration 0004
    # with raw SQL and has no mapped class.
    def not_fts(name: str | None, kind: str, _parent: object) -> bool:
        return not (kind == "table" and (name or "").startswith("evidence_fts"))

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": not_fts})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_wal_mode(tmp_path: Path) -> None:
    service = CaseService(tmp_path / "d")
    with service.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    service.close()


def test_head_constant_is_alembics_head(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    assert stamped_revision(engine) is None  # a new, empty database
    assert head_revision(engine) == HEAD
    upgrade(engine)
    assert stamped_revision(engine) == HEAD == current_revision(engine)
    engine.dispose()


def test_a_current_database_opens_without_alembic(tmp_path: Path, sqlite_template: Path) -> None:
    """The usual start: one query says the schema is current; Alembic (~100 ms of imports) stays unloaded."""
    folder = tmp_path / "data"
    seed_sqlite_store(folder, sqlite_template)  # the store as migrations leave it (tests/store_template.py)
    code = ("import sys; from pathlib import Path; from app.services.cases import CaseService; "
            f"s = CaseService(Path({str(folder)!r}), housekeeping=False); s.list_cases('', None, 0, 10); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"



@pytest.mark.both_stores  # a data migration
def test_readings_learn_their_case_in_0013(service: CaseService, tmp_path: Path) -> None:
    """A reading stored before 0013 gets its item's case, on SQLite and on PostgreSQL; 0013 goes back too."""
    from alembic import command
    from sqlalchemy import inspect, text

    from app.core.domain import CaseData
    from app.models.migrate import alembic_config
    from tests.store_helpers import png

    case_id = service.create_case(CaseData(title="旧"))
    item = service.add_evidence(case_id, [png(tmp_path / "a.png")]).added[0]
    with service.engine.begin() as conn:
        cfg = alembic_config(service.engine)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
        assert "case_id" not in {c["name"] for c in inspect(conn).get_columns("evidence_text")}
        conn.execute(text("INSERT INTO evidence_text (evidence_id, engine, read_at, width, height, text, lines_json, "
                          "facts_json) VALUES (:id, 'v0', '2026-11-01 12:00:00', 1, 1, '收款方', '[]', '{}')"),
                     {"id": item.id})
    upgrade(service.engine, "head")
    with service.engine.connect() as conn:
        assert conn.execute(text("SELECT case_id FROM evidence_text")).scalars().all() == [case_id]
    assert [c.id for c in service.list_cases("收款方")] == [case_id]
