"""The 投诉进展 tab, the 待办 view, the due-since notice and the 网上投诉 helper, in the real widgets."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.core.domain import Complaint
from app.core.settings import Settings
from app.core.timeutil import now
from app.services.cases import CaseService
from app.views.shell.agenda import AgendaDialog
from app.views.tabs.complaints_panel import ComplaintDialog, ComplaintsPanel
from app.views.tabs.online_filing import OnlineFilingDialog
from app.views.widgets.i18n import LanguageSwitcher
from app.views.widgets.workers import WorkerRunner
from tests.gui.conftest import make_window
from tests.gui.factories import realistic_case, screenshot_png


def refused_recently(title: str = "快手直播间英语课退款", days_ago: int = 2):  # type: ignore[no-untyped-def]
    data = realistic_case(title)
    at = now() - timedelta(days=days_ago)
    data.order.paid_at, data.course.starts_at = at - timedelta(days=2), at - timedelta(days=1)
    data.refund.requested_at, data.refund.refused_at = at - timedelta(hours=5), at
    return data


def panel_texts(panel: ComplaintsPanel) -> list[str]:
    return [label.text() for label in panel.deadline_box.findChildren(QLabel)]


def make_panel(qtbot: QtBot, service: CaseService, runner: WorkerRunner, case_id: int) -> ComplaintsPanel:
    panel = ComplaintsPanel(service, runner)
    qtbot.addWidget(panel)
    panel.set_case(case_id)
    qtbot.waitUntil(lambda: panel.loaded is not None, timeout=20000)
    return panel


def test_i_filed_it_today_and_the_deadlines_that_follow(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                                        languages: LanguageSwitcher) -> None:
    case_id = service.create_case(refused_recently())
    panel = make_panel(qtbot, service, runner, case_id)
    assert panel.tree.topLevelItemCount() == 0
    assert any(t.startswith("向法院起诉的诉讼时效届满") for t in panel_texts(panel))
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.file_today()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=10000)
    row = panel.tree.topLevelItem(0)
    assert row is not None and row.text(0) == "市场监管部门（12315）" and row.text(5) == "处理中"
    stored = service.get_case(case_id).data.complaints
    assert len(stored) == 1 and stored[0].channel == "market_regulator"
    assert stored[0].filed_at is not None and abs(stored[0].filed_at - now()) < timedelta(minutes=2)
    qtbot.waitUntil(lambda: any("市场监管部门决定是否受理投诉" in t for t in panel_texts(panel)), timeout=10000)
    texts = panel_texts(panel)
    assert any("到期仍无消息：拨打12315，报投诉编号（暂无编号：报上姓名和电话）查询" in t for t in texts), texts
    # The number added later is what the action names.
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.update_complaint(Complaint(**{**stored[0].__dict__, "number": "1231500007"}))
    qtbot.waitUntil(lambda: any("报投诉编号1231500007查询" in t for t in panel_texts(panel)), timeout=10000)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.delete_complaint(stored[0].id or 0)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 0, timeout=10000)
    actions = [a.action for a in service.audit_log(case_id)]
    assert actions[-3:] == ["complaint.add", "complaint.update", "complaint.delete"]


def test_the_dialog_says_what_the_store_would_refuse(qtbot: QtBot, languages: LanguageSwitcher) -> None:
    filed = now() - timedelta(days=3)
    dialog = ComplaintDialog(None, Complaint("market_regulator", filed_at=filed))
    qtbot.addWidget(dialog)
    dialog.accepted_at.set_value(filed - timedelta(days=1))
    dialog._accept()
    assert dialog.error.text() == "受理日期不能早于提交日期。" and dialog.result() == 0  # still open
    dialog.accepted_at.set_value(filed + timedelta(days=1))
    dialog.number.setText(" 123 ")
    value = dialog.value()
    assert value.number == "123" and value.accepted_at is not None and value.outcome is None


def test_the_to_do_view_lists_the_coming_two_weeks(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                                   languages: LanguageSwitcher) -> None:
    first = service.create_case(refused_recently("甲案"))
    service.add_complaint(first, Complaint("market_regulator", filed_at=now() - timedelta(days=1), number="A-1"))
    second = service.create_case(realistic_case("乙案（早已过期）"))
    late = service.create_case(refused_recently("丙案（未获答复）", days_ago=25))
    service.add_complaint(late, Complaint("market_regulator", filed_at=now() - timedelta(days=20), number="C-3"))
    dialog = AgendaDialog(service, runner, "zh")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=20000)
    rows = dialog.rows()
    # The regulator's overdue decision first; the other case's own chances are long past and not listed.
    assert [r[2] for r in rows] == ["丙案（未获答复）", "甲案"]
    assert rows[0][1].startswith("已逾期") and rows[0][4].startswith("仍未收到是否受理的决定：拨打12315，报投诉编号C-3")
    assert rows[1][3].startswith("市场监管部门决定是否受理投诉（投诉编号A-1）")
    assert "拨打12315，报投诉编号A-1" in rows[1][4]
    assert dialog.status.text().startswith("2 个期限")
    with qtbot.waitSignal(dialog.open_case, timeout=2000) as opened:
        dialog._open(1)
    assert opened.args == [first] and second != first


def test_what_fell_due_since_the_last_start_is_said(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                                    data_dir: Path, languages: LanguageSwitcher,
                                                    tmp_path: Path) -> None:
    case_id = service.create_case(refused_recently("逾期案", days_ago=20))
    service.add_complaint(case_id, Complaint("market_regulator", filed_at=now() - timedelta(days=15), number="B"))
    from app.core.settings import save_settings

    save_settings(data_dir, Settings(last_opened=(now() - timedelta(days=10)).isoformat()))
    from app.core.settings import load_settings

    window = make_window(qtbot, None, runner, data_dir, languages, tmp_path)
    window.settings = load_settings(data_dir)
    window.attach_service(service)
    qtbot.waitUntil(lambda: "due_notice" in window.__dict__ and window.due_notice.items != [], timeout=20000)
    notice = window.due_notice
    assert "自上次打开本应用" in notice.label.text() and "逾期案" in notice.label.text()
    assert "1 个期限已到期" in notice.label.text()
    assert load_settings(data_dir).last_opened > (now() - timedelta(minutes=1)).isoformat()[:16]
    dialog = window.open_agenda()
    assert dialog is not None
    dialog.close()
    window.close()


def test_a_first_start_says_nothing(qtbot: QtBot, window, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from app.core.settings import load_settings

    qtbot.waitUntil(lambda: load_settings(data_dir).last_opened != "", timeout=10000)
    assert "due_notice" not in window.__dict__ or window.due_notice.isHidden()


def test_the_online_filing_helper(qtbot: QtBot, service: CaseService, runner: WorkerRunner, files: Path,
                                  tmp_path: Path, languages: LanguageSwitcher) -> None:
    case_id = service.create_case(refused_recently())
    long_shot = screenshot_png(files / "聊天长截图.png", seed=3, size=(300, 1500))
    service.add_evidence(case_id, [screenshot_png(files / "订单.png", seed=1), long_shot])
    (files / "录屏.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100)
    service.add_evidence(case_id, [files / "录屏.mp4"])
    dialog = OnlineFilingDialog(service, runner, case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.fields), timeout=20000)
    texts = {f.key: f.text for f in dialog.fields}
    assert texts["complainant_name"] == "张三" and texts["respondent_name"] == "某某教育科技有限公司"
    assert "第十三条" in texts["jurisdiction"] and "杭州市某区某路2号" in texts["jurisdiction"]
    assert texts["amount"] == "199.00元" and texts["order_number"] == "2026110112345678"
    assert "商家拒绝退款" in texts["problem_short"] and "证据1" in texts["problem_full"]
    assert texts["request"].startswith("1. ")
    editor = dialog.editors["problem_full"]
    assert isinstance(editor, QPlainTextEdit) and editor.toPlainText() == texts["problem_full"]
    assert isinstance(dialog.editors["amount"], QLineEdit)
    assert dialog.copy("respondent_name") == "某某教育科技有限公司"
    assert QGuiApplication.clipboard().text() == "某某教育科技有限公司"
    assert dialog.copy_buttons["respondent_name"].text() == "已复制"
    dialog.max_kb.setValue(100)
    job = dialog.write_pictures(tmp_path / "out")
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert job.done and dialog.report is not None
    names = sorted(p.name for p in dialog.report.written)
    assert names[:2] == ["证据1-1.jpg", "证据2-1.jpg"] and "证据2-2.jpg" in names  # the long one in parts
    assert all(p.stat().st_size <= 100 * 1024 for p in dialog.report.written)
    with Image.open(dialog.report.folder / "证据2-1.jpg") as part:
        assert part.height <= part.width * 2 + 1
    assert [label for label, _why in dialog.report.skipped] == ["证据3"]
    assert f"已生成 {len(names)} 张图片" in dialog.outcome.text() and "证据3" in dialog.outcome.text()
    assert dialog.report.folder.parent == tmp_path / "out" and dialog.report.folder.name.startswith("证据图片-")


def test_the_export_tab_saves_one_document(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                           tmp_path: Path, languages: LanguageSwitcher) -> None:
    import docx

    from app.views.tabs.documents_box import DocumentsBox

    case_id = service.create_case(refused_recently("文书案"))
    box = DocumentsBox(service, runner)
    qtbot.addWidget(box)
    box.set_case(case_id, "文书案")
    assert box.document.currentText() == "民事起诉状" and box.format.currentData() == "docx"
    assert box.suggested().name.startswith("文书案-民事起诉状-") and box.suggested().suffix == ".docx"
    out = tmp_path / "起诉状.docx"
    box.save(out)
    qtbot.waitUntil(lambda: box.result is not None, timeout=20000)
    assert box.status.text() == f"已保存：{out}" and box.open_button.isEnabled()
    assert docx.Document(str(out)).paragraphs[0].text == "民事起诉状"
    box.save(out)  # not replaced without the dialog's answer
    qtbot.waitUntil(lambda: box.status.text().startswith("未能保存"), timeout=20000)
