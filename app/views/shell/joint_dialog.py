"""Case → Joint complaints: cases against one business filed together (Art. 12 of the 2026 measures).

On the left the joint complaints, and the groups the app suggests (cases against the same business,
by legal name or shop); on the right the chosen one: its complainants (consent, representative, at
most two), what is still missing, the written election (推选代表人书) and the joint bundle. Every
change and export goes through app/services/joint*.py in a worker, as `joint …` does on the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.enums import Recipient
from app.core.joint import MAX_REPRESENTATIVES, JointInfo, JointSuggestion
from app.core.timeutil import to_beijing
from app.views.widgets.file_dialogs import dialog_options
from app.views.widgets.form_fields import HintLabel
from app.views.widgets.guards import if_alive
from app.views.widgets.labels import recipient_label

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.views.shell.joint_editor import JointEditor
    from app.views.widgets.workers import Job, WorkerRunner

LETTER, NAME, ORDER, PAID, CONSENT, HOW, REPRESENTATIVE = range(7)


class JointDialog(QDialog):
    def __init__(self, service: CaseService, runner: WorkerRunner, case_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner, self.case_id = service, runner, case_id
        self.joints: list[JointInfo] = []
        self.suggestions: list[JointSuggestion] = []
        self.current: JointInfo | None = None
        self.joint_list = QListWidget(self)
        self.suggestion_list = QListWidget(self)
        self.group_button = QPushButton(self)
        self.title = QLabel(self)
        self.members = QTableWidget(0, 7, self)
        self.members.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.members.verticalHeader().hide()
        self.problems = HintLabel("", self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.election_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.draft = QCheckBox(self)  # a draft: every page marked 草稿, allowed while Art. 10 material is missing
        self.recipient = QComboBox(self)  # whom the joint bundle is for: its letter's basis and requests follow
        for recipient in Recipient:
            self.recipient.addItem("", recipient.value)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.consent_how = QLineEdit(self)  # how the complainants said yes: kept with each consent ticked
        self.consent_how.setMaxLength(200)
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton(self)
        self.job: Job | None = None
        self._labels = {key: QLabel(self) for key in ("joints", "suggestions", "how")}
        self._build()
        self.joint_list.currentRowChanged.connect(self._show_joint)
        self.group_button.clicked.connect(self.group_suggestion)
        self.add_button.clicked.connect(self.add_open_case)
        self.remove_button.clicked.connect(self.remove_selected)
        self.edit_button.clicked.connect(self.edit)
        self.election_button.clicked.connect(lambda: self._choose_output(election=True))
        self.export_button.clicked.connect(lambda: self._choose_output(election=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()
        self.resize(1120, 580)
        self.refresh()

    def _build(self) -> None:
        left = QVBoxLayout()
        for key, widget in (("joints", self.joint_list), ("suggestions", self.suggestion_list)):
            self._labels[key].setBuddy(widget)
            left.addWidget(self._labels[key])
            left.addWidget(widget, 1)
        left.addWidget(self.group_button)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.add_button, self.remove_button, self.election_button, self.recipient,
                       self.draft, self.export_button):
            buttons.addWidget(button)
        how = QHBoxLayout()
        self._labels["how"].setBuddy(self.consent_how)
        how.addWidget(self._labels["how"])
        how.addWidget(self.consent_how, 1)
        running = QHBoxLayout()
        running.addWidget(self.bar, 1)
        running.addWidget(self.cancel_button)
        self.bar.hide()
        self.cancel_button.hide()
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addLayout(how)
        right.addWidget(self.members, 1)
        right.addWidget(self.problems)
        right.addLayout(buttons)
        right.addLayout(running)
        right.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Joint complaints"))
        self._labels["joints"].setText(self.tr("Joint complaints"))
        self._labels["suggestions"].setText(self.tr("Suggested: cases against the same business"))
        self._labels["how"].setText(self.tr("How they agreed:"))
        self.consent_how.setPlaceholderText(self.tr("e.g. signed the election, WeChat message of 1 December"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.joint_list.setAccessibleName(self.tr("Joint complaints"))
        self.suggestion_list.setAccessibleName(self.tr("Suggested groups"))
        self.members.setAccessibleName(self.tr("Complainants"))
        self.group_button.setText(self.tr("Make a joint complaint of this group"))
        self.add_button.setText(self.tr("Add the open case"))
        self.remove_button.setText(self.tr("Take out"))
        self.election_button.setText(self.tr("Election of representatives…"))
        self.export_button.setText(self.tr("Export joint bundle…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.draft.setText(self.tr("Draft"))
        for n in range(self.recipient.count()):
            self.recipient.setItemText(n, recipient_label(self.recipient.itemData(n)))
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.draft.setToolTip(self.tr("Every page marked 草稿 (DRAFT): possible while a complainant's case still "
                                      "lacks what Art. 10 asks for"))
        self.members.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Complainant"), self.tr("Order number"),
                                                self.tr("Paid"), self.tr("Consented"), self.tr("When and how"),
                                                self.tr("Representative")])

    # ----- reading ---------------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        from app.services import joint

        svc = self.service
        chosen = select if select is not None else (self.current.id if self.current else None)
        self.runner.run(lambda _p, _c: (joint.list_joint(svc), joint.suggest(svc)),
                        on_done=if_alive(self, lambda found: self._listed(found, chosen)),
                        on_error=if_alive(self, self._failed))

    def _listed(self, found: tuple[list[JointInfo], list[JointSuggestion]], chosen: int | None) -> None:
        self.joints, self.suggestions = found
        blocked = self.joint_list.blockSignals(True)
        self.joint_list.clear()
        for info in self.joints:
            mark = "" if not info.problems() else self.tr(" (not ready)")
            self.joint_list.addItem(QListWidgetItem(f"{info.title} · {len(info.members)}{mark}"))
        self.joint_list.blockSignals(blocked)
        self.suggestion_list.clear()
        for group in self.suggestions:
            names = "、".join(n for n in group.complainants if n) or "—"
            text = self.tr("%1: %n case(s) (%2)", "", len(group.case_ids))
            item = QListWidgetItem(text.replace("%1", group.merchant_name or group.merchant_shop).replace("%2", names))
            item.setToolTip(item.text())
            self.suggestion_list.addItem(item)
        self.group_button.setEnabled(bool(self.suggestions))
        row = next((i for i, j in enumerate(self.joints) if j.id == chosen), 0 if self.joints else -1)
        self.joint_list.setCurrentRow(row)
        self._show_joint(row)

    def _show_joint(self, row: int) -> None:
        self.current = self.joints[row] if 0 <= row < len(self.joints) else None
        info = self.current
        self.members.setRowCount(0 if info is None else len(info.members))
        for button in (self.edit_button, self.add_button, self.remove_button, self.election_button, self.export_button):
            button.setEnabled(info is not None)
        if info is None:
            self.title.setText(self.tr("No joint complaint yet: group a suggestion, or cases you choose."))
            self.problems.setText("")
            return
        self.title.setText(info.title)
        for r, m in enumerate(info.members):
            from app.views.tabs.summary_card import money

            how = "" if m.consented_at is None else f"{to_beijing(m.consented_at):%Y-%m-%d %H:%M} {m.consent_how}"
            for col, text in ((LETTER, m.letter), (NAME, m.complainant or m.case_title), (ORDER, m.order_number),
                              (PAID, "" if m.amount_paid is None else money(m.amount_paid)), (HOW, how)):
                self.members.setItem(r, col, QTableWidgetItem(text))
            self.members.setCellWidget(r, CONSENT, self._box(m.consented_at is not None,
                                                             lambda on, c=m.case_id: self.set_consent(c, on)))
            rep = self._box(m.representative, lambda on, c=m.case_id: self.set_representative(c, on))
            rep.setEnabled(m.consented_at is not None)
            self.members.setCellWidget(r, REPRESENTATIVE, rep)
        self.members.resizeColumnsToContents()
        self.members.horizontalHeader().setStretchLastSection(True)
        self.problems.setText(self._problems_text(info))

    def _box(self, checked: bool, slot: Any) -> QCheckBox:
        box = QCheckBox(self.members)
        box.setChecked(checked)
        box.toggled.connect(slot)
        return box

    def _problems_text(self, info: JointInfo) -> str:
        missing = [m for m in info.members if m.consented_at is None]
        parts = []
        if len(info.members) < 2:
            parts.append(self.tr("A joint complaint needs two complainants or more."))
        if missing:
            parts.append(self.tr("No consent recorded yet: %1.").replace(
                "%1", "、".join(f"{m.letter} {m.complainant or m.case_title}" for m in missing)))
        if not info.representatives:
            parts.append(self.tr("Elect one or two representatives among those who consented."))
        return " ".join(parts) or self.tr("Ready to file: print the election for signatures, then export.")

    # ----- changing ---------------------------------------------------------------------------------------
    def _change(self, fn: Any, joint_id: int | None = None) -> None:
        self.runner.run(lambda _p, _c: fn(), write=True,
                        on_done=if_alive(self, lambda info: self.refresh(select=joint_id or info.id)),
                        on_error=if_alive(self, self._failed))

    def group_suggestion(self) -> None:
        from app.services import joint

        row = self.suggestion_list.currentRow()
        group = self.suggestions[row if 0 <= row < len(self.suggestions) else 0] if self.suggestions else None
        if group is not None:
            svc = self.service
            self._change(lambda: joint.create(svc, group.case_ids))

    def set_consent(self, case_id: int, on: bool) -> None:
        from app.services import joint

        if self.current is None:
            return
        how = self.consent_how.text().strip() or self.tr("recorded in the app")
        svc, joint_id = self.service, self.current.id
        self._change(lambda: joint.consent(svc, joint_id, case_id, how=how, withdraw=not on), joint_id)

    def set_representative(self, case_id: int, on: bool) -> None:
        from app.services import joint

        if self.current is None:
            return
        chosen = {m.case_id for m in self.current.representatives}
        chosen = chosen | {case_id} if on else chosen - {case_id}
        if len(chosen) > MAX_REPRESENTATIVES:
            self.status.setText(self.tr("At most two representatives may be elected."))
            self._show_joint(self.joint_list.currentRow())
            return
        svc, joint_id = self.service, self.current.id
        self._change(lambda: joint.elect(svc, joint_id, sorted(chosen)), joint_id)

    def edit(self) -> JointEditor | None:
        """The joint complaint's title, requests and shared facts (saved in a worker when OK is pressed)."""
        from app.services import joint
        from app.views.shell.joint_editor import JointEditor

        if self.current is None:
            return None
        editor = JointEditor(self.current, self)
        svc, joint_id = self.service, self.current.id
        editor.accepted.connect(lambda: self._change(lambda: joint.update(svc, joint_id, **editor.values()), joint_id))
        self.editor = editor
        editor.open()
        return editor

    def add_open_case(self) -> None:
        from app.services import joint

        if self.current is not None and self.case_id is not None:
            svc, joint_id, case_id = self.service, self.current.id, self.case_id
            self._change(lambda: joint.add(svc, joint_id, case_id), joint_id)

    def remove_selected(self) -> None:
        from app.services import joint

        row = self.members.currentRow()
        if self.current is not None and 0 <= row < len(self.current.members):
            svc, joint_id, case_id = self.service, self.current.id, self.current.members[row].case_id
            self._change(lambda: joint.remove(svc, joint_id, case_id), joint_id)

    # ----- documents --------------------------------------------------------------------------------------
    def _choose_output(self, election: bool) -> None:
        from app.services.export import default_output
        from app.views.tabs.export_panel import documents_folder

        if self.current is None:
            return
        what = "推选代表人书" if election else "共同投诉证据材料"
        start = default_output(documents_folder(), self.current.title, what)
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(start), self.tr("PDF (*.pdf)"), "",
                                                    dialog_options())
        if name:
            path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
            self.write(path, election)

    def write(self, path: Path, election: bool) -> None:
        """The election or the joint bundle at `path` (the save dialog already asked about replacing it)."""
        from app.services.export import ExportOptions
        from app.services.joint_export import election_document, export_joint

        assert self.current is not None
        svc, joint_id = self.service, self.current.id
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))

        box: dict[str, int] = {}
        draft, recipient = self.draft.isChecked(), str(self.recipient.currentData())

        def work(progress: Any, cancel: Any) -> Any:
            if election:
                box["pages"] = election_document(svc, joint_id, path, force=True)
            else:
                options = ExportOptions(force=True, draft=draft, recipient=recipient)
                box["pages"] = export_joint(svc, joint_id, path, options, progress=progress, cancel=cancel).pages
            return box["pages"]

        self._running(True)
        self.job = self.runner.run(work, write=not election,
                                   on_done=if_alive(self, lambda pages: self._written(path, pages)),
                                   on_error=if_alive(self, self._failed), on_progress=if_alive(self, self._progress),
                                   on_cancel=if_alive(self, lambda: self._cancelled(path, box.get("pages"))))

    def _running(self, on: bool) -> None:
        self.bar.setRange(0, 0)
        self.bar.setVisible(on)
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)
        for button in (self.election_button, self.export_button, self.group_button):
            button.setEnabled(not on)
        if not on:
            self.job = None

    def _progress(self, done: int, total: int, label: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(self.tr("Step %1 of %2: %3").replace("%1", str(done + 1)).replace("%2", str(total))
                            .replace("%3", label))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _cancelled(self, path: Path, pages: int | None) -> None:
        if pages is not None:  # it was done just as Cancel was pressed
            self._written(path, pages)
            return
        self._running(False)
        self.status.setText(self.tr("Cancelled. No file was written."))
        self.refresh()

    def _written(self, path: Path, pages: int) -> None:
        self._running(False)
        self.status.setText(self.tr("Saved %1 (%n page(s)).", "", pages).replace("%1", str(path)))
        self.written = path
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from app.views.shell.joint_text import refused_text
        from app.views.widgets.store_text import user_message

        self._running(False)
        message = refused_text(exc) or user_message(exc)
        if message is None:
            raise exc
        self.status.setText(message)
        if self.current is not None:
            self.refresh(select=self.current.id)


def open_joint_dialog(window: Any) -> JointDialog | None:
    """Case → Joint complaints… (the open case can be added to the chosen one)."""
    if window.service is None:
        return None
    dialog = JointDialog(window.service, window.runner, window.case_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.joint_dialog = dialog
    dialog.show()
    return dialog
