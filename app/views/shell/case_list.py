"""The left side of the window: search box, status and volunteer filters and the lazily loaded case table.

Until the case store is open (just after the first paint) a line says so where the table
will be; the table and its model are made in attach(), which keeps the first paint light.
Every few seconds one cheap query (CaseService.change_stamp) tells whether anything changed,
at this desk or another: then the list is read again. A case is assigned from its right-click menu.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from app.core.enums import TRASH
from app.views.shell.case_list_columns import ColumnFit
from app.views.shell.case_list_desks import EVERYONE, MINE, NOBODY, POLL_MS, DesksSide
from app.views.widgets import palette
from app.views.widgets.labels import case_status_labels
from app.views.widgets.workers import WorkerRunner

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelection
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QTableView

    from app.core.domain import CaseSummary
    from app.services.cases import CaseService
    from app.services.rule_check import RuleBook
    from app.views.shell.case_list_model import CaseListModel



class CaseListPanel(DesksSide, ColumnFit, QWidget):
    case_selected = Signal(int)
    trash_requested = Signal(int)  # move to the trash
    restore_requested = Signal(int)
    delete_requested = Signal(int)  # a trashed case, for good (asks first)
    loaded = Signal(int)  # the model's first page arrived (rows in it)
    failed = Signal(object)  # an exception from a worker

    def __init__(self, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.model: CaseListModel | None = None
        self.table: QTableView | None = None
        self.lang = "zh"
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(500)  # CaseService.MAX_SEARCH_CHARS
        self.status = QComboBox(self)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assignee = QComboBox(self)
        self.assignee.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # A consumer alone at one desk has nobody to assign cases to: the volunteer filter and the 'Assigned to'
        # column show once a second name is known (another desk's change, or a case given to someone).
        self.assignee.setVisible(False)
        self.shared = False
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check_for_changes)
        self._stamp: tuple[int, int] | None = None
        self._polling = False
        self.stack = QStackedWidget(self)
        self.opening = QLabel(self)
        self.count = QLabel(self)
        self._selected: int | None = None
        self._build()
        self.search.textChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.assignee.currentIndexChanged.connect(self._filter)
        self.retranslate()

    def _build(self) -> None:
        self.status.addItem("", None)
        for key in case_status_labels():
            self.status.addItem("", key)
        self.status.addItem("", TRASH)  # the trash instead of the cases
        for key in (EVERYONE, MINE, NOBODY):
            self.assignee.addItem("", key)
        self.opening.setStyleSheet(palette.css(
            "color: $MUTED; padding: 12px; qproperty-alignment: 'AlignTop | AlignLeft';"))
        self.opening.setWordWrap(True)
        self.stack.addWidget(self.opening)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        top.addWidget(self.assignee)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.assignee)

    def _make_table(self) -> QTableView:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

        from app.views.shell.case_list_model import TITLE, CaseListModel

        self.model = model = CaseListModel(self.runner, self)
        model.lang = self.lang
        model.loaded.connect(self._loaded)
        model.counted.connect(self._counted)
        model.failed.connect(self.failed)
        table = QTableView(self)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._make_menu(table)
        self._fit_columns()
        table.setAccessibleName(self.tr("Cases"))
        self.stack.addWidget(table)
        self.stack.setCurrentWidget(table)
        self.setTabOrder(self.assignee, table)
        return table

    def attach(self, service: CaseService, rules: RuleBook) -> None:
        if self.table is None:
            self.table = self._make_table()
        assert self.model is not None
        self.model.query, self.model.status = self.search.text().strip(), self.status.currentData()
        self.model.assignee = self._assignee_filter()
        self.model.attach(service, rules)
        self._stamp = None
        self.check_for_changes()
        self.poll.start()

    def show_first_page(self, found: tuple[list[CaseSummary], int] | None) -> None:
        """The first page read before the store opened (app.services.first_page), if it could be; the
        store's own answer follows in attach(). Not when the user already chose a filter."""
        if found is None or (self.model is not None and self.model.service is not None):
            return
        if self.search.text().strip() or self.status.currentIndex() > 0 or self._assignee_filter() is not None:
            return
        if self.table is None:
            self.table = self._make_table()
        assert self.model is not None
        self.model.show_first_page(*found)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        if self.model is not None:
            self.model.reload()

    def set_lang(self, lang: str) -> None:
        """The rule engine's language for the remedy and deadline columns."""
        self.lang = lang
        if self.model is not None:
            self.model.set_lang(lang)

    def select_case(self, case_id: int | None) -> None:
        """Highlight a case (opened elsewhere) without asking to open it again."""
        self._selected = case_id
        if self.model is None or self.table is None:
            return
        row = None if case_id is None else self.model.row_of(case_id)
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(True)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        selection.blockSignals(blocked)

    def _filter(self) -> None:
        self._update_menu()
        if self.model is not None:
            self.model.set_filter(self.search.text(), self.status.currentData(), self._assignee_filter())

    def _assignee_filter(self) -> str | None:
        key = self.assignee.currentData()
        if key == EVERYONE or key is None:
            return None
        if key == NOBODY:
            return ""
        if key == MINE:
            return self.model.service.actor if self.model is not None and self.model.service is not None else None
        return str(key)

    def _context_menu(self, pos: QPoint) -> None:
        if self.table is None or self.model is None or self.model.service is None:
            return
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        from PySide6.QtWidgets import QMenu

        case_id = self.model.case_id(index.row())
        me = self.model.service.actor
        menu = QMenu(self)
        self._update_menu()
        menu.addActions([a for a in self.menu_actions.values() if a.isVisible()])
        self.menu = menu
        if self.in_trash():
            menu.popup(self.table.viewport().mapToGlobal(pos))
            return
        menu.addSeparator()
        menu.addAction(self.tr("Assign to me (%1)").replace("%1", me), lambda: self.assign(case_id, me))
        others = [str(self.assignee.itemData(i)) for i in range(3, self.assignee.count())]
        if [n for n in others if n != me]:
            sub = menu.addMenu(self.tr("Assign to"))
            for name in others:
                if name != me:
                    sub.addAction(name, partial(self.assign, case_id, name))
        menu.addAction(self.tr("Assign to someone else…"), lambda: self._assign_other(case_id))
        menu.addAction(self.tr("Unassign"), lambda: self.assign(case_id, ""))
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _assign_other(self, case_id: int) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, self.tr("Assign the case"), self.tr("Volunteer's name:"))
        if ok and name.strip():
            self.assign(case_id, name.strip())

    def _loaded(self, rows: int) -> None:
        self.select_case(self._selected)
        self.loaded.emit(rows)

    def _counted(self, total: int) -> None:
        self.count.setText(self.tr("%n case(s)", "", total))
        self._show_empty(total == 0)

    def _show_empty(self, empty: bool) -> None:
        """No rows: say why (nothing yet, or nothing matches) instead of showing an empty grid."""
        if self.search.text().strip() or self.status.currentIndex() > 0:
            self.opening.setText(self.tr("No case matches the search."))
        else:
            self.opening.setText(self.tr("No cases yet. Start with “New case”, or open the example case to try "
                                         "the app."))
        self.stack.setCurrentWidget(self.opening if empty or self.table is None else self.table)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows and self.model is not None:
            self._selected = self.model.case_id(rows[0].row())
            if not self.in_trash():  # a case in the trash is restored or deleted, not opened
                self.case_selected.emit(self._selected)
        self._update_menu()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def in_trash(self) -> bool:
        return self.status.currentData() == TRASH

    def current_case(self) -> int | None:
        if self.table is None or self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def _make_menu(self, table: QTableView) -> None:
        """Right-click (and Delete) on a case: open or move to the trash; in the trash: restore or delete.
        The actions live on the table for their shortcuts; _context_menu shows them with the assignment."""
        from PySide6.QtGui import QAction, QKeySequence

        self.menu_actions: dict[str, QAction] = {}
        for key, signal in (("open", self.case_selected), ("trash", self.trash_requested),
                            ("restore", self.restore_requested), ("delete", self.delete_requested)):
            action = QAction(table)
            action.triggered.connect(lambda _checked=False, signal=signal: self._act(signal))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            table.addAction(action)
            self.menu_actions[key] = action
        self.menu_actions["trash"].setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self._retranslate_menu()
        self._update_menu()

    def _act(self, signal: Signal) -> None:
        case_id = self.current_case()
        if case_id is not None:
            signal.emit(case_id)  # type: ignore[attr-defined]

    def _update_menu(self) -> None:
        if not hasattr(self, "menu_actions"):
            return
        trash, chosen = self.in_trash(), self.current_case() is not None
        for key, visible in (("open", not trash), ("trash", not trash), ("restore", trash), ("delete", trash)):
            self.menu_actions[key].setVisible(visible)
            self.menu_actions[key].setEnabled(visible and chosen)

    def _retranslate_menu(self) -> None:
        if not hasattr(self, "menu_actions"):
            return
        texts = {"open": self.tr("Open"), "trash": self.tr("Move to trash (Delete)"),
                 "restore": self.tr("Restore"), "delete": self.tr("Delete for good…")}
        for key, text in texts.items():
            self.menu_actions[key].setText(text)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search title, names, order number, evidence…"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.setItemText(0, self.tr("All statuses"))
        self.assignee.setAccessibleName(self.tr("Filter by volunteer"))
        for i, text in enumerate((self.tr("Everyone's"), self.tr("Mine"), self.tr("Unassigned"))):
            self.assignee.setItemText(i, text)
        for i, text in enumerate(case_status_labels().values(), start=1):
            self.status.setItemText(i, text)
        self.status.setItemText(self.status.count() - 1, self.tr("Trash"))
        self._retranslate_menu()
        if self.model is None or self.model.service is None:
            self.opening.setText(self.tr("Opening your cases…"))
        else:
            self._show_empty(self.model.total == 0)
        if self.table is not None:
            self.table.setAccessibleName(self.tr("Cases"))
            self._fit_columns()  # the labels' widths changed with the language
        if self.model is not None and self.model.service is not None:
            self.count.setText(self.tr("%n case(s)", "", self.model.total))
