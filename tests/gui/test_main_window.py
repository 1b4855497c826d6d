"""The main window: empty state, example case, language switch, shortcuts, settings, errors, start-up."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.settings import Profile, Settings, load_settings, saved_data_dir
from app.services.cases import CaseService
from app.services.rule_check import RuleBook
from app.views.shell.crash_report import ErrorReporter, log_file
from app.views.shell.main_window import MainWindow
from app.views.tabs.case_tabs import TABS
from app.views.widgets.i18n import LanguageSwitcher
from app.views.widgets.workers import WorkerRunner
from tests.forked_app import GUI_PRELOAD, ForkServer
from tests.gui.conftest import make_window, recent_case
from tests.store_template import seed_sqlite_store

ROOT = Path(__file__).resolve().parents[2]


def open_demo(qtbot: QtBot, window: MainWindow) -> int:
    # Generous: it returns as soon as the case is open; making the example case (its files, its bundle
    # order, its rule check) took over 30 s once on this shared machine with a load of 11.
    with qtbot.waitSignal(window.case_opened, timeout=120000) as opened:
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    return int(opened.args[0])


def test_empty_state_welcomes_a_first_time_user(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.new_button.text() == "新建案件" and window.welcome.new_button.isEnabled()
    assert window.welcome.demo_button.text() == "打开示例案件" and window.welcome.demo_button.isEnabled()
    assert [t.text() for _n, t, _b in window.welcome.steps] == ["新建案件", "添加证据", "查看能主张什么，然后导出"]
    assert window.windowTitle() == "维权证据夹"
    assert window.case_list.count.text() == "共 0 个案件"
    assert window.case_list.stack.currentWidget() is window.case_list.opening
    assert window.case_list.opening.text().startswith("还没有案件")


def test_example_case_opens_with_its_evidence_and_summary(qtbot: QtBot, window: MainWindow,
                                                          service: CaseService) -> None:
    case_id = open_demo(qtbot, window)
    info = service.get_case(case_id)
    assert len(info.evidence) == 5 and len(info.events) == 4
    assert sorted(info.evidence_kinds) == ["chat", "contract", "payment", "promo", "purchase"]
    assert window.tabs.currentWidget() is window.panels["overview"]
    overview = window.panels["overview"]
    qtbot.waitUntil(lambda: overview.card.result is not None, timeout=60000)  # type: ignore[attr-defined]
    assert "可退款 ¥199.00；可主张赔偿 ¥597.00" in overview.card.text()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=60000)


def test_switching_language_retranslates_the_open_window(qtbot: QtBot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["概况", "证据", "时间线", "投诉进展", "规则", "导出"]
    window.set_language("en")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Overview", "Evidence", "Timeline", "Complaints",
                                                               "Rules", "Export"]
    assert window.file_menu.title() == "&Case" and window.windowTitle() == "Refund Evidence Organizer"
    assert window.case_list.search.placeholderText().startswith("Search title")
    overview = window.panels["overview"]
    assert overview.editor.labels["order.number"].text() == "Order number"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Refund ¥199.00; compensation you may claim ¥597.00" in overview.card.text(),  # type: ignore
                    timeout=10000)
    window.set_language("zh_CN")
    assert tabs.tabText(1) == "证据" and window.file_menu.title() == "案件(&C)"


def test_settings_change_language_profile_and_data_folder(qtbot: QtBot, window: MainWindow, data_dir: Path,
                                                          tmp_path: Path) -> None:
    dialog = window.open_settings()
    assert dialog.windowTitle() == "设置"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.name.setText("李雷")
    dialog.folder.setText(str(tmp_path / "elsewhere"))
    dialog.accept()
    assert window.welcome.new_button.text() == "New case"
    assert load_settings(data_dir) == Settings("en", Profile("李雷", "13800138000", "北京市朝阳区示例路1号"))
    assert saved_data_dir(tmp_path / "location.json") == tmp_path / "elsewhere"
    assert load_settings(tmp_path / "elsewhere").profile.name == "李雷"  # follows to the new folder
    assert "next time you start" in window.status.text()
    wizard = window.new_case()
    assert wizard is not None and wizard.value("consumer.name") == "李雷"
    wizard.discard()


def test_settings_ask_before_a_changed_profile_is_thrown_away(qtbot: QtBot, window: MainWindow,
                                                               data_dir: Path) -> None:
    before = load_settings(data_dir)
    dialog = window.open_settings()
    dialog.reject()  # nothing changed: closes without a question
    assert not dialog.isVisible() and dialog.discard_box is None
    for close in (lambda d: d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click(),
                  lambda d: qtbot.keyClick(d.name, Qt.Key.Key_Escape), lambda d: d.close()):
        dialog = window.open_settings()
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        dialog.name.setText("韩梅梅 ")  # a trailing space is a change too
        close(dialog)
        box = dialog.discard_box
        assert box is not None and box.isVisible() and dialog.isVisible()
        assert box.defaultButton() is box.escapeButton() and box.defaultButton().text() == "继续填写"
        box.defaultButton().click()  # Keep editing: still open, still typed
        assert dialog.isVisible() and dialog.name.text() == "韩梅梅 "
        dialog.reject()
        discard = next(b for b in dialog.discard_box.buttons() if b.text() == "放弃")
        discard.click()
        assert not dialog.isVisible() and load_settings(data_dir) == before
    dialog = window.open_settings()
    dialog.phone.setText("13900139000")
    dialog.reject()
    save = next(b for b in dialog.discard_box.buttons() if b.text() == "保存")
    save.click()
    assert not dialog.isVisible() and load_settings(data_dir).profile.phone == "13900139000"


def test_paste_adds_a_screenshot_from_the_clipboard(qtbot: QtBot, window: MainWindow, service: CaseService) -> None:
    case_id = service.create_case(recent_case())
    window.case_list.refresh()
    window.open_case(case_id)
    image = QImage(300, 500, QImage.Format.Format_RGB32)
    image.fill(0xF0F0F0)
    QGuiApplication.clipboard().setImage(image)
    window.commands["paste"].trigger()
    assert window.tabs.currentWidget() is window.panels["evidence"]
    qtbot.waitUntil(lambda: len(service.get_case(case_id).evidence) == 1, timeout=20000)
    assert service.get_case(case_id).evidence[0].media_type == "image/png"


class Spy(QWidget):
    """A stand-in tab panel that records what the window asked of it."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def set_case(self, case_id: int | None) -> None:
        self.calls.append(f"set_case {case_id}")

    def retranslate(self) -> None:
        self.calls.append("retranslate")

    def paste_from_clipboard(self) -> None:
        self.calls.append("paste")

    def start_export(self) -> None:
        self.calls.append("export")


