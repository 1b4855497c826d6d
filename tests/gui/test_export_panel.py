"""The export tab: pre-flight, a real bundle written in the background, cancel leaving nothing, history."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.timeutil import now
from app.services.cases import CaseService
from app.services.export import default_output
from app.views.tabs.export_panel import ExportPanel
from app.views.widgets.workers import WorkerRunner
from tests.gui.factories import screenshot_png
from tests.pdf_text import pdf_text
from tests.store_helpers import chat_txt

PHONE = (1170, 2532)


def commit_text(widget, text: str) -> None:
    """Chinese as an input method commits it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def make_panel(qtbot: QtBot, service: CaseService, runner: WorkerRunner, case_id: int) -> ExportPanel:
    panel = ExportPanel(service, runner)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    with qtbot.waitSignal(panel.preflightDone, timeout=30000):
        panel.set_case(case_id)
    return panel


def with_evidence(service: CaseService, case_id: int, files: Path, count: int = 2, size=(240, 420)) -> None:
    shots = [screenshot_png(files / f"截图{n:02}.png", seed=n, size=size) for n in range(count)]
    report = service.add_evidence(case_id, shots)
    kinds = ("purchase", "payment", "promo", "contract")
    for n, item in enumerate(report.added):
        service.update_evidence(item.id, kind=kinds[n % len(kinds)])
    service.add_evidence(case_id, [chat_txt(files / "聊天记录.txt")])


def test_export_writes_a_real_pdf_with_progress_and_records_it(qtbot, service, runner, case_id, files, tmp_path):
    with_evidence(service, case_id, files)
    panel = make_panel(qtbot, service, runner, case_id)
    assert panel.pre is not None and panel.pre.failures == []
    assert panel.export_button.isEnabled()
    out = tmp_path / "out" / "投诉材料.pdf"
    out.parent.mkdir()
    panel.set_output_path(out)
    seen: list[tuple[int, int, str]] = []
    panel.exportProgress.connect(lambda d, t, label: seen.append((d, t, label)))
    with qtbot.waitSignal(panel.exported, timeout=180000) as blocker:
        assert panel.start_export() is not None
        assert not panel.cancel_button.isHidden()  # shown while the export runs
        assert not panel.export_button.isEnabled()
    result = blocker.args[0]
    assert seen and seen[-1][0] == seen[-1][1]  # progress ran to the end
    assert out.is_file() and result.path == out
    pages = len(PdfReader(out).pages)
    assert pages > 0 and pages == result.pages
    exports = service.get_case(case_id).exports
    assert [(e.pages, e.sha256, e.file_name) for e in exports] == [(pages, result.sha256, "投诉材料.pdf")]
    history = panel.history.row_texts()
    assert len(history) == 1
    assert history[0][1:5] == ["Market regulator (12315)", "Chinese", str(pages), result.sha256[:12] + "…"]
    assert panel.last_pdf == out and "投诉材料.pdf" in panel.status.text()
    assert not panel.open_button.isHidden() and not panel.folder_button.isHidden()
    qtbot.waitUntil(panel.export_button.isEnabled, timeout=30000)  # after the pre-flight ran again


def test_export_in_english_to_the_consumer_association_with_a_zip(qtbot, service, runner, case_id, files, tmp_path):
    with_evidence(service, case_id, files, count=1)
    panel = make_panel(qtbot, service, runner, case_id)
    panel.recipient.setCurrentIndex(panel.recipient.findData("consumer_association"))
    with qtbot.waitSignal(panel.preflightDone, timeout=30000):
        panel.language.setCurrentIndex(panel.language.findData("en"))
    panel.zip.setChecked(True)
    panel.authorisation.setChecked(True)
    out = tmp_path / "bundle.pdf"
    panel.set_output_path(out)
    assert panel.options().authorisation
    with qtbot.waitSignal(panel.exported, timeout=180000):
        panel.start_export()
    text = pdf_text(out)
    assert "Letter of authorisation" in text and "Art. 11 of the Measures" in text.replace("\n", " ")
    with zipfile.ZipFile(out.with_suffix(".zip")) as zf:
        assert "bundle.pdf" in zf.namelist()
    export = service.get_case(case_id).exports[0]
    assert (export.recipient, export.lang) == ("consumer_association", "en")
    assert panel.history.row_texts()[0][1:3] == ["Consumer association", "English"]


