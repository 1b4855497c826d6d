"""The bundle's screenshot exhibits carry an invisible text layer at the recognised positions:
pdftotext finds the screenshot's words on the exhibit page, and the page looks the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core.domain import CaseData
from app.evidence.ocr.engine import Engine
from app.evidence.ocr.worker import read_image_here
from app.services import evidence_text
from app.services.cases import CaseService
from app.services.export import ExportOptions, export_case
from tests.ocr_pictures import BILL, SHORT_CHAT, scanned_pdf, shot_file
from tests.pdf_text import pdf_pages

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (scripts/setup.sh)")


def render(pdf: Path, page: int) -> bytes:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[page].render(scale=0.5).to_pil().tobytes()
    finally:
        doc.close()


def test_exhibit_page_has_the_screenshot_words(service: CaseService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               ocr_engine: Engine) -> None:
    case_id = service.create_case(CaseData(title="课程退款"))
    shot, truth = shot_file(BILL, tmp_path / "微信账单.jpg")
    service.add_evidence(case_id, [shot])
    evidence_text.recognise(service, case_id, reader=lambda p: read_image_here(p, ocr_engine), engine="t")
    # A case of facts alone lacks what Art. 10 asks of a complaint to the regulator: exported as a draft.
    with_layer = export_case(service, case_id, tmp_path / "with.pdf", ExportOptions(lang="zh", draft=True)).path
    pages = pdf_pages(with_layer)
    exhibit = next(i for i, text in enumerate(pages) if "商户全称" in text)
    flat = pages[exhibit].replace(" ", "")
    assert "证据1" in flat  # the exhibit's own page, under its heading
    assert truth.facts["merchant.name"] in flat and truth.facts["order.item"] in flat
    # Without the layer, the same page renders to the same pixels: the text is invisible.
    monkeypatch.setattr(evidence_text, "texts_for", lambda *_a: {})
    without = export_case(service, case_id, tmp_path / "without.pdf", ExportOptions(lang="zh", draft=True)).path
    assert truth.facts["merchant.name"] not in pdf_pages(without)[exhibit].replace(" ", "")
    assert render(with_layer, exhibit) == render(without, exhibit)


def test_scanned_pdf_pages_carry_what_was_read_and_text_pages_keep_their_own(
        service: CaseService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ocr_engine: Engine) -> None:
    from app.core.privacy import RedactionBox
    from app.evidence.ocr.worker import read_file_here
    from app.services.redaction import redact
    from tests.core.test_ocr_pdf import COMPANY_LINE, text_pdf

    engine = ocr_engine
    scanned, (_, truth) = scanned_pdf(tmp_path / "扫描件.pdf", SHORT_CHAT, BILL)
    case_id = service.create_case(CaseData(title="扫描件"))
    service.add_evidence(case_id, [scanned, text_pdf(tmp_path / "文本.pdf")])
    evidence_text.recognise(service, case_id, reader=lambda p: read_file_here(p, engine), engine="t")
    name = truth.facts["merchant.name"]
    out = export_case(service, case_id, tmp_path / "with.pdf", ExportOptions(lang="zh", draft=True)).path
    pages = [t.replace(" ", "") for t in pdf_pages(out)]
    (shown,) = [i for i, text in enumerate(pages) if name in text]  # on the bill's page, once
    assert "商户全称" in pages[shown] and "证据1" in pages[shown]
    assert sum(text.count(COMPANY_LINE.replace(" ", "")) for text in pages) == 1  # its own text, not doubled
    # The layer is invisible: without it the page renders the same.
    monkeypatch.setattr(evidence_text, "pdf_texts_for", lambda *_a: {})
    bare = export_case(service, case_id, tmp_path / "bare.pdf", ExportOptions(lang="zh", draft=True)).path
    assert name not in pdf_pages(bare)[shown].replace(" ", "")
    assert render(out, shown) == render(bare, shown)
    monkeypatch.undo()
    # A redaction box over the name on page 2: the layer does not give it back.
    item = service.get_case(case_id).evidence[0]
    stored = evidence_text.reading(service, item.id)
    assert stored is not None
    value = [i for i in stored.facts["merchant.name"].lines if "商户全称" not in stored.lines[i].text]
    assert value and all(stored.pages[i] == 2 for i in value)
    redact(service, item.id, [RedactionBox(2, *stored.lines[i].box) for i in value])
    covered = export_case(service, case_id, tmp_path / "covered.pdf", ExportOptions(lang="zh", draft=True)).path
    assert name not in "".join(pdf_pages(covered)).replace(" ", "")
    assert "商户全称" in "".join(pdf_pages(covered)).replace(" ", "")  # the rest of the page is still there


def test_joint_bundle_scanned_pdf_page_carries_what_was_read(service: CaseService, tmp_path: Path,
                                                             ocr_engine: Engine) -> None:
    """A joint complaint (#17) shows each member's exhibits as a single bundle does: a scanned PDF's page
    gets the lines read on it as an invisible layer, found by pdftotext on that exhibit's page."""
    from decimal import Decimal

    from app.core.domain import Consumer, Merchant, Order
    from app.evidence.ocr.worker import read_file_here
    from app.services import joint
    from app.services.joint_export import export_joint

    scanned, (truth,) = scanned_pdf(tmp_path / "扫描账单.pdf", BILL)
    merchant = Merchant(name="某某教育科技（北京）有限公司", shop="某某课堂")
    ids = [service.create_case(CaseData(
        title=f"课程退款{n}", consumer=Consumer(name=f"消费者{n}", phone=f"1380000000{n}", address=f"北京市某路{n}号"),
        merchant=merchant, order=Order(number=f"2026000{n}", amount=Decimal(f"{n}99.00")))) for n in (1, 2)]
    service.add_evidence(ids[1], [scanned])
    evidence_text.recognise(service, ids[1], reader=lambda p: read_file_here(p, ocr_engine), engine="t")
    info = joint.create(service, ids, "某某课堂共同投诉")
    for case_id in ids:
        joint.consent(service, info.id, case_id)
    joint.elect(service, info.id, ids[:1])
    out = export_joint(service, info.id, tmp_path / "共同投诉.pdf", ExportOptions(lang="zh", draft=True)).path
    pages = [t.replace(" ", "") for t in pdf_pages(out)]
    (shown,) = [i for i, text in enumerate(pages) if truth.facts["merchant.name"] in text]
    assert "证据B-1" in pages[shown] and "商户全称" in pages[shown]
    assert truth.facts["order.item"] in pages[shown]
