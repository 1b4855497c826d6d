"""The rule engine against the shipped packs: verdict boundaries, amounts, deadlines, steps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.core.domain import CaseData, Consumer, Course, Merchant, Order, Refund
from app.rules.engine import check
from app.rules.packs import RulePack, load_packs
from app.rules.result import CheckResult

P = datetime(2024, 5, 1, 10, 0)  # naive = Beijing
S = datetime(2024, 5, 10, 20, 0)
H = timedelta(hours=1)
SEC = timedelta(seconds=1)
ALL_EVIDENCE = ["purchase", "contract", "payment", "chat", "promo"]


@pytest.fixture(scope="module")
def packs() -> list[RulePack]:
    return load_packs()


def make_case(
    amount: str | None = "199.00",
    paid: datetime | None = P,
    starts: datetime | None = S,
    progress: str | None = "0",
    requested: datetime | None = None,
    status: str | None = None,
    refunded: str = "0.00",
    misrepresented: bool = False,
    platform: str = "kuaishou",
) -> CaseData:
    if status is None:
        status = "pending" if requested is not None else "not_requested"
    return CaseData(
        title="课程退款",
        platform=platform,
        order=Order(number="", amount=Decimal(amount) if amount is not None else None, paid_at=paid),
        course=Course(
            starts_at=starts,
            progress_percent=Decimal(progress) if progress is not None else None,
            misrepresented=misrepresented,
        ),
        refund=Refund(status=status, requested_at=requested, refunded_amount=Decimal(refunded)),
    )


def run(packs: list[RulePack], as_of: datetime | None = None, lang: str = "zh", **kw: Any) -> CheckResult:
    case = make_case(**kw)
    when = as_of or (case.refund.requested_at or P) + timedelta(minutes=1)
    return check(case, ALL_EVIDENCE, packs, when, lang)


def verdict(result: CheckResult, rule_id: str) -> str:
    return next(r.verdict for r in result.rules if r.id == rule_id)


QUICK, BEFORE, SEVEN, AFTER, MISREP = (
    "kuaishou.quick_refund",
    "kuaishou.before_start",
    "kuaishou.seven_day_5pct",
    "kuaishou.after_start_partial",
    "law.misrepresentation",
)

VERDICT_CASES: list[tuple[str, dict[str, Any], str, str]] = [
    # quick refund: A <= 300.00, R - P <= 6 h, G = 0
    ("quick exactly 6 h, 300.00", {"amount": "300.00", "requested": P + 6 * H}, QUICK, "met"),
    ("quick 6 h + 1 s", {"amount": "300.00", "requested": P + 6 * H + SEC}, QUICK, "not_met"),
    ("quick 300.01", {"amount": "300.01", "requested": P + H}, QUICK, "not_met"),
    ("quick progress 0.5", {"progress": "0.5", "requested": P + H}, QUICK, "not_met"),
    ("quick amount missing", {"amount": None, "requested": P + H}, QUICK, "unknown"),
    ("quick A=500 and P missing", {"amount": "500", "paid": None, "requested": P + H}, QUICK, "not_met"),
    ("quick P missing", {"amount": "100", "paid": None, "requested": P + H}, QUICK, "unknown"),
    ("quick progress missing", {"progress": None, "requested": P + H}, QUICK, "unknown"),
    ("quick progress missing but too late", {"progress": None, "requested": P + 7 * H}, QUICK, "not_met"),
    # seven days and at most 5 %
    ("seven exactly 168 h, 5%", {"progress": "5", "requested": P + 168 * H}, SEVEN, "met"),
    ("seven 168 h + 1 s", {"progress": "5", "requested": P + 168 * H + SEC}, SEVEN, "not_met"),
    ("seven 5.1%", {"progress": "5.1", "requested": P + 24 * H}, SEVEN, "not_met"),
    ("seven progress missing, in time", {"progress": None, "requested": P + 24 * H}, SEVEN, "unknown"),
    ("seven progress missing, too late", {"progress": None, "requested": P + 8 * 24 * H}, SEVEN, "not_met"),
    ("seven P missing, 6%", {"paid": None, "progress": "6", "requested": P}, SEVEN, "not_met"),
    ("seven P missing, 3%", {"paid": None, "progress": "3", "requested": P}, SEVEN, "unknown"),
    # before start: R < S
    ("before one second before", {"requested": S - SEC}, BEFORE, "met"),
    ("before R == S", {"requested": S}, BEFORE, "not_met"),
    ("before S missing", {"starts": None, "requested": P + H}, BEFORE, "unknown"),
    # after start: R >= S and G < 100
    ("after R == S", {"requested": S, "progress": "0"}, AFTER, "met"),
    ("after one second before S", {"requested": S - SEC}, AFTER, "not_met"),
    ("after progress 100", {"requested": S + H, "progress": "100"}, AFTER, "not_met"),
    ("after S missing, progress 100", {"starts": None, "requested": S, "progress": "100"}, AFTER, "not_met"),
    ("after S missing, progress 50", {"starts": None, "requested": S, "progress": "50"}, AFTER, "unknown"),
    ("after progress missing", {"requested": S + H, "progress": None}, AFTER, "unknown"),
    # misrepresentation
    ("misrep stated", {"misrepresented": True, "requested": P + H}, MISREP, "met"),
    ("misrep not stated", {"requested": P + H}, MISREP, "not_met"),
]


@pytest.mark.parametrize(("label", "facts", "rule_id", "expected"), VERDICT_CASES, ids=[c[0] for c in VERDICT_CASES])
def test_verdict_boundaries(packs: list[RulePack], label: str, facts: dict[str, Any], rule_id: str,
                            expected: str) -> None:
    assert verdict(run(packs, **facts), rule_id) == expected


def test_rules_are_the_five_verdict_rules_in_order(packs: list[RulePack]) -> None:
    result = run(packs, requested=P + H)
    assert [r.id for r in result.rules] == [QUICK, BEFORE, SEVEN, AFTER, MISREP]
    assert [r.remedy for r in result.rules] == [
        "full_refund", "full_refund", "full_refund", "partial_refund", "refund_plus_compensation"
    ]
    assert result.packs == ["kuaishou-course 1.1 (2024-01-01, checked 2026-11-30)",
                            "prc-consumer-law 2.0 (2026-04-15, checked 2026-11-30)"]


def test_without_request_rules_use_as_of(packs: list[RulePack]) -> None:
    assert verdict(run(packs, as_of=P + 5 * H), QUICK) == "met"
    late = run(packs, as_of=P + 6 * H + SEC)
    assert verdict(late, QUICK) == "not_met"
    assert "若现在申请" in next(r.reason for r in late.rules if r.id == QUICK)


def test_offsets_other_than_beijing_compare_as_instants(packs: list[RulePack]) -> None:
    paid_utc = datetime(2024, 5, 1, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
    assert verdict(run(packs, paid=paid_utc, requested=datetime(2024, 5, 1, 16, 0)), QUICK) == "met"
    assert verdict(run(packs, paid=paid_utc, requested=datetime(2024, 5, 1, 16, 0, 1)), QUICK) == "not_met"
    result = run(packs, paid=paid_utc, requested=datetime(2024, 5, 1, 16, 0), as_of=datetime(2024, 5, 1, 8, 0,
                 tzinfo=UTC))
    shown = result.to_json()["deadlines"][0]
    assert shown == {"id": QUICK, "due": "2024-05-01T16:00:00+08:00", "passed": False, "estimated": False,
                     "basis": shown["basis"]}


AMOUNT_CASES: list[tuple[str, dict[str, Any], str, str, str]] = [
    ("partial 199.99 at 33%", {"amount": "199.99", "progress": "33", "requested": S + H}, "partial_refund",
     "133.99", "0.00"),
    ("partial half-up at .xx5", {"amount": "100.01", "progress": "50", "requested": S + H}, "partial_refund",
     "50.01", "0.00"),
    ("full minus refunded", {"requested": P + H, "refunded": "50.00"}, "full_refund", "149.00", "0.00"),
    # More refunded than was paid contradicts itself: no figure, and the problem is named (app.rules.consistency).
    ("refunded more than paid", {"requested": P + H, "refunded": "250.00"}, "unknown", "0.00", "0.00"),
    ("partial minus refunded", {"amount": "200.00", "progress": "50", "requested": S + H, "refunded": "30.00"},
     "partial_refund", "70.00", "0.00"),
    ("compensation minimum 500", {"amount": "100.00", "misrepresented": True, "requested": S + H},
     "refund_plus_compensation", "100.00", "500.00"),
    ("compensation 3x", {"amount": "199.99", "misrepresented": True, "requested": S + H},
     "refund_plus_compensation", "199.99", "599.97"),
    ("compensation refund minus refunded", {"amount": "300.00", "misrepresented": True, "requested": S + H,
                                            "refunded": "100.00"}, "refund_plus_compensation", "200.00", "900.00"),
    ("full beats partial", {"amount": "199.00", "progress": "4", "starts": P + H, "requested": P + 2 * H},
     "full_refund", "199.00", "0.00"),
    ("none met, none unknown", {"progress": "100", "requested": S + 30 * 24 * H}, "none", "0.00", "0.00"),
    ("nothing met, some unknown", {"progress": None, "starts": None, "requested": S}, "unknown", "0.00", "0.00"),
]


@pytest.mark.parametrize(("label", "facts", "remedy", "refund", "comp"), AMOUNT_CASES, ids=[c[0] for c in AMOUNT_CASES])
def test_remedy_and_amounts(packs: list[RulePack], label: str, facts: dict[str, Any], remedy: str, refund: str,
                            comp: str) -> None:
    data = run(packs, **facts).to_json()
    assert (data["remedy"], data["refund_amount"], data["compensation"]) == (remedy, refund, comp)


def test_unknown_amount_gives_zero_figures_and_says_so(packs: list[RulePack]) -> None:
    result = run(packs, amount=None, requested=P + H)
    assert verdict(result, BEFORE) == "met"
    assert result.remedy == "full_refund"
    assert (result.refund_amount, result.compensation, result.amount_known) == (Decimal("0.00"), Decimal("0.00"), False)
    assert "无法计算" in next(r.reason for r in result.rules if r.id == BEFORE)
    misrep = run(packs, amount=None, misrepresented=True, requested=P + H)
    assert (misrep.remedy, misrep.compensation) == ("refund_plus_compensation", Decimal("0.00"))


def test_deadlines_in_order_with_passed(packs: list[RulePack]) -> None:
    r = P + 2 * 24 * H
    result = run(packs, requested=r, as_of=P + 7 * 24 * H)
    assert [{k: d[k] for k in ("id", "due", "passed")} for d in result.to_json()["deadlines"]] == [
        {"id": QUICK, "due": "2024-05-01T16:00:00+08:00", "passed": True},
        {"id": SEVEN, "due": "2024-05-08T10:00:00+08:00", "passed": False},  # T == due is not passed
        {"id": BEFORE, "due": "2024-05-10T20:00:00+08:00", "passed": False},
        {"id": "kuaishou.refund_in_3_days", "due": "2024-05-06T10:00:00+08:00", "passed": True},
    ]
    later = run(packs, requested=r, as_of=P + 7 * 24 * H + SEC)
    assert [d.passed for d in later.deadlines] == [True, True, False, True]
    assert all(d.title for d in later.deadlines)


def test_deadlines_only_when_computable(packs: list[RulePack]) -> None:
    ids = [d.id for d in run(packs, paid=None, starts=None, as_of=P).deadlines]
    assert ids == []
    ids = [d.id for d in run(packs, paid=None, requested=P).deadlines]
    assert ids == [BEFORE, "kuaishou.refund_in_3_days"]


@pytest.mark.parametrize(
    ("status", "after", "overdue"),
    [
        ("pending", timedelta(days=3), False),
        ("pending", timedelta(days=3, seconds=1), True),
        ("refused", timedelta(days=5), False),
        ("refunded", timedelta(days=5), False),
    ],
)
def test_refund_overdue(packs: list[RulePack], status: str, after: timedelta, overdue: bool) -> None:
    r = P + H
    assert run(packs, requested=r, status=status, as_of=r + after).refund_overdue is overdue


def test_not_overdue_without_request(packs: list[RulePack]) -> None:
    assert run(packs, status="pending", as_of=P + 30 * 24 * H).refund_overdue is False


def test_missing_evidence_in_order(packs: list[RulePack]) -> None:
    case = make_case()
    assert check(case, [], packs, P).missing_evidence == ["purchase", "contract", "payment", "chat"]
    assert check(case, ["chat", "purchase", "other"], packs, P).missing_evidence == ["contract", "payment"]
    misled = make_case(misrepresented=True)
    assert check(misled, ["purchase", "contract", "payment", "chat"], packs, P).missing_evidence == ["promo"]
    assert check(misled, ALL_EVIDENCE, packs, P).missing_evidence == []


def test_missing_fields_in_order(packs: list[RulePack]) -> None:
    case = make_case()
    assert check(case, [], packs, P).missing_fields == [
        "consumer.name", "consumer.phone", "consumer.address", "merchant.name", "merchant.address", "demands", "facts",
        "order.number"]
    case.consumer = Consumer(name="张三", phone="13800000000", address="  ")
    case.merchant = Merchant(name="某某教育", address="北京市")
    case.order.number = "KS123"
    case.demands, case.facts = "退款", "开课前申请退款被拒"
    assert check(case, [], packs, P).missing_fields == ["consumer.address"]


STEP_CASES: list[tuple[str, dict[str, Any], list[str]]] = [
    ("not requested, refund due", {"as_of": P + H}, ["request_refund"]),
    ("not requested, remedy unknown", {"as_of": S, "starts": None, "progress": None}, ["request_refund"]),
    ("not requested, nothing due", {"as_of": S + 30 * 24 * H, "progress": "100"}, []),
    ("refused", {"requested": P + H, "status": "refused"},
     ["contact_platform", "complain_regulator", "complain_consumer_association", "go_to_court"]),
    ("pending overdue", {"requested": P + H, "as_of": P + H + timedelta(days=3, seconds=1)},
     ["contact_platform", "complain_regulator", "complain_consumer_association"]),
    ("pending in time", {"requested": P + H, "as_of": P + 2 * H}, []),
    ("refunded", {"requested": P + H, "status": "refunded", "as_of": P + 30 * 24 * H}, []),
]


@pytest.mark.parametrize(("label", "facts", "ids"), STEP_CASES, ids=[c[0] for c in STEP_CASES])
def test_next_steps(packs: list[RulePack], label: str, facts: dict[str, Any], ids: list[str]) -> None:
    result = run(packs, **facts)
    assert [s.id for s in result.next_steps] == ids
    assert result.to_json()["next_steps"] == ids


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_steps_and_scam_warning_are_explained(packs: list[RulePack], lang: str) -> None:
    result = run(packs, lang=lang, requested=P + H, status="refused")
    refused_ids = {"contact_platform", "complain_regulator", "complain_consumer_association", "go_to_court"}
    assert {s.id for s in result.next_steps} == refused_ids
    for step in result.next_steps:
        assert step.title and step.title != step.id and len(step.text) > 40
    request = run(packs, lang=lang, as_of=P + H).next_steps[0]
    assert request.id == "request_refund" and request.text
    assert ("验证码" if lang == "zh" else "verification code") in result.scam_warning
    assert ("手续费" if lang == "zh" else "refund fee") in result.scam_warning
    none_due = run(packs, lang=lang, as_of=S + 30 * 24 * H, progress="100")
    assert none_due.next_steps == [] and none_due.scam_warning == result.scam_warning


def test_reasons_in_chinese(packs: list[RulePack]) -> None:
    result = run(packs, requested=P + timedelta(days=3, hours=14), progress="4")
    seven = next(r for r in result.rules if r.id == SEVEN)
    assert seven.reason.startswith("申请距支付3天14小时，未超过7天；学习进度4%，未超过5%")
    assert "¥199.00" in seven.reason
    quick = next(r for r in result.rules if r.id == QUICK)
    assert "已超过6小时" in quick.reason and "订单金额¥199.00" in quick.reason
    unknown = run(packs, paid=None, amount="100", requested=P)
    assert "缺少支付时间" in next(r.reason for r in unknown.rules if r.id == QUICK)
    assert "缺少开课时间" in next(r.reason for r in run(packs, starts=None).rules if r.id == BEFORE)


def test_reasons_in_english(packs: list[RulePack]) -> None:
    result = run(packs, lang="en", requested=P + timedelta(days=3, hours=14), progress="4")
    seven = next(r for r in result.rules if r.id == SEVEN)
    assert seven.reason.startswith("Requested 3 d 14 h after payment, within 7 d; progress 4%, not over 5%")
    assert result.lang == "en" and seven.title.startswith("No-reason refund")
    unknown = run(packs, lang="en", paid=None, amount="100", requested=P)
    assert "payment time missing" in next(r.reason for r in unknown.rules if r.id == QUICK).lower()
    partial = run(packs, lang="en", amount="199.99", progress="33", requested=S)
    assert "¥199.99 × (100% − 33%) = ¥133.99" in next(r.reason for r in partial.rules if r.id == AFTER)


def test_seconds_over_a_limit_never_read_as_equal(packs: list[RulePack]) -> None:
    result = run(packs, amount="300.00", requested=P + 6 * H + SEC)
    assert "申请距支付6小时1分钟，已超过6小时" in next(r.reason for r in result.rules if r.id == QUICK)


def test_sources_and_info_notes(packs: list[RulePack]) -> None:
    result = run(packs, requested=P + H)
    assert all(r.source for r in result.rules)
    assert "第五十五条" in next(r.source for r in result.rules if r.id == MISREP)
    ids = [i.id for i in result.info]
    assert {"law.art25_digital", "law.complaint_materials", "law.complaint_time_limit",
            "law.complaint_acceptance"} <= set(ids)
    assert all(i.title and i.text and i.source for i in result.info)


def test_platform_filtering(packs: list[RulePack]) -> None:
    other = run(packs, platform="other", requested=P + H)
    assert len(other.rules) == 5
    law_only = [p for p in packs if p.id == "prc-consumer-law"]
    result = check(make_case(requested=P + H), [], law_only, P + 2 * H)
    assert [r.id for r in result.rules] == [MISREP]
    assert result.deadlines == [] and result.remedy == "none"


def test_check_is_pure_and_validates_lang(packs: list[RulePack]) -> None:
    case = make_case(requested=P + H)
    first = check(case, ALL_EVIDENCE, packs, P + 2 * H).to_json()
    assert check(case, ALL_EVIDENCE, packs, P + 2 * H).to_json() == first
    assert case.refund.requested_at == P + H and case.order.paid_at == P
    assert first["as_of"] == "2024-05-01T12:00:00+08:00"
    with pytest.raises(ValueError):
        check(case, [], packs, P, lang="fr")


def test_each_deadline_says_whose_it_is_and_whether_it_was_met(packs: list[RulePack]) -> None:
    """Asked two days after paying, before the course: the 7-day and before-start deadlines were met, the
    6-hour one missed; the merchant's refund deadline is the merchant's (open, then missed)."""
    r = P + 2 * 24 * H
    states = {d.id: (d.party, d.state) for d in run(packs, requested=r, as_of=r + H).deadlines}
    assert states == {QUICK: ("consumer", "missed"), SEVEN: ("consumer", "met"), BEFORE: ("consumer", "met"),
                      "kuaishou.refund_in_3_days": ("merchant", "open")}
    late = {d.id: d.state for d in run(packs, requested=r, as_of=r + 5 * 24 * H).deadlines}
    assert late["kuaishou.refund_in_3_days"] == "missed"
    refused = {d.id: d.state for d in run(packs, requested=r, status="refused", as_of=r + H).deadlines}
    assert refused["kuaishou.refund_in_3_days"] == "missed"
    refunded = {d.id: d.state for d in run(packs, requested=r, status="refunded", as_of=r + 5 * 24 * H).deadlines}
    assert refunded["kuaishou.refund_in_3_days"] == "met"
    not_yet = {d.id: d.state for d in run(packs, as_of=P + H).deadlines}
    assert not_yet == {QUICK: "open", SEVEN: "open", BEFORE: "open"}
