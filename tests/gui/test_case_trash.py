"""Cases go to a trash (restorable, audited) and are deleted only when the user confirms; the example case
and an archive already here open the case that exists instead of making a twin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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
    # Done when the deletion reported (its last step writes deletions.log); the list may refresh before.
    qtbot.waitUntil(lambda: "已彻底删除" in window.status.text(), timeout=30000)
    qtbot.waitUntil(lambda: model.total == 0, timeout=10000)
    assert not service.vault.has(own)  # only this case held it
    assert all(service.vault.has(e.sha256) for e in service.get_case(keep).evidence)  # the shared one stays
    log = [json.loads(line) for line in (data_dir / "deletions.log").read_text("utf-8").splitlines()]
    assert log[-1]["action"] == "case.erase" and log[-1]["case_id"] == gone
    assert log[-1]["originals_removed"] == [own] and log[-1]["originals_shared"] == 1
    assert "要删除的案件" not in (data_dir / "deletions.log").read_text("utf-8")  # ids and hashes, no names


SECRETS = ["独一无二的投诉人王小明", "13712345678", "唯一的事实陈述", "秘密截图文件名", "被识别的独特文字"]


def _personal_case(service: CaseService, tmp_path: Path) -> tuple[int, int, str, str]:
    """A trashed case with its own picture (redacted, its text recognised, a thumbnail made) and one picture
    shared with another case: (case, other case, own SHA-256, shared SHA-256)."""
    from dataclasses import replace

    from app.core.domain import Consumer
    from app.evidence.ocr.lines import Line
    from app.evidence.ocr.worker import PageText
    from app.evidence.thumbnails import cached_thumbnail
    from app.services.evidence_text import store
    from app.services.redaction import redact, shown_path
    from tests.privacy_fixtures import SHOT_BOX, secret_screenshot

    data = realistic_case("王小明的退款")
    data = replace(data, consumer=Consumer(name=SECRETS[0], phone=SECRETS[1], address="某地"), facts=SECRETS[2])
    gone, keep = service.create_case(data), service.create_case(realistic_case("另一个案件"))
    shared = screenshot_png(tmp_path / "共用截图.png", seed=3)
    service.add_evidence(keep, [shared])
    service.add_evidence(gone, [secret_screenshot(tmp_path / f"{SECRETS[3]}.png"), shared])
    own_item, shared_item = service.get_case(gone).evidence
    store(service, own_item.id, "test", [PageText((Line(SECRETS[4], (80, 300, 200, 30), 0.9),), 600, 900)])
    redacted = redact(service, own_item.id, [SHOT_BOX])
    assert redacted.redaction is not None
    for sha, item in ((own_item.sha256, own_item), (redacted.redaction.sha256, redacted)):
        assert cached_thumbnail(service.thumbs_dir, sha, shown_path(service, item), "image") is not None
    trash_case(service, gone)
    return gone, keep, own_item.sha256, shared_item.sha256


@pytest.mark.sqlite_only  # reads the SQLite file's bytes
def test_delete_for_good_erases_the_case_as_case_erase_does(qtbot: QtBot, window: MainWindow,
                                                            service: CaseService, data_dir: Path,
                                                            tmp_path: Path) -> None:
    from app.evidence import vault_records
    from app.services.integrity import verify

    gone, keep, own, shared = _personal_case(service, tmp_path)
    from app.models import Case

    with service.session() as s:
        uid = s.get(Case, gone).uid
    everything = b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())
    assert all(s.encode("utf-8") in everything for s in SECRETS[:3])  # they were there
    status, model = window.case_list.status, window.case_list.model
    assert model is not None
    status.setCurrentIndex(status.findData(TRASH))
    qtbot.waitUntil(lambda: model.total == 1, timeout=10000)
    window.case_list.table.selectRow(0)
    window.case_list.menu_actions["delete"].trigger()
    box = window.trash.delete_box
    qtbot.waitUntil(box.isVisible, timeout=5000)
    next(b for b in box.buttons() if b.text().startswith("删除案件及其独有")).click()
    qtbot.waitUntil(lambda: "已彻底删除" in window.status.text(), timeout=20000)
    assert "1 个原始文件已删除" in window.status.text()
    everything = b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())
    for text in SECRETS:
        assert text.encode("utf-8") not in everything, text
    assert not vault_records.card_path(service.vault, uid).exists()
    assert not service.vault.has(own) and service.vault.has(shared)
    assert not [p for p in (data_dir / "vault" / "derived").rglob("*") if p.is_file()]
    assert sorted(p.name[:64] for p in service.thumbs_dir.rglob("*") if p.is_file()) == []
    assert [e.sha256 for e in service.get_case(keep).evidence] == [shared]
    assert verify(service).ok


def test_kept_originals_are_released_and_never_make_the_case_again(service: CaseService, tmp_path: Path) -> None:
    from app.services.case_trash import delete_case
    from app.services.integrity import RELEASED, find_orphans
    from app.services.orphans import rebuild

    gone, _keep, own, _shared = _personal_case(service, tmp_path)
    report = delete_case(service, gone, remove_originals=False)
    assert (report.originals_removed, report.originals_kept, report.originals_shared) == (0, 1, 1)
    assert service.vault.has(own)  # kept, as the user asked
    assert [(o.sha256, o.status) for o in find_orphans(service)] == [(own, RELEASED)]
    rebuild(service)
    assert len(service.list_cases("")) == 1  # the deleted case does not come back


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
