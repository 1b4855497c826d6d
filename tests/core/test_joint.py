"""Joint complaints (Art. 12): grouping by business, consent, at most two representatives, the log."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.domain import CaseData, Consumer, Merchant, Order
from app.core.errors import NotFound
from app.core.joint import letter_for, merchant_key, normalise
from app.services import joint
from app.services.cases import CaseService
from app.services.joint import JointRefused

pytestmark = pytest.mark.both_stores  # joint complaints: grouping queries, membership rows


def _case(service: CaseService, n: int, name: str = "某某教育科技（北京）有限公司", shop: str = "某某课堂") -> int:
    return service.create_case(CaseData(
        title=f"课程退款{n}", consumer=Consumer(name=f"消费者{n}", phone=f"1380000000{n}", address=f"北京市某路{n}号"),
        merchant=Merchant(name=name, shop=shop), order=Order(number=f"2026000{n}", amount=Decimal(f"{n}99.00"))))


def test_names_of_one_business_are_one_key() -> None:
    assert normalise("某某教育科技（北京）有限公司") == normalise(" 某某教育科技(北京)有限公司 ")
    assert normalise("ＡＢＣ 课堂") == normalise("abc课堂")
    assert merchant_key("某某公司", "店A") == merchant_key("某某公司", "店B")
    assert merchant_key("", "主播小王") == "shop:主播小王" and merchant_key("", "") == ""
    assert [letter_for(n) for n in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


def test_suggestions_group_cases_against_one_business(service: CaseService) -> None:
    a, b = _case(service, 1), _case(service, 2, name="某某教育科技(北京)有限公司")
    _case(service, 3, name="另一家公司", shop="别的店")
    c = _case(service, 4, name="", shop="某某课堂")  # only the shop is known: its own group
    d = _case(service, 5, name="", shop="某某 课堂")
    groups = joint.suggest(service)
    assert [g.case_ids for g in groups] == [[a, b], [c, d]]
    assert groups[0].merchant_name in ("某某教育科技（北京）有限公司", "某某教育科技(北京)有限公司")
    joint.create(service, [a, b])
    assert [g.case_ids for g in joint.suggest(service)] == [[c, d]]  # cases already grouped are not suggested


def test_create_consent_and_elect_follow_the_rules(service: CaseService) -> None:
    service.actor = "志愿者甲"
    ids = [_case(service, n) for n in (1, 2, 3)]
    with pytest.raises(JointRefused, match="at least 2"):
        joint.create(service, ids[:1])
    other = _case(service, 4, name="另一家公司", shop="别的店")
    with pytest.raises(JointRefused, match="one business"):
        joint.create(service, [ids[0], other])
    info = joint.create(service, ids, "某某课堂共同投诉")
    assert [(m.letter, m.case_id) for m in info.members] == list(zip("ABC", ids, strict=True))
    assert info.problems() == ["A 消费者1: no consent recorded", "B 消费者2: no consent recorded",
                               "C 消费者3: no consent recorded", "no representative elected"]
    with pytest.raises(JointRefused, match="already in joint complaint"):
        joint.create(service, ids[1:])
    with pytest.raises(JointRefused, match="not consented"):
        joint.elect(service, info.id, [ids[0]])
    for case_id in ids:
        info = joint.consent(service, info.id, case_id, how="签署推选代表人书")
    with pytest.raises(JointRefused, match="at most 2"):
        joint.elect(service, info.id, ids)
    info = joint.elect(service, info.id, ids[:2])
    assert [m.letter for m in info.representatives] == ["A", "B"] and info.problems() == []
    info = joint.consent(service, info.id, ids[1], withdraw=True)  # a representative withdraws consent
    assert [m.letter for m in info.representatives] == ["A"] and info.problems() == ["B 消费者2: no consent recorded"]
    log = service.audit_log(ids[0])
    assert [e.action for e in log[-3:]] == ["joint.join", "joint.consent", "joint.representative"]
    assert {e.actor for e in log} == {"志愿者甲"}


def test_what_the_volunteer_types_is_kept_or_refused(service: CaseService) -> None:
    from app.core.errors import CaseFileError

    ids = [_case(service, n) for n in (1, 2)]
    title = "  某某课堂　共同投诉（2026年11月）  "
    info = joint.create(service, ids, title)
    assert info.title == title.strip() and info.facts == ""  # each complainant's own facts are told in the letter
    with pytest.raises(CaseFileError, match="title"):
        joint.update(service, info.id, title="长" * 201)
    with pytest.raises(JointRefused) as refused:
        joint.update(service, info.id, title="   ")
    assert refused.value.reason == "no_title"
    how = "签署推选代表人书，  2026年12月1日在办公室"
    info = joint.consent(service, info.id, ids[0], how=how)
    assert info.members[0].consent_how == how  # not squeezed
    with pytest.raises(CaseFileError, match="how"):
        joint.consent(service, info.id, ids[1], how="微" * 201)  # refused, never cut
    assert joint.get(service, info.id).members[1].consented_at is None
    assert joint.get(service, info.id).title == title.strip()


def test_letters_stay_when_someone_leaves_and_a_case_joins(service: CaseService) -> None:
    ids = [_case(service, n) for n in (1, 2, 3)]
    info = joint.create(service, ids)
    info = joint.remove(service, info.id, ids[1])
    assert [m.letter for m in info.members] == ["A", "C"]
    info = joint.add(service, info.id, ids[1])
    assert [(m.letter, m.case_id) for m in info.members] == [("A", ids[0]), ("B", ids[1]), ("C", ids[2])]
    assert joint.of_case(service, ids[1]) == info.id
    with pytest.raises(NotFound):
        joint.remove(service, info.id, 999)
    with pytest.raises(NotFound):
        joint.get(service, 2**40)


def test_an_erased_case_leaves_its_joint_complaint(service: CaseService) -> None:
    from app.services.erase import erase_case

    ids = [_case(service, n) for n in (1, 2, 3)]
    info = joint.create(service, ids)
    erase_case(service, ids[2])
    assert [m.case_id for m in joint.get(service, info.id).members] == ids[:2]


def test_trashed_cases_are_not_suggested_and_a_deleted_one_leaves(service: CaseService) -> None:
    from app.services.case_trash import delete_case, trash_case

    ids = [_case(service, n) for n in (1, 2, 3, 4, 5)]
    info = joint.create(service, ids[:3])
    trash_case(service, ids[4])
    assert joint.suggest(service) == []  # case 4 alone is left outside: no group
    trash_case(service, ids[2])
    delete_case(service, ids[2], remove_originals=True)
    assert [m.case_id for m in joint.get(service, info.id).members] == ids[:2]
