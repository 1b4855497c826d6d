"""The index of pending deadlines: kept with every change, rebuilt when the packs change, read in one query."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from app.core.domain import CaseData, Complaint, Order, Refund
from app.core.timeutil import now, parse_datetime
from app.models import DeadlineEntry, StoreFlag
from app.services import deadlines
from app.services.cases import CaseService

pytestmark = pytest.mark.both_stores  # the deadline index and the case list's order by it

def refused_case(title: str, refused: str) -> CaseData:
    """Paid two days and asked one day before the refusal: only the limitation period stays pending."""
    at = parse_datetime(refused)
    return CaseData(title=title, order=Order(amount=None, paid_at=at - timedelta(days=2)),
                    refund=Refund(status="refused", requested_at=at - timedelta(days=1), refused_at=at))


def keys(service: CaseService, case_id: int) -> list[str]:
    with service.session() as s:
        return sorted(e.key for e in s.query(DeadlineEntry).filter_by(case_id=case_id))


def test_pending_deadlines_follow_each_change(service: CaseService) -> None:
    case_id = service.create_case(refused_case("甲", "2026-01-07T10:00"))
    assert keys(service, case_id) == ["court.limitation"]  # the payment-time rules were settled by the request
    filed = now() - timedelta(days=1)
    complaint = service.add_complaint(case_id, Complaint("market_regulator", filed_at=filed, number="1"))
    assert keys(service, case_id) == ["complaint.acceptance", "court.limitation"]
    accepted = service.update_complaint(complaint.id or 0, replace(complaint, accepted_at=filed + timedelta(hours=2)))
    assert keys(service, case_id) == ["complaint.mediation_end", "court.limitation"]
    service.update_complaint(accepted.id or 0, replace(accepted, closed_at=now(), outcome="mediation_failed"))
    assert keys(service, case_id) == ["court.limitation"]
    service.add_complaint(case_id, Complaint("court", filed_at=now()))
    assert keys(service, case_id) == []  # a claim is filed: the limitation period no longer waits on anyone
    info = service.get_case(case_id)
    service.delete_complaint(info.data.complaints[-1].id or 0)
    assert keys(service, case_id) == ["court.limitation"]
    data = info.data
    data.refund.refused_at = None
    service.update_case(case_id, data)
    assert keys(service, case_id) == []


def test_between_and_the_case_list_order(service: CaseService) -> None:
    soon = service.create_case(refused_case("三年将满", (now() - timedelta(days=3 * 365 - 5)).isoformat()))
    later = service.create_case(refused_case("刚被拒绝", (now() - timedelta(days=1)).isoformat()))
    none = service.create_case(CaseData(title="没有期限"))
    assert [c.id for c in service.list_cases()][:1] == [none]  # newest change first
    assert [c.id for c in service.list_cases(by_deadline=True)] == [soon, later, none]
    found = deadlines.between(service, now(), now() + timedelta(days=14))
    assert [(e.case_id, e.key) for e in found] == [(soon, "court.limitation")]
    assert found[0].title == "三年将满" and found[0].party == "consumer"
    items = deadlines.agenda(service, now(), now() + timedelta(days=14), "en")
    assert [(i.case_id, i.deadline.id) for i in items] == [(soon, "court.limitation")]
    assert items[0].deadline.title.startswith("Limitation period") and "Art. 188" in items[0].deadline.source


def test_a_case_from_a_case_json_is_indexed(service: CaseService, tmp_path: Path) -> None:
    from app.core.case_draft import read_draft
    from tests.store_helpers import case_dict, write_case_json

    data = case_dict(complaints=[{"channel": "market_regulator", "filed_at": "2026-11-05T10:00"}])
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in", data)))
    assert "complaint.acceptance" in keys(service, case_id)


def test_the_index_is_rebuilt_when_the_packs_change(service: CaseService, data_dir: Path) -> None:
    case_id = service.create_case(refused_case("甲", "2026-01-07T10:00"))
    assert deadlines.ensure_index(service) == 0  # built when the store opened, kept since
    with service.transaction() as s:  # a store from before the index
        s.query(DeadlineEntry).delete()
        s.query(StoreFlag).filter_by(name=deadlines.INDEX_FLAG).delete()
    assert deadlines.ensure_index(service) == 1
    assert keys(service, case_id) == ["court.limitation"]
    assert deadlines.ensure_index(service) == 0
    packs = data_dir / "rules"
    packs.mkdir()
    source = Path(__file__).resolve().parents[2] / "resources" / "rules" / "kuaishou-course.toml"
    (packs / "kuaishou-course.toml").write_text(source.read_text("utf-8").replace('version = "1.1"',
                                                                                  'version = "1.2"'), "utf-8")
    assert deadlines.ensure_index(service) == 1
    assert keys(service, case_id) == ["court.limitation"]


def test_a_broken_pack_never_stops_a_save(service: CaseService, data_dir: Path) -> None:
    case_id = service.create_case(refused_case("甲", "2026-01-07T10:00"))
    deadlines.ensure_index(service)
    (data_dir / "rules").mkdir()
    (data_dir / "rules" / "broken.toml").write_text("[pack\n", "utf-8")
    data = service.get_case(case_id).data
    data.title = "乙"
    assert service.update_case(case_id, data).data.title == "乙"
    with service.session() as s:
        assert s.get(StoreFlag, deadlines.INDEX_FLAG) is None  # rebuilt in full once the pack reads again


def test_opening_a_store_acts_on_its_flags_as_read_once(service: CaseService, data_dir: Path,
                                                        store_url: str | None) -> None:
    """Housekeeping reads the store's flags in one statement: a stale index is rebuilt and an older
    store's baseline written when a store opens; a current index is left as it is."""
    from app.models import AuditEntry
    from app.models.flags import NEEDS_STATE_BASELINE

    case_id = service.create_case(refused_case("甲", "2026-01-07T10:00"))
    with service.transaction() as s:  # a store from before the index, migrated from before state digests
        s.query(DeadlineEntry).delete()
        s.query(StoreFlag).filter_by(name=deadlines.INDEX_FLAG).delete()
        s.add(StoreFlag(name=NEEDS_STATE_BASELINE, value=""))
    CaseService(data_dir, store_url).close()
    assert keys(service, case_id) == ["court.limitation"]
    with service.session() as s:
        assert s.get(StoreFlag, NEEDS_STATE_BASELINE) is None
        last = s.query(AuditEntry).filter_by(case_id=case_id).order_by(AuditEntry.id.desc()).first()
        assert last is not None and last.action == "state.baseline"  # the newest entry, by id on both stores
        logged = s.query(AuditEntry).count()
    with service.transaction() as s:  # rows only: the flag still says the index is current
        s.query(DeadlineEntry).delete()
    CaseService(data_dir, store_url).close()
    assert keys(service, case_id) == []  # not rebuilt: its flag was current
    with service.session() as s:
        assert s.query(AuditEntry).count() == logged  # no second baseline
