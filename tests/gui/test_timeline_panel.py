"""The timeline tab: events and dated evidence in time order, Beijing time; add, edit, delete."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from app.core.timeutil import BEIJING
from app.services.cases import CaseService
from app.views.tabs.panel_base import BEIJING_ZONE
from app.views.tabs.timeline_panel import EventDialog, TimelinePanel
from app.views.widgets.workers import WorkerRunner
from tests.gui.factories import screenshot_png


def make_panel(qtbot: QtBot, service: CaseService, runner: WorkerRunner, case_id: int) -> TimelinePanel:
    panel = TimelinePanel(service, runner)
    qtbot.addWidget(panel)
    panel.set_case(case_id)
    return panel


def shown(panel: TimelinePanel) -> list[tuple[str, str, str]]:
    tree = panel.tree
    return [tuple(tree.topLevelItem(n).text(c) for c in range(3)) for n in range(tree.topLevelItemCount())]


def test_case_dates_events_and_dated_evidence_in_time_order(qtbot, service, runner, case_id, files):
    report = service.add_evidence(case_id, [screenshot_png(files / "退款被拒截图.png", seed=1)])
    service.update_evidence(report.added[0].id, kind="refund", proves="客服拒绝退款",
                            occurred_at=datetime(2026, 11, 2, 12, 30, tzinfo=BEIJING))
    # Stored in UTC; shown in Beijing time.
    service.add_event(case_id, datetime(2026, 11, 2, 3, 0, tzinfo=UTC), "打电话给商家客服")
    panel = make_panel(qtbot, service, runner, case_id)
    rows = shown(panel)
    assert [r[0] for r in rows] == ["2026-11-01 20:00", "2026-11-02 10:00", "2026-11-02 11:00",
                                    "2026-11-02 12:30", "2026-11-03 19:00"]
    assert rows[0][2] == "Paid for order 2026110112345678"
    assert rows[2] == ("2026-11-02 11:00", "Event", "打电话给商家客服")
    assert rows[3][1] == "Evidence: Refund record" and rows[3][2] == "退款被拒截图 — 客服拒绝退款"
    assert rows[4][2] == "The course starts"


def test_add_edit_and_delete_an_event(qtbot, service, runner, case_id):
    panel = make_panel(qtbot, service, runner, case_id)
    assert not panel.edit_button.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.add_event(datetime(2026, 11, 4, 9, 15, tzinfo=BEIJING), "向12315提交投诉")
    events = service.get_case(case_id).events
    assert [(e.text, e.at.astimezone(BEIJING)) for e in events] == [
        ("向12315提交投诉", datetime(2026, 11, 4, 9, 15, tzinfo=BEIJING))]
    assert ("2026-11-04 09:15", "Event", "向12315提交投诉") in shown(panel)
    row = next(n for n, r in enumerate(shown(panel)) if r[2] == "向12315提交投诉")
    panel.tree.topLevelItem(row).setSelected(True)
    assert panel.selected_event_id() == events[0].id and panel.edit_button.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.edit_event(events[0].id, datetime(2026, 11, 4, 10, 0, tzinfo=BEIJING), "向12315提交投诉，编号123")
    assert ("2026-11-04 10:00", "Event", "向12315提交投诉，编号123") in shown(panel)
    assert panel.selected_event_id() == events[0].id  # selection kept across the reload
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.delete_event(events[0].id)
    assert service.get_case(case_id).events == []
    assert all(r[1] != "Event" for r in shown(panel))


def test_event_dialog_edits_beijing_time_whatever_the_input_zone(qtbot):
    at = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)  # 20:00 in Beijing
    dialog = EventDialog(None, at, "直播间下单")
    qtbot.addWidget(dialog)
    assert dialog.when.text() == "2026-11-01 20:00"
    moved = QDateTime.fromSecsSinceEpoch(int(datetime(2026, 11, 1, 21, 30, tzinfo=BEIJING).timestamp()), BEIJING_ZONE)
    dialog.when.setDateTime(moved)
    when, text = dialog.values()
    assert when == datetime(2026, 11, 1, 21, 30, tzinfo=BEIJING) and when.utcoffset() == timedelta(hours=8)
    assert text == "直播间下单"
    dialog.text.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()


def test_no_case_shows_nothing_and_adds_nothing(qtbot, service, runner):
    panel = make_panel(qtbot, service, runner, None)  # type: ignore[arg-type]
    assert shown(panel) == [] and not panel.add_button.isEnabled()
    assert panel.add_event(datetime(2026, 1, 1, tzinfo=BEIJING), "x") is None


def test_retranslate_keeps_the_rows(qtbot, service, runner, case_id):
    panel = make_panel(qtbot, service, runner, case_id)
    before = shown(panel)
    panel.retranslate()
    assert shown(panel) == before and panel.tree.headerItem().text(0) == "Time (Beijing)"


def test_event_dialog_asks_before_discarding_and_ctrl_enter_saves(qtbot):
    dialog = EventDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes
    assert not dialog.isVisible()
    dialog = EventDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("客服拒绝退款")
    dialog.reject()
    qtbot.waitUntil(lambda: dialog.discard_box is not None and dialog.discard_box.isVisible(), timeout=5000)
    dialog.discard_box.defaultButton().click()  # Keep editing
    assert dialog.isVisible() and dialog.text.toPlainText() == "客服拒绝退款"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_timeline_has_a_right_click_menu(qtbot, service, runner, case_id):
    panel = TimelinePanel(service, runner)
    qtbot.addWidget(panel)
    assert [a.text() for a in panel.tree.actions()] == ["Add event…", "Edit…", "Delete"]
