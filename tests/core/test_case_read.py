"""get_case reads a case with plain column reads (app/models/case_read.py): what it gives is exactly what
the ORM's loading of the case and its relationships gave, for every kind of row and in the same order."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import selectinload

from app.core.domain import CaseData, CaseInfo, Complaint, Order
from app.core.errors import NotFound
from app.core.privacy import RedactionBox
from app.models import Case, EvidenceItem
from app.models.convert import case_info
from app.models.export import ExportRecord
from app.models.redaction import Redaction
from app.services.cases import CaseService
from tests.store_helpers import chat_txt, png

pytestmark = pytest.mark.both_stores  # the same statements on either store

AT = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)


def orm_case(service: CaseService, case_id: int, *, with_trashed: bool, with_content: bool) -> CaseInfo:
    """What get_case did before it read columns: the ORM's selectin loading and case_info."""
    evidence = selectinload(Case.evidence)
    if with_content:
        evidence = evidence.undefer(EvidenceItem.text).undefer(EvidenceItem.messages_json)
    with service.session() as s:
        row = s.get(Case, case_id, options=[evidence, selectinload(Case.events), selectinload(Case.exports),
                                            selectinload(Case.complaints)])
        assert row is not None
        return case_info(row, with_trashed=with_trashed, with_content=with_content)


def assert_same_as_orm(service: CaseService, case_id: int) -> None:
    for with_trashed in (False, True):
        for with_content in (False, True):
            read = service.get_case(case_id, with_trashed=with_trashed, with_content=with_content)
            assert read == orm_case(service, case_id, with_trashed=with_trashed, with_content=with_content)


def test_a_full_case_reads_as_the_orm_read_it(service: CaseService, tmp_path: Path) -> None:
    data = CaseData(title="网课退款", order=Order(number="A-1", amount=Decimal("1999.50"), paid_at=AT))
    case_id = service.create_case(data)
    service.add_complaint(case_id, Complaint(channel="market_regulator", filed_at=AT, number="B-2"))
    service.add_complaint(case_id, Complaint(channel="platform"))  # not yet dated: sorted last
    service.add_complaint(case_id, Complaint(channel="court", filed_at=datetime(2026, 1, 5, tzinfo=UTC)))
    service.add_evidence(case_id, [png(tmp_path / "a.png", 1), chat_txt(tmp_path / "chat.txt"),
                                   png(tmp_path / "b.png", 2), png(tmp_path / "c.png", 3)])
    items = service.get_case(case_id).evidence
    service.trash_evidence(items[2].id)
    service.add_event(case_id, AT, "申请退款", items[0].id)
    service.add_event(case_id, AT, "同一时刻的另一件事")
    service.add_event(case_id, datetime(2026, 2, 1, tzinfo=UTC), "下单")
    with service.transaction() as s:
        s.add(Redaction(evidence_id=items[0].id, boxes_json=Redaction.dump_boxes((RedactionBox(1, 2, 3, 40, 50),)),
                        sha256="f" * 64, size=123, media_type="image/png", made_at=AT))
        for n in range(3):  # two at the same time: the order is the database's, as before
            s.add(ExportRecord(case_id=case_id, at=AT if n else datetime(2026, 4, 1, tzinfo=UTC), recipient="12315",
                               lang="zh", pages=3 + n, sha256=str(n) * 64, file_name=f"b{n}.pdf",
                               path=None if n == 1 else f"/x/b{n}.pdf", draft=n == 2))
        s.execute(update(EvidenceItem).where(EvidenceItem.id == items[3].id).values(position=items[1].position))
    info = service.get_case(case_id, with_trashed=True, with_content=True)
    assert [c.channel for c in info.data.complaints] == ["court", "market_regulator", "platform"]
    assert info.evidence[0].redaction is not None and info.evidence[0].redaction.boxes[0].w == 40
    assert any(e.text and e.messages for e in info.evidence)  # the chat log's content
    assert len(info.evidence) == 4 and len(service.get_case(case_id).evidence) == 3
    assert [x.draft for x in info.exports].count(True) == 1 and len(info.events) == 3
    assert_same_as_orm(service, case_id)
    assert_same_as_orm(service, service.create_case(CaseData(title="空的")))


def test_redactions_of_more_than_one_batch_of_items_are_all_read(service: CaseService) -> None:
    case_id = service.create_case(CaseData(title="many"))
    with service.transaction() as s:
        rows = [EvidenceItem(case_id=case_id, original_name=f"{n}.png", media_type="image/png", size=n + 1,
                             sha256=f"{n:064x}", imported_at=AT, position=n) for n in range(502)]
        s.add_all(rows)
        s.flush()
        for row in (rows[0], rows[499], rows[500], rows[501]):
            s.add(Redaction(evidence_id=row.id, boxes_json="[]", sha256=row.sha256, size=1,
                            media_type="image/png", made_at=AT))
    info = service.get_case(case_id)
    assert [n for n, e in enumerate(info.evidence) if e.redaction is not None] == [0, 499, 500, 501]
    assert_same_as_orm(service, case_id)


def test_a_missing_or_impossible_case_is_not_found(service: CaseService) -> None:
    for case_id in (999, 0, -1, 2**31):
        with pytest.raises(NotFound):
            service.get_case(case_id)
