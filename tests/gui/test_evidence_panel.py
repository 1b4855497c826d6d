"""The evidence tab against a real service: add (dialog, drop, paste), refuse, tick, reorder, edit, trash, view."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.timeutil import BEIJING
from app.services.cases import CaseService
from app.views.tabs.evidence_panel import EvidencePanel
from app.views.tabs.evidence_viewer import EvidenceViewer
from app.views.widgets.workers import WorkerRunner
from tests.fixtures_gen import pdf_document
from tests.gui.factories import screenshot_png, truncated_png
from tests.store_helpers import chat_txt


def make_panel(qtbot: QtBot, service: CaseService, runner: WorkerRunner, case_id: int) -> EvidencePanel:
    panel = EvidencePanel(service, runner)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.set_case(case_id)
    return panel


def add(qtbot: QtBot, panel: EvidencePanel, paths: list[Path], kind: str | None = None) -> object:
    with qtbot.waitSignal(panel.imported, timeout=30000) as blocker:
        panel.add_files(paths, kind=kind)
    return blocker.args[0]


def titles(service: CaseService, case_id: int) -> list[str]:
    return [e.title for e in service.get_case(case_id).evidence]


def test_add_files_imports_and_fills_in_thumbnails(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    shots = [screenshot_png(files / f"聊天截图{n}.png", seed=n) for n in range(3)]
    report = add(qtbot, panel, shots)
    assert len(report.added) == 3
    assert titles(service, case_id) == ["聊天截图0", "聊天截图1", "聊天截图2"]
    assert panel.model.rowCount() == 3
    qtbot.waitUntil(lambda: all(panel.model.has_thumbnail(i) for i in panel.model.ids()), timeout=30000)
    assert panel.progress.isVisible() is False or "3" in panel.progress.summary.text()


def test_drop_of_file_urls_and_a_folder_imports_them(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    folder = files / "截图文件夹"
    screenshot_png(folder / "a.png", seed=1)
    screenshot_png(folder / "sub" / "b.png", seed=2)
    single = screenshot_png(files / "c.png", seed=3)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(single))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(panel.imported, timeout=30000):
        panel.dropEvent(event)
    assert event.isAccepted()
    assert titles(service, case_id) == ["a", "b", "c"]


def test_files_dropped_on_the_thumbnails_are_imported_too(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(screenshot_png(files / "d.png", seed=4)))])
    assert panel.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    with qtbot.waitSignal(panel.imported, timeout=30000):
        panel.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert titles(service, case_id) == ["d"]


def test_paste_a_screenshot_from_the_clipboard(qtbot, service, runner, case_id):
    panel = make_panel(qtbot, service, runner, case_id)
    image = QImage(300, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("#95ec69"))
    QGuiApplication.clipboard().setImage(image)
    with qtbot.waitSignal(panel.imported, timeout=30000) as blocker:
        panel.paste_from_clipboard()
    added = blocker.args[0].added
    assert len(added) == 1, panel.errors.label.text()
    name = added[0].original_name
    assert name.startswith("剪贴板截图-") and name.endswith(".png")
    datetime.strptime(name[len("剪贴板截图-"):-4], "%Y%m%d-%H%M%S")
    assert added[0].media_type == "image/png"


def test_paste_file_urls_from_the_clipboard(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(screenshot_png(files / "订单截图.png", seed=5)))])
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(panel.imported, timeout=30000):
        panel.paste_from_clipboard()
    assert titles(service, case_id) == ["订单截图"]


def test_damaged_and_empty_files_are_listed_with_reasons(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    good = screenshot_png(files / "good.png", seed=6)
    broken = truncated_png(files / "broken.png")
    empty = files / "empty.png"
    empty.write_bytes(b"")
    report = add(qtbot, panel, [good, broken, empty])
    assert [e.original_name for e in report.added] == ["good.png"]
    lines = panel.progress.issue_lines()
    assert len(lines) == 2
    assert any(line.startswith(str(broken)) for line in lines)
    assert any(line.startswith(str(empty)) and "empty" in line for line in lines)
    assert not panel.progress.isHidden()
    assert "2 refused" in panel.progress.summary.text()
    panel.progress.copy_issues()
    assert QGuiApplication.clipboard().text() == "\n".join(lines)


def test_refused_files_are_listed_with_the_reason_in_chinese(qtbot, service, runner, case_id, files, languages):
    panel = make_panel(qtbot, service, runner, case_id)
    broken = truncated_png(files / "截图-损坏.png")
    empty = files / "空白.png"
    empty.write_bytes(b"")
    add(qtbot, panel, [broken, empty])
    shown = [panel.progress.issues.item(n).text() for n in range(panel.progress.issues.count())]
    assert shown == ["截图-损坏.png — PNG 图片不完整或已损坏", "空白.png — 文件是空的"]
    assert panel.progress.issue_lines() == [f"{broken}: PNG 图片不完整或已损坏", f"{empty}: 文件是空的"]
    assert "2 个文件未能导入" in panel.progress.summary.text()
    languages.apply("en")  # a language switch re-words the list that is already shown
    panel.retranslate()
    shown = [panel.progress.issues.item(n).text() for n in range(panel.progress.issues.count())]
    assert shown == ["截图-损坏.png — PNG image is truncated or damaged", "空白.png — file is empty"]
    assert "2 refused" in panel.progress.summary.text()


def test_a_duplicate_is_reported_not_added(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    shot = screenshot_png(files / "pay.png", seed=7)
    add(qtbot, panel, [shot])
    report = add(qtbot, panel, [shot])
    assert report.added == [] and len(report.duplicates) == 1
    assert any("already in this case" in line for line in panel.progress.issue_lines())
    assert panel.model.rowCount() == 1


def test_checklist_ticks_as_kinds_arrive_and_change(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    assert not any(panel.checklist.is_ticked(k) for k in ("purchase", "contract", "payment", "chat", "promo"))
    add(qtbot, panel, [screenshot_png(files / "order.png", seed=8)], kind="purchase")
    add(qtbot, panel, [chat_txt(files / "chat.txt")])
    assert panel.checklist.is_ticked("purchase") and panel.checklist.is_ticked("chat")
    assert not panel.checklist.is_ticked("payment")
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.editor.kind.setCurrentIndex(panel.editor.kind.findData("payment"))
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.editor.save_button.click()
    assert panel.checklist.is_ticked("payment") and not panel.checklist.is_ticked("purchase")


def test_editor_saves_title_source_proves_and_beijing_date(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [screenshot_png(files / "promo.png", seed=9)])
    panel.view.setCurrentIndex(panel.model.index(0))
    editor = panel.editor
    editor.title.setText("直播间宣传截图")
    editor.kind.setCurrentIndex(editor.kind.findData("promo"))
    editor.source.setText("快手直播间")
    editor.proves.setPlainText("主播承诺“不满意随时退”")
    editor.dated.setChecked(True)
    editor.when.setDateTime(editor.when.dateTime().fromSecsSinceEpoch(
        int(datetime(2026, 11, 1, 19, 30, tzinfo=BEIJING).timestamp()), editor.when.timeZone()))
    assert editor.when.text() == "2026-11-01 19:30"
    with qtbot.waitSignal(panel.changed, timeout=10000):
        editor.save_button.click()
    item = service.get_case(case_id).evidence[0]
    assert (item.title, item.kind, item.source, item.proves) == ("直播间宣传截图", "promo", "快手直播间",
                                                                 "主播承诺“不满意随时退”")
    assert item.occurred_at == datetime(2026, 11, 1, 19, 30, tzinfo=BEIJING)
    assert panel.editor.item is not None and panel.editor.item.title == "直播间宣传截图"


def test_reorder_by_moving_rows_changes_the_bundle_order(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [screenshot_png(files / f"{n}.png", seed=10 + n) for n in range(4)])
    assert titles(service, case_id) == ["0", "1", "2", "3"]
    with qtbot.waitSignal(panel.changed, timeout=10000):
        assert panel.model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    assert titles(service, case_id) == ["3", "0", "1", "2"]
    # A drag inside the view: the model's own MIME data dropped before row 1.
    mime = panel.model.mimeData([panel.model.index(3)])
    with qtbot.waitSignal(panel.changed, timeout=10000):
        assert panel.model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert titles(service, case_id) == ["3", "2", "0", "1"]
    assert [panel.model.item_at(r).title for r in range(4)] == ["3", "2", "0", "1"]
    panel.set_case(case_id)  # shown again from the service: same order
    assert [panel.model.item_at(r).title for r in range(4)] == ["3", "2", "0", "1"]


def test_sort_by_kind_sets_the_bundle_order(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [screenshot_png(files / "chat.png", seed=20)], kind="chat")
    add(qtbot, panel, [screenshot_png(files / "order.png", seed=21)], kind="purchase")
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.group_button.click()
    assert titles(service, case_id) == ["order", "chat"]


def test_remove_to_trash_undo_and_restore(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [screenshot_png(files / f"{n}.png", seed=30 + n) for n in range(2)])
    first = panel.model.ids()[0]
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.remove(first)
    assert titles(service, case_id) == ["1"]
    assert panel.trash.ids() == [first] and panel.undo_button.isEnabled()
    assert "(1)" in panel.trash_button.text()
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.undo_button.click()
    assert titles(service, case_id) == ["0", "1"]  # back in its place in the bundle
    assert panel.trash.ids() == []
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.remove(first)
    panel.trash_button.setChecked(True)
    assert panel.stack.currentWidget() is panel.trash
    panel.trash.list.item(0).setSelected(True)
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.trash.restore_button.click()
    assert titles(service, case_id) == ["0", "1"]
    trashed = [e for e in service.get_case(case_id, with_trashed=True).evidence if e.trashed_at is not None]
    assert trashed == []


def test_viewer_shows_images_pdf_pages_chat_and_opaque_files(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    opaque = files / "录音.m4a"
    opaque.write_bytes(b"\0\0\0\x20ftypM4A " + bytes(range(256)) * 4)
    add(qtbot, panel, [screenshot_png(files / "a.png", seed=40), pdf_document(files, "statement.pdf", pages=3),
                       chat_txt(files / "chat.txt"), opaque])
    ids = panel.model.ids()
    viewers: list[EvidenceViewer] = []
    for eid in ids:
        viewer = panel.open_viewer(eid)
        assert viewer is not None
        qtbot.addWidget(viewer)
        viewers.append(viewer)
    image, pdf, chat, other = viewers
    assert image.view is not None and pdf.view is not None
    qtbot.waitUntil(lambda: len(image.view.scene().items()) == 1, timeout=20000)
    qtbot.waitUntil(lambda: len(pdf.view.scene().items()) == 3, timeout=20000)
    zoom = image.view.zoom
    image.view.set_zoom(zoom * 2)
    assert image.view.zoom > zoom
    qtbot.waitUntil(lambda: "客服小王" in chat.text.toPlainText(), timeout=20000)  # its messages load in a worker
    text = other.text.toPlainText()
    assert "录音.m4a" in text and service.get_case(case_id).evidence[3].sha256 in text
    assert "submitted separately" in text


def test_cancel_an_import_keeps_what_was_added(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    shots = [screenshot_png(files / f"{n:02}.png", seed=50 + n, size=(60, 80)) for n in range(40)]
    with qtbot.waitSignal(panel.imported, timeout=30000) as blocker:
        panel.add_files(shots)
        panel.progress.cancel_button.click()  # the worker checks before every file
    report = blocker.args[0]
    assert report.cancelled and len(report.added) < 40
    assert len(service.get_case(case_id).evidence) == len(report.added) == panel.model.rowCount()
    assert "cancelled" in panel.progress.summary.text()


def test_paste_of_plain_text_goes_to_the_field_being_edited(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [screenshot_png(files / "x.png", seed=60)])
    panel.view.setCurrentIndex(panel.model.index(0))
    panel.show()
    panel.activateWindow()
    panel.editor.source.setFocus()
    qtbot.waitUntil(panel.editor.source.hasFocus)
    QGuiApplication.clipboard().setText("快手App")
    panel.paste_from_clipboard()
    assert panel.editor.source.text() == "快手App"
    assert panel.import_jobs == []


def test_retranslate_keeps_the_content(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [screenshot_png(files / "x.png", seed=61)], kind="purchase")
    panel.retranslate()
    assert panel.model.rowCount() == 1 and panel.checklist.is_ticked("purchase")
    assert panel.add_button.text() == "Add files…"


def test_an_import_that_fails_as_a_whole_still_reports_and_shows_the_error(qtbot, service, runner, case_id,
                                                                           tmp_path) -> None:
    """A failure of the whole job (here: the case is gone) emits `imported` with an empty report."""
    panel = make_panel(qtbot, service, runner, case_id)
    qtbot.waitUntil(lambda: panel.case_id == case_id)
    shot = screenshot_png(tmp_path / "a.png")
    panel.case_id = 999_999
    report = add(qtbot, panel, [shot])
    assert report.added == [] and report.rejected == []
    assert titles(service, case_id) == []


def commit_text(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def retitle(qtbot: QtBot, panel: EvidencePanel, text: str) -> None:
    title = panel.editor.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    commit_text(title, text)


def test_an_edit_is_saved_when_another_item_is_chosen_and_enter_saves(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [screenshot_png(files / f"s{n}.png", seed=30 + n) for n in range(3)])
    panel.show()
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0))
    retitle(qtbot, panel, "订单详情截图")
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.view.setCurrentIndex(panel.model.index(1))  # clicking another thumbnail
    assert titles(service, case_id)[0] == "订单详情截图"
    assert panel.editor.item is not None and panel.editor.item.title == "s1"
    retitle(qtbot, panel, "微信支付账单")
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.keyClick(panel.editor.title, Qt.Key.Key_Return)
    assert titles(service, case_id)[1] == "微信支付账单"
    panel.editor.source.setFocus()
    commit_text(panel.editor.source, "微信")
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.hide()  # another tab: the edit goes with it
    assert service.get_case(case_id).evidence[1].source == "微信"
    panel.show()
    retitle(qtbot, panel, "长" * 201)
    panel.view.setCurrentIndex(panel.model.index(2))
    assert "201" in panel.editor.problem.text() and panel.editor.problem.isVisible()
    qtbot.waitUntil(lambda: panel.view.currentIndex().row() == 1, timeout=5000)  # stays to be corrected
    assert panel.editor.title.text() == "长" * 201 and titles(service, case_id)[1] == "微信支付账单"


def test_date_known_starts_empty_and_never_stores_the_current_time(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [screenshot_png(files / "order.png", seed=40)])
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)  # typed keys reach the date field
    panel.view.setCurrentIndex(panel.model.index(0))
    editor = panel.editor
    assert not editor.dated.isChecked() and editor.when.text() == "not set"
    editor.dated.click()
    assert editor.dated.isChecked() and "not saved until you do" in editor.date_note.text()
    with qtbot.waitSignal(panel.changed, timeout=10000):
        editor.title.setText("订单")
        editor.save_button.click()
    assert service.get_case(case_id).evidence[0].occurred_at is None  # ticking alone stored no date
    editor.dated.click()
    editor.dated.click()
    editor.when.setFocus()
    qtbot.keyClick(editor.when, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.when, "2026-11-01 20:00")
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert service.get_case(case_id).evidence[0].occurred_at == datetime(2026, 11, 1, 20, 0, tzinfo=BEIJING)


def test_pdf_and_chat_dates_come_from_the_file_and_say_so(qtbot, service, runner, case_id, files):
    from reportlab.pdfgen import canvas

    contract = files / "课程服务合同.pdf"
    pdf = canvas.Canvas(str(contract))
    pdf.setCreator("test")
    pdf.drawString(72, 720, "contract")
    pdf.save()
    data = contract.read_bytes().replace(b"/CreationDate (D:", b"/CreationDate (D:20261101093000+08'00') /X (")
    contract.write_bytes(data)
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [contract, chat_txt(files / "聊天.txt"), pdf_document(files, "contract.pdf", pages=1)])
    items = {e.original_name: e for e in service.get_case(case_id).evidence}
    assert items["课程服务合同.pdf"].kind == "contract" and items["contract.pdf"].kind == "contract"
    assert items["课程服务合同.pdf"].occurred_at == datetime(2026, 11, 1, 9, 30, tzinfo=BEIJING)
    assert items["聊天.txt"].occurred_at == datetime(2026, 11, 1, 20, 0, 12, tzinfo=BEIJING)  # its first message
    panel.view.setCurrentIndex(panel.model.index(panel.model.row_of(items["聊天.txt"].id)))
    assert panel.editor.dated.isChecked() and "first message of the chat log" in panel.editor.date_note.text()
    panel.view.setCurrentIndex(panel.model.index(panel.model.row_of(items["课程服务合同.pdf"].id)))
    assert "PDF's metadata" in panel.editor.date_note.text()


def test_alt_arrows_move_evidence_and_sorting_can_be_undone(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [screenshot_png(files / "chat.png", seed=50)], kind="chat")
    add(qtbot, panel, [screenshot_png(files / "order.png", seed=51)], kind="purchase")
    add(qtbot, panel, [screenshot_png(files / "pay.png", seed=52)], kind="payment")
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=5000)  # shortcuts reach an active window
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0))
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(service, case_id) == ["order", "chat", "pay"]
    assert panel.view.currentIndex().row() == 1  # the moved item stays selected
    with qtbot.waitSignal(panel.changed, timeout=10000):
        qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(service, case_id) == ["chat", "order", "pay"]
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.group_button.click()
    assert titles(service, case_id) == ["order", "pay", "chat"]
    assert panel.undo_button.isEnabled() and panel.undo_button.toolTip() == "Sort by kind"
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.undo_button.click()
    assert titles(service, case_id) == ["chat", "order", "pay"]  # the hand-made order is back
    menu = [a.text() for a in panel.view.actions() if not a.isSeparator()]
    assert menu == ["Open", "Move up (Alt+↑)", "Move down (Alt+↓)", "Sort by kind", "Remove (Delete)"]


def test_escape_closes_the_chat_viewer_with_the_focus_in_its_text(qtbot, service, runner, case_id, files):
    panel = make_panel(qtbot, service, runner, case_id)
    add(qtbot, panel, [chat_txt(files / "聊天.txt")])
    viewer = panel.open_viewer(panel.model.ids()[0])
    assert viewer is not None
    qtbot.waitExposed(viewer)
    viewer.text.setFocus()
    viewer.text.selectAll()
    qtbot.keyClick(viewer.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not viewer.isVisible(), timeout=5000)
