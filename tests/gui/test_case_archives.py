"""Case menu: a case handed over as a .zip and taken in again, as a volunteer would."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.cases import CaseService
from app.views.shell.main_window import MainWindow
from tests.gui.test_main_window import open_demo


def test_export_then_import_a_case_archive(qtbot: QtBot, window: MainWindow, service: CaseService,
                                           tmp_path: Path) -> None:
    assert not window.commands["archive_out"].isEnabled()  # no case open yet
    assert window.commands["archive_in"].isEnabled()
    demo = open_demo(qtbot, window)
    assert window.commands["archive_out"].isEnabled()
    out = tmp_path / "交接" / "案件包.zip"
    out.parent.mkdir()
    job = window.archives.export_to(out)
    assert job is not None
    qtbot.waitUntil(lambda: window.status.text() == f"案件包已保存：{out}", timeout=30000)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert "case.json" in names and any(n.startswith("originals/") for n in names)
    window.archives.import_from(out)  # into the same store: it is already here, so it asks
    qtbot.waitUntil(lambda: getattr(window.archives, "already_box", None) is not None
                    and window.archives.already_box.isVisible(), timeout=30000)
    copy = next(b for b in window.archives.already_box.buttons() if b.text() == "导入副本")
    with qtbot.waitSignal(window.case_opened, timeout=30000) as opened:
        copy.click()
    new_id = int(opened.args[0])
    assert new_id != demo
    assert window.status.text() == "案件包已核对无误，并导入为一个新案件。"
    original, copy = service.get_case(demo), service.get_case(new_id)
    assert copy.data.title == original.data.title
    assert sorted(e.sha256 for e in copy.evidence) == sorted(e.sha256 for e in original.evidence)


def test_a_file_that_is_not_an_archive_is_named_in_a_message(qtbot: QtBot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    bogus = tmp_path / "聊天记录.zip"
    bogus.write_text("这不是压缩包", "utf-8")
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(0, read_and_close)
    window.archives.import_from(bogus)
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    assert seen == [f"{bogus}: not a zip archive"]
    assert window.case_list.model is not None and window.case_list.model.total == 0


def _answer_password(qtbot: QtBot, answers: list[str], seen: list[str]) -> None:
    """Type each answer into the next password prompt (QInputDialog) and accept it."""
    from PySide6.QtWidgets import QInputDialog

    def step() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog) and answers:
            seen.append(box.labelText())
            box.setTextValue(answers.pop(0))
            box.accept()
        if answers:
            QTimer.singleShot(20, step)

    QTimer.singleShot(0, step)


def test_an_encrypted_archive_asks_for_its_password_again_when_wrong(qtbot: QtBot, window: MainWindow,
                                                                     service: CaseService, tmp_path: Path) -> None:
    demo = open_demo(qtbot, window)
    out = tmp_path / "加密案件包.zip"
    window.archives.export_to(out, password="一句很长的密码 phrase")
    qtbot.waitUntil(lambda: window.status.text() == f"加密的案件包已保存：{out}", timeout=30000)
    with zipfile.ZipFile(out) as archive:
        assert all(info.flag_bits & 0x1 for info in archive.infolist())
    assert service.get_case(demo).data.title.encode("utf-8") not in out.read_bytes()
    seen: list[str] = []
    _answer_password(qtbot, ["不对的密码", "一句很长的密码 phrase"], seen)
    with qtbot.waitSignal(window.case_opened, timeout=60000) as opened:
        window.archives.import_from(out, as_copy=True)  # the store has the case: a copy, as a volunteer's would
    assert seen == [f"“{out.name}”已加密，请输入密码：", "密码不对，请再试一次："]
    copy = service.get_case(int(opened.args[0]))
    assert sorted(e.sha256 for e in copy.evidence) == sorted(e.sha256 for e in service.get_case(demo).evidence)


def test_password_dialog_needs_two_equal_long_passwords_or_none(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.views.shell.archive_password import ArchivePasswordDialog

    dialog = ArchivePasswordDialog(window)  # the window's language (Chinese)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.protect.isChecked() and not ok.isEnabled()
    dialog.first.setText("短密码")
    assert not ok.isEnabled() and "至少 8 个字符" in dialog.hint.text()
    dialog.first.setText("long enough phrase")
    dialog.second.setText("long enough phras")
    assert not ok.isEnabled() and dialog.hint.text() == "两次输入的密码不一样。"
    dialog.second.setText("long enough phrase")
    assert ok.isEnabled() and dialog.password() == "long enough phrase"
    dialog.protect.setChecked(False)
    assert ok.isEnabled() and dialog.password() is None and not dialog.first.isEnabled()
