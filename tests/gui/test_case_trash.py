"""Cases go to a trash (restorable, audited) and are deleted only when the user confirms; the example case
and an archive already here open the case that exists instead of making a twin."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core.enums import TRASH
from app.services.case_trash import deletion_plan, trash_case
from app.services.cases import CaseService
from app.views.shell.main_window import MainWindow
from tests.gui.factories import realistic_case, screenshot_png
from tests.gui.test_main_window import open_demo


def test_a_case_goes_to_the_trash_comes_back_and_is_deleted_only_when_confirmed(
        qtbot: QtBot, window: MainWindow, service: CaseService, data_dir: Path, tmp_path: Path) -> None:
    keep = service.create_case(realistic_case("留下的案件"))
    gone = service.create_case(realistic_case("要删除的案件"))
    shared = screenshot_png(tmp_path / "共用截图.png", seed=1)
    service.add_evidence(keep, [shared])
    service.add_evidence(gone, [shared, screenshot_png(tmp_path / "独有截图.png", seed=2)])
    own = next(e.sha256 for e in service.get_case(gone).evidence if e.original_name == "独有截图.png")
    model = window.case_list.model
    assert model is not None
    with qtbot.waitSignal(window.case_opened, timeout=10000):
        window.case_list.refresh()
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
        window.open_case(gone)
    window.commands["trash"].trigger()  # Case → Move case to trash
    qtbot.waitUntil(lambda: window.case_id is None and model.total == 1, timeout=10000)
    assert "回收站" in window.status.text() and window.stack.currentWidget() is window.welcome
    assert [a.action for a in service.audit_log(gone)][-1] == "case.trash"
    status = window.case_list.status
    status.setCurrentIndex(status.findData(TRASH))
    qtbot.waitUntil(lambda: model.total == 1 and model.case_id(0) == gone, timeout=10000)
    window.case_list.table.selectRow(0)
    assert window.case_id is None  # a case in the trash is not opened
    menu = {k: a for k, a in window.case_list.menu_actions.items() if a.isVisible()}
    assert sorted(menu) == ["delete", "restore"]
    menu["restore"].trigger()
    qtbot.waitUntil(lambda: model.total == 0, timeout=10000)
    assert [a.action for a in service.audit_log(gone)][-1] == "case.restore"
    trash_case(service, gone)
    window.case_list.refresh()
    qtbot.waitUntil(lambda: model.total == 1, timeout=10000)
    window.case_list.table.selectRow(0)
    plan = deletion_plan(service, gone)
    assert plan.own_originals == [own] and plan.shared_originals == 1
    window.case_list.menu_actions["delete"].trigger()
    box = window.trash.delete_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert "1 个原始文件只属于这个案件" in box.text() and box.defaultButton() is box.escapeButton()  # Cancel
    box.defaultButton().click()
    assert service.vault.has(own)  # cancelled: nothing deleted
    window.case_list.menu_actions["delete"].trigger()
    box = window.trash.delete_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    with_files = next(b for b in box.buttons() if b.text().startswith("删除案件及其独有"))
    with_files.click()
    qtbot.waitUntil(lambda: model.total == 0, timeout=10000)
    assert not service.vault.has(own)  # only this case held it
    assert all(service.vault.has(e.sha256) for e in service.get_case(keep).evidence)  # the shared one stays
    log = [json.loads(line) for line in (data_dir / "deletions.log").read_text("utf-8").splitlines()]
    assert log[-1]["title"] == "要删除的案件" and log[-1]["originals_removed"] == [own]


def test_the_example_case_opens_the_one_already_there(qtbot: QtBot, window: MainWindow,
                                                      service: CaseService) -> None:
    first = open_demo(qtbot, window)
    with qtbot.waitSignal(window.case_opened, timeout=30000) as again:
        window.commands["demo"].trigger()
    assert again.args[0] == first and window.status.text() == "已打开你已有的示例案件。"
    assert window.case_list.model is not None and window.case_list.model.total == 1


def test_an_archive_already_here_says_so_and_opens_it(qtbot: QtBot, window: MainWindow, service: CaseService,
                                                      tmp_path: Path) -> None:
    demo = open_demo(qtbot, window)
    out = tmp_path / "案件包.zip"
    window.archives.export_to(out)
    qtbot.waitUntil(out.exists, timeout=30000)
    window.archives.import_from(out)
    qtbot.waitUntil(lambda: getattr(window.archives, "already_box", None) is not None
                    and window.archives.already_box.isVisible(), timeout=30000)
    box = window.archives.already_box
    assert "已经在你的案件里" in box.text()
    with qtbot.waitSignal(window.case_opened, timeout=10000) as opened:
        box.defaultButton().click()  # Open it
    assert opened.args[0] == demo and window.case_list.model is not None and window.case_list.model.total == 1
    window.archives.import_from(out)
    qtbot.waitUntil(lambda: window.archives.already_box is not box and window.archives.already_box.isVisible(),
                    timeout=30000)
    copy = next(b for b in window.archives.already_box.buttons() if b.text() == "导入副本")
    with qtbot.waitSignal(window.case_opened, timeout=30000) as opened:
        copy.click()
    assert opened.args[0] != demo
