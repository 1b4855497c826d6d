"""事实与理由 cites, for each fact, the exhibit whose recognised text shows it as the case states it
(支付1,280.00元（证据1）): read back from the bundle with pdftotext and from the complaint on its own with pypdf."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.core.domain import CaseData, Merchant, Order
from app.evidence.ocr.engine import Engine
from app.evidence.ocr.worker import read_file_here
from app.services import evidence_text, proof
from app.services.cases import CaseService
from app.services.documents import export_document
from app.services.export import ExportOptions, export_case
from tests.ocr_pictures import BILL, ORDER, shot_file
from tests.ocr_screens import make, save

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (scripts/setup.sh)")


def flat(text: str) -> str:
    return "".join(text.split())


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def case_with_readings(service: CaseService, tmp_path: Path,
                       engine: Engine) -> tuple[int, dict[str, str], dict[str, str]]:
    """Exhibit 1 an order page, exhibit 2 a WeChat bill of another purchase (other amount, time and item);
    the case states the order page's facts and the bill's merchant."""
    order_path, order = shot_file(ORDER, tmp_path / "订单.jpg")
    bill_path, bill = shot_file(BILL, tmp_path / "账单.jpg")
    o, b = order.facts, bill.facts
    assert o["order.amount"] != b["order.amount"] and o["order.item"] != b["order.item"]
    data = CaseData(title="课程退款", merchant=Merchant(name=b["merchant.name"], shop=o["merchant.shop"]),
                    order=Order(number=o["order.number"], item=o["order.item"], amount=Decimal(o["order.amount"]),
                                paid_at=datetime.fromisoformat(o["order.paid_at"])))
    case_id = service.create_case(data)
    service.add_evidence(case_id, [order_path], kind="purchase")
    service.add_evidence(case_id, [bill_path], kind="payment")
    evidence_text.recognise(service, case_id, reader=lambda p: read_file_here(p, engine), engine="t")
    return case_id, o, b


def test_each_fact_cites_the_exhibit_that_shows_it(service: CaseService, tmp_path: Path, ocr_engine: Engine) -> None:
    case_id, o, b = case_with_readings(service, tmp_path, ocr_engine)
    ids = [e.id for e in service.get_case(case_id).evidence]
    shown = proof.shown_facts(service, case_id)
    assert shown["order.amount"] == [ids[0]] and shown["merchant.name"] == [ids[1]]
    assert shown["order.number"] == [ids[0]] and shown["order.paid_at"] == [ids[0]]
    bundle = export_case(service, case_id, tmp_path / "bundle.pdf", ExportOptions(lang="zh", draft=True)).path
    text = pdf_text(bundle)
    letter = flat(text[text.index("事实与理由"):])
    purchase = letter[:letter.index("。")]
    amount = f"{Decimal(o['order.amount']):,.2f}"
    assert f"支付{amount}元（证据1）" in purchase  # the order page shows it; the bill shows another amount
    assert f"（订单号：{o['order.number']}，证据1）" in purchase
    assert "日（证据1），投诉人在" in purchase  # the payment time
    for key, words in (("merchant.shop", f"“{o['merchant.shop']}”"), ("order.item", f"“{o['order.item']}”")):
        # Cited when the order page was read to show it (the engine may miss a line: then not cited).
        assert (words + "（证据1）" in purchase) == (key in shown), key
    assert purchase.endswith("（证据2）")  # the bill, a payment exhibit, still backs the purchase as a whole
    assert "证据2" not in purchase[:-len("（证据2）")]  # but is cited for none of the facts it contradicts
    # The merchant's legal name, as the bill shows it, in the complaint's parties.
    parties = flat(text[text.index("二、被投诉人"):text.index("事实与理由")])
    assert f"{b['merchant.name']}（证据2）" in parties
    # The complaint letter on its own says the same.
    out = tmp_path / "complaint.pdf"
    export_document(service, case_id, "complaint", "pdf", out)
    alone = flat("".join(page.extract_text() or "" for page in PdfReader(out).pages))
    assert f"支付{amount}元（证据1）" in alone


def test_without_readings_the_purchase_cites_its_exhibits_at_the_end(service: CaseService, tmp_path: Path) -> None:
    img, truth = make("order", 73, (390, 844))
    data = CaseData(title="课程退款", order=Order(amount=Decimal(truth.facts["order.amount"])))
    case_id = service.create_case(data)
    service.add_evidence(case_id, [save(img, tmp_path / "订单.png")], kind="purchase")
    assert proof.shown_facts(service, case_id) == {}  # not read
    bundle = export_case(service, case_id, tmp_path / "bundle.pdf", ExportOptions(lang="zh", draft=True)).path
    text = pdf_text(bundle)
    letter = flat(text[text.index("事实与理由"):])
    amount = f"{Decimal(truth.facts['order.amount']):,.2f}"
    assert f"支付{amount}元（证据1）。" in letter
