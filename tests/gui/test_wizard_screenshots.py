"""从截图开始: the new-case wizard reads screenshots in the background, fills the empty fields with what
they show (each noting its file), keeps what the user typed, and the case it makes has them as evidence."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from app.evidence.ocr.engine import Engine
from app.evidence.ocr.worker import read_file_here
from app.services import evidence_text, reading
from app.services.cases import CaseService
from app.views.shell.main_window import MainWindow
from app.views.shell.wizard import NewCaseWizard
from app.views.widgets.form_fields import AmountEdit, DateTimeField
from tests.ocr_pictures import ALIPAY, BILL, ORDER, shot_file
from tests.ocr_screens import make, save


@pytest.fixture
def engine(ocr_engine: Engine) -> Engine:
    """The test process's engine (tests/conftest.py)."""
    return ocr_engine


@pytest.fixture
def shared_engine(monkeypatch: pytest.MonkeyPatch, engine: Engine) -> list[str]:
    """The wizard's reading with this module's engine instead of a worker process; the files it read."""
    original = reading.scan
    seen: list[str] = []

    def scan(paths, **kw):  # type: ignore[no-untyped-def]
        def read(path: str):  # type: ignore[no-untyped-def]
            seen.append(path)
            return read_file_here(path, engine)

        kw.setdefault("reader", read)
        return original(paths, **kw)

    monkeypatch.setattr(reading, "scan", scan)
    monkeypatch.setattr(evidence_text, "current_engine", lambda: "test-engine")
    return seen


def line(wizard: NewCaseWizard, key: str) -> QLineEdit:
    field = wizard.inputs[key]
    assert isinstance(field, QLineEdit)
    return field


def finish(qtbot: QtBot, window: MainWindow, wizard: NewCaseWizard) -> int:
    """Next through the remaining pages, Finish; the id of the case the window opens."""
    for _ in range(4):
        before = wizard.currentId()
        wizard.button(QWizard.WizardButton.NextButton).click()
        qtbot.waitUntil(lambda b=before: wizard.currentId() != b, timeout=5000)
    with qtbot.waitSignal(window.case_opened, timeout=20000) as opened:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    return int(opened.args[0])


def test_start_from_screenshots_fills_marks_and_imports(qtbot: QtBot, window: MainWindow, service: CaseService,
                                                         tmp_path: Path, shared_engine: list[str]) -> None:
    order_path, order = shot_file(ORDER, tmp_path / "订单详情.jpg")
    bill_path, bill = shot_file(BILL, tmp_path / "微信账单.jpg")
    shots = [order_path, bill_path]
    wizard = window.new_case()
    assert wizard is not None
    # The user typed the shop already: it is kept, never rewritten.
    line(wizard, "merchant.shop").setText("我自己填的店")
    with qtbot.waitSignal(wizard.shots.readingDone, timeout=120000):
        wizard.shots.read_files(shots)
        assert wizard.shots.state[0] == "running" and wizard.shots.stop_button.isVisibleTo(wizard.shots)
        assert not wizard.shots.button.isEnabled()
    assert shared_engine == [str(p) for p in shots]
    assert wizard.shots.state[0] == "done" and not wizard.shots.stop_button.isVisibleTo(wizard.shots)
    page = wizard.pages[1]
    # The order page and the bill were bought on different days for different sums: those facts disagree
    # and fill nothing; the order number (order page) and the legal name (bill) fill their empty fields.
    assert line(wizard, "order.number").text() == order.facts["order.number"]
    assert "订单详情.jpg" in page.hints["order.number"].text()
    assert line(wizard, "merchant.name").text() == bill.facts["merchant.name"]
    assert "微信账单.jpg" in page.hints["merchant.name"].text()
    amount = wizard.inputs["order.amount"]
    assert isinstance(amount, AmountEdit) and amount.text() == ""
    assert order.facts["order.amount"] in page.hints["order.amount"].text()
    assert bill.facts["order.amount"] in page.hints["order.amount"].text()
    paid = wizard.inputs["order.paid_at"]
    assert isinstance(paid, DateTimeField) and paid.value() is None
    assert line(wizard, "merchant.shop").text() == "我自己填的店"
    if "merchant.shop" in order.facts and "merchant.shop" in page.notes:
        assert "kept" in page.hints["merchant.shop"].text() or "保留" in page.hints["merchant.shop"].text()
    assert "2" in wizard.shots.status.text()
    # The user corrects what the screenshots could not settle, then finishes the wizard.
    line(wizard, "title").setText("截图开始的案件")
    amount.setText(order.facts["order.amount"])
    case_id = finish(qtbot, window, wizard)
    info = service.get_case(case_id)
    assert info.data.order.number == order.facts["order.number"]
    assert info.data.order.amount == Decimal(order.facts["order.amount"])
    assert info.data.merchant.name == bill.facts["merchant.name"]
    assert info.data.merchant.shop == "我自己填的店"
    assert [e.original_name for e in info.evidence] == ["订单详情.jpg", "微信账单.jpg"]
    # What was read is stored with each item: nothing is read again.
    assert evidence_text.pending(service, case_id, engine="test-engine") == []
    stored = evidence_text.reading(service, info.evidence[1].id)
    assert stored is not None and stored.facts["merchant.name"].value == bill.facts["merchant.name"]
    assert "2" in window.status.text()


def test_stopping_keeps_what_was_read_and_the_rest_is_read_later(qtbot: QtBot, window: MainWindow,
                                                                  service: CaseService, tmp_path: Path,
                                                                  shared_engine: list[str], engine: Engine,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # The first is read (a shared picture, tests/ocr_pictures.py); the other two are not.
    shots = [shot_file(ALIPAY, tmp_path / "账单0.jpg")[0],
             *(save(make("alipay", 84 + n, (390, 844))[0], tmp_path / f"账单{n + 1}.png") for n in range(2))]
    wizard = window.new_case()
    assert wizard is not None
    pressed = threading.Event()
    wizard.shots.stop_button.clicked.connect(pressed.set)
    original = reading.scan

    def held(paths, **kw):  # type: ignore[no-untyped-def]
        def read(path: str):  # type: ignore[no-untyped-def]
            if path == str(shots[0]):  # the first file stays in hand until Stop was pressed
                assert pressed.wait(60)
            return read_file_here(path, engine)

        return original(paths, reader=read, **kw)

    monkeypatch.setattr(reading, "scan", held)
    started = wizard.shots.read_files(shots)
    qtbot.waitUntil(lambda: wizard.shots.state[1] >= 1, timeout=60000)  # the first file is in hand
    with qtbot.waitSignal(wizard.shots.readingDone, timeout=120000):
        wizard.shots.stop_button.click()
    assert started.done
    read = wizard.shots.readings
    assert [r.path for r in read] == [str(shots[0])] and read[0].error is None  # stopped after the one in hand
    line(wizard, "title").setText("停下的案件")
    info = service.get_case(finish(qtbot, window, wizard))
    assert len(info.evidence) == 3  # every chosen screenshot is evidence
    # Those not read before the stop are left for the evidence tab's background reading.
    assert len(evidence_text.pending(service, info.id, engine="test-engine")) == 2
