from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.case_draft import read_draft
from app.core.case_json import case_to_json, parse_case
from app.core.errors import CaseFileError
from tests.store_helpers import case_dict, write_case_json


def test_amounts_exact_and_naive_time_is_beijing() -> None:
    case = parse_case(case_dict(order={"amount": Decimal("0.1"), "paid_at": "2026-11-01 20:00:00"}))
    assert case.order.amount == Decimal("0.10")
    assert case.order.paid_at is not None
    assert case.order.paid_at.utcoffset() == timedelta(hours=8)


def test_offsets_kept() -> None:
    case = parse_case(case_dict(order={"paid_at": "2026-11-01T12:00:00Z"}))
    assert case.order.paid_at is not None and case.order.paid_at.utcoffset() == timedelta(0)
    assert case_to_json(case)["order"]["paid_at"] == "2026-11-01T20:00:00+08:00"


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"title": ""}, "title"),
        ({"order": {"amount": "-1"}}, "order.amount"),
        ({"order": {"amount": "abc"}}, "order.amount"),
        ({"order": {"amount": "1.234"}}, "order.amount"),
        ({"order": {"paid_at": "yesterday"}}, "order.paid_at"),
        ({"course": {"progress_percent": 101}}, "course.progress_percent"),
        ({"refund": {"status": "maybe"}}, "refund.status"),
        ({"platform": "taobao"}, "platform"),
        ({"order": {"paid_at": "2026-11-03T00:00:00"}}, "order.paid_at"),  # after the request
    ],
)
def test_bad_fields_named(over: dict, field: str) -> None:
    with pytest.raises(CaseFileError) as err:
        parse_case(case_dict(**over))
    assert err.value.field == field


def test_evidence_paths_relative_to_json(tmp_path: Path) -> None:
    path = write_case_json(tmp_path)
    draft = read_draft(path)
    assert Path(draft.evidence[0].file) == tmp_path / "shots" / "pay.png"
    assert draft.evidence[0].occurred_at is not None
    assert draft.events[0].at.utcoffset() == timedelta(hours=8)


def test_invalid_json_names_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x",\n  oops}', "utf-8")
    with pytest.raises(CaseFileError, match="line 2"):
        read_draft(bad)


@pytest.mark.parametrize(("amount", "message"), [
    (Decimal("1E+400"), "order.amount: amount too large (at most 999999999.99): 1E+400"),
    ("1000000000", "order.amount: amount too large (at most 999999999.99): '1000000000'"),
    ("12.3x", "order.amount: not an amount: '12.3x'"),
])
def test_absurd_amounts_are_refused_by_name(amount: object, message: str) -> None:
    with pytest.raises(CaseFileError) as caught:
        parse_case(case_dict(order={"amount": amount}))
    assert str(caught.value) == message


def test_the_largest_amount_is_kept_exactly() -> None:
    assert parse_case(case_dict(order={"amount": "999999999.99"})).order.amount == Decimal("999999999.99")
