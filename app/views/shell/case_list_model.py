"""The case list as a lazily loaded table: pages of 200 rows, rule columns for visible rows only.

Rows come from CaseService.list_cases: the soonest pending deadline still ahead first, then the
rest newest change first. Remedy and next deadline
come from the rule check; they are computed in a worker only for rows the view asks
about, and cached per case id + updated_at + language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from app.views.widgets.guards import if_alive
from app.views.widgets.labels import case_status_labels
from app.views.widgets.workers import WorkerRunner

if TYPE_CHECKING:
    from typing import TypeAlias

    from app.rules.result import Deadline
    from app.services.cases import CaseService, CaseSummary
    from app.services.rule_check import RuleBook

    Index: TypeAlias = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate
PAGE = 200
CHECK_BATCH = 60
TITLE, MERCHANT, AMOUNT, STATUS, REMEDY, DEADLINE, ASSIGNEE = range(7)
COLUMNS = 7


@dataclass
class RowCheck:
    """What the rule columns show for one case version."""

    remedy: str
    deadline: Deadline | None


def check_cases(service: CaseService, rules: RuleBook, ids: list[int],
                lang: str) -> dict[tuple[int, datetime], RowCheck]:
    """Worker side: the rule check of a few cases, keyed by (id, updated_at)."""
    from app.views.tabs.summary_card import next_deadline

    out: dict[tuple[int, datetime], RowCheck] = {}
    from app.core.errors import NotFound

    for case_id in ids:
        try:
            info = service.get_case(case_id)
        except NotFound:  # deleted (here or at another desk) since the list was read: the next read drops it
            continue
        result = rules.check(info.data, info.evidence_kinds, lang)
        out[(case_id, info.updated_at)] = RowCheck(result.remedy, next_deadline(result))
    return out


class CaseListModel(QAbstractTableModel):
    loaded = Signal(int)  # rows in the first page, after each (re)load
    counted = Signal(int)  # all matching cases; may arrive just after `loaded`
    checked = Signal()  # some rule columns were filled in
    failed = Signal(object)  # an exception from a worker, for the error reporter

    def __init__(self, runner: WorkerRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.service: CaseService | None = None
        self.rules: RuleBook | None = None
        self.lang = "zh"
        self.total = 0
        self.query = ""
        self.status: str | None = None
        self.assignee: str | None = None  # None: everyone's cases; '': nobody's; else that volunteer's
        self._rows: list[CaseSummary] = []
        self._generation = 0
        self._has_more = False
        self._fetching = False
        self._checks: dict[tuple[int, datetime, str], RowCheck] = {}
        self._pending: set[int] = set()
        self._checking = False
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(30)
        self._check_timer.timeout.connect(self._check_pending)

    # ----- loading -----------------------------------------------------------
    def attach(self, service: CaseService, rules: RuleBook) -> None:
        self.service, self.rules = service, rules
        self.reload()

    def set_filter(self, query: str, status: str | None = None, assignee: str | None = None) -> None:
        self.query, self.status, self.assignee = query.strip(), status or None, assignee
        self.reload()

    def reload(self) -> None:
        """Load the first page for the current filter; older answers still on their way are dropped."""
        if self.service is None:
            return
        self._generation += 1
        gen, svc, query, status, who = self._generation, self.service, self.query, self.status, self.assignee
        self._fetching = True
        self.runner.run(lambda _p, _c: svc.list_cases(query, status, 0, PAGE, assignee=who, by_deadline=True),
                        on_done=if_alive(self, lambda rows: self._loaded(gen, rows)),
                        on_error=if_alive(self, self._failed))

    def show_first_page(self, rows: list[CaseSummary], total: int) -> None:
        """The first page read before the store opened (app.services.first_page); the store's own answer
        replaces it once attach() reads the list (the same rows are then kept as they are)."""
        if self.service is not None or self._rows:
            return  # the store was quicker
        self._counted(self._generation, total)
        self._loaded(self._generation, rows)

    def _loaded(self, gen: int, rows: list[CaseSummary]) -> None:
        if gen != self._generation:
            return
        self._fetching = False
        if rows != self._rows:  # the same rows (the store's answer after the first page): selection, scroll kept
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        self._has_more = len(rows) == PAGE
        if self.service is None:  # the first page, before the store: counted by the caller, checked later
            self.loaded.emit(len(rows))
            return
        if self._pending:
            self._check_timer.start()  # rule columns the view asked for before the store was open
        if self._has_more and self.service is not None:
            # The list is shown first; counting every match of a keystroke can wait a moment.
            svc, query, status, who = self.service, self.query, self.status, self.assignee
            self.runner.run(lambda _p, _c: svc.count_cases(query, status, who),
                            on_done=if_alive(self, lambda total: self._counted(gen, total)),
                            on_error=if_alive(self, self._failed))
        else:
            self._counted(gen, len(rows))
        self.loaded.emit(len(rows))

    def _counted(self, gen: int, total: int) -> None:
        if gen == self._generation:
            self.total = total
            self.counted.emit(total)

    def _failed(self, exc: BaseException) -> None:
        self._fetching = False
        self.failed.emit(exc)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._has_more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.service is None:
            return
        self._fetching = True
        gen, svc, query, status, offset = self._generation, self.service, self.query, self.status, len(self._rows)
        who = self.assignee
        self.runner.run(lambda _p, _c: svc.list_cases(query, status, offset, PAGE, assignee=who,
                                                      by_deadline=True),
                        on_done=if_alive(self, lambda rows: self._appended(gen, offset, rows)),
                        on_error=if_alive(self, self._failed))

    def _appended(self, gen: int, offset: int, rows: list[CaseSummary]) -> None:
        if gen != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        self._has_more = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # ----- rows --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    @property
    def cached_checks(self) -> int:
        """How many rule checks are cached (the rule columns are never computed for all rows up front)."""
        return len(self._checks)

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, case_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == case_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[section] if 0 <= section < COLUMNS else None

    @staticmethod
    def headers() -> list[str]:
        return [
            translate("CaseListModel", "Title"),
            translate("CaseListModel", "Merchant"),
            translate("CaseListModel", "Amount"),
            translate("CaseListModel", "Status"),
            translate("CaseListModel", "Remedy"),
            translate("CaseListModel", "Next deadline"),
            translate("CaseListModel", "Assigned to"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == ASSIGNEE:
                return translate("CaseListModel", "Last changed by %1").replace("%1", row.updated_by) \
                    if row.updated_by else None
            return {TITLE: row.title, MERCHANT: row.merchant}.get(col) or (
                self._rule_text(row, col, tooltip=True) if col in (REMEDY, DEADLINE) else None)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == TITLE:
            return row.title
        if col == MERCHANT:
            return row.merchant
        if col == AMOUNT:
            from app.views.tabs.summary_card import money

            return "" if row.amount is None else money(row.amount)
        if col == STATUS:
            return case_status_labels().get(row.status, row.status)
        if col == ASSIGNEE:
            return row.assignee
        return self._rule_text(row, col)

    # ----- rule columns, computed lazily -------------------------------------
    def _rule_text(self, row: CaseSummary, col: int, tooltip: bool = False) -> str:
        from app.views.tabs.summary_card import deadline_phrase, when_short
        from app.views.widgets.labels import remedy_label

        found = self._checks.get((row.id, row.updated_at, self.lang))
        if found is None:
            if tooltip:
                return ""
            self._pending.add(row.id)
            if not self._checking and not self._check_timer.isActive():
                self._check_timer.start()
            return "…"
        if col == REMEDY:
            return remedy_label(found.remedy, short=True)
        if found.deadline is None:
            return "" if tooltip else "—"
        if not tooltip:
            return when_short(found.deadline.due)
        from app.core.timeutil import now

        return f"{found.deadline.title}: {deadline_phrase(found.deadline, now())}"

    def _check_pending(self) -> None:
        if self._checking or not self._pending or self.service is None or self.rules is None:
            return
        ids = [i for i in self._pending if self.row_of(i) is not None][:CHECK_BATCH]
        self._pending.difference_update(ids)
        if not ids:
            self._pending.clear()
            return
        self._checking = True
        svc, rules, lang = self.service, self.rules, self.lang
        self.runner.run(lambda _p, _c: check_cases(svc, rules, ids, lang),
                        on_done=if_alive(self, lambda found: self._checked(lang, found)),
                        on_error=if_alive(self, self._check_failed))

    def _checked(self, lang: str, found: dict[tuple[int, datetime], RowCheck]) -> None:
        self._checking = False
        for (case_id, updated_at), check in found.items():
            self._checks[(case_id, updated_at, lang)] = check
            row = self.row_of(case_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, REMEDY), self.index(row, DEADLINE))
        self.checked.emit()
        if self._pending:
            self._check_timer.start()

    def _check_failed(self, exc: BaseException) -> None:
        self._checking = False
        self.failed.emit(exc)

    def set_lang(self, lang: str) -> None:
        """Rule texts follow the UI language; labels are re-read from the translators."""
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMNS - 1))
