"""The new-case wizard: filled in page by page, it creates the case, lists it and opens its evidence tab."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from app.core.settings import Profile
from app.core.timeutil import now
from app.services.cases import CaseService
from app.views.shell.main_window import MainWindow
from app.views.shell.wizard import NewCaseWizard
from app.views.widgets.form_fields import AmountEdit, ChoiceCombo, DateTimeField, PercentEdit, to_qdatetime
from tests.gui.conftest import PROFILE


def line(wizard: NewCaseWizard, key: str) -> QLineEdit:
    field = wizard.inputs[key]
    assert isinstance(field, QLineEdit)
    return field


def next_page(qtbot: QtBot, wizard: NewCaseWizard) -> None:
    before = wizard.currentId()
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() != before, timeout=5000)


def pick_date(field: DateTimeField, when: datetime) -> None:
    """As a user does: Set (a starting point, not a value), then change it to the date meant."""
    field.button.click()
    assert field.value() is None and field.note.isVisible()
    field.edit.setDateTime(to_qdatetime(when + timedelta(days=1)))  # a change even if `when` is the start
    field.edit.setDateTime(to_qdatetime(when))
    assert field.value() == when and field.note.isHidden()


def fill_pages(qtbot: QtBot, wizard: NewCaseWizard) -> None:
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # a title is required first
    line(wizard, "title").setText("快手英语课退款")
    assert next_button.isEnabled()
    next_page(qtbot, wizard)
    line(wizard, "order.number").setText("2611012000123456")
    line(wizard, "order.item").setText("30天英语速成课")
    amount = wizard.inputs["order.amount"]
    assert isinstance(amount, AmountEdit)
    amount.setText("199.00")
    paid = wizard.inputs["order.paid_at"]
    assert isinstance(paid, DateTimeField)
    pick_date(paid, now().replace(second=0, microsecond=0))
    line(wizard, "merchant.name").setText("某某教育科技有限公司")
    next_page(qtbot, wizard)
    progress = wizard.inputs["course.progress_percent"]
    assert isinstance(progress, PercentEdit)
    progress.setText("3")
    misled = wizard.inputs["course.misrepresented"]
    assert isinstance(misled, QCheckBox)
    misled.setChecked(True)
    next_page(qtbot, wizard)
    status = wizard.inputs["refund.status"]
    assert isinstance(status, ChoiceCombo)
    status.setCurrentIndex(status.findData("refused"))
    next_page(qtbot, wizard)


def test_wizard_creates_and_opens_a_case(qtbot: QtBot, window: MainWindow, service: CaseService) -> None:
    assert window.stack.currentWidget() is window.welcome
    wizard = window.new_case()
    assert wizard is not None and wizard.isVisible()
    fill_pages(qtbot, wizard)
    # The last page: the complainant, filled in from the settings profile.
    assert line(wizard, "consumer.name").text() == PROFILE.name
    assert line(wizard, "consumer.address").text() == PROFILE.address
    with qtbot.waitSignal(window.case_opened, timeout=10000) as opened:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    case_id = opened.args[0]
    assert window.case_id == case_id
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is window.panels["evidence"]
    assert window.tabs.tabText(window.tabs.currentIndex()) == "证据"
    data = service.get_case(case_id).data
    assert (data.title, data.order.amount, data.course.progress_percent) == ("快手英语课退款", Decimal("199.00"),
                                                                            Decimal("3"))
    assert data.course.misrepresented and data.refund.status == "refused"
    assert data.consumer.phone == PROFILE.phone
    model = window.case_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.case_id(0) == case_id, timeout=10000)
    assert model.data(model.index(0, 0)) == "快手英语课退款"


def test_hints_say_where_to_find_each_field(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_case()
    assert wizard is not None
    line(wizard, "title").setText("退款")
    next_page(qtbot, wizard)
    order_page = wizard.pages[1]
    assert order_page.hints["order.number"].text().startswith("快手 → 我的 → 订单")
    wizard.back()
    platform = wizard.inputs["platform"]
    assert isinstance(platform, ChoiceCombo)
    platform.setCurrentIndex(platform.findData("other"))
    next_page(qtbot, wizard)
    assert order_page.hints["order.number"].text().startswith("在你购买课程的 App 里")
    wizard.discard()


def test_a_refund_request_before_payment_is_refused_on_its_page(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_case()
    assert wizard is not None
    fill_pages(qtbot, wizard)
    wizard.back()  # to the refund page
    requested = wizard.inputs["refund.requested_at"]
    assert isinstance(requested, DateTimeField)
    pick_date(requested, now().replace(second=0, microsecond=0) - timedelta(days=3))  # before the payment (now)
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.pages[3]
    assert wizard.currentPage() is page
    assert page.error.text() == "付款时间晚于申请退款时间。"
    wizard.discard()


def commit_text(widget: QLineEdit, text: str) -> None:
    """Type as an input method commits it (Chinese, ¥, full-width digits)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_the_wizard_starts_in_the_title_and_refuses_a_blank_or_too_long_one(qtbot: QtBot,
                                                                            window: MainWindow) -> None:
    wizard = window.new_case()
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.focusWidget() is wizard.inputs["title"], timeout=5000)
    title = line(wizard, "title")
    qtbot.keyClicks(title, "   ")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == 0 and wizard.pages[0].error.text() == "请填写标题。"
    title.clear()
    commit_text(title, "退" * 250)  # pasted: kept whole, refused with a message, never cut
    assert len(title.text()) == 250
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == 0 and "标题有 250 个字，最多 200 个字" in wizard.pages[0].error.text()
    title.setText("快手英语课退款")
    next_page(qtbot, wizard)
    amount = wizard.inputs["order.amount"]
    assert isinstance(amount, AmountEdit)
    QGuiApplication.clipboard().setText("¥199")
    amount.setFocus()
    amount.paste()
    assert amount.text() == "¥199" and amount.reading.text() == "= ¥199.00"
    amount.clear()
    qtbot.keyClicks(amount, "1e3")
    assert amount.text() == "1e3" and "看不懂这个金额" in amount.reading.text()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == 1  # refused on the spot: the page stays
    wizard.discard()


