"""The rules tab: verdicts with reasons and sources, countdowns, next steps, and the scam warning on top."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from app.core.timeutil import BEIJING, now
from app.services.cases import CaseService
from app.views.tabs import rules_panel
from app.views.tabs.rules_panel import RulesPanel, countdown_text
from app.views.widgets import palette
from app.views.widgets.workers import WorkerRunner
from tests.gui.factories import realistic_case


def make_panel(qtbot: QtBot, service: CaseService, runner: WorkerRunner, case_id: int | None) -> RulesPanel:
    panel = RulesPanel(service, runner)
    qtbot.addWidget(panel)
    panel.set_case(case_id)
    if case_id is not None:
        qtbot.waitUntil(lambda: panel.result is not None and panel.recheck.isEnabled(), timeout=20000)
    return panel


def texts(panel: RulesPanel) -> list[str]:
    return [label.text() for label in panel.body.findChildren(QLabel)]


def group_titles(panel: RulesPanel) -> list[str]:
    return [box.title() for box in panel.body.findChildren(QGroupBox)]


def test_verdicts_reasons_sources_and_the_scam_warning(qtbot, service, runner, case_id):
    panel = make_panel(qtbot, service, runner, case_id)
    result = panel.result
    assert result is not None and result.lang == "zh"
    assert "诈骗" in panel.warning.text() and panel.warning.isVisibleTo(panel)
    assert panel.layout().indexOf(panel.warning) < panel.layout().indexOf(panel.area)  # above everything
    shown = texts(panel)
    for verdict in result.rules:
        heading = panel.body.findChild(QLabel, f"verdict-{verdict.id}")
        assert heading is not None and heading.text().startswith(verdict.title)
        assert verdict.reason in shown
        assert f"Source: {verdict.source}" in shown
    # Requested before the course started: the before-start rule is met.
    before_start = next(v for v in result.rules if v.id == "kuaishou.before_start")
    assert before_start.verdict == "met"
    assert panel.body.findChild(QLabel, "verdict-kuaishou.before_start").text().endswith("Met")
    assert {"Result", "Rules", "Next steps", "Good to know"} <= set(group_titles(panel))
    assert any(step.text in shown for step in result.next_steps)


def test_copy_report_puts_the_whole_check_on_the_clipboard(qtbot, service, runner, case_id):
    from PySide6.QtGui import QGuiApplication

    from app.rules.report import render_text

    panel = make_panel(qtbot, service, runner, case_id)
    assert panel.copy.isEnabled()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(panel.copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == render_text(panel.result)
    assert panel.result.scam_warning in copied and all(v.reason in copied for v in panel.result.rules)


def test_missing_evidence_and_fields_are_listed(qtbot, service, runner):
    data = realistic_case()
    data.consumer.phone = ""
    cid = service.create_case(data)
    panel = make_panel(qtbot, service, runner, cid)
    assert "Still missing" in group_titles(panel)
    shown = texts(panel)
    assert any(t.startswith("Evidence: ") and "Purchase record" in t for t in shown)
    assert "Complaint details: Your phone number" in shown


def test_countdowns_for_open_deadlines_and_refresh_every_minute(qtbot, service, runner, monkeypatch, languages):
    data = realistic_case()
    paid = now().replace(microsecond=0) - timedelta(hours=1)
    data.order.paid_at = paid
    data.course.starts_at = paid + timedelta(days=3, hours=4)
    data.refund.status, data.refund.requested_at = "not_requested", None
    cid = service.create_case(data)
    panel = make_panel(qtbot, service, runner, cid)
    assert panel.timer.isActive() and panel.timer.interval() == 60_000
    assert panel.countdowns, "open deadlines get a countdown"
    label, deadline = next((lab, d) for lab, d in panel.countdowns if d.due == data.course.starts_at)
    assert label.text() == countdown_text(deadline.due, now())
    assert label.text().startswith("还剩 3 天")
    later = deadline.due + timedelta(days=1, hours=2)
    monkeypatch.setattr(rules_panel, "now", lambda: later)
    panel.tick()  # what the timer does each minute
    assert label.text() == "已过去 1 天"
    # A deadline passed since the last check: the check runs again.
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.as_of == later, timeout=20000)


def test_countdown_wording(languages):
    due = datetime(2026, 11, 10, 12, 0, tzinfo=BEIJING)
    spans = [due - timedelta(days=2, hours=3, minutes=5), due - timedelta(days=1, hours=1), due - timedelta(minutes=1),
             due + timedelta(days=1, hours=1), due + timedelta(minutes=30)]
    languages.apply("en")
    assert [countdown_text(due, at) for at in spans] == [
        "2 days 3 hours left", "1 day 1 hour left", "0 hours 1 minute left", "Passed 1 day ago",
        "Passed 0 hours 30 minutes ago"]
    languages.apply("zh_CN")
    assert [countdown_text(due, at) for at in spans] == [
        "还剩 2 天 3 小时", "还剩 1 天 1 小时", "还剩 0 小时 1 分钟", "已过去 1 天", "已过去 0 小时 30 分钟"]


@pytest.mark.parametrize("lang, word", [("en", "Beware of refund scams"), ("zh", "谨防退款诈骗")])
def test_language_of_the_rule_texts(qtbot, service, runner, case_id, lang, word):
    panel = make_panel(qtbot, service, runner, case_id)
    panel.set_language("en")
    panel.set_language(lang)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.lang == lang, timeout=20000)
    assert panel.warning.text().startswith(word)


def test_no_case_still_shows_the_warning(qtbot, service, runner):
    panel = make_panel(qtbot, service, runner, None)
    assert panel.result is None and panel.warning.text()
    assert group_titles(panel) == []


def test_retranslate_rebuilds_the_sections(qtbot, service, runner, case_id):
    panel = make_panel(qtbot, service, runner, case_id)
    before = group_titles(panel)
    panel.retranslate()
    assert group_titles(panel) == before and panel.recheck.text() == "Check again"


def test_deadline_colours_say_met_open_missed_and_whose(qtbot, service, runner, languages):
    """Asked the morning after paying, before the course started, refused by the merchant."""
    case_id = service.create_case(realistic_case())
    panel = make_panel(qtbot, service, runner, case_id)
    rows = {}
    for label, deadline in panel.countdowns:
        rows[deadline.id] = (label.text(), label.palette().color(label.foregroundRole()).name())
    assert rows["kuaishou.before_start"] == ("已按时申请", palette.GOOD)
    assert rows["kuaishou.seven_day_5pct"] == ("已按时申请", palette.GOOD)
    assert rows["kuaishou.quick_refund"][0].startswith("已过去") and rows["kuaishou.quick_refund"][1] == palette.BAD
    merchant = rows["kuaishou.refund_in_3_days"]  # due 2026-11-05: theirs, not a loss of the consumer's
    assert merchant[0].startswith("商家已逾期") and merchant[1] == palette.MERCHANT_FAULT
    assert any(text.startswith("商家义务：退款应") for text in texts(panel))
    open_case = realistic_case("还没申请")
    open_case.order.paid_at = now() - timedelta(days=1)
    open_case.course.starts_at = now() + timedelta(days=3)
    open_case.refund.status, open_case.refund.requested_at = "not_requested", None
    panel.set_case(service.create_case(open_case))
    qtbot.waitUntil(lambda: panel.result is not None and any(d.state == "open" for d in panel.result.deadlines),
                    timeout=20000)
    seven = next(label for label, d in panel.countdowns if d.id == "kuaishou.seven_day_5pct")
    assert seven.text().startswith("还剩 5 天") and seven.palette().color(seven.foregroundRole()).name() == palette.OPEN


def test_statutory_deadlines_say_whose_and_when_estimated(qtbot, service, runner, languages):
    """A 12315 complaint accepted in time, mediation running, and three years to sue (a year not yet published)."""
    from app.core.domain import Complaint

    data = realistic_case()
    data.refund.refused_at = datetime(2026, 11, 2, 18, 0, tzinfo=BEIJING)
    case_id = service.create_case(data)
    filed = now() - timedelta(days=3)
    service.add_complaint(case_id, Complaint("market_regulator", filed_at=filed, number="1231500001",
                                             accepted_at=filed + timedelta(days=1)))
    panel = make_panel(qtbot, service, runner, case_id)
    rows = {d.id: (label.text(), label.palette().color(label.foregroundRole()).name())
            for label, d in panel.countdowns}
    assert rows["complaint.acceptance"] == ("已按时办理", palette.GOOD)
    assert rows["complaint.mediation_end"][0].startswith("还剩") and rows["complaint.mediation_end"][1] == palette.OPEN
    assert rows["court.limitation"][0].startswith("还剩")
    shown = texts(panel)
    assert any(t.startswith("2029-11-02 23:59") and t.endswith("（估算）") for t in shown)
    assert "市场监管部门决定是否受理投诉（投诉编号1231500001）" in shown
