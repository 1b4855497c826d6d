"""Reading screenshots in the window: the background reading after an import, the proposal dialog
(accept or correct each fact, the region highlighted), and the search inside the evidence."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsRectItem
from pytestqt.qtbot import QtBot

from app.core.domain import CaseData
from app.evidence.ocr.engine import Engine
from app.evidence.ocr.worker import read_file_here, read_image_here
from app.services import evidence_text, proof
from app.services.cases import CaseService
from app.views.tabs.evidence_panel import EvidencePanel
from app.views.tabs.evidence_viewer import EvidenceViewer
from app.views.tabs.fact_proposals import FactProposalDialog
from app.views.tabs.zoom_view import render_pdf_page
from app.views.widgets.workers import WorkerRunner
from tests.ocr_pictures import ALIPAY, BILL, SHORT_CHAT, scanned_pdf, shot_file


@pytest.fixture
def engine(ocr_engine: Engine) -> Engine:
    """The test process's engine (tests/conftest.py)."""
    return ocr_engine


@pytest.fixture
def reading_on(monkeypatch: pytest.MonkeyPatch, engine: Engine) -> None:
    """The window reads after imports (tests/conftest.py turns that off elsewhere), with this module's engine."""
    monkeypatch.setenv("REFUND_EVIDENCE_OCR", "on")
    original = evidence_text.recognise

    def shared(service, case_id=None, **kw):  # type: ignore[no-untyped-def]
        kw.setdefault("reader", lambda path: read_file_here(path, engine))
        kw.setdefault("engine", "test-engine")
        return original(service, case_id, **kw)

    monkeypatch.setattr(evidence_text, "recognise", shared)
    monkeypatch.setattr(evidence_text, "current_engine", lambda: "test-engine")


def test_import_reads_in_background_and_offers_the_facts(qtbot: QtBot, service: CaseService,
                                                         runner: WorkerRunner, tmp_path: Path,
                                                         reading_on: None) -> None:
    case_id = service.create_case(CaseData(title="课程退款"))
    panel = EvidencePanel(service, runner)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.set_case(case_id)
    path, truth = shot_file(BILL, tmp_path / "bill.jpg")
    panel.add_files([path])
    qtbot.waitUntil(lambda: panel.reading.state[0] == "found", timeout=120000)
    assert panel.reading.review_button.isVisibleTo(panel)
    assert panel.reading.found == len(truth.facts) + 2  # and the item's kind (payment) and date
    stored = evidence_text.reading(service, service.get_case(case_id).evidence[0].id)
    assert stored is not None and stored.facts["merchant.name"].value == truth.facts["merchant.name"]
    # Searching inside the evidence finds the bill by its merchant's name; a hit opens it highlighted.
    panel.evidence_search.box.setText("商户全称")
    qtbot.waitUntil(lambda: panel.evidence_search.hits.count() == 1, timeout=10000)
    with qtbot.waitSignal(panel.evidence_search.hitOpened) as opened:
        panel.evidence_search.hits.itemClicked.emit(panel.evidence_search.hits.item(0))
    evidence_id, (boxes, width) = opened.args
    assert evidence_id == stored.evidence_id and len(boxes) == 1 and width == BILL.size[0]
    viewer = panel.findChild(EvidenceViewer)
    assert viewer is not None and viewer.view is not None
    qtbot.waitUntil(lambda: any(isinstance(i, QGraphicsRectItem) for i in viewer.view.scene().items()),
                    timeout=20000)
    viewer.close()
    # "Review found facts" opens the proposals.
    panel.reading.review_button.click()
    qtbot.waitUntil(lambda: getattr(panel, "proposal_dialog", None) is not None, timeout=20000)
    dialog = panel.proposal_dialog
    assert dialog.table.rowCount() == len(truth.facts) + 2
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert any("1" in label and ("证据" in label or "exhibit" in label) for label in labels)
    panel.proposal_dialog.reject()


def test_proposals_are_accepted_or_corrected_one_by_one(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                                        tmp_path: Path, engine: Engine) -> None:
    case_id = service.create_case(CaseData(title="课程退款"))
    path, truth = shot_file(ALIPAY, tmp_path / "alipay.jpg")
    item = service.add_evidence(case_id, [path]).added[0]
    evidence_text.recognise(service, case_id, reader=lambda p: read_image_here(p, engine), engine="t")
    props = proof.proposals(service, case_id)
    dialog = FactProposalDialog(service, runner, case_id, props)
    qtbot.addWidget(dialog)
    dialog.show()
    keys = [p.key for p in props]
    assert dialog.table.rowCount() == len(keys) == len(truth.facts)
    # The picture of the exhibit with the words of the selected fact highlighted.
    qtbot.waitUntil(lambda: any(isinstance(i, QGraphicsRectItem) for i in dialog.view.scene().items()),
                    timeout=20000)
    assert "证据1" in dialog.exhibit.text() or "Exhibit 1" in dialog.exhibit.text()
    # Untick the item, correct the amount.
    dialog.table.item(keys.index("order.item"), 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(keys.index("order.amount"), 2).setText("1.23")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.apply()
    data = service.get_case(case_id).data
    assert data.merchant.name == truth.facts["merchant.name"]
    assert data.order.amount == Decimal("1.23")
    assert data.order.item == ""
    assert item.id == props[0].sightings[0].evidence_id


def test_a_fact_read_on_a_scanned_pdf_page_is_shown_on_that_page(qtbot: QtBot, service: CaseService,
                                                                 runner: WorkerRunner, tmp_path: Path,
                                                                 engine: Engine) -> None:
    case_id = service.create_case(CaseData(title="扫描件"))
    pdf, (_, truth) = scanned_pdf(tmp_path / "scan.pdf", SHORT_CHAT, BILL)
    service.add_evidence(case_id, [pdf])
    evidence_text.recognise(service, case_id, reader=lambda p: read_file_here(p, engine), engine="t")
    props = proof.proposals(service, case_id)
    assert {p.key: p.value for p in props} == truth.facts
    dialog = FactProposalDialog(service, runner, case_id, props)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: any(isinstance(i, QGraphicsRectItem) for i in dialog.view.scene().items()),
                    timeout=20000)
    # The second page (the bill) is shown, the words marked where they are on it.
    (page,) = dialog.view.page_rects
    assert round(page.width()) == round(BILL.size[0] * 1.5 * 72 / 200)
    (shown,) = [i.pixmap().toImage() for i in dialog.view.scene().items() if isinstance(i, QGraphicsPixmapItem)]
    expected = render_pdf_page(pdf, 2).convertToFormat(shown.format())
    assert shown == expected and shown != render_pdf_page(pdf, 1).convertToFormat(shown.format())
    marks = [i.rect() for i in dialog.view.scene().items() if isinstance(i, QGraphicsRectItem)]
    assert marks and all(page.adjusted(-5, -5, 5, 5).contains(r) for r in marks)
