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
    with qtbot.waitSignal(window.case_opened, timeout=30000) as opened:
        window.archives.import_from(out)
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