def test_cancel_mid_way_leaves_no_file(qtbot, service, runner, case_id, files, tmp_path):
    with_evidence(service, case_id, files, count=10, size=PHONE)
    panel = make_panel(qtbot, service, runner, case_id)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "cancelled.pdf"
    panel.set_output_path(out)
    panel.zip.setChecked(True)

    def cancel_on_first(done: int, total: int, _label: str) -> None:
        if panel.running() and not panel.export_job.is_cancelled():
            panel.cancel_export()

    panel.exportProgress.connect(cancel_on_first)
    with qtbot.waitSignal(panel.exportCancelled, timeout=180000):
        panel.start_export()
    assert not out.exists() and not out.with_suffix(".zip").exists()
    assert list(out_dir.iterdir()) == []  # no partial files either
    assert service.get_case(case_id).exports == []
    assert panel.status.text() == "Cancelled. No file was written."
    assert panel.cancel_button.isHidden()
    qtbot.waitUntil(panel.export_button.isEnabled, timeout=30000)


def test_a_changed_original_blocks_the_export_and_is_named(qtbot, service, runner, case_id, files, tmp_path):
    with_evidence(service, case_id, files, count=2)
    item = service.get_case(case_id).evidence[0]
    original = service.original_path(item)
    os.chmod(original, stat.S_IRUSR | stat.S_IWUSR)
    original.write_bytes(original.read_bytes() + b"tampered")
    panel = make_panel(qtbot, service, runner, case_id)
    assert len(panel.pre.failures) == 1
    errors = panel.preflight_list.lines("error")
    assert len(errors) == 1 and item.title in errors[0] and item.sha256[:12] in errors[0]
    assert panel.preflight_list.blocked.isVisibleTo(panel)
    assert not panel.export_button.isEnabled()
    panel.set_output_path(tmp_path / "never.pdf")
    assert panel.start_export() is None
    assert not (tmp_path / "never.pdf").exists()
    assert "blocked" in panel.errors.label.text()


def test_preflight_lists_missing_evidence_and_default_output_name(qtbot, service, runner, case_id):
    panel = make_panel(qtbot, service, runner, case_id)
    warnings = panel.preflight_list.lines("warning")
    assert "No evidence of this kind yet: Purchase record" in warnings
    assert panel.output is not None
    assert panel.output.name == f"快手直播间英语课退款-证据材料-{now().strftime('%Y%m%d')}.pdf"


def test_default_output_is_safe_and_never_overwrites(tmp_path):
    first = default_output(tmp_path, "退款/课程:一")
    assert first.parent == tmp_path and "/" not in first.name and ":" not in first.name
    first.write_bytes(b"%PDF")
    second = default_output(tmp_path, "退款/课程:一")
    assert second != first and second.name == first.stem + "-2.pdf"  # the date, then a counter


def test_retranslate_keeps_options_and_preflight(qtbot, service, runner, case_id):
    panel = make_panel(qtbot, service, runner, case_id)
    panel.recipient.setCurrentIndex(1)
    lines = panel.preflight_list.lines()
    panel.retranslate()
    assert panel.recipient.currentData() == "consumer_association"
    assert panel.recipient.currentText() == "Consumer association"
    assert panel.preflight_list.lines() == lines


