"""Case → Joint complaints: group the suggested cases, record consent, elect, export the joint bundle."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.core.domain import CaseData, Consumer, Merchant, Order
from app.services.cases import CaseService
from app.views.shell.joint_dialog import CONSENT, REPRESENTATIVE, JointDialog
from app.views.shell.main_window import MainWindow
from tests.pdf_text import pdf_text


def _cases(service: CaseService) -> list[int]:
    return [service.create_case(CaseData(
        title=f"课程退款{n}", consumer=Consumer(name=f"消费者{n}", phone=f"1380000000{n}", address=f"北京市某路{n}号"),
        merchant=Merchant(name="某某教育科技有限公司", shop="某某课堂", address="杭州市某区某路2号"),
        demands="退还课程费用", facts=f"消费者{n}在直播间购买了课程。",
        order=Order(number=f"2026000{n}", amount=Decimal(f"{n}99.00")))) for n in (1, 2, 3)]


def _ready(qtbot: QtBot, window: MainWindow, service: CaseService, ids: list[int]) -> JointDialog:
    """A joint complaint of these cases, everyone consenting, the first elected; the dialog open on it."""
    from app.services import joint

    info = joint.create(service, ids)
    for case_id in ids:
        joint.consent(service, info.id, case_id)
    joint.elect(service, info.id, ids[:1])
    window.commands["joint"].trigger()
    dialog = window.joint_dialog
    qtbot.waitUntil(lambda: dialog.current is not None and not dialog.current.problems(), timeout=10000)
    return dialog


def test_group_consent_elect_and_export(qtbot: QtBot, window: MainWindow, service: CaseService,
                                        tmp_path: Path) -> None:
    ids = _cases(service)
    window.commands["joint"].trigger()
    dialog = window.joint_dialog
    assert isinstance(dialog, JointDialog) and dialog.windowTitle() == "共同投诉"
    qtbot.waitUntil(lambda: dialog.suggestion_list.count() == 1, timeout=10000)
    assert "3 个案件" in dialog.suggestion_list.item(0).text()
    dialog.group_button.click()
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.members.rowCount() == 3, timeout=10000)
    assert dialog.suggestion_list.count() == 0 and "尚未记录同意" in dialog.problems.text()
    assert not dialog.members.cellWidget(0, REPRESENTATIVE).isEnabled()  # no consent yet
    dialog.consent_how.setText("签署推选代表人书")
    for row in range(3):
        dialog.members.cellWidget(row, CONSENT).click()
        qtbot.waitUntil(lambda row=row: dialog.current is not None
                        and dialog.current.members[row].consented_at is not None, timeout=10000)
    for row in (0, 1, 2):
        dialog.members.cellWidget(row, REPRESENTATIVE).click()
        if row < 2:
            qtbot.waitUntil(lambda row=row: dialog.current is not None
                            and dialog.current.members[row].representative, timeout=10000)
    assert "最多" in dialog.status.text()  # a third representative is refused, nothing changed
    assert [m.case_id for m in dialog.current.representatives] == ids[:2]
    assert "可以提交" in dialog.problems.text()
    assert {m.consent_how for m in dialog.current.members} == {"签署推选代表人书"}
    out = tmp_path / "共同投诉.pdf"
    steps: list[int] = []
    dialog.bar.valueChanged.connect(steps.append)
    dialog.write(out, election=False)
    assert dialog.cancel_button.isVisible() and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: getattr(dialog, "written", None) == out, timeout=60000)
    assert steps and not dialog.cancel_button.isVisible() and "已保存" in dialog.status.text()
    text = pdf_text(out)
    assert "共同投诉书" in text and "897.00元" in text and "证据" in text
    dialog.close()


def test_a_cancelled_joint_export_writes_nothing(qtbot: QtBot, window: MainWindow, service: CaseService,
                                                 tmp_path: Path) -> None:
    ids = _cases(service)
    dialog = _ready(qtbot, window, service, ids)
    out = tmp_path / "out" / "共同投诉.pdf"
    out.parent.mkdir()
    dialog.write(out, election=False)
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert dialog.status.text() == "已取消，未写入任何文件。" and not out.exists()
    assert list(out.parent.iterdir()) == []  # no temporary file left either
    dialog.close()


def test_a_third_case_against_another_business_is_refused_in_words(qtbot: QtBot, window: MainWindow,
                                                                   service: CaseService) -> None:
    from app.services import joint

    ids = _cases(service)
    info = joint.create(service, ids[:2])
    other = service.create_case(CaseData(title="别家的课", merchant=Merchant(name="另一家公司")))
    window.open_case(other)
    qtbot.waitUntil(lambda: window.case_id == other, timeout=10000)
    window.commands["joint"].trigger()
    dialog = window.joint_dialog
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.id == info.id, timeout=10000)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "另一家经营者" in dialog.status.text(), timeout=10000)
    assert "「别家的课」" in dialog.status.text() and len(joint.get(service, info.id).members) == 2
    dialog.close()


def test_edit_the_words_and_export_a_draft_while_art10_material_is_missing(
        qtbot: QtBot, window: MainWindow, service: CaseService, tmp_path: Path) -> None:
    ids = _cases(service)
    third = service.get_case(ids[2]).data
    third.consumer.address = ""  # Art. 10 material missing for C
    service.update_case(ids[2], third)
    dialog = _ready(qtbot, window, service, ids)
    info = dialog.current
    assert info is not None
    editor = dialog.edit()
    assert editor is not None and editor.title.text() == info.title
    editor.title.setText("  某某课堂 英语课 共同投诉  ")
    editor.demands.setPlainText("请求被投诉人退还三名投诉人的课程费用\n请求依法调解")
    editor.buttons.button(editor.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.title == "某某课堂 英语课 共同投诉",
                    timeout=10000)
    out = tmp_path / "共同投诉.pdf"
    dialog.write(out, election=False)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60000)
    assert "第十条" in dialog.status.text() and "C 消费者3" in dialog.status.text() and not out.exists()
    dialog.draft.setChecked(True)
    dialog.write(out, election=False)
    qtbot.waitUntil(lambda: getattr(dialog, "written", None) == out, timeout=60000)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "草稿" in text and "1. 请求被投诉人退还三名投诉人的课程费用" in text and "某某课堂 英语课 共同投诉" in text
    # For a consumer association Art. 10 does not hold the bundle back, and the letter asks the association.
    dialog.draft.setChecked(False)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("consumer_association"))
    assert dialog.recipient.currentText() == "消费者协会"
    association = tmp_path / "消协.pdf"
    dialog.write(association, election=False)
    qtbot.waitUntil(lambda: getattr(dialog, "written", None) == association, timeout=60000)
    text = "\n".join(page.extract_text() for page in PdfReader(association).pages).replace("\n", "")
    assert "请求贵会受理投诉" in text and "草稿" not in text
    dialog.close()
