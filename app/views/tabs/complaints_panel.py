"""投诉进展 tab: where the case was complained about, what came of it, and the deadlines that follow.

Each complaint (channel, number, filed, accepted, closed, outcome, notes) is added, edited or deleted
here; "I filed it today" records a new one at once. Below, the case's deadlines with what each calls
for, from the rule check (run off the UI thread). "File online" opens the 12315 helper.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.case_json import LIMITS, check_complaint
from app.core.domain import Complaint
from app.core.errors import CaseFileError
from app.core.timeutil import now
from app.views.tabs.panel_base import CasePanel, fmt_datetime
from app.views.widgets import palette
from app.views.widgets.deadline_actions import action_text
from app.views.widgets.form_fields import ChoiceCombo, DateTimeField
from app.views.widgets.guards import if_alive
from app.views.widgets.labels import channel_labels, outcome_labels

if TYPE_CHECKING:
    from app.core.domain import CaseInfo
    from app.rules.result import CheckResult
    from app.services.cases import CaseService
    from app.views.widgets.workers import Job, WorkerRunner

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class Loaded:
    info: CaseInfo
    check: CheckResult


class ComplaintDialog(QDialog):
    """Add or edit one complaint; what the store would refuse is said here, by field."""

    def __init__(self, parent: QWidget | None, complaint: Complaint) -> None:
        super().__init__(parent)
        self.original = complaint
        self.setWindowTitle(self.tr("Complaint") if complaint.id is None else self.tr("Edit complaint"))
        self.channel = ChoiceCombo(channel_labels, self)
        self.channel.set_key(complaint.channel)
        self.number = QLineEdit(complaint.number)
        self.number.setMaxLength(LIMITS["complaint_number"])
        self.number.setPlaceholderText(self.tr("The number the 12315 platform or the office gave"))
        self.filed_at, self.accepted_at, self.closed_at = DateTimeField(self), DateTimeField(self), DateTimeField(self)
        for field, value in ((self.filed_at, complaint.filed_at), (self.accepted_at, complaint.accepted_at),
                             (self.closed_at, complaint.closed_at)):
            field.set_value(value)
        self.outcome = ChoiceCombo(outcome_labels, self)
        self.outcome.set_key(complaint.outcome or "")
        self.notes = QPlainTextEdit(complaint.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Who you spoke to, what they said, what you sent"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(palette.css("color: $BAD;"))
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Filed with:"), self.channel)
        form.addRow(self.tr("Complaint number:"), self.number)
        form.addRow(self.tr("Filed (Beijing time):"), self.filed_at)
        form.addRow(self.tr("Accepted:"), self.accepted_at)
        form.addRow(self.tr("Closed:"), self.closed_at)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.error)
        form.addRow(buttons)
        self.resize(480, 420)

    def value(self) -> Complaint:
        return replace(self.original, channel=self.channel.key(), number=self.number.text().strip(),
                       filed_at=self.filed_at.value(), accepted_at=self.accepted_at.value(),
                       closed_at=self.closed_at.value(),
                       outcome=self.outcome.key() or None, notes=self.notes.toPlainText().strip())

    def _accept(self) -> None:
        try:
            check_complaint(self.value())
        except CaseFileError as exc:
            self.error.setText(self.refusal(exc))
            self.error.show()
            return
        self.accept()

    def refusal(self, exc: CaseFileError) -> str:
        texts = {
            "complaint.accepted_at": self.tr("It cannot be accepted before the day it was filed."),
            "complaint.closed_at": self.tr("It cannot be closed before the day it was filed or accepted."),
        }
        return texts.get(exc.field, exc.reason)


class ComplaintsPanel(CasePanel):
    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(service, runner, parent)
        self.loaded: Loaded | None = None
        self._generation = 0
        self.lang = "zh"
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.channel = ChoiceCombo(channel_labels, self)
        self.filed_today = QPushButton()
        self.filed_today.clicked.connect(self.file_today)
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.online_button = QPushButton()
        self.add_button.clicked.connect(self.add_interactively)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.online_button.clicked.connect(self.open_online_filing)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.deadline_box = QGroupBox()
        self.deadline_grid = QGridLayout(self.deadline_box)
        self.deadline_grid.setColumnStretch(3, 1)
        top = QHBoxLayout()
        top.addWidget(self.channel)
        top.addWidget(self.filed_today)
        top.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.online_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.deadline_box, 1)
        self.retranslate()
        self.reload()

    # ----- texts ------------------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(self.tr(
            "Record each complaint you file: where, its number, when it was accepted and how it ended. The deadlines "
            "the law sets follow from these dates (a decision on acceptance within 7 working days, mediation within "
            "60 days, 3 years to go to court after the refusal)."))
        self.filed_today.setText(self.tr("I filed it today"))
        self.filed_today.setToolTip(self.tr("Records a complaint filed now with the body chosen on the left; add its "
                                            "number with Edit when you have it."))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.online_button.setText(self.tr("File online (12315)…"))
        self.channel.retranslate()
        self.channel.setAccessibleName(self.tr("Filed with"))
        self.tree.setHeaderLabels([self.tr("Filed with"), self.tr("Number"), self.tr("Filed"), self.tr("Accepted"),
                                   self.tr("Closed"), self.tr("Outcome")])
        self.tree.setAccessibleName(self.tr("Complaints about this case"))
        self.deadline_box.setTitle(self.tr("Deadlines and what to do"))
        self._fill()

    def set_language(self, lang: str) -> None:
        """The rule check's language (titles of deadlines)."""
        if lang != self.lang:
            self.lang = lang
            self.reload()

    # ----- loading ----------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        gen, case_id, service, lang = self._generation, self.case_id, self.service, self.lang
        if case_id is None:
            self.loaded = None
            self._fill()
            return

        def load(_progress: object, _cancelled: object) -> Loaded:
            from app.services.rule_check import rulebook_for

            info = service.get_case(case_id)
            return Loaded(info, rulebook_for(service.data_dir).check(info.data, info.evidence_kinds, lang))

        self.runner.run(load, on_done=if_alive(self, lambda found: self._loaded(gen, found)),
                        on_error=if_alive(self, self.show_error))

    def _loaded(self, gen: int, found: Loaded) -> None:
        if gen == self._generation:
            self.loaded = found
            self._fill()

    def _fill(self) -> None:
        selected = self.selected_id()
        self.tree.clear()
        complaints = self.loaded.info.data.complaints if self.loaded is not None else []
        channels, outcomes = channel_labels(), outcome_labels()
        for c in complaints:
            item = QTreeWidgetItem([channels.get(c.channel, c.channel), c.number, fmt_datetime(c.filed_at),
                                    fmt_datetime(c.accepted_at), fmt_datetime(c.closed_at),
                                    outcomes.get(c.outcome or "", c.outcome or "")])
            item.setData(0, ID_ROLE, c.id)
            if c.notes:
                item.setToolTip(0, c.notes)
            self.tree.addTopLevelItem(item)
            item.setSelected(c.id == selected)
        self._fill_deadlines()
        for button in (self.filed_today, self.add_button, self.online_button, self.channel):
            button.setEnabled(self.case_id is not None)
        self._update_buttons()

    def _fill_deadlines(self) -> None:
        from app.views.tabs.rules_panel import Countdown, deadline_title, text_label

        while self.deadline_grid.count():
            taken = self.deadline_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        if self.loaded is None:
            return
        data, at, countdown = self.loaded.info.data, now(), Countdown()
        shown = sorted(self.loaded.check.deadlines, key=lambda d: d.due)
        if not shown:
            self.deadline_grid.addWidget(text_label(self.tr(
                "No deadline yet: they appear once the case has the dates (payment, refund request, the "
                "refusal, a complaint filed).")), 0, 0, 1, 4)
        for row, d in enumerate(shown):
            estimate = self.tr(" (estimated)") if d.estimated else ""
            state, colour, bold = countdown.status(d, at)
            # What to do: before a deadline; after it only when someone else let it pass (a chance of the
            # consumer's that passed is gone).
            act = d.state == "open" or (d.state == "missed" and d.party in ("merchant", "authority"))
            action = action_text(d, data, at) if act else ""
            cells = (text_label(deadline_title(d)), text_label(fmt_datetime(d.due) + estimate),
                     text_label(state, colour, bold), text_label(action))
            for col, label in enumerate(cells):
                if col in (1, 2):
                    label.setWordWrap(False)
                label.setToolTip(d.source)
                self.deadline_grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)

    # ----- selection and changes --------------------------------------------------
    def selected_id(self) -> int | None:
        items = self.tree.selectedItems()
        value = items[0].data(0, ID_ROLE) if items else None
        return int(value) if value is not None else None

    def selected(self) -> Complaint | None:
        found = self.selected_id()
        complaints = self.loaded.info.data.complaints if self.loaded is not None else []
        return next((c for c in complaints if c.id == found), None)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def file_today(self) -> Job | None:
        """One click: a complaint filed now with the chosen body."""
        return self.add_complaint(Complaint(channel=self.channel.key(), filed_at=now().replace(second=0,
                                                                                              microsecond=0)))

    def add_complaint(self, complaint: Complaint) -> Job | None:
        case_id = self.case_id
        if case_id is None:
            return None
        return self.run_write(lambda: self.service.add_complaint(case_id, complaint))

    def update_complaint(self, complaint: Complaint) -> Job:
        complaint_id = complaint.id
        assert complaint_id is not None
        return self.run_write(lambda: self.service.update_complaint(complaint_id, complaint))

    def delete_complaint(self, complaint_id: int) -> Job:
        return self.run_write(lambda: self.service.delete_complaint(complaint_id))

    def add_interactively(self) -> None:
        dialog = ComplaintDialog(self, Complaint(channel=self.channel.key(), filed_at=now().replace(second=0,
                                                                                                  microsecond=0)))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_complaint(dialog.value())

    def edit_selected(self) -> None:
        complaint = self.selected()
        if complaint is None:
            return
        dialog = ComplaintDialog(self, complaint)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.update_complaint(dialog.value())

    def delete_selected(self) -> None:
        complaint = self.selected()
        if complaint is None or complaint.id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete complaint"),
                                      self.tr("Delete this complaint from the case? The audit log keeps a record."))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_complaint(complaint.id)

    def open_online_filing(self) -> QDialog | None:
        if self.case_id is None:
            return None
        from app.views.tabs.online_filing import OnlineFilingDialog

        dialog = OnlineFilingDialog(self.service, self.runner, self.case_id, self)
        dialog.open()
        return dialog
