"""#14: rows changed behind the app's back are named by verify, and nothing is exported from such a case."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from app.core.domain import CaseData
from app.core.timeutil import BEIJING
from app.services.cases import CaseService
from app.services.integrity import verify
from tests.cli.conftest import Run
from tests.store_helpers import png, write_case_json

pytestmark = pytest.mark.both_stores  # rows changed behind the app's back: the audit chain on each store


@pytest.fixture
def case_id(run: Run, tmp_path: Path) -> str:
    return run("case", "create", "--json", str(write_case_json(tmp_path / "in")), check=True).stdout.strip()


def _sql(data_dir: Path, statement: str) -> None:
    """Change rows as another program would: straight into the SQLite file, or the test's PostgreSQL database."""
    url = os.environ.get("REFUND_EVIDENCE_DB_URL")
    if url:
        from sqlalchemy import create_engine

        engine = create_engine(url)
        with engine.begin() as conn:
            for part in statement.split(";"):
                if part.strip():
                    conn.exec_driver_sql(part)
        engine.dispose()
        return
    db = sqlite3.connect(data_dir / "cases.sqlite3")
    try:
        db.executescript(statement)
        db.commit()
    finally:
        db.close()


def _refused(run: Run, case_id: str, tmp_path: Path, *words: str) -> None:
    for args in (("export", case_id, "--out", str(tmp_path / "o.pdf")),
                 ("archive", "export", case_id, "--out", str(tmp_path / "o.zip"))):
        proc = run(*args)
        assert proc.returncode == 1, (args, proc.stderr)
        assert "changed outside the app" in proc.stderr and all(w in proc.stderr for w in words), proc.stderr
    assert not (tmp_path / "o.pdf").exists() and not (tmp_path / "o.zip").exists()


def test_a_changed_amount_and_title_are_named(run: Run, case_id: str, data_dir: Path, tmp_path: Path) -> None:
    assert run("verify").returncode == 0
    _sql(data_dir, "UPDATE cases SET order_amount = 99999900, title = '改过的标题'")
    proc = run("verify")
    assert proc.returncode == 1
    assert "order.amount is 「999999.00」 in the database but 「199.00」 in the audit log" in proc.stderr
    assert "title is 「改过的标题」 in the database but 「快手课程退款」 in the audit log" in proc.stderr
    _refused(run, case_id, tmp_path, "order.amount")


def test_a_deleted_evidence_row_is_named_and_its_original_kept(run: Run, case_id: str, data_dir: Path,
                                                               tmp_path: Path) -> None:
    shown = json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]
    gone = shown[1]
    _sql(data_dir, f"DELETE FROM evidence_items WHERE id = {gone['id']}")
    report = json.loads(run("verify", "--json").stdout)
    assert not report["ok"]
    tampered = [p["detail"] for p in report["problems"] if p["kind"] == "tampered"]
    assert f"evidence {gone['id']} 「{gone['title']}」 is in the audit log but no longer in the database" in tampered
    assert [o["sha256"] for o in report["orphans"]] == [gone["sha256"]]  # its original: kept, reported
    _refused(run, case_id, tmp_path, f"evidence {gone['id']}")


def test_a_reordered_or_retitled_item_is_named(run: Run, case_id: str, data_dir: Path) -> None:
    _sql(data_dir, "UPDATE evidence_items SET position = 9 WHERE id = 1; UPDATE evidence_items SET title = 'x' "
                   "WHERE id = 2")
    err = run("verify").stderr
    assert "evidence 1 position is 9 in the database but 1 in the audit log" in err
    assert "evidence 2 title is 「x」 in the database but 「与客服的聊天记录」 in the audit log" in err


def test_a_deleted_or_edited_audit_log_blocks_export(run: Run, case_id: str, data_dir: Path, tmp_path: Path) -> None:
    _sql(data_dir, "UPDATE audit_entries SET action = 'case.update' WHERE seq = 2")
    assert run("verify").returncode == 1
    _refused(run, case_id, tmp_path, "audit log entry 2")
    _sql(data_dir, "DELETE FROM audit_entries")
    proc = run("verify")
    assert proc.returncode == 1 and "the case has no audit log" in proc.stderr
    _refused(run, case_id, tmp_path, "no audit log")


def test_every_change_through_the_app_keeps_the_log_and_rows_agreed(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_case(CaseData(title="t"))
    a, b = (service.add_evidence(case_id, [png(tmp_path / f"{i}.png", i)]).added[0] for i in range(2))
    info = service.get_case(case_id)
    data = info.data
    data.facts = "改了事实"
    service.update_case(case_id, data)
    service.update_evidence(a.id, title="新标题", kind="payment", occurred_at=datetime(2026, 11, 1, tzinfo=BEIJING))
    service.reorder_evidence(case_id, [b.id, a.id])
    service.trash_evidence(b.id)
    service.trash_evidence(b.id, restore=True)
    event = service.add_event(case_id, datetime(2026, 11, 2, 10, tzinfo=BEIJING), "申请退款")
    service.update_event(event.id, datetime(2026, 11, 2, 11, tzinfo=BEIJING), "再次申请退款")
    service.add_event(case_id, datetime(2026, 11, 3, tzinfo=BEIJING), "删掉的事件")
    service.delete_event(service.get_case(case_id).events[-1].id)
    report = verify(service)
    assert report.ok, [p.describe() for p in report.problems]
    assert json.loads(service.audit_log(case_id)[-1].detail)["state"]


def test_a_store_of_an_older_version_is_vouched_for_once(tmp_path: Path) -> None:
    from sqlalchemy import text

    from app.models import audit

    data_dir = tmp_path / "old"
    service = CaseService(data_dir)
    stamp = datetime(2026, 11, 1, tzinfo=BEIJING)
    with service.transaction() as s:  # what an older version wrote: a log with no state digests
        s.execute(text("INSERT INTO cases (uid, title, platform, status, consumer_name, consumer_phone, "
                       "consumer_address, consumer_id_number, consumer_email, merchant_name, merchant_shop, "
                       "merchant_address, merchant_contact, order_number, order_item, order_channel, "
                       "course_misrepresented, refund_status, refund_amount, demands, facts, created_at, updated_at) "
                       "VALUES ('u1', '旧案件', 'kuaishou', 'open', '', '', '', '', '', '', '', '', '', '', '', '', "
                       "0, 'not_requested', 0, '', '', '2026-11-01 00:00:00', '2026-11-01 00:00:00')"))
        audit.append(s, 1, stamp, "case.create", None, {"title": "旧案件"})
        s.execute(text("INSERT INTO store_flags (name, value) VALUES ('needs_state_baseline', '1')"))
    service.close()
    again = CaseService(data_dir)  # start-up: the baseline is written
    try:
        assert [e.action for e in again.audit_log(1)] == ["case.create", "state.baseline"]
        assert verify(again).ok
        with again.transaction() as s:
            s.execute(text("UPDATE cases SET facts = '后加的' WHERE id = 1"))
        assert [p.kind for p in verify(again).problems] == ["tampered"]
    finally:
        again.close()
