"""待办: every pending deadline of every case in the coming days, with what each calls for.

Read from the index of pending deadlines (app.services.deadlines) in a worker: one query, then the
rule check of only the cases listed. Double-click a row to open its case on the 投诉进展 tab.
Also the notice of what fell due since the app was last opened.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.timeutil import now
from app.views.widgets.guards import if_alive

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.deadlines import AgendaItem
    from app.views.shell.main_window import MainWindow
    from app.views.widgets.workers import Job, WorkerRunner

translate = QCoreApplication.translate
CASE_ROLE = Qt.ItemDataRole.UserRole
SPANS = (7, 14, 30, 90)  # days ahead the view can show; two weeks by default
OVERDUE_DAYS = 30  # and the pending deadlines of the others that passed in this many days


def agenda_rows(items: list[AgendaItem], at: datetime) -> list[list[str]]:
    """Due, state, case, deadline, what to do: the texts of each row (also the notice's)."""
    from app.views.tabs.panel_base import fmt_datetime
    from app.views.tabs.rules_panel import Countdown, deadline_title
    from app.views.widgets.deadline_actions import action_text

    countdown = Countdown()
    rows = []
    for item in items:
        d = item.deadline
        estimate = translate("AgendaDialog", " (estimated)") if d.estimated else ""
        rows.append([fmt_datetime(d.due) + estimate, countdown.status(d, at)[0], item.case_title,
                     deadline_title(d), action_text(d, item.data, at)])
    return rows


class AgendaDialog(QDialog):
    open_case = Signal(int)

    def __init__(self, service: CaseService, runner: WorkerRunner, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner, self.lang = service, runner, lang
        self.items: list[AgendaItem] = []
        self._generation = 0
        self.setWindowTitle(self.tr("To-do: deadlines of all cases"))
        self.span = QComboBox()
        for days in SPANS:
            self.span.addItem(self.tr("Next %n day(s)", "", days), days)
        self.span.setCurrentIndex(SPANS.index(14))
        self.span.currentIndexChanged.connect(lambda _i: self.reload())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(3, 300)
        self.table.setHorizontalHeaderLabels([self.tr("Due (Beijing)"), self.tr("State"), self.tr("Case"),
                                              self.tr("Deadline"), self.tr("What to do")])
        self.table.setAccessibleName(self.tr("Deadlines of all cases"))
        self.table.cellDoubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.span)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Double-click a row to open the case.")))
        layout.addWidget(buttons)
        self.resize(1100, 560)
        self.reload()

    def reload(self) -> Job:
        self._generation += 1
        gen, service, lang, days = self._generation, self.service, self.lang, int(self.span.currentData())
        self.status.setText(self.tr("Looking through the cases…"))

        def find(_progress: object, _cancelled: object) -> list[AgendaItem]:
            from app.services.deadlines import agenda

            at = now()
            # Also what the merchant or the regulator let pass in the last weeks: it calls for a step now.
            # A chance of the consumer's that passed is gone, and is not listed.
            items = agenda(service, at - timedelta(days=OVERDUE_DAYS), at + timedelta(days=days), lang, at)
            return [i for i in items if i.deadline.due > at or i.deadline.party in ("merchant", "authority")]

        return self.runner.run(find, on_done=if_alive(self, lambda items: self._show(gen, items)),
                               on_error=if_alive(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        from app.views.tabs.panel_base import error_text

        self.status.setText(error_text(exc))

    def _show(self, gen: int, items: list[AgendaItem]) -> None:
        from app.views.widgets import palette

        if gen != self._generation:
            return
        self.items = items
        at = now()
        self.table.setRowCount(len(items))
        for row, (item, texts) in enumerate(zip(items, agenda_rows(items, at), strict=True)):
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(CASE_ROLE, item.case_id)
                cell.setToolTip(item.deadline.source if col == 3 else text)
                if col in (0, 1) and item.deadline.due - at < timedelta(days=2):
                    cell.setForeground(QBrush(QColor(palette.BAD)))
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        cases = len({i.case_id for i in items})
        self.status.setText(self.tr("%n deadline(s)", "", len(items)) + " · " + self.tr("%n case(s)", "", cases)
                            if items else self.tr("Nothing falls due in this time."))

    def _open(self, row: int, _column: int = 0) -> None:
        cell = self.table.item(row, 0)
        case_id = cell.data(CASE_ROLE) if cell is not None else None
        if case_id is not None:
            self.open_case.emit(int(case_id))

    def rows(self) -> list[list[str]]:
        """The texts shown, row by row."""
        return [[cell.text() if (cell := self.table.item(r, c)) is not None else "" for c in range(5)]
                for r in range(self.table.rowCount())]


class DueNotice(QWidget):
    """A line above the cases: what fell due since the app was last opened, with a way to the to-do view."""

    show_agenda = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QPushButton

        from app.views.widgets import palette

        super().__init__(parent)
        self.setObjectName("dueNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(palette.css(
            "#dueNotice { background: $ALERT_BACKGROUND; border: 1px solid $ALERT_BORDER; border-radius: 4px; }"
            "#dueNotice QLabel { color: $ALERT_TEXT; }"))
        self.items: list[AgendaItem] = []
        self.since: datetime | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.agenda_button, self.dismiss = QPushButton(), QPushButton()
        self.agenda_button.clicked.connect(self.show_agenda.emit)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.agenda_button)
        layout.addWidget(self.dismiss)
        self.hide()

    def show_items(self, since: datetime, items: list[AgendaItem]) -> None:
        self.since, self.items = since, items
        self.retranslate()
        self.setVisible(bool(items))

    def retranslate(self) -> None:
        from app.views.tabs.panel_base import fmt_datetime
        from app.views.tabs.rules_panel import deadline_title

        self.agenda_button.setText(self.tr("Show the to-do list"))
        self.dismiss.setText(self.tr("Dismiss"))
        if not self.items or self.since is None:
            return
        shown = [f"{i.case_title}: {deadline_title(i.deadline)} ({fmt_datetime(i.deadline.due)})"
                 for i in self.items[:3]]
        more = len(self.items) - len(shown)
        text = self.tr("Since you last opened the app (%1), %n deadline(s) fell due:", "", len(self.items)).replace(
            "%1", fmt_datetime(self.since)) + " " + "; ".join(shown)
        if more:
            text += " " + self.tr("and %n more.", "", more)
        self.label.setText(text)


def due_since(service: CaseService, since: datetime | None, lang: str, at: datetime) -> list[AgendaItem]:
    """Worker side: the pending deadlines that fell due after `since` (none on a first start)."""
    if since is None or since >= at:
        return []
    from app.services.deadlines import agenda

    return agenda(service, since, at, lang, at)


def remember_opened(window: MainWindow, at: datetime) -> datetime | None:
    """Record that the app opened this data folder at `at`; the time it was opened before (None: never)."""
    from app.core.settings import save_settings
    from app.core.timeutil import BadDateTime, parse_datetime

    try:
        before: datetime | None = parse_datetime(window.settings.last_opened) if window.settings.last_opened else None
    except BadDateTime:
        before = None
    window.settings.last_opened = at.isoformat()
    with suppress(OSError):  # a read-only data folder: the store says so; the notice is only a convenience
        save_settings(window.data_dir, window.settings)
    return before


def note_due_since(window: MainWindow) -> Job | None:
    """Once the store is open: say what fell due since the last start (after housekeeping, in the write queue)."""
    from app.views.widgets.i18n import rules_lang

    service = window.service
    if service is None:
        return None
    at = now()
    since = remember_opened(window, at)
    lang = rules_lang(window.settings.language)
    notice = window.due_notice
    return window.runner.run(lambda _p, _c: due_since(service, since, lang, at), write=True,
                             on_done=if_alive(notice, lambda items: notice.show_items(since or at, items)),
                             on_error=if_alive(window, window.report))