def test_cancel_asks_before_discarding_what_was_typed(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_case()
    assert wizard is not None
    line(wizard, "title").setText("快手英语课退款")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    box = wizard.discard_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert wizard.isVisible()
    box.defaultButton().click()  # Keep editing
    assert wizard.isVisible() and line(wizard, "title").text() == "快手英语课退款"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(wizard.discard_box.isVisible, timeout=5000)
    discard = next(b for b in wizard.discard_box.buttons() if b.text() == "放弃")
    discard.click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5000)
    assert window.case_list.model is not None and window.case_list.model.total == 0


def test_step_five_says_settings_filled_it_only_when_they_did(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_case()
    assert wizard is not None
    assert "已按“设置”中的资料填好" in wizard.pages[4].subTitle()
    wizard.discard()
    window.settings.profile = Profile()
    empty = window.new_case()
    assert empty is not None
    assert "设置" in empty.pages[4].subTitle() and "已按" not in empty.pages[4].subTitle()
    empty.reject()  # nothing typed: closes without asking
    qtbot.waitUntil(lambda: not empty.isVisible(), timeout=5000)


def test_set_on_a_date_field_stores_no_date_until_one_is_chosen(qtbot: QtBot, window: MainWindow,
                                                                service: CaseService) -> None:
    wizard = window.new_case()
    assert wizard is not None
    line(wizard, "title").setText("快手英语课退款")
    next_page(qtbot, wizard)
    paid = wizard.inputs["order.paid_at"]
    assert isinstance(paid, DateTimeField)
    paid.button.click()
    assert paid.value() is None and "改之前不会保存" in paid.note.text() and paid.note.isVisible()
    assert wizard.value("order.paid_at") is None and wizard.case_data().order.paid_at is None
    wizard.discard()


def test_tab_leaves_an_empty_date_field(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.new_case()
    assert wizard is not None
    line(wizard, "title").setText("快手英语课退款")
    next_page(qtbot, wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=5000)
    paid = wizard.inputs["order.paid_at"]
    assert isinstance(paid, DateTimeField) and paid.is_empty()
    paid.edit.setFocus()
    qtbot.waitUntil(paid.edit.hasFocus, timeout=5000)
    qtbot.keyClick(paid.edit, Qt.Key.Key_Tab)
    assert not paid.edit.hasFocus()  # was trapped walking its sections
    wizard.discard()
