"""The case list at 1024×700 and wider, in Chinese and English: a status or remedy shown is shown whole
("In progress", "Refund + compensation", never "In prog…"), and the title keeps its room."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.domain import Refund
from app.services.cases import CaseService
from app.views.shell.case_list_columns import CELL_PADDING, MIN_TITLE
from app.views.shell.case_list_model import REMEDY, STATUS, TITLE
from app.views.shell.main_window import MainWindow
from tests.gui.conftest import recent_case

KINDS = (("open", "refused"), ("submitted", "pending"), ("resolved", "refunded"), ("closed", "not_requested"))


def cut_cells(window: MainWindow) -> list[str]:
    """Texts of shown status and remedy cells (and headers) wider than their column."""
    table, model = window.case_list.table, window.case_list.model
    assert table is not None and model is not None
    metrics, cut = table.fontMetrics(), []
    for column in (STATUS, REMEDY):
        if table.isColumnHidden(column):
            continue
        header = str(model.headerData(column, Qt.Orientation.Horizontal))
        texts = [str(model.index(r, column).data()) for r in range(model.rowCount())]
        cut += [t for t in texts if metrics.horizontalAdvance(t) + CELL_PADDING > table.columnWidth(column)]
        if table.horizontalHeader().fontMetrics().horizontalAdvance(header) + CELL_PADDING > table.columnWidth(column):
            cut.append(header)
    return cut


def test_status_and_remedy_are_never_cut(qtbot: QtBot, window: MainWindow, service: CaseService) -> None:
    for n, (status, refund) in enumerate(KINDS):
        data = recent_case(title=f"快手直播间英语课退款{n}")
        service.create_case(replace(data, status=status, refund=Refund(status=refund, requested_at=data.order.paid_at)))
    model, table = window.case_list.model, window.case_list.table
    assert model is not None and table is not None
    window.case_list.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=10000)
    for width, height in ((1024, 700), (1440, 900)):
        window.resize(width, height)
        for lang in ("en", "zh_CN"):
            window.set_language(lang)
            qtbot.waitUntil(lambda: all(model.index(r, REMEDY).data() != "…" for r in range(4)), timeout=20000)
            qtbot.waitUntil(lambda: cut_cells(window) == [], timeout=5000)
            assert not table.isColumnHidden(REMEDY), (width, lang)  # what the case may get stays in view
            assert table.columnWidth(TITLE) >= MIN_TITLE, (width, lang)
            if width == 1440:
                assert not table.isColumnHidden(STATUS), lang
            shown = {model.index(r, c).data() for r in range(4) for c in (STATUS, REMEDY)}
            if lang == "en":  # the longest labels are among those checked
                assert {"Complaint filed", "Full refund"} <= shown, shown
