"""时间线 tab: what happened when, in Beijing time.

The user's own events (added, edited, deleted here), dated evidence (edited in the
evidence tab) and the dates of the case itself, all in time order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import CaseInfo
from app.core.errors import NotFound
from app.core.timeutil import now, to_beijing
from app.services.cases import CaseService
from app.views.tabs.panel_base import CasePanel, beijing_editor, fmt_datetime, from_qdatetime, to_qdatetime
from app.views.widgets import palette
from app.views.widgets.labels import kind_label
from app.views.widgets.workers import Job, WorkerRunner

EVENT_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class Row:
    at: datetime
    source: str  # event | evidence | case
    text: str
    event_id: int | None = None


class EventDialog(QDialog):
    """Add or edit one event: when (Beijing time) and what happened."""

    def __init__(self, parent: QWidget | None = None, at: datetime | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event") if at is None else self.tr("Edit event"))
        self.when = beijing_editor()
        self.when.setDateTime(to_qdatetime(at or now()))
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText(self.tr("What happened, e.g. Asked customer service for a refund; "
                                             "they refused."))
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.text.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.text.toPlainText().strip())))
        self.ok_button.setEnabled(bool(text.strip()))
        form = QFormLayout(self)
        form.addRow(self.tr("When (Beijing time):"), self.when)
        form.addRow(self.tr("What happened:"), self.text)
        form.addRow(buttons)
        self.resize(460, 240)
        # Ctrl+Enter is OK (Enter is a new line in the text); closing with changes asks first.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._accept_if_ready)
        self._initial = self.values()
        self.discard_box: QMessageBox | None = None

    def _accept_if_ready(self) -> None:
        if self.ok_button.isEnabled():
            self.accept()

    def reject(self) -> None:
        if self.values() == self._initial:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard the changes?"),
                          self.tr("What you typed for this event has not been saved. Discard it?"),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: super(EventDialog, self).reject() if box.clickedButton() is discard else None)
        self.discard_box = box
        box.open()

    def values(self) -> tuple[datetime, str]:
        return from_qdatetime(self.when.dateTime()), self.text.toPlainText().strip()


class TimelinePanel(CasePanel):
    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(service, runner, parent)
        self.rows: list[Row] = []
        self.info: CaseInfo | None = None
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self._make_menu()
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_interactively)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        super().retranslate()
        self.tree.setHeaderLabels([self.tr("Time (Beijing)"), self.tr("Type"), self.tr("What happened")])
        self.tree.setAccessibleName(self.tr("Timeline of the case"))
        self.add_button.setText(self.tr("Add event…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        for key, text in (("add", self.tr("Add event…")), ("edit", self.tr("Edit…")), ("delete", self.tr("Delete"))):
            self.menu_actions[key].setText(text)
        self.note.setText(self.tr("Evidence appears here when it has a date; change that date in the Evidence tab. "
                                  "Order, course and refund dates come from the case details."))
        self._fill()

    # ----- content ----------------------------------------------------------------
    def reload(self) -> None:
        info: CaseInfo | None = None
        if self.case_id is not None:
            try:
                info = self.service.get_case(self.case_id)
            except NotFound as exc:
                self.show_error(exc)
        self.info = info
        self._fill()

    def _collect(self, info: CaseInfo) -> list[Row]:
        rows = [Row(e.at, "event", e.text, e.id) for e in info.events]
        for item in info.evidence:
            when = item.occurred_at or item.captured_at
            if when is not None:
                label = f"{item.title} — {item.proves}" if item.proves else item.title
                rows.append(Row(when, "evidence:" + item.kind, label))
        data = info.data
        paid = (self.tr("Paid for order {number}").format(number=data.order.number) if data.order.number
                else self.tr("Paid for the order"))
        facts = ((data.order.paid_at, paid),
                 (data.course.starts_at, self.tr("The course starts")),
                 (data.refund.requested_at, self.tr("Asked for a refund")),
                 (data.refund.refunded_at, self.tr("Refund received")))
        rows.extend(Row(at, "case", text) for at, text in facts if at is not None)
        order = {"case": 0, "event": 1}
        return sorted(rows, key=lambda r: (to_beijing(r.at), order.get(r.source, 2)))

    def _fill(self) -> None:
        info = self.info
        selected = self.selected_event_id()
        self.tree.clear()
        self.rows = self._collect(info) if info is not None else []
        for row in self.rows:
            item = QTreeWidgetItem([fmt_datetime(row.at), self._type_label(row.source), row.text])
            item.setData(0, EVENT_ROLE, row.event_id)
            item.setToolTip(2, row.text)
            if row.event_id is None:
                for column in range(3):
                    item.setForeground(column, QBrush(QColor(palette.MUTED)))
            self.tree.addTopLevelItem(item)
            if selected is not None and row.event_id == selected:
                item.setSelected(True)
        self.add_button.setEnabled(info is not None)
        self._update_buttons()

    def _type_label(self, source: str) -> str:
        if source == "event":
            return self.tr("Event")
        if source == "case":
            return self.tr("Case details")
        return self.tr("Evidence: {kind}").format(kind=kind_label(source.partition(":")[2]))

    def selected_event_id(self) -> int | None:
        items = self.tree.selectedItems()
        value = items[0].data(0, EVENT_ROLE) if items else None
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        has_event = self.selected_event_id() is not None
        self.edit_button.setEnabled(has_event)
        self.delete_button.setEnabled(has_event)

    # ----- changes ------------------------------------------------------------------------
    def add_event(self, at: datetime, text: str) -> Job | None:
        case_id = self.case_id
        if case_id is None:
            return None
        return self.run_write(lambda: self.service.add_event(case_id, at, text))

    def edit_event(self, event_id: int, at: datetime, text: str) -> Job:
        return self.run_write(lambda: self.service.update_event(event_id, at, text))

    def delete_event(self, event_id: int) -> Job:
        return self.run_write(lambda: self.service.delete_event(event_id))

    def add_interactively(self) -> None:
        dialog = EventDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_event(*dialog.values())

    def edit_selected(self) -> None:
        event_id = self.selected_event_id()
        row = next((r for r in self.rows if r.event_id == event_id), None) if event_id is not None else None
        if row is None or event_id is None:
            return
        dialog = EventDialog(self, row.at, row.text)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.edit_event(event_id, *dialog.values())

    def _make_menu(self) -> None:
        """Right-click on an event (and Enter / Delete): edit or delete it; anywhere: add one."""
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.menu_actions: dict[str, QAction] = {}
        for key, shortcut, slot in (("add", "", self.add_interactively), ("edit", "Return", self.edit_selected),
                                    ("delete", "Delete", self.delete_selected)):
            action = QAction(self.tree)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.tree.addAction(action)
            self.menu_actions[key] = action

    def delete_selected(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete event"), self.tr("Delete this event from the timeline?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_event(event_id)
