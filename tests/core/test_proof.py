"""Facts checked against proof: agreements, contradictions naming exhibits, proposals to accept."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PIL import Image

from app.core.domain import CaseData, Merchant, Order
from app.core.timeutil import parse_datetime
from app.evidence.ocr.lines import Line
from app.evidence.ocr.worker import PageText
from app.services import evidence_text, proof
from app.services.cases import CaseService


def L(text: str, x: int, y: int, w: int = 200, h: int = 40) -> Line:  # noqa: N802
    return Line(text, (x, y, w, h), 0.99)


def wechat(amount: str, company: str, paid: str) -> list[Line]:
    lines = [L("账单详情", 300, 100), L(f"-{amount}", 280, 300, 300, 90)]
    for y, (k, v) in enumerate([("支付时间", paid), ("商户全称", company), ("收单机构", "财付通支付科技有限公司")]):
        lines += [L(k, 40, 500 + y * 70), L(v, 200, 502 + y * 70, 400)]
    return lines


def order_page(amount: str, number: str) -> list[Line]:
    return [L("订单详情", 300, 50), L("实付款", 40, 300), L(f"¥{amount}", 600, 300), L("订单编号", 40, 400),
            L(number, 200, 400, 400)]


def make_case(service: CaseService, tmp_path: Path, data: CaseData, *readings: list[Line]) -> tuple[int, list[int]]:
    case_id = service.create_case(data)
    paths = []
    for n in range(len(readings)):
        p = tmp_path / f"shot{n}.png"
        Image.new("RGB", (60 + n, 80), (255, 255, 255)).save(p)
        paths.append(p)
    ids = [e.id for e in service.add_evidence(case_id, paths).added]
    for item_id, lines in zip(ids, readings, strict=True):
        evidence_text.store(service, item_id, "v1", [PageText(tuple(lines), 720, 1600)])
    return case_id, ids


def test_agreements_and_contradictions_name_the_exhibits(service: CaseService, tmp_path: Path) -> None:
    data = CaseData(title="t", merchant=Merchant(name="杭州知行教育科技有限公司"),
                    order=Order(number="2026110112345678", amount=Decimal("199.00"),
                                paid_at=parse_datetime("2026-11-01T20:00:12+08:00")))
    case_id, ids = make_case(service, tmp_path, data,
                             order_page("299.00", "2026110112345678"),
                             wechat("199.00", "杭州知行教育科技有限公司", "2026年11月1日 20:02:40"))
    found = {c.key: c for c in proof.check(service, case_id)}
    amount = found["order.amount"]
    assert amount.contradicts
    assert [(s.exhibit, s.value) for s in amount.disagree] == [(1, "299.00")]
    assert [(s.exhibit, s.value) for s in amount.agree] == [(2, "199.00")]
    assert not found["order.number"].contradicts and found["order.number"].agree[0].exhibit == 1
    assert not found["order.paid_at"].contradicts  # 2 min 28 s apart: the same payment
    assert not found["merchant.name"].contradicts
    assert amount.to_json()["verdict"] == "contradicts"


def test_exhibits_disagreeing_with_each_other_when_the_case_is_silent(service: CaseService, tmp_path: Path) -> None:
    case_id, _ = make_case(service, tmp_path, CaseData(title="t"), order_page("299.00", "123456789012"),
                           wechat("199.00", "某某公司", "2026-11-01 20:00"))
    found = {c.key: c for c in proof.check(service, case_id)}
    assert list(found) == ["order.amount"]  # the silent, agreeing facts are proposals, not findings
    assert found["order.amount"].contradicts
    keys = [p.key for p in proof.proposals(service, case_id)]
    assert "order.amount" not in keys  # exhibits disagree: nothing proposed
    assert keys == ["order.number", "order.paid_at", "order.channel", "merchant.name"]


def test_proposals_accepted_or_corrected_go_into_the_case(service: CaseService, tmp_path: Path) -> None:
    case_id, ids = make_case(service, tmp_path, CaseData(title="t", merchant=Merchant(name="旧名字")),
                             wechat("199.00", "杭州知行教育科技有限公司", "2026年11月1日 20:00:30"))
    props = {p.key: p for p in proof.proposals(service, case_id)}
    assert props["merchant.name"].case_value == "旧名字"
    assert props["merchant.name"].sightings[0].line == "商户全称 杭州知行教育科技有限公司"
    assert props["merchant.name"].sightings[0].lines  # the region to highlight
    info = proof.apply(service, case_id, {"merchant.name": props["merchant.name"].value,
                                           "order.amount": "198.50",  # corrected by the user
                                           "order.paid_at": props["order.paid_at"].value})
    assert info.data.merchant.name == "杭州知行教育科技有限公司"
    assert info.data.order.amount == Decimal("198.50")
    assert info.data.order.paid_at == parse_datetime("2026-11-01T20:00:30+08:00")
    left = {p.key for p in proof.proposals(service, case_id)}
    assert "merchant.name" not in left and "order.paid_at" not in left
    assert "order.amount" in left  # the user's correction differs from the picture: still offered


def test_each_read_item_gets_a_suggested_kind_and_date(service: CaseService, tmp_path: Path) -> None:
    chat = [L("知行课堂客服", 300, 50), L("2026年11月2日 10:00", 300, 120), L("你好，我想申请退款", 400, 200, 300)]
    case_id, ids = make_case(service, tmp_path, CaseData(title="t"),
                             wechat("199.00", "某某公司", "2026年11月1日 20:00:30"), chat)
    found = {(p.evidence_id, p.key): p.value for p in proof.item_suggestions(service, case_id)}
    assert found == {(ids[0], "evidence.kind"): "payment",
                     (ids[0], "evidence.occurred_at"): "2026-11-01T20:00:30+08:00",
                     (ids[1], "evidence.kind"): "chat",
                     (ids[1], "evidence.occurred_at"): "2026-11-02T10:00:00+08:00"}
    proof.apply_items(service, [(ids[0], "evidence.kind", "payment"),
                                (ids[1], "evidence.occurred_at", "2026-11-02T10:05:00+08:00")])  # corrected
    items = {e.id: e for e in service.get_case(case_id).evidence}
    assert items[ids[0]].kind == "payment"
    assert items[ids[1]].occurred_at == parse_datetime("2026-11-02T10:05:00+08:00")
    left = {(p.evidence_id, p.key) for p in proof.item_suggestions(service, case_id)}
    assert left == {(ids[0], "evidence.occurred_at"), (ids[1], "evidence.kind")}  # not accepted: still offered