def test_typed_path_keeps_its_slashes_and_always_ends_in_pdf(qtbot, service, runner, case_id, tmp_path):
    panel = make_panel(qtbot, service, runner, case_id)
    panel.show()
    panel.path_edit.setFocus()
    panel.path_edit.selectAll()
    typed = f"{tmp_path}/a/b/材料.pdfxy"
    qtbot.keyClick(panel.path_edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(panel.path_edit, f"{tmp_path}/a/b/")
    commit_text(panel.path_edit, "材料")
    QTest.keyClicks(panel.path_edit, ".pdfxy")
    assert panel.path_edit.text() == typed  # every "/" stays where it was typed
    assert panel.output == tmp_path / "a" / "b" / "材料.pdfxy.pdf"
    assert "材料.pdfxy.pdf" in panel.path_note.text() and panel.path_note.isVisible()


def test_ctrl_e_twice_never_writes_over_the_first_bundle(qtbot, service, runner, case_id, files, tmp_path,
                                                          monkeypatch):
    monkeypatch.setattr("app.views.tabs.export_panel.documents_folder", lambda: tmp_path)
    with_evidence(service, case_id, files, count=1)
    panel = make_panel(qtbot, service, runner, case_id)
    first_path = panel.output
    with qtbot.waitSignal(panel.exported, timeout=180000) as first:
        assert panel.export_when_ready() is not None
    qtbot.waitUntil(panel.export_button.isEnabled, timeout=30000)
    first_bytes = first_path.read_bytes()
    with qtbot.waitSignal(panel.exported, timeout=180000) as second:
        panel.export_when_ready()
    assert first.args[0].path == first_path and first_path.read_bytes() == first_bytes
    assert second.args[0].path == first_path.with_name(first_path.stem + "-2.pdf")
    history = [row[5] for row in panel.history.row_texts()]
    assert sorted(history) == sorted([first_path.name, first_path.stem + "-2.pdf"])


def test_a_chosen_file_that_exists_is_replaced_only_when_the_user_says_so(qtbot, service, runner, case_id,
                                                                          tmp_path):
    panel = make_panel(qtbot, service, runner, case_id)
    out = tmp_path / "投诉材料.pdf"
    out.write_bytes(b"%PDF-1.4 the bundle sent last week")
    panel.set_output_path(out)
    assert "asks before replacing" in panel.path_note.text()
    assert panel.start_export() is None  # asks first
    box = panel.replace_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    with qtbot.waitSignal(panel.exported, timeout=180000) as kept:
        box.defaultButton().click()  # "save as 投诉材料-2.pdf"
    assert kept.args[0].path == tmp_path / "投诉材料-2.pdf"
    assert out.read_bytes() == b"%PDF-1.4 the bundle sent last week"
    qtbot.waitUntil(panel.export_button.isEnabled, timeout=30000)
    panel.set_output_path(out)
    panel.start_export()
    box = panel.replace_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    replace = next(b for b in box.buttons() if b.text() == "Replace")
    with qtbot.waitSignal(panel.exported, timeout=180000) as replaced:
        replace.click()
    assert replaced.args[0].path == out and out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 100


def test_the_status_line_follows_a_language_switch(qtbot, service, runner, case_id, tmp_path, qapp):
    from app.views.widgets.i18n import LanguageSwitcher

    languages = LanguageSwitcher(qapp)
    languages.apply("zh_CN")
    try:
        panel = make_panel(qtbot, service, runner, case_id)
        panel.set_output_path(tmp_path / "x.pdf")
        with qtbot.waitSignal(panel.exported, timeout=180000):
            panel.start_export()
        assert panel.status.text().startswith("已保存 x.pdf")
        languages.apply("en")
        panel.retranslate()
        assert panel.status.text().startswith("Saved x.pdf")
    finally:
        languages.clear()


def test_an_incomplete_complaint_exports_only_as_a_draft_for_the_regulator(qtbot, service, runner, tmp_path):
    from tests.gui.factories import realistic_case

    data = realistic_case()
    data.merchant.address, data.facts = "", ""
    case_id = service.create_case(data)
    panel = make_panel(qtbot, service, runner, case_id)
    panel.show()
    assert panel.pre is not None and panel.pre.incomplete
    errors = panel.preflight_list.lines("error")
    assert "Required for a complaint (Art. 10): The merchant's address" in errors
    assert "Required for a complaint (Art. 10): What happened" in errors
    assert panel.preflight_list.blocked.isVisible() and "Art. 10" in panel.preflight_list.blocked.text()
    assert not panel.export_button.isEnabled()
    assert panel.draft_button.isVisible() and panel.draft_button.isEnabled()
    panel.set_output_path(tmp_path / "draft.pdf")
    assert panel.start_export() is None  # Ctrl+E: not for the regulator, and says why
    assert "export a draft" in panel.errors.label.text()
    with qtbot.waitSignal(panel.exported, timeout=180000) as done:
        panel.draft_button.click()
    text = "".join(page.extract_text() for page in PdfReader(done.args[0].path).pages)
    assert "草稿" in text
    qtbot.waitUntil(lambda: len(panel.history.row_texts()) == 1, timeout=10000)
    sent_to = panel.history.table.item(0, 1)
    assert sent_to.text() == "Draft for Market regulator (12315)" and "not for filing" in sent_to.toolTip()
    assert [x.draft for x in service.get_case(case_id).exports] == [True]
    qtbot.waitUntil(lambda: panel.pre is not None, timeout=30000)
    with qtbot.waitSignal(panel.preflightDone, timeout=30000):
        panel.recipient.setCurrentIndex(panel.recipient.findData("consumer_association"))
    assert not panel.pre.incomplete and panel.export_button.isEnabled() and not panel.draft_button.isVisible()


def test_the_history_says_when_an_exported_file_changed_or_went(qtbot, service, runner, case_id, tmp_path):
    panel = make_panel(qtbot, service, runner, case_id)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        panel.set_output_path(out)
        with qtbot.waitSignal(panel.exported, timeout=180000):
            panel.start_export()
        qtbot.waitUntil(panel.export_button.isEnabled, timeout=30000)
    qtbot.waitUntil(lambda: [row[6] for row in panel.history.row_texts()] == ["Unchanged", "Unchanged"],
                    timeout=30000)
    first.write_bytes(first.read_bytes() + b"% edited")
    second.unlink()
    panel.reload()
    qtbot.waitUntil(lambda: {row[5]: row[6] for row in panel.history.row_texts()} == {
        "a.pdf": "Changed since the export", "b.pdf": "Moved or deleted"}, timeout=30000)
    assert [e.path for e in service.get_case(case_id).exports] == [str(first.resolve()), str(second.resolve())]
