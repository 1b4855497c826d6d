"""The one reader of typed amounts and percentages: what people write is read or refused, never guessed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.case_json import parse_case
from app.core.errors import CaseFileError
from app.core.money import BadAmount, parse_amount, parse_percent
from tests.store_helpers import case_dict


@pytest.mark.parametrize(("typed", "value"), [
    ("199", "199.00"), ("199.5", "199.50"), ("199,5", "199.50"), ("199,50", "199.50"), ("¥199", "199.00"),
    ("￥199", "199.00"), ("199元", "199.00"), ("¥ 199 元", "199.00"), ("１９９", "199.00"), ("１９９．５", "199.50"),
    ("1,299", "1299.00"), ("1,299.00", "1299.00"), ("12,345,678.9", "12345678.90"), ("1.299,50", "1299.50"),
    ("人民币199元", "199.00"), ("RMB 199", "199.00"), (" 0.1 ", "0.10"), ("+5", "5.00"),
])
def test_amounts_as_people_write_them(typed: str, value: str) -> None:
    assert parse_amount(typed) == Decimal(value)


@pytest.mark.parametrize(("typed", "code"), [
    ("1e3", "not_number"), ("199.999", "decimals"), ("12,34,5", "ambiguous"), ("1,2345", "ambiguous"),
    ("-5", "negative"), ("abc", "not_number"), ("", "not_number"), ("1000000000", "too_large"),
    ("199.5.1", "ambiguous"), ("¥", "not_number"), ("NaN", "not_number"), ("Infinity", "not_number"),
])
def test_anything_else_is_refused_with_a_reason(typed: str, code: str) -> None:
    with pytest.raises(BadAmount) as caught:
        parse_amount(typed)
    assert caught.value.code == code


@pytest.mark.parametrize(("typed", "value"), [
    ("12", "12"), ("12.5", "12.5"), ("12,5", "12.5"), ("12%", "12"), ("１２％", "12"), ("100", "100"), ("0", "0"),
    (Decimal("5.25"), "5.25"), (7, "7"),
])
def test_percentages(typed: object, value: str) -> None:
    assert parse_percent(typed) == Decimal(value)


@pytest.mark.parametrize(("typed", "code"), [("150", "over_100"), ("101", "over_100"), ("-1", "negative"),
                                             ("5.255", "decimals"), ("1e2", "not_number"), ("half", "not_number")])
def test_bad_percentages(typed: str, code: str) -> None:
    with pytest.raises(BadAmount) as caught:
        parse_percent(typed)
    assert caught.value.code == code


def test_the_case_json_reads_with_the_same_rules() -> None:
    case = parse_case(case_dict(order={"amount": "¥199,5"}, course={"progress_percent": "12,5%"}))
    assert case.order.amount == Decimal("199.50") and case.course.progress_percent == Decimal("12.5")
    with pytest.raises(CaseFileError) as caught:
        parse_case(case_dict(course={"progress_percent": "150"}))
    assert caught.value.field == "course.progress_percent"


def test_more_refunded_than_paid_is_refused_by_field() -> None:
    with pytest.raises(CaseFileError) as caught:
        parse_case(case_dict(order={"amount": "199"}, refund={"status": "refused", "refunded_amount": "500"}))
    assert caught.value.field == "refund.refunded_amount"
