"""The Overview tab: the live summary card, validation as you type, saving, errors next to fields."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.timeutil import now
from app.services.cases import CaseService
from app.views.tabs import overview_panel
from app.views.tabs.overview_panel import OverviewPanel
from app.views.widgets.form_fields import AmountEdit, DateTimeField, PercentEdit, to_qdatetime
from app.views.widgets.i18n import LanguageSwitcher
from app.views.widgets.workers import WorkerRunner
from tests.gui.conftest import recent_case


@pytest.fixture
def panel(qtbot: QtBot, service: CaseService, runner: WorkerRunner, languages: LanguageSwitcher,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[OverviewPanel]:
    # The pause before a save is what these tests check, not its length (800 ms in the window): 300 ms
    # waits less and still comes after the check's pause, as in the window.
    monkeypatch.setattr(overview_panel, "SAVE_DELAY_MS", 300)
    assert overview_panel.SAVE_DELAY_MS > overview_panel.CHECK_DELAY_MS
    widget = OverviewPanel(service, runner)
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show()
    yield widget
    widget.set_case(None)  # flush a pending save before the store closes


def open_case(qtbot: QtBot, panel: OverviewPanel, case_id: int) -> None:
    with qtbot.waitSignal(panel.checked, timeout=10000):
        panel.set_case(case_id)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select all, delete, type: ASCII as key presses, Chinese as an input method would commit it."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(edit, event)


def test_summary_follows_progress_from_full_to_partial_refund(qtbot: QtBot, panel: OverviewPanel,
                                                              service: CaseService) -> None:
    open_case(qtbot, panel, service.create_case(recent_case("3")))
    assert panel.card.result is not None and panel.card.result.remedy == "full_refund"
    first = panel.card.text()
    assert "可全额退款 ¥199.00" in first
    assert "7天无理由退款" in first and "还剩 5 天" in first  # paid a day ago: 6 days minus a moment
    progress = panel.editor.inputs["course.progress_percent"]
    assert isinstance(progress, PercentEdit)
    with qtbot.waitSignal(panel.checked, timeout=10000):
        retype(qtbot, progress, "6")
    qtbot.waitUntil(lambda: panel.card.result is not None and panel.card.result.remedy == "partial_refund",
                    timeout=10000)
    assert "可部分退款 ¥187.06" in panel.card.text()  # 199.00 × 94%
    assert panel.card.text() != first


def test_a_claim_without_time_limit_still_shows_the_next_deadline(qtbot: QtBot, panel: OverviewPanel,
                                                                  service: CaseService) -> None:
    data = recent_case("3")
    data.course.misrepresented = True  # fraud: refund plus compensation, a claim with no deadline of its own
    open_case(qtbot, panel, service.create_case(data))
    assert panel.card.result is not None and panel.card.result.remedy == "refund_plus_compensation"
    reason = panel.card.reason.text()
    assert reason.startswith("虚假或引人误解的宣传")
    assert "7天无理由退款申请截止" in reason and "还剩 5 天" in reason  # what runs out first


def test_missing_complaint_fields_are_listed(qtbot: QtBot, panel: OverviewPanel, service: CaseService) -> None:
    data = recent_case()
    data.consumer.phone = ""
    data.merchant.address = ""
    open_case(qtbot, panel, service.create_case(data))
    text = panel.card.text()
    assert "投诉还需要：你的电话号码、商家地址" in text
    assert "还缺少证据：" in text


def test_amount_and_progress_keep_what_was_typed_and_say_how_they_read_it(qtbot: QtBot, panel: OverviewPanel,
                                                                          service: CaseService) -> None:
    case_id = service.create_case(recent_case())
    open_case(qtbot, panel, case_id)
    amount = panel.editor.inputs["order.amount"]
    progress = panel.editor.inputs["course.progress_percent"]
    assert isinstance(amount, AmountEdit) and isinstance(progress, PercentEdit)
    for typed, value, reading in (("199,5", Decimal("199.50"), "= ¥199.50"), ("¥1,299", Decimal("1299.00"),
                                  "= ¥1,299.00"), ("１９９", Decimal("199.00"), "= ¥199.00"),
                                  ("199元", Decimal("199.00"), "= ¥199.00")):
        retype(qtbot, amount, typed)
        assert amount.text() == typed and amount.value() == value  # never rewritten
        assert amount.reading.isVisible() and amount.reading.text() == reading
    for typed, reason in (("1e3", "看不懂这个金额"), ("199.999", "最多两位小数"), ("12,34,5", "小数点")):
        retype(qtbot, amount, typed)
        assert amount.text() == typed and amount.value() is None
        assert reason in amount.reading.text()
        qtbot.waitUntil(lambda: panel.state_label.text().startswith("未保存"), timeout=5000)
    assert service.get_case(case_id).data.order.amount == Decimal("199.00")  # the refused text was not saved
    assert "实付金额" in panel.card.headline.text()  # the card says what it waits for, not "checking…"
    retype(qtbot, progress, "150")
    assert progress.text() == "150" and "最多 100%" in progress.reading.text()
    retype(qtbot, progress, "5.25")
    assert progress.value() == Decimal("5.25") and not progress.reading.isVisible()
    retype(qtbot, amount, "199")
    with qtbot.waitSignal(panel.saved, timeout=10000):
        qtbot.keyClick(amount, Qt.Key.Key_Return)  # Enter saves at once
    assert service.get_case(case_id).data.course.progress_percent == Decimal("5.25")


def test_edits_are_saved_after_a_pause(qtbot: QtBot, panel: OverviewPanel, service: CaseService) -> None:
    case_id = service.create_case(recent_case())
    open_case(qtbot, panel, case_id)
    name = panel.editor.inputs["merchant.name"]
    assert isinstance(name, QLineEdit)
    with qtbot.waitSignal(panel.saved, timeout=10000):
        retype(qtbot, name, "杭州示例教育科技有限公司")
    assert service.get_case(case_id).data.merchant.name == "杭州示例教育科技有限公司"
    assert panel.state_label.text() == "所有修改已保存"
    agent = panel.editor.inputs["agent.name"]
    assert isinstance(agent, QLineEdit)
    with qtbot.waitSignal(panel.saved, timeout=10000):
        retype(qtbot, agent, "李志愿")
    assert service.get_case(case_id).data.agent.name == "李志愿"


def test_contradicting_dates_are_shown_next_to_the_field_and_not_saved(qtbot: QtBot, panel: OverviewPanel,
                                                                       service: CaseService) -> None:
    data = recent_case()
    data.refund.status = "pending"
    data.refund.requested_at = now() - timedelta(hours=2)
    case_id = service.create_case(data)
    open_case(qtbot, panel, case_id)
    paid = panel.editor.inputs["order.paid_at"]
    assert isinstance(paid, DateTimeField)
    paid.edit.setDateTime(paid.edit.dateTime().addDays(2))  # after the refund request
    panel.save()
    error = panel.editor.errors["order.paid_at"]
    assert error.isVisible() and error.text() == "付款时间晚于申请退款时间。"
    assert panel.state_label.text() == "未保存：请修改标红的字段。"
    assert service.get_case(case_id).data.order.paid_at == data.order.paid_at


def test_empty_title_is_refused(qtbot: QtBot, panel: OverviewPanel, service: CaseService) -> None:
    open_case(qtbot, panel, service.create_case(recent_case()))
    title = panel.editor.inputs["title"]
    assert isinstance(title, QLineEdit)
    retype(qtbot, title, "")
    panel.save()
    assert panel.editor.errors["title"].text() == "请填写标题。"


def test_date_fields_can_be_empty_and_set(qtbot: QtBot, panel: OverviewPanel, service: CaseService) -> None:
    """"Set" never stores now: it shows a starting point, says so, and nothing is saved until it is changed."""
    case_id = service.create_case(recent_case())
    open_case(qtbot, panel, case_id)
    requested = panel.editor.inputs["refund.requested_at"]
    assert isinstance(requested, DateTimeField)
    assert requested.value() is None and requested.edit.text() == "未填写" and requested.note.isHidden()
    qtbot.mouseClick(requested.button, Qt.MouseButton.LeftButton)
    start = now().replace(hour=0, minute=0, second=0, microsecond=0)
    assert requested.edit.text() == start.strftime("%Y-%m-%d 00:00") and requested.value() is None
    assert requested.note.isVisible() and "改之前不会保存" in requested.note.text()
    assert requested.button.text() == "清除" and requested.edit.hasFocus()
    panel.save()
    assert service.get_case(case_id).data.refund.requested_at is None  # nothing made up was stored
    chosen = now().replace(second=0, microsecond=0) - timedelta(hours=1)  # after the payment, a day ago
    requested.edit.setDateTime(to_qdatetime(chosen + timedelta(days=1)))  # (a change even if chosen is the start)
    requested.edit.setDateTime(to_qdatetime(chosen))
    assert requested.value() == chosen and requested.note.isHidden()
    with qtbot.waitSignal(panel.saved, timeout=10000):
        panel.save()
    assert service.get_case(case_id).data.refund.requested_at == chosen
    qtbot.mouseClick(requested.button, Qt.MouseButton.LeftButton)
    assert requested.value() is None and requested.button.text() == "填写"


def test_a_phone_nobody_can_call_and_a_refund_over_the_price_are_named_at_their_fields(
        qtbot: QtBot, panel: OverviewPanel, service: CaseService) -> None:
    case_id = service.create_case(recent_case())
    open_case(qtbot, panel, case_id)
    phone = panel.editor.inputs["consumer.phone"]
    assert isinstance(phone, QLineEdit)
    with qtbot.waitSignal(panel.saved, timeout=10000):
        retype(qtbot, phone, "12345")
    qtbot.waitUntil(lambda: "不像中国大陆的手机号" in panel.editor.errors["consumer.phone"].text(), timeout=10000)
    assert "请核对：电话号码“12345”" in panel.card.text()
    assert service.get_case(case_id).data.consumer.phone == "12345"  # kept as typed; the export is what waits
    refunded = panel.editor.inputs["refund.refunded_amount"]
    assert isinstance(refunded, AmountEdit)
    retype(qtbot, refunded, "500")
    qtbot.waitUntil(lambda: "已退金额大于实付金额" in panel.editor.errors["refund.refunded_amount"].text(),
                    timeout=10000)
    assert service.get_case(case_id).data.refund.refunded_amount == Decimal("0.00")  # refused, not saved
