"""Several desks in the window: another desk's changes show in the list; the same fact changed at two
desks is shown, not lost, and the user chooses; cases are assigned and the list filtered by volunteer."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.cases import CaseService
from app.views.shell.main_window import MainWindow
from app.views.tabs.edit_conflict import ConflictDialog
from app.views.tabs.overview_panel import OverviewPanel
from app.views.widgets.form_fields import AmountEdit
from app.views.widgets.i18n import LanguageSwitcher
from app.views.widgets.workers import WorkerRunner
from tests.gui.conftest import recent_case
from tests.gui.test_overview import open_case, retype


@pytest.fixture
def other_desk(data_dir: Path, service: CaseService) -> Iterator[CaseService]:
    """乙 at another desk, on the same store."""
    desk = CaseService(data_dir, actor="乙", housekeeping=False)
    yield desk
    desk.close()


@pytest.fixture
def panel(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
          languages: LanguageSwitcher) -> Iterator[OverviewPanel]:
    service.actor = "甲"
    widget = OverviewPanel(service, runner)
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show()
    yield widget
    widget.set_case(None)


def _amount(panel: OverviewPanel) -> AmountEdit:
    field = panel.editor.inputs["order.amount"]
    assert isinstance(field, AmountEdit)
    return field


def _conflict(qtbot: QtBot, panel: OverviewPanel) -> ConflictDialog:
    qtbot.waitUntil(lambda: panel.conflict_dialog is not None, timeout=10000)
    dialog = panel.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    return dialog


def test_the_same_fact_changed_at_another_desk_is_shown_and_mine_can_be_kept(
        qtbot: QtBot, panel: OverviewPanel, service: CaseService, other_desk: CaseService) -> None:
    case_id = service.create_case(recent_case())
    open_case(qtbot, panel, case_id)
    theirs = recent_case()
    theirs.order.amount = Decimal("299.00")
    theirs.merchant.shop = "乙查到的店铺名"
    other_desk.update_case(case_id, theirs)
    retype(qtbot, _amount(panel), "159")
    panel.save()
    dialog = _conflict(qtbot, panel)
    assert dialog.windowTitle() == "在另一个工位被修改"
    assert "乙" in dialog.intro.text()
    row = [dialog.table.item(0, col).text() for col in range(3)]
    assert row[0] == "实付金额（元）" and row[1].startswith("299.00 (乙, ") and row[2] == "159.00"
    assert service.get_case(case_id).data.order.amount == Decimal("299.00")  # nothing of mine saved yet
    dialog.keep.click()
    qtbot.waitUntil(lambda: service.get_case(case_id).data.order.amount == Decimal("159.00"), timeout=10000)
    stored = service.get_case(case_id)
    assert stored.data.merchant.shop == "乙查到的店铺名" and stored.updated_by == "甲"  # their other change stays
    qtbot.waitUntil(lambda: panel.editor.read().merchant.shop == "乙查到的店铺名", timeout=10000)


def test_theirs_can_be_taken_and_my_other_edits_stay(qtbot: QtBot, panel: OverviewPanel, service: CaseService,
                                                     other_desk: CaseService) -> None:
    case_id = service.create_case(recent_case())
    open_case(qtbot, panel, case_id)
    theirs = recent_case()
    theirs.order.amount = Decimal("299.00")
    other_desk.update_case(case_id, theirs)
    retype(qtbot, _amount(panel), "159")
    retype(qtbot, panel.editor.inputs["order.number"], "999")  # type: ignore[arg-type]
    panel.save()
    _conflict(qtbot, panel).take.click()
    qtbot.waitUntil(lambda: service.get_case(case_id).data.order.number == "999", timeout=10000)
    assert service.get_case(case_id).data.order.amount == Decimal("299.00")
    assert _amount(panel).value() == Decimal("299.00")


def test_another_desks_other_facts_come_in_without_a_question(qtbot: QtBot, panel: OverviewPanel,
                                                              service: CaseService,
                                                              other_desk: CaseService) -> None:
    case_id = service.create_case(recent_case())
    open_case(qtbot, panel, case_id)
    theirs = recent_case(title="乙改的标题")
    other_desk.update_case(case_id, theirs)
    retype(qtbot, _amount(panel), "159")
    with qtbot.waitSignal(panel.saved, timeout=10000):
        panel.save()
    assert panel.conflict_dialog is None
    stored = service.get_case(case_id).data
    assert stored.title == "乙改的标题" and stored.order.amount == Decimal("159.00")
    qtbot.waitUntil(lambda: panel.editor.read().title == "乙改的标题", timeout=10000)


def test_the_list_shows_another_desks_changes_and_filters_by_volunteer(
        qtbot: QtBot, window: MainWindow, service: CaseService, other_desk: CaseService) -> None:
    listing = window.case_list
    listing.poll.setInterval(100)
    model = listing.model
    assert model is not None and listing.table is not None
    window.show()
    # One desk alone: nobody to assign to, so no volunteer filter and no 'Assigned to' column.
    qtbot.waitUntil(lambda: listing._stamp is not None, timeout=10000)
    assert not listing.assignee.isVisible() and listing.table.isColumnHidden(6)
    other_desk.create_case(recent_case(title="乙新建的案件"))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.data(model.index(0, 0)) == "乙新建的案件",
                    timeout=10000)
    case_id = model.case_id(0)
    other_desk.assign_case(case_id, "乙")
    qtbot.waitUntil(lambda: model.data(model.index(0, 6)) == "乙", timeout=10000)
    assert listing.assignee.findData("乙") >= 3  # the volunteer filter knows the name now
    assert listing.assignee.isVisible()  # (the column may still give way to the title in a narrow list)
    mine = service.create_case(recent_case(title="我的案件"))
    listing.assign(mine, service.actor)
    qtbot.waitUntil(lambda: service.get_case(mine).assignee == service.actor, timeout=10000)
    listing.assignee.setCurrentIndex(listing.assignee.findData("mine"))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.case_id(0) == mine, timeout=10000)
    listing.assignee.setCurrentIndex(listing.assignee.findData("乙"))
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.case_id(0) == case_id, timeout=10000)
    listing.assignee.setCurrentIndex(listing.assignee.findData("nobody"))
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10000)