def test_keyboard_shortcuts(qtbot: QtBot, service: CaseService, runner: WorkerRunner, data_dir: Path,
                            languages: LanguageSwitcher, tmp_path: Path) -> None:
    spies = {key: Spy() for key in TABS}

    def factory(key: str):  # type: ignore[no-untyped-def]
        return lambda _s, _r, parent, _rules: spies[key]

    window = make_window(qtbot, service, runner, data_dir, languages, tmp_path,
                         panels={key: factory(key) for key in TABS})
    with qtbot.waitSignal(window.first_painted, timeout=10000):  # shortcuts are set once the window is painted
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    keys = {name: window.commands[name].shortcut().toString() for name in ("new", "paste", "find", "export")}
    assert keys == {"new": "Ctrl+N", "paste": "Ctrl+V", "find": "Ctrl+F", "export": "Ctrl+E"}
    window.welcome.new_button.setFocus()  # in a text field Ctrl+V pastes text, as it should
    qtbot.keyClick(window.welcome.new_button, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # no case: a hint
    assert window.status.text() == "请先打开或新建一个案件，再粘贴截图。"
    case_id = service.create_case(recent_case())
    with qtbot.waitSignal(window.case_list.loaded, timeout=10000):
        window.case_list.refresh()
    window.open_case(case_id)
    assert spies["overview"].calls[0].startswith("set_case")
    assert spies["evidence"].calls == []  # a hidden tab loads the case when first shown
    window.case_list.table.setFocus()
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert spies["export"].calls[-1] == "export" and window.tabs.currentWidget() is spies["export"]
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert spies["evidence"].calls[0].startswith("set_case") and spies["evidence"].calls[-1] == "paste"
    assert window.tabs.currentWidget() is spies["evidence"]
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.case_list.search.hasFocus()
    qtbot.keyClick(window.case_list.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.wizard is not None and window.wizard.isVisible()
    window.wizard.discard()
    window.close()


def test_an_unexpected_error_is_logged_and_shown_and_the_app_goes_on(qtbot: QtBot, data_dir: Path) -> None:
    reporter = ErrorReporter(data_dir)
    try:
        raise ValueError("boom 坏了")
    except ValueError as exc:
        reporter.handle(ValueError, exc, exc.__traceback__)
    assert "ValueError: boom «…»" in log_file(data_dir).read_text("utf-8")
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Traceback" in dialog.detailedText() and "ValueError: boom «…»" in dialog.detailedText()
    assert "test_an_unexpected_error_is_logged_and_shown" in dialog.detailedText()  # the frames stay
    dialog.close()


def test_logs_and_error_reports_never_carry_case_facts(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    facts = ["张三", "13800000000", "110105194912310021", "北京市朝阳区某路1号", "快手课程退款", "199.00",
             "2026110112345678", "zhangsan@example.com", "pay.png", "身份证照片"]
    reporter = ErrorReporter(data_dir)

    def service_step(title: str, phone: str, mail: str, order: str, amount: str, name: str, address: str,
                     file: str, photo: str) -> None:
        secret_locals = {"consumer": name, "phone": phone}  # locals are never in a report
        assert secret_locals
        try:
            open(tmp_path / photo, "rb")  # noqa: SIM115
        except OSError as cause:
            raise RuntimeError(f"case 「{title}」 for {phone} ({mail}): order {order}, amount {amount}, consumer "
                               f"{name} at {address}, file {file}") from cause

    # The facts reach the code as data, as they do in the app (no line of its source holds one).
    try:
        service_step(facts[4], facts[1], facts[7], facts[6], facts[5], facts[0], facts[3], facts[8], facts[9] + ".png")
    except RuntimeError as exc:
        reporter.report_exception(exc)  # as a worker's failure arrives
        reporter.handle(RuntimeError, exc, exc.__traceback__)  # and as an uncaught one
    text = log_file(data_dir).read_text("utf-8")
    dialog = reporter.dialog
    assert dialog is not None
    shown = dialog.detailedText() + dialog.informativeText()
    for fact in facts:
        assert fact not in text and fact not in shown, fact
    assert "FileNotFoundError: [Errno 2] No such file or directory: «…»" in text
    assert "The above exception was the direct cause" in text and "RuntimeError: case «…» for «…»" in text
    assert "service_step" in text and 'raise RuntimeError(f"case' in text
    dialog.close()


def test_a_database_from_a_newer_version_is_a_message(qtbot: QtBot, storeless_runner: WorkerRunner, data_dir: Path,
                                                      languages: LanguageSwitcher, tmp_path: Path,
                                                      sqlite_template: Path) -> None:
    stamp_newer_schema(data_dir, sqlite_template)
    window = make_window(qtbot, None, storeless_runner, data_dir, languages, tmp_path)
    assert not window.welcome.new_button.isEnabled()  # until the store is open
    with qtbot.waitSignal(window.store_failed, timeout=20000) as failed:
        window.open_store()
    assert "newer version" in failed.args[0]


def test_a_damaged_database_is_a_message_naming_it(qtbot: QtBot, storeless_runner: WorkerRunner, data_dir: Path,
                                                    languages: LanguageSwitcher, tmp_path: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "cases.sqlite3").write_bytes(b"overwritten by another program\n" * 200)
    window = make_window(qtbot, None, storeless_runner, data_dir, languages, tmp_path)
    with qtbot.waitSignal(window.store_failed, timeout=20000) as failed:
        window.open_store()
    assert failed.args[0] == (f"{data_dir / 'cases.sqlite3'}：案件数据库无法使用："
                              "该文件不是案件数据库（已损坏，或是其他程序的文件） (file is not a database)；"
                              "没有做任何更改")


def stamp_newer_schema(data_dir: Path, template: Path) -> None:
    """A store of the current schema, stamped with a revision this app does not know."""
    seed_sqlite_store(data_dir, template)
    with sqlite3.connect(data_dir / "cases.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num = 'fffffffffff9'")


def run_app(fork_server: ForkServer, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`python -m app --data-dir DIR gui --exit-after-show`, forked from a process that imported the window
    (tests/forked_app.py): the lines and exit codes are the point, not the interpreter's start. What a new
    interpreter imports before the first paint: test_the_window_before_its_first_paint_loads_no_sqlalchemy."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("REFUND_EVIDENCE_SCREENSHOT", None)
    return fork_server.run(["--data-dir", str(data_dir), "gui", "--exit-after-show"], env, timeout=120,
                           preload=GUI_PRELOAD)


def test_gui_exit_after_show_prints_the_time_to_first_paint(tmp_path: Path, fork_server: ForkServer,
                                                           sqlite_template: Path) -> None:
    seed_sqlite_store(tmp_path / "data", sqlite_template)
    done = run_app(fork_server, tmp_path / "data")
    assert done.returncode == 0, done.stderr
    # The list's first page and the open store, in either order (the page may be read before the store opens).
    assert re.fullmatch(r"first paint: \d+ ms\n(cases listed: \d+ ms\nstore open: \d+ ms\n|"
                        r"store open: \d+ ms\ncases listed: \d+ ms\n)", done.stdout)
    stamp_newer_schema(tmp_path / "newer", sqlite_template)
    done = run_app(fork_server, tmp_path / "newer")
    assert done.returncode == 1 and "error: The database was written by a newer version" in done.stderr
    assert "Traceback" not in done.stderr
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    done = run_app(fork_server, blocker / "data")  # a data folder that cannot be made: a message once, no traceback
    assert done.returncode == 1
    assert [line for line in done.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {blocker}: Not a directory"]
    assert "Traceback" not in done.stderr


def test_the_window_before_its_first_paint_loads_no_sqlalchemy() -> None:
    """What the window imports to paint (#16): SQLAlchemy and the models load after the paint, in a worker;
    nor does the reader of the list's first page, which shows while they load."""
    code = ("import sys, app.views.shell.application, app.views.shell.main_window, app.services.first_page\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.startswith('app.models')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"


def test_the_rule_book_loads_the_shipped_packs_once(data_dir: Path) -> None:
    book = RuleBook(data_dir)
    assert book.packs() is book.packs()
    assert {json.dumps(p.label) for p in book.packs()}


def test_the_rule_texts_follow_the_window_language(qtbot: QtBot, window: MainWindow) -> None:
    open_demo(qtbot, window)
    rules = window.panels["rules"]
    window.tabs.setCurrentWidget(rules)
    qtbot.waitUntil(lambda: rules.result is not None and rules.result.lang == "zh", timeout=20000)  # type: ignore
    window.set_language("en")
    qtbot.waitUntil(lambda: rules.result.lang == "en", timeout=20000)  # type: ignore[attr-defined]
    assert rules.warning.text().startswith("Beware of refund scams")  # type: ignore[attr-defined]
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: rules.result.lang == "zh", timeout=20000)  # type: ignore[attr-defined]


def test_new_evidence_shows_in_the_other_tabs(qtbot: QtBot, window: MainWindow, service: CaseService,
                                              tmp_path: Path) -> None:
    from tests.store_helpers import png

    case_id = service.create_case(recent_case())
    window.open_case(case_id, "rules")
    rules, evidence, timeline = (window.panels[k] for k in ("rules", "evidence", "timeline"))
    qtbot.waitUntil(lambda: rules.result is not None, timeout=20000)  # type: ignore[attr-defined]
    assert "purchase" in rules.result.missing_evidence  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(evidence)
    with qtbot.waitSignal(evidence.changed, timeout=20000):  # type: ignore[attr-defined]
        evidence.add_files([png(tmp_path / "order.png")], kind="purchase")  # type: ignore[attr-defined]
    window.tabs.setCurrentWidget(rules)  # reloaded as it is shown
    qtbot.waitUntil(lambda: "purchase" not in rules.result.missing_evidence, timeout=20000)  # type: ignore
    assert "evidence" not in window.tabs.stale and "rules" not in window.tabs.stale
    assert "timeline" in window.tabs.stale  # not shown yet: reloaded when opened
    window.tabs.setCurrentWidget(timeline)
    assert "timeline" not in window.tabs.stale


def test_ctrl_e_before_the_preflight_finished_exports_once_it_passes(qtbot: QtBot, window: MainWindow,
                                                                      service: CaseService, tmp_path: Path) -> None:
    case_id = open_demo(qtbot, window)
    window.open_case(case_id, "export")
    export = window.panels["export"]
    out = tmp_path / "out" / "bundle.pdf"
    out.parent.mkdir()
    export.set_output_path(out)  # type: ignore[attr-defined]
    assert export.pre is None  # type: ignore[attr-defined]  # the check of the originals is still running
    window.export_case()  # Ctrl+E
    qtbot.waitUntil(lambda: export.export_job is not None and export.export_job.done,  # type: ignore
                    timeout=120000)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert len(service.get_case(case_id).exports) == 1


def test_long_lived_objects_are_kept_out_of_full_collections(qtbot: QtBot, window: MainWindow) -> None:
    import gc

    # Full collections walked everything loaded and stalled the window for 50-66 ms at the
    # start of an export; what the tabs load is frozen out of them once they are built.
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    open_demo(qtbot, window)
    assert gc.get_freeze_count() > 0


def test_after_the_first_paint_the_store_opens_and_the_app_has_its_icon(
        qtbot: QtBot, storeless_runner: WorkerRunner, data_dir: Path, languages: LanguageSwitcher,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.views.shell import tabs_prebuild
    from app.views.shell.application import Startup

    # An empty list has no rule checks to wait for: the tabs start at the latest this long after the store
    # opened (1.5 s in the window). That they come after it, in idle turns, is the point, not how long after.
    monkeypatch.setattr(tabs_prebuild, "START_AT_LATEST_MS", 100)
    QApplication.setWindowIcon(QIcon())
    window = make_window(qtbot, None, storeless_runner, data_dir, languages, tmp_path)
    status = {"code": 0}
    Startup(window, False, status).start()
    with qtbot.waitSignal(window.first_painted, timeout=10000):
        window.show()
    painted_first = window.stack.count()  # the welcome page comes with the service, not in the first paint
    with qtbot.waitSignal(window.store_ready, timeout=30000):
        pass
    assert painted_first == 0 and window.stack.currentWidget() is window.welcome
    assert window.welcome.new_button.isEnabled() and window.welcome.isVisible()
    assert window.commands["new"].shortcut().toString() == "Ctrl+N"
    # The case tabs are made in idle turns meanwhile, out of sight, so a first case opens at once.
    qtbot.waitUntil(lambda: "tabs" in window.__dict__ and window.tabs.complete, timeout=20000)
    assert window.stack.currentWidget() is window.welcome and window.tabs.isHidden()
    assert not QApplication.windowIcon().isNull()
    assert {size.width() for size in QApplication.windowIcon().availableSizes()} >= {256, 512}
    assert status["code"] == 0
    window.service.close()  # type: ignore[union-attr]
