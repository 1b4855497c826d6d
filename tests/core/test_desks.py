"""Several volunteers on one store: who changed what, a version per case, no silent overwrite, assignment."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from app.core.domain import CaseData, Merchant, Order
from app.core.errors import EditConflict
from app.models import AuditEntry
from app.models.audit import broken_links
from app.services.cases import CaseService
from tests.store_template import seed_sqlite_store

pytestmark = pytest.mark.both_stores  # several desks on one store: versions, conflicts, assignment


@pytest.fixture
def desks(data_dir: Path, store_url: str | None,
          sqlite_template: Path) -> Iterator[tuple[CaseService, CaseService]]:
    """Two desks on one store: 甲 and 乙 (the same folder and database, as an office's shared ones); on SQLite
    the folder starts with a copy of the run's migrated store (tests/store_template.py)."""
    if store_url is None:
        seed_sqlite_store(data_dir, sqlite_template)
    first = CaseService(data_dir, store_url, actor="甲")
    second = CaseService(data_dir, store_url, actor="乙", housekeeping=False)
    yield first, second
    second.close()
    first.close()


def _case(**over: object) -> CaseData:
    data = CaseData(title="快手课程退款", merchant=Merchant(name="某某教育科技有限公司"),
                    order=Order(number="2026110112345678", amount=Decimal("199.00")))
    for key, value in over.items():
        setattr(data, key, value)
    return data


def test_each_change_says_who_made_it_and_raises_the_version(desks: tuple[CaseService, CaseService]) -> None:
    a, b = desks
    case_id = a.create_case(_case())
    first = a.get_case(case_id)
    assert first.version == 1 and first.updated_by == "甲"
    b.update_case(case_id, _case(title="快手课程退款（乙改）"))
    after = a.get_case(case_id)
    assert after.version == 2 and after.updated_by == "乙"
    assert [(e.seq, e.actor, e.action) for e in a.audit_log(case_id)] == [(1, "甲", "case.create"),
                                                                         (2, "乙", "case.update")]
    with a.session() as s:
        assert broken_links(s, case_id) == []


def test_the_actor_is_inside_the_hash_chain(desks: tuple[CaseService, CaseService]) -> None:
    a, _b = desks
    case_id = a.create_case(_case())
    with a.transaction() as s:
        s.execute(update(AuditEntry).where(AuditEntry.case_id == case_id).values(actor="冒名"))
    with a.session() as s:
        assert broken_links(s, case_id) == [(case_id, 1, "entry was changed after it was written")]


def test_entries_written_before_actors_were_recorded_still_verify(service: CaseService) -> None:
    service.actor = ""
    case_id = service.create_case(_case())
    with service.session() as s:
        assert broken_links(s, case_id) == []
    assert service.audit_log(case_id)[0].actor == ""


def test_other_facts_changed_meanwhile_are_kept(desks: tuple[CaseService, CaseService]) -> None:
    a, b = desks
    case_id = a.create_case(_case())
    read_by_a = a.get_case(case_id).data
    b.update_case(case_id, _case(order=Order(number="2026110112345678", amount=Decimal("299.00"))),
                  base=b.get_case(case_id).data)
    mine = _case(title="新标题")  # 甲 changed the title only, on the old reading (amount 199.00)
    saved = a.update_case(case_id, mine, base=read_by_a)
    assert saved.data.title == "新标题" and saved.data.order.amount == Decimal("299.00")
    assert saved.updated_by == "甲" and saved.version == 3


def test_the_same_fact_changed_at_two_desks_is_a_conflict_naming_who(desks: tuple[CaseService, CaseService]) -> None:
    a, b = desks
    case_id = a.create_case(_case())
    read_by_a = a.get_case(case_id).data
    b.update_case(case_id, _case(order=Order(number="2026110112345678", amount=Decimal("299.00"))))
    with pytest.raises(EditConflict) as caught:
        a.update_case(case_id, _case(title="新标题", order=Order(number="2026110112345678",
                                                                amount=Decimal("159.00"))), base=read_by_a)
    conflict = caught.value
    assert [(c.field, c.base, c.mine, c.theirs, c.by) for c in conflict.conflicts] == [
        ("order.amount", "199.00", "159.00", "299.00", "乙")]
    assert conflict.conflicts[0].at is not None and conflict.version == 2
    assert "order.amount is now 299.00 by 乙 (you typed 159.00)" in str(conflict)
    stored = a.get_case(case_id)
    assert stored.data.title == "快手课程退款" and stored.data.order.amount == Decimal("299.00")  # nothing saved
    # 甲 chooses to keep what they typed: saved on the current reading, the title comes along.
    kept = a.update_case(case_id, _case(title="新标题", order=Order(number="2026110112345678",
                                                                   amount=Decimal("159.00"))), base=conflict.current)
    assert kept.data.order.amount == Decimal("159.00") and kept.data.title == "新标题"


def test_assign_and_filter_by_volunteer(desks: tuple[CaseService, CaseService]) -> None:
    a, b = desks
    one, two, three = (a.create_case(_case(title=f"案件{n}")) for n in range(3))
    b.assign_case(one, "乙")
    a.assign_case(two, "  甲 ")
    assert a.get_case(two).assignee == "甲"
    assert [c.id for c in a.list_cases(assignee="乙")] == [one]
    assert [c.id for c in a.list_cases(assignee="")] == [three]
    assert a.count_cases(assignee="甲") == 1 and a.count_cases() == 3
    assert {c.id: c.assignee for c in a.list_cases()} == {one: "乙", two: "甲", three: ""}
    assert a.volunteers() == sorted({"甲", "乙"})
    b.assign_case(one, "")
    assert a.list_cases(assignee="乙") == []
    assert [e.action for e in a.audit_log(one)][-2:] == ["case.assign", "case.assign"]


def test_another_desks_change_is_seen_by_the_stamp(desks: tuple[CaseService, CaseService]) -> None:
    a, b = desks
    case_id = a.create_case(_case())
    stamp = a.change_stamp()
    assert a.change_stamp() == stamp
    b.update_case(case_id, _case(title="乙改了标题"))
    assert a.change_stamp() != stamp
    stamp = a.change_stamp()
    b.create_case(_case(title="乙的新案件"))
    assert a.change_stamp()[0] == stamp[0] + 1
