"""Complaints on a case and the date of a refusal: case JSON, store, audit log, archives."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.core.case_draft import read_draft
from app.core.case_json import case_to_json, parse_case
from app.core.domain import Complaint
from app.core.errors import CaseFileError, NotFound
from app.core.timeutil import parse_datetime
from app.services.case_archive import export_archive, import_archive
from app.services.cases import CaseService
from app.services.integrity import verify
from tests.store_helpers import case_dict, write_case_json
from tests.store_template import seed_sqlite_store

pytestmark = pytest.mark.both_stores  # complaint rows, their audit and archives

COMPLAINTS = [
    {"channel": "platform", "filed_at": "2026-11-03T09:00:00+08:00", "number": "KS-778", "outcome": "refused",
     "closed_at": "2026-11-04T12:00:00+08:00"},
    {"channel": "market_regulator", "filed_at": "2026-11-05T02:30:00+00:00", "number": "1231500000123",
     "accepted_at": "2026-11-10", "notes": "12315网站提交"},
]


def with_complaints(**over: Any) -> dict[str, Any]:
    data = case_dict(complaints=COMPLAINTS, **over)
    data["refund"] = {**data["refund"], "refused_at": "2026-11-02T18:00:00+08:00"}
    return data


def test_case_json_reads_and_writes_complaints() -> None:
    case = parse_case(with_complaints())
    assert case.refund.refused_at == parse_datetime("2026-11-02T18:00:00+08:00")
    first, second = case.complaints
    assert (first.channel, first.number, first.outcome) == ("platform", "KS-778", "refused")
    assert second.outcome is None and second.notes == "12315网站提交"
    out = case_to_json(case)
    assert out["refund"]["refused_at"] == "2026-11-02T18:00:00+08:00"
    assert out["complaints"][1] == {
        "channel": "market_regulator", "filed_at": "2026-11-05T10:30:00+08:00", "number": "1231500000123",
        "accepted_at": "2026-11-10T00:00:00+08:00", "closed_at": None, "outcome": None, "notes": "12315网站提交",
    }
    assert parse_case(out) == case  # what is written reads back the same


@pytest.mark.parametrize(
    ("complaint", "field"),
    [
        ({"filed_at": "2026-11-05"}, "complaints[0].channel"),
        ({"channel": "12315"}, "complaints[0].channel"),
        ({"channel": "court", "outcome": "won"}, "complaints[0].outcome"),
        ({"channel": "court", "filed_at": "soon"}, "complaints[0].filed_at"),
        ({"channel": "market_regulator", "filed_at": "2026-11-05", "accepted_at": "2026-11-04"},
         "complaints[0].accepted_at"),
        ({"channel": "market_regulator", "accepted_at": "2026-11-06", "closed_at": "2026-11-05"},
         "complaints[0].closed_at"),
        ({"channel": "platform", "number": "x" * 201}, "complaints[0].number"),
        ("not an object", "complaints[0]"),
    ],
)
def test_bad_complaints_name_the_field(complaint: Any, field: str) -> None:
    with pytest.raises(CaseFileError) as err:
        parse_case(case_dict(complaints=[complaint]))
    assert err.value.field == field


def test_same_day_steps_are_fine_whatever_the_time() -> None:
    # A date typed without a time is midnight: accepted "2026-11-05" on the day filed at 10:00 is fine.
    case = parse_case(case_dict(complaints=[{"channel": "market_regulator", "filed_at": "2026-11-05T10:00",
                                             "accepted_at": "2026-11-05"}]))
    assert case.complaints[0].accepted_at is not None


def test_refusal_before_payment_is_refused() -> None:
    data = case_dict()
    data["refund"] = {**data["refund"], "refused_at": "2026-10-01"}
    with pytest.raises(CaseFileError) as err:
        parse_case(data)
    assert err.value.field == "refund.refused_at"


def test_complaints_list_must_be_a_list() -> None:
    with pytest.raises(CaseFileError) as err:
        parse_case(case_dict(complaints={"channel": "court"}))
    assert err.value.field == "complaints"


def _plain(complaints: list[Complaint]) -> list[Complaint]:
    return [replace(c, id=None) for c in complaints]


def test_store_keeps_complaints_and_logs_each_change(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in", with_complaints())))
    info = service.get_case(case_id)
    assert [c.number for c in info.data.complaints] == ["KS-778", "1231500000123"]
    assert all(c.id is not None for c in info.data.complaints)
    assert info.data.refund.refused_at == parse_datetime("2026-11-02T18:00:00+08:00")

    added = service.add_complaint(case_id, Complaint(channel="consumer_association",
                                                     filed_at=parse_datetime("2026-11-20T09:00")))
    assert added.id is not None
    changed = service.update_complaint(added.id, replace(added, number="XH-1", accepted_at=parse_datetime(
        "2026-11-21T09:00")))
    assert changed.number == "XH-1"
    service.delete_complaint(info.data.complaints[0].id or 0)
    numbers = [c.number for c in service.get_case(case_id).data.complaints]
    assert numbers == ["1231500000123", "XH-1"]

    actions = [(a.action, json.loads(a.detail)) for a in service.audit_log(case_id)]
    assert actions[0][0] == "case.create" and "complaints" not in actions[0][1]["after"]
    # Each complaint of the case JSON is an entry of its own, right after the case's.
    assert [(a, d["after"]["number"]) for a, d in actions[1:3]] == [
        ("complaint.add", "KS-778"), ("complaint.add", "1231500000123")]
    assert [a for a, _ in actions[3:] if a.startswith("complaint.")] == [
        "complaint.add", "complaint.update", "complaint.delete"]
    update = next(d for a, d in actions if a == "complaint.update")
    assert update["before"]["number"] == "" and update["after"]["number"] == "XH-1"
    assert update["after"]["accepted_at"] == "2026-11-21T09:00:00+08:00"

    # Saving the case's other facts never touches its complaints, even from data read before a change.
    stale = info.data
    stale.title = "改过的标题"
    service.update_case(case_id, stale)
    after = service.get_case(case_id).data
    assert after.title == "改过的标题" and [c.number for c in after.complaints] == numbers
    last = service.audit_log(case_id)[-1]
    assert last.action == "case.update" and "complaints" not in last.detail
    assert verify(service).ok  # the log vouches for the complaints as they are


def test_a_complaint_changed_behind_the_apps_back_is_named(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in", with_complaints())))
    service.add_complaint(case_id, Complaint(channel="court", filed_at=parse_datetime("2026-12-01T09:00")))
    assert verify(service).ok
    first = service.get_case(case_id).data.complaints[0].id
    with service.transaction() as s:
        s.execute(text("UPDATE complaints SET number = 'X' WHERE id = :i"), {"i": first})
    tampered = [p.detail for p in verify(service).problems if p.kind == "tampered"]
    assert f"complaint {first} number is 「X」 in the database but 「KS-778」 in the audit log" in tampered


def test_a_case_kept_before_complaints_existed_still_verifies(service: CaseService, tmp_path: Path) -> None:
    # No agent, refusal date or complaints: the state digest is what an older version logged.
    from app.models.state import digest

    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in")))
    with service.session() as s:
        from app.models.state import case_state

        state = case_state(s, case_id)
    assert state is not None
    facts = {k: v for k, v in state["facts"].items() if k != "agent"}  # the agent came in the same week
    old = {**state, "facts": {**facts, "refund": {
        k: v for k, v in state["facts"]["refund"].items() if k != "refused_at"}}}
    del old["complaints"]
    assert digest(state) == digest(old)


def test_store_refuses_bad_complaints(service: CaseService) -> None:
    from app.core.domain import CaseData

    case_id = service.create_case(CaseData(title="t"))
    with pytest.raises(CaseFileError) as err:
        service.add_complaint(case_id, Complaint(channel="email"))
    assert err.value.field == "complaint.channel"
    with pytest.raises(NotFound):
        service.update_complaint(999, Complaint())
    with pytest.raises(NotFound):
        service.add_complaint(999, Complaint())
    assert service.get_case(case_id).data.complaints == []


def test_archives_carry_complaints(service: CaseService, tmp_path: Path, sqlite_template: Path) -> None:
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in", with_complaints())))
    out = export_archive(service, case_id, tmp_path / "case.zip")
    with zipfile.ZipFile(out) as zf:
        data = json.loads(zf.read("case.json"))
    assert [c["number"] for c in data["complaints"]] == ["KS-778", "1231500000123"]
    assert data["refund"]["refused_at"] == "2026-11-02T18:00:00+08:00"
    seed_sqlite_store(tmp_path / "volunteer", sqlite_template)  # another volunteer's store, already made
    other = CaseService(tmp_path / "volunteer")
    try:  # as a copy: on PostgreSQL both services share the test server's database, which has the case already
        a, b = service.get_case(case_id).data, other.get_case(import_archive(other, out, as_copy=True)).data
        assert _plain(a.complaints) == _plain(b.complaints) and len(b.complaints) == 2
        assert b.refund.refused_at == a.refund.refused_at
    finally:
        other.close()
