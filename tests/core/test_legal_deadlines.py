"""The statutory deadlines in the rule check: complaint.acceptance, complaint.mediation_end, court.limitation."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.case_json import parse_case
from app.core.timeutil import parse_datetime
from app.rules.engine import check
from app.rules.packs import RulePack, load_packs
from app.rules.result import CheckResult, Deadline
from tests.store_helpers import case_dict

LEGAL = ("complaint.acceptance", "complaint.mediation_end", "court.limitation")


@pytest.fixture(scope="module")
def packs() -> list[RulePack]:
    return load_packs()


def run_check(packs: list[RulePack], as_of: str, lang: str = "zh", **over: Any) -> CheckResult:
    # Paid early in 2024, before any date below; no request unless a test gives one.
    over = {"order": {"amount": "199", "paid_at": "2024-01-05T10:00"}, "course": {},
            "refund": {"status": "not_requested"}, **over}
    data = case_dict(**over)
    return check(parse_case(data), [], packs, parse_datetime(as_of), lang=lang)


def legal(result: CheckResult) -> list[Deadline]:
    return [d for d in result.deadlines if d.id in LEGAL]


def refund(**over: Any) -> dict[str, Any]:
    return {"status": "refused", "requested_at": "2026-09-21T10:00:00+08:00", **over}


def test_a_complaint_to_the_regulator_gets_its_acceptance_and_mediation_deadlines(packs: list[RulePack]) -> None:
    complaint = {"channel": "market_regulator", "filed_at": "2026-09-29T10:00:00+08:00", "number": "1231500001",
                 "accepted_at": "2026-10-09T15:00:00+08:00"}
    r = run_check(packs, "2026-10-12T09:00", complaints=[complaint], refund=refund())
    acceptance, mediation = legal(r)
    # 30 Sep, 8, 9, 10 (a worked Saturday), 12, 13, 14 October: the 7th working day after the filing day.
    assert (acceptance.id, acceptance.due.isoformat()) == ("complaint.acceptance", "2026-10-14T23:59:59.999999+08:00")
    assert acceptance.state == "met" and not acceptance.passed and acceptance.party == "authority"
    assert "1231500001" in acceptance.title and "第十五条" in acceptance.source and "第二百零一条" in acceptance.source
    assert (mediation.id, mediation.due.date().isoformat()) == ("complaint.mediation_end", "2026-12-08")
    assert mediation.state == "open" and "第二十三条第一款第（五）项" in mediation.source
    assert acceptance.complaint == mediation.complaint == 0


def test_acceptance_state_follows_the_decision(packs: list[RulePack]) -> None:
    filed = {"channel": "market_regulator", "filed_at": "2026-10-03T09:00:00+08:00"}  # a holiday
    before = legal(run_check(packs, "2026-10-15T23:59:59", complaints=[filed]))[0]
    assert before.due.date().isoformat() == "2026-10-15" and before.state == "open" and not before.passed
    after = legal(run_check(packs, "2026-10-16T00:00:00", complaints=[filed]))[0]
    assert after.passed and after.state == "missed"
    late = legal(run_check(packs, "2026-10-20", complaints=[{**filed, "accepted_at": "2026-10-16T09:00"}]))[0]
    assert late.state == "missed"
    refused = legal(run_check(packs, "2026-10-20", complaints=[{**filed, "closed_at": "2026-10-10T09:00",
                                                                 "outcome": "refused"}]))[0]
    assert refused.state == "met"


def test_only_the_regulator_and_only_with_dates(packs: list[RulePack]) -> None:
    others = [{"channel": c, "filed_at": "2026-10-09T10:00", "accepted_at": "2026-10-10T10:00"}
              for c in ("platform", "consumer_association", "court")]
    assert legal(run_check(packs, "2026-10-12", complaints=[*others, {"channel": "market_regulator"}])) == []
    accepted_only = {"channel": "market_regulator", "accepted_at": "2026-08-02T10:00"}
    (mediation,) = legal(run_check(packs, "2026-10-12", complaints=[accepted_only]))
    assert mediation.due.date().isoformat() == "2026-10-08"  # day 60 is 1 October: after the holiday


def test_limitation_three_years_from_the_refusal(packs: list[RulePack]) -> None:
    r = run_check(packs, "2026-10-12", refund=refund(refused_at="2026-09-22T16:00:00Z"))
    (limitation,) = legal(r)
    # 16:00 UTC is midnight in Beijing: refused on 23 September; 23 September 2029 is a Sunday.
    assert limitation.due.date().isoformat() == "2029-09-24" and limitation.estimated
    assert limitation.party == "consumer" and limitation.state == "open"
    assert "第一百八十八条" in limitation.source
    sued = run_check(packs, "2026-10-12", refund=refund(refused_at="2026-09-23T10:00"),
                     complaints=[{"channel": "court", "filed_at": "2026-10-10T10:00"}])
    assert legal(sued)[0].state == "met"


def test_leap_day_refusal(packs: list[RulePack]) -> None:
    r = run_check(packs, "2024-03-01", refund=refund(requested_at="2024-02-28T10:00", refused_at="2024-02-29T10:00"))
    (limitation,) = legal(r)
    assert limitation.due.date().isoformat() == "2027-03-01" and limitation.estimated  # 28 Feb 2027 is a Sunday


def test_english_titles_and_json_shape(packs: list[RulePack]) -> None:
    complaint = {"channel": "market_regulator", "filed_at": "2026-12-28T10:00:00+08:00", "number": "77"}
    r = run_check(packs, "2026-12-29", lang="en", complaints=[complaint])
    (acceptance,) = legal(r)
    assert acceptance.title == "The regulator decides whether to accept the complaint (complaint no. 77)"
    shown = next(d for d in r.to_json()["deadlines"] if d["id"] == "complaint.acceptance")
    assert shown == {"id": "complaint.acceptance", "due": "2027-01-06T23:59:59+08:00", "passed": False,
                     "estimated": True, "basis": acceptance.source}
    assert "Art. 15" in shown["basis"]
