"""What a complaint cannot go out with: contradictions, an unreachable phone, missing Art. 10 material."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from app.core.domain import CaseData, Consumer, Merchant, Order, Refund
from app.core.timeutil import BEIJING
from app.rules.consistency import complaint_missing, phone_ok, problems


@pytest.mark.parametrize("phone", ["13800138000", "138 0013 8000", "138-0013-8000", "+86 138 0013 8000",
                                   "008613800138000", "8613800138000", "010-12345678", "0571 8888 6666",
                                   "(0571)88886666", "021-12345678转123", "400-123-4567", "１３８００１３８０００"])
def test_phones_that_can_be_called(phone: str) -> None:
    assert phone_ok(phone)


@pytest.mark.parametrize("phone", ["12345", "1380013800", "23800138000", "88886666", "138001380001",
                                   "phone", "+1 415 555 0100"])
def test_phones_that_cannot(phone: str) -> None:
    assert not phone_ok(phone)


def full_case() -> CaseData:
    return CaseData(
        title="退款", consumer=Consumer(name="张三", phone="13800138000", address="北京市朝阳区某路1号"),
        merchant=Merchant(name="某某教育科技有限公司", address="杭州市某区某路2号"),
        order=Order(amount=Decimal("199.00"), paid_at=datetime(2026, 11, 1, 20, 0, tzinfo=BEIJING)),
        refund=Refund(status="refused", requested_at=datetime(2026, 11, 2, 10, 0)),  # naive: Beijing
        demands="退还199元", facts="开课前申请退款被拒绝。")


def test_a_complete_consistent_case_has_no_problem() -> None:
    case = full_case()
    assert complaint_missing(case) == [] and problems(case, "zh") == []


def test_art10_material_is_listed_in_order() -> None:
    case = full_case()
    case.consumer.address, case.merchant.address, case.facts = "", " ", ""
    assert complaint_missing(case) == ["consumer.address", "merchant.address", "facts"]


def test_contradictions_and_the_phone_are_named_by_field() -> None:
    case = full_case()
    case.refund.refunded_amount = Decimal("500.00")
    case.order.paid_at = datetime(2026, 11, 3, tzinfo=BEIJING)
    case.consumer.phone = "12345"
    found = {p.code: (p.field, p.text) for p in problems(case, "zh")}
    assert found["refunded_over_paid"] == ("refund.refunded_amount", "已退金额¥500.00大于实付金额¥199.00")
    assert found["paid_after_request"][0] == "order.paid_at"
    assert found["phone_format"] == ("consumer.phone", "电话号码“12345”不像中国大陆的手机号或带区号的固定电话")
    assert "does not look like a Chinese mobile" in {p.code: p.text for p in problems(case, "en")}["phone_format"]
