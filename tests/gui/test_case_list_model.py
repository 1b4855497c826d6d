"""The case list model, without widgets: pages, search, status filter, lazy rule columns."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.core.domain import CaseData
from app.core.timeutil import now, to_beijing
from app.services.cases import CaseService
from app.services.rule_check import RuleBook
from app.views.shell.case_list_model import DEADLINE, PAGE, REMEDY, CaseListModel
from app.views.widgets.workers import WorkerRunner
from tests.gui.conftest import bulk_cases, recent_case
from tests.store_helpers import png


def loaded_model(qtbot: QtBot, service: CaseService, runner: WorkerRunner, data_dir: Path) -> CaseListModel:
    model = CaseListModel(runner)
    with qtbot.waitSignals([model.loaded, model.counted], timeout=10000):
        model.attach(service, RuleBook(data_dir))
    return model


def titles(model: CaseListModel) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_ten_thousand_cases_load_in_pages(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                          data_dir: Path) -> None:
    bulk_cases(service, 10_000)
    started = time.perf_counter()
    model = loaded_model(qtbot, service, runner, data_dir)
    assert time.perf_counter() - started < 2.0
    assert model.total == 10_000
    assert model.rowCount() == PAGE
    assert model.data(model.index(0, 0)) == "快手课程退款 09999"  # newest change first
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE, timeout=10000)
    assert model.data(model.index(PAGE, 0)) == f"快手课程退款 {9999 - PAGE:05d}"
    assert len(set(titles(model))) == 2 * PAGE


def test_search_filters_by_title_names_order_number(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                                     data_dir: Path) -> None:
    bulk_cases(service, 600)
    model = loaded_model(qtbot, service, runner, data_dir)
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.set_filter("商家7教育")
    assert model.total == 12  # n % 50 == 7 for 600 rows
    assert all(model.data(model.index(r, 1)) == "商家7教育" for r in range(model.rowCount()))
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_filter("26000000000123")
    assert titles(model) == ["快手课程退款 00123"]
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_filter("no such thing")
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_filter("", "resolved")
    assert model.total == 150


def test_search_finds_evidence_titles(qtbot: QtBot, service: CaseService, runner: WorkerRunner, data_dir: Path,
                                      tmp_path: Path) -> None:
    plain = service.create_case(recent_case(title="没有证据的案件"))
    with_shot = service.create_case(recent_case(title="有截图的案件"))
    service.add_evidence(with_shot, [png(tmp_path / "shot.png")], kind="payment", title="微信支付凭证")
    model = loaded_model(qtbot, service, runner, data_dir)
    assert model.total == 2
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_filter("微信支付凭证")
    assert [model.case_id(r) for r in range(model.rowCount())] == [with_shot]
    assert plain != with_shot


def test_rule_columns_are_computed_for_visible_rows_only(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                                        data_dir: Path) -> None:
    bulk_cases(service, 1000)
    model = loaded_model(qtbot, service, runner, data_dir)
    assert model.cached_checks == 0
    assert model.data(model.index(0, REMEDY)) == "…"  # asked for: computed in a worker
    with qtbot.waitSignal(model.checked, timeout=10000):
        for row in range(1, 20):
            model.data(model.index(row, REMEDY))
    qtbot.waitUntil(lambda: model.data(model.index(19, REMEDY)) != "…", timeout=10000)
    assert model.cached_checks <= 20  # never all 1,000 up front
    # Paid long ago, refund refused, course start unknown: not enough facts to decide.
    assert model.data(model.index(0, REMEDY)) == "Not enough facts"


def test_rule_columns_show_remedy_and_next_deadline(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                                    data_dir: Path) -> None:
    case_id = service.create_case(recent_case("3"))
    model = loaded_model(qtbot, service, runner, data_dir)
    model.data(model.index(0, REMEDY))
    qtbot.waitUntil(lambda: model.data(model.index(0, REMEDY)) == "Full refund", timeout=10000)
    deadline = model.index(0, DEADLINE)
    paid = service.get_case(case_id).data.order.paid_at
    assert paid is not None
    due = to_beijing(paid + timedelta(days=7))  # the 7-day refund: paid a day ago
    assert model.data(deadline) == f"{due:%b} {due.day}, {due:%H:%M}"
    # The tooltip says which deadline and how long is left; no translator here, so the source text shows.
    tip = model.data(deadline, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("7天无理由退款申请截止: due ") and tip.endswith(", 5 days left")
    assert model.headerData(REMEDY, Qt.Orientation.Horizontal) == "Remedy"


def test_an_updated_case_moves_to_the_top(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                          data_dir: Path) -> None:
    """Among cases with no deadline ahead, the newest change comes first."""
    first = service.create_case(CaseData(title="第一个"))
    service.create_case(CaseData(title="第二个"))
    model = loaded_model(qtbot, service, runner, data_dir)
    assert titles(model) == ["第二个", "第一个"]
    data = service.get_case(first).data
    data.title = "第一个（已改）"
    service.update_case(first, data)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.reload()
    assert titles(model) == ["第一个（已改）", "第二个"]
    assert model.row_of(first) == 0


def test_the_next_deadline_comes_first(qtbot: QtBot, service: CaseService, runner: WorkerRunner,
                                       data_dir: Path) -> None:
    """A case whose 7-day refund window closes sooner is listed before a newer one and one with none."""
    sooner = recent_case(title="六天前买的")
    sooner.order.paid_at = now() - timedelta(days=6)
    sooner.course.starts_at = now() - timedelta(days=5)
    service.create_case(sooner)
    service.create_case(recent_case(title="昨天买的"))
    service.create_case(CaseData(title="没有日期"))
    model = loaded_model(qtbot, service, runner, data_dir)
    assert titles(model) == ["六天前买的", "昨天买的", "没有日期"]
