"""The plain-text report: every part of a CheckResult appears, in the result's language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.core.domain import CaseData, Course, Order, Refund
from app.rules.engine import check
from app.rules.packs import RulePack, load_packs
from app.rules.report import render_text
from app.rules.result import CheckResult

P = datetime(2024, 5, 1, 10, 0)


@pytest.fixture(scope="module")
def packs() -> list[RulePack]:
    return load_packs()


def refused_case(amount: str | None = "199.99") -> CaseData:
    return CaseData(
        title="t",
        order=Order(amount=Decimal(amount) if amount else None, paid_at=P),
        course=Course(starts_at=P + timedelta(days=2), progress_percent=Decimal("4"), misrepresented=True),
        refund=Refund(status="refused", requested_at=P + timedelta(days=3)),
    )


def report(packs: list[RulePack], lang: str, case: CaseData | None = None) -> tuple[CheckResult, str]:
    result = check(case or refused_case(), ["purchase"], packs, P + timedelta(days=8), lang)
    return result, render_text(result)


def test_chinese_report(packs: list[RulePack]) -> None:
    result, text = report(packs, "zh")
    headings = ("结论", "逐条规则", "期限", "还缺少的证据", "还缺少的信息", "下一步", "防骗提醒")
    for heading in headings:
        assert f"【{heading}】" in text
    assert "检查时间：2024-05-09 10:00（北京时间）" in text
    assert "可主张：退款并赔偿" in text and "应退金额：¥199.99" in text and "可主张的赔偿：¥599.97" in text
    assert "—— 符合" in text and "—— 不符合" in text
    for rule in result.rules:
        assert rule.reason in text and rule.source in text
    assert "极速退款申请截止：2024-05-01 16:00（北京时间），已过" in text
    assert "合同或课程协议" in text and "宣传材料" in text and "你的姓名" in text and "订单号" in text
    for step in result.next_steps:
        assert step.title in text and step.text in text
    assert result.scam_warning in text
    assert "第二十五条" in text


def test_english_report(packs: list[RulePack]) -> None:
    result, text = report(packs, "en")
    for heading in ("== Summary ==", "== Rules ==", "== Deadlines ==", "== Next steps ==", "== Scam warning =="):
        assert heading in text
    assert "Checked at: 2024-05-09 10:00 (Beijing time)" in text
    assert "refund plus compensation" in text and "Refund due: ¥199.99" in text and "¥599.97" in text
    assert " - met " in text and " - not met " in text
    assert "(Beijing time), passed" in text
    assert "proof of payment" in text and "the merchant's address" in text
    assert "verification code" in text
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in text.replace("¥", "")), "English report has Chinese text"


def test_deadline_not_yet_passed_and_overdue_flag(packs: list[RulePack]) -> None:
    case = refused_case()
    case.refund.status = "pending"
    early = render_text(check(case, [], packs, P + timedelta(days=3, hours=1), "zh"))
    assert "退款应处理完毕（申请后3天内）：2024-05-07 10:00（北京时间），未到" in early
    late = render_text(check(case, [], packs, P + timedelta(days=6, seconds=1), "en"))
    assert "The refund is overdue" in late


def test_due_times_shown_in_beijing_time(packs: list[RulePack]) -> None:
    case = refused_case()
    case.order.paid_at = datetime(2024, 5, 1, 2, 0, tzinfo=UTC)
    text = render_text(check(case, [], packs, P, "zh"))
    assert "2024-05-01 16:00（北京时间）" in text


def test_unknown_amount_is_not_shown_as_a_finding(packs: list[RulePack]) -> None:
    _, text = report(packs, "zh", refused_case(amount=None))
    assert "订单金额未填写" in text and "应退金额" not in text
    _, en = report(packs, "en", refused_case(amount=None))
    assert "does not mean no refund is due" in en


def test_nothing_to_do(packs: list[RulePack]) -> None:
    case = CaseData(title="t", refund=Refund(status="refunded"))
    text = render_text(check(case, ["purchase", "contract", "payment", "chat"], packs, P, "en"))
    assert "Nothing to do right now." in text and "not enough facts to decide" in text
    assert "== Evidence still missing ==\nNone" in text


def test_report_cites_the_measures_in_force_and_asks_for_proof_of_the_promotion(packs: list[RulePack]) -> None:
    """The adviser names the 2026 measures (never the repealed 暂行办法), the regulator with
    jurisdiction from the merchant's address, one place per dispute, and says that claiming
    compensation needs promotion evidence while the case has none."""
    case = refused_case()
    case.course.misrepresented = True
    case.merchant.address = "浙江省杭州市西湖区示例大道88号"
    text = render_text(check(case, ["purchase", "payment"], packs, P + timedelta(days=8), "zh"))
    assert "《市场监督管理投诉举报处理办法》第十三条" in text and "暂行办法" not in text
    assert "本案商家地址：浙江省杭州市西湖区示例大道88号" in text
    assert "同一争议只选一处" in text and "第十六条第（二）项" in text
    assert "主张赔偿需要证明宣传虚假" in text
    with_promo = render_text(check(case, ["purchase", "payment", "promo"], packs, P + timedelta(days=8), "zh"))
    assert "主张赔偿需要证明宣传虚假" not in with_promo
    en = render_text(check(case, ["purchase"], packs, P + timedelta(days=8), "en"))
    assert "Measures for Handling Complaints and Reports in Market Regulation" in en and "Interim" not in en
    assert "Claiming compensation needs proof" in en
