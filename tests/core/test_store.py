from __future__ import annotations

import os
import stat
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.case_draft import read_draft
from app.core.domain import CaseData, Merchant, Order
from app.core.errors import CaseFileError
from app.evidence.vault import file_sha256
from app.models import Case
from app.services.cases import CaseService
from app.services.integrity import verify
from tests.store_helpers import chat_txt, png, write_case_json

pytestmark = pytest.mark.both_stores  # the store itself: round trips, search, filters, audit chain, verify


def test_create_from_json_keeps_everything(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in")))
    info = service.get_case(case_id)
    assert info.data.order.amount == Decimal("199.00")
    assert info.data.consumer.name == "张三"
    assert [e.kind for e in info.evidence] == ["payment", "chat"]
    pay = info.evidence[0]
    assert pay.sha256 == file_sha256(tmp_path / "in" / "shots" / "pay.png")
    assert service.original_path(pay).read_bytes() == (tmp_path / "in" / "shots" / "pay.png").read_bytes()
    assert not os.access(service.original_path(pay), os.W_OK) or os.geteuid() == 0
    assert not (service.original_path(pay).stat().st_mode & stat.S_IWUSR)
    assert info.evidence[1].text is None  # a chat log's content is not loaded with the case
    chat = service.evidence_content(info.evidence[1].id)
    assert chat.text is not None and "退款" in chat.text
    assert chat.messages and chat.messages[0]["sender"] == "张三"
    assert info.events[0].text == "向商家申请退款"


def test_missing_evidence_file_creates_nothing(service: CaseService, tmp_path: Path) -> None:
    path = write_case_json(tmp_path / "in")
    (tmp_path / "in" / "chat.txt").unlink()
    with pytest.raises(CaseFileError, match=r"evidence\[1\]\.file"):
        service.create_from_draft(read_draft(path))
    assert service.list_cases() == []


def test_bad_evidence_file_creates_nothing(service: CaseService, tmp_path: Path) -> None:
    path = write_case_json(tmp_path / "in")
    (tmp_path / "in" / "shots" / "pay.png").write_bytes(b"")
    with pytest.raises(CaseFileError, match="empty"):
        service.create_from_draft(read_draft(path))
    assert service.list_cases() == []


def test_add_evidence_good_bad_duplicate(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_case(CaseData(title="t"))
    good = png(tmp_path / "a.png", 1)
    copy = tmp_path / "copy of a.png"
    copy.write_bytes(good.read_bytes())
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    fake = tmp_path / "fake.jpg"
    fake.write_text("hello, not a picture")
    report = service.add_evidence(case_id, [good, empty, fake, copy])
    assert [a.original_name for a in report.added] == ["a.png"]
    assert [Path(r.path).name for r in report.rejected] == ["empty.png", "fake.jpg"]
    assert "empty" in report.rejected[0].reason
    assert len(report.duplicates) == 1 and report.duplicates[0].existing_id == report.added[0].id
    assert len(service.get_case(case_id).evidence) == 1
    assert list(service.vault.session().iterdir()) == []  # rejected files leave nothing behind


def test_folder_import_and_order(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_case(CaseData(title="t"))
    folder = tmp_path / "phone"
    for i in range(3):
        png(folder / f"{i}.png", i)
    chat_txt(folder / "sub" / "chat.txt", "gbk")
    report = service.add_evidence(case_id, [folder])
    assert len(report.added) == 4 and not report.rejected
    ids = [e.id for e in service.get_case(case_id).evidence]
    service.reorder_evidence(case_id, list(reversed(ids)))
    assert [e.id for e in service.get_case(case_id).evidence] == list(reversed(ids))
    chat = [e for e in service.get_case(case_id, with_content=True).evidence if e.kind == "chat"][0]
    assert chat.text is not None and "客服小王" in chat.text


def test_a_folder_holding_the_data_folder_adds_the_users_files_only(service: CaseService, tmp_path: Path) -> None:
    # tmp_path holds the store's own data folder (vault, database, backups) beside the user's files.
    case_id = service.create_case(CaseData(title="t"))
    png(tmp_path / "mine" / "pay.png")
    service.add_evidence(case_id, [png(tmp_path / "first.png", 3)])
    report = service.add_evidence(case_id, [tmp_path])
    assert [Path(item.original_name).name for item in report.added] == ["pay.png"]
    assert len(report.duplicates) == 1 and not report.rejected  # first.png, already in the case
    assert len(service.get_case(case_id).evidence) == 2  # nothing from the vault or the database


def test_trash_and_restore(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_case(CaseData(title="t"))
    item = service.add_evidence(case_id, [png(tmp_path / "a.png")]).added[0]
    service.trash_evidence(item.id)
    assert service.get_case(case_id).evidence == []
    assert service.original_path(item).is_file()  # the original stays in the vault
    assert verify(service).reclaimable == []
    service.trash_evidence(item.id, restore=True)
    assert [e.id for e in service.get_case(case_id).evidence] == [item.id]


def test_update_is_audited_and_chain_detects_edits(service: CaseService) -> None:
    case_id = service.create_case(CaseData(title="t"))
    data = service.get_case(case_id).data
    service.update_case(case_id, replace(data, order=Order(amount=Decimal("199.00"))))
    log = service.audit_log(case_id)
    assert [a.action for a in log] == ["case.create", "case.update"]
    assert log[1].prev_hash == log[0].hash
    assert '"order.amount":"199.00"' in log[1].detail
    assert verify(service).ok
    with service.transaction() as s:
        s.execute(text("UPDATE audit_entries SET detail = replace(detail, '199.00', '1.00') WHERE seq = 2"))
    problems = verify(service).problems
    assert problems and problems[0].kind == "audit"


def test_verify_finds_flipped_byte_and_missing_file(service: CaseService, tmp_path: Path) -> None:
    case_id = service.create_case(CaseData(title="我的案件"))
    a, b = (service.add_evidence(case_id, [png(tmp_path / f"{i}.png", i)]).added[0] for i in range(2))
    assert verify(service).ok
    path = service.original_path(a)
    os.chmod(path, 0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    service.original_path(b).unlink()
    report = verify(service)
    assert {(p.kind, p.evidence_id) for p in report.problems} == {("damaged", a.id), ("missing", b.id)}
    assert all(p.case_title == "我的案件" for p in report.problems)


def test_leftovers_are_reclaimable_not_damage(service: CaseService, tmp_path: Path) -> None:
    """What an import that never committed leaves is not damage; --repair moves it aside, deletes nothing."""
    from app.evidence import vault_records as records

    case_id = service.create_case(CaseData(title="t"))
    uid = service._sessions().get(Case, case_id).uid
    staged = service.vault.stage(png(tmp_path / "x.png", 7))
    intent = records.begin(service.vault, staged.sha256, uid, service.where, case_id)
    records.add_ref(service.vault, staged.sha256, staged.size, records.Ref(case_uid=uid, case_id=case_id,
                                                                           name="x.png", intent=intent.id))
    service.vault.commit(staged)
    records.abort(service.vault, intent)  # its row was never committed
    (service.vault.tmp).mkdir(exist_ok=True)
    (service.vault.tmp / "999999-dead.part").write_bytes(b"partial")  # an older version's leftover
    report = verify(service)
    assert report.ok and len(report.reclaimable) == 2
    assert [o.status for o in report.orphans] == ["leftover"]
    report = verify(service, repair=True)
    assert len(report.removed) == 1 and len(report.quarantined) == 1
    assert Path(report.quarantined[0]).read_bytes() == (tmp_path / "x.png").read_bytes()
    assert verify(service).reclaimable == []


def test_search_and_status_filter(service: CaseService, tmp_path: Path) -> None:
    a = service.create_case(CaseData(title="英语课"))
    b = service.create_case(CaseData(title="数学课", status="closed"))
    service.add_evidence(b, [png(tmp_path / "x.png")], title="付款截图")
    assert [c.id for c in service.list_cases()] == [b, a]
    assert [c.id for c in service.list_cases("英语")] == [a]
    assert [c.id for c in service.list_cases("付款")] == [b]
    assert [c.id for c in service.list_cases(status="closed")] == [b]
    assert service.count_cases("课") == 2


def test_search_is_case_blind_and_takes_wildcards_literally(service: CaseService, tmp_path: Path) -> None:
    python = service.create_case(CaseData(title="Python 速成 100% 退款", merchant=Merchant(name="某_教育")))
    other = service.create_case(CaseData(title="1000 元 python 课", merchant=Merchant(name="某某教育")))
    trashed = service.create_case(CaseData(title="数学课"))
    service.add_evidence(trashed, [png(tmp_path / "x.png")], title="ZOOM 截图")
    assert {c.id for c in service.list_cases("PYTHON")} == {python, other}
    assert [c.id for c in service.list_cases("100%")] == [python]  # not "1000": % is a percent sign
    assert [c.id for c in service.list_cases("某_")] == [python]  # _ is an underscore, not any character
    assert [c.id for c in service.list_cases("python 退款")] == [python]  # every word
    assert [c.id for c in service.list_cases("zoom")] == [trashed]
    evidence_id = service.get_case(trashed).evidence[0].id
    service.trash_evidence(evidence_id)
    assert service.list_cases("zoom") == []  # trashed evidence is not searched


def test_reopen_store_keeps_data(tmp_path: Path) -> None:
    svc = CaseService(tmp_path / "d")
    case_id = svc.create_case(CaseData(title="t", order=Order(amount=Decimal("0.30"))))
    svc.close()
    again = CaseService(tmp_path / "d")
    assert again.get_case(case_id).data.order.amount == Decimal("0.30")
    again.close()
