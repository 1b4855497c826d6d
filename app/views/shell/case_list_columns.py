"""The case list's columns fitted to its width: status and remedy as wide as their longest label, and in
a narrow list the least needed columns hidden before the title is cut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.views.widgets.labels import case_status_labels

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from app.views.shell.case_list_model import CaseListModel

COLUMN_WIDTHS = ((1, 100), (2, 70), (3, 62), (4, 80), (5, 100), (6, 70))  # merchant … deadline, assigned to
ASSIGNED_TO = 6  # case_list_model.ASSIGNEE (that module loads after the first paint)
CELL_PADDING = 14  # a cell's margins and the header's sort indicator room, around the text
# In a narrow list the title keeps at least this much room: columns go, least needed first, not the title's
# letters ("教…" at 1024×700). Hidden columns' facts are in the row's tooltip and the open case.
MIN_TITLE = 150
DROP_ORDER = (6, 1, 5, 3, 2)  # assigned to, merchant, next deadline, status, amount (the remedy stays)
REMEDY_KEYS = ("refund_plus_compensation", "full_refund", "partial_refund", "none", "unknown")


class ColumnFit(QWidget):
    """Mixed into CaseListPanel (app/views/shell/case_list.py), whose attributes these are."""

    if TYPE_CHECKING:
        table: QTableView | None
        model: CaseListModel | None
        shared: bool

    def _fit_columns(self) -> None:
        """Hide the least needed columns while the title would get less than MIN_TITLE pixels."""
        if self.table is None:
            return
        widths = self.column_widths()
        for column, width in widths.items():
            self.table.horizontalHeader().resizeSection(column, width)
        room = self.table.viewport().width() or self.width()
        hidden: set[int] = set() if self.shared else {ASSIGNED_TO}
        shown = sum(width for column, width in widths.items() if column not in hidden)
        for column in DROP_ORDER:
            if room - shown >= MIN_TITLE:
                break
            if column in hidden:
                continue
            hidden.add(column)
            shown -= widths[column]
        for column in widths:
            self.table.setColumnHidden(column, column in hidden)

    def column_widths(self) -> dict[int, int]:
        """Each column's width; status and remedy as wide as their longest label in this language and font,
        so "In progress" or "Refund + compensation" is never cut to "In prog…"."""
        from app.views.shell.case_list_model import REMEDY, STATUS
        from app.views.tabs.summary_card import remedy_label

        widths = dict(COLUMN_WIDTHS)
        if self.table is None or self.model is None:
            return widths
        cell = self.table.fontMetrics()
        head = self.table.horizontalHeader().fontMetrics()
        labels = {STATUS: list(case_status_labels().values()),
                  REMEDY: [remedy_label(key) for key in REMEDY_KEYS]}
        for column, texts in labels.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widths[column] = max([cell.horizontalAdvance(t) for t in texts] + [head.horizontalAdvance(title)]) \
                + CELL_PADDING
        return widths
