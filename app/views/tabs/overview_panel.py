"""The Overview (概况) tab: every case field, saved as you type, under a live rule-check summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.core.errors import CaseFileError, DomainError, EditConflict
from app.services.rule_check import RuleBook, rulebook_for
from app.views.tabs.summary_card import SummaryCard
from app.views.widgets.case_editor import CaseEditor, reason_text
from app.views.widgets.guards import if_alive
from app.views.widgets.labels import field_labels
from app.views.widgets.workers import WorkerRunner

if TYPE_CHECKING:
    from app.core.domain import CaseData, CaseInfo
    from app.rules.result import CheckResult
    from app.services.cases import CaseService

SAVE_DELAY_MS = 800
CHECK_DELAY_MS = 150


def rules_lang() -> str:
    """The rule engine's language for the UI's current locale."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh"


class OverviewPanel(QWidget):
    changed = Signal()  # the case was saved
    saved = Signal()
    checked = Signal(object)  # a new CheckResult is on the card

    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None, *,
                 rules: RuleBook | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        self.rules = rules or rulebook_for(service.data_dir)
        self.case_id: int | None = None
        self.info: CaseInfo | None = None
        # The facts as the form read them when they were last loaded or saved: a save sends them along,
        # so what another desk changed meanwhile is kept, and the same fact changed at both is asked about.
        self.base: CaseData | None = None
        self.conflict_dialog: QWidget | None = None
        self.dirty = False
        self._state = "idle"
        self._check_gen = 0
        self.card = SummaryCard(self)
        self.editor = CaseEditor(self)
        self.state_label = QLabel(self)
        self.save_button = QPushButton(self)
        self._save_timer = self._timer(SAVE_DELAY_MS, self.save)
        self._check_timer = self._timer(CHECK_DELAY_MS, self.recheck)
        self._build()
        self.editor.changed.connect(self._edited)
        self.editor.submitted.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        self.setEnabled(False)

    def _timer(self, msec: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msec)
        timer.timeout.connect(slot)
        return timer

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.state_label, 1)
        bar.addWidget(self.save_button)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.editor)
        # The card keeps one height whatever it says (a longer text scrolls inside it), so the form under
        # it never moves under the pointer when the check gains or loses a line.
        card_area = QScrollArea(self)
        card_area.setWidgetResizable(True)
        card_area.setFrameShape(QFrame.Shape.NoFrame)
        card_area.setWidget(self.card)
        card_area.setFixedHeight(self.fontMetrics().lineSpacing() * 9 + 16)
        self.card_area = card_area
        layout = QVBoxLayout(self)
        layout.addWidget(card_area)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    # ----- the panel interface ---------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        if self.dirty:
            self.save()  # the old case's edits go to the old case
        self.case_id, self.info, self.base, self.dirty = case_id, None, None, False
        self._check_gen += 1
        self.card.show_result(None)
        self.setEnabled(False)
        if case_id is not None:
            self.reload()

    def reload(self) -> None:
        """Read the case again (another tab changed it); unsaved edits here are kept."""
        case_id, svc = self.case_id, self.service
        if case_id is None:
            return
        self.runner.run(lambda _p, _c: svc.get_case(case_id),
                        on_done=if_alive(self, lambda info: self._loaded(case_id, info)))

    def _loaded(self, case_id: int, info: CaseInfo) -> None:
        if case_id != self.case_id:
            return
        self.info = info
        if not self.dirty:
            self._load_editor(info.data)
            self._set_state("saved" if self._state != "idle" else "idle")
        self.setEnabled(True)
        self.recheck()

    def _load_editor(self, data: CaseData) -> None:
        self.editor.load(data)
        try:
            self.base = self.editor.read()  # as the form has them: facts it does not show stay out of the save
        except CaseFileError:
            self.base = data

    def retranslate(self) -> None:
        self.editor.retranslate()
        self.card.retranslate()
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the case"))
        self.save_button.setToolTip(self.tr("Changes are also saved automatically as you type."))
        self._set_state(self._state)
        self.recheck()

    # ----- editing, saving -------------------------------------------------
    def _edited(self) -> None:
        self.dirty = True
        self._set_state("unsaved")
        self._save_timer.start()
        self._check_timer.start()

    def save(self) -> None:
        """Save now (also called by the debounce timer); errors are shown next to their field."""
        self._save_timer.stop()
        case_id = self.case_id
        if case_id is None or not self.dirty:
            return
        try:
            data = self.editor.read()
        except CaseFileError as exc:
            self.editor.show_error(exc.field, exc.reason)
            self._set_state("invalid")
            return
        self.editor.clear_errors()
        self._send(case_id, data, self.base)

    def _send(self, case_id: int, data: CaseData, base: CaseData | None) -> None:
        self.dirty = False
        self._set_state("saving")
        svc = self.service
        self.runner.run(lambda _p, _c: svc.update_case(case_id, data, base), write=True,
                        on_done=if_alive(self, lambda info: self._saved(case_id, data, info)),
                        on_error=if_alive(self, lambda exc: self._save_failed(case_id, exc, data)))

    def _saved(self, case_id: int, sent: CaseData, info: CaseInfo) -> None:
        if case_id == self.case_id:
            self.info = info
            if self.dirty:
                self.base = sent  # typed on top of what was sent: the next save builds on it
            else:
                if info.data != sent:  # another desk's changes came along: show them
                    self._load_editor(info.data)
                else:
                    self.base = sent
                self._set_state("saved")
        self.saved.emit()
        self.changed.emit()

    def _save_failed(self, case_id: int, exc: BaseException, sent: CaseData | None = None) -> None:
        if case_id != self.case_id:
            raise exc
        self.dirty = True
        if isinstance(exc, EditConflict):
            self._set_state("conflict")
            self._ask_conflict(case_id, exc, sent)
        elif isinstance(exc, CaseFileError):
            self.editor.show_error(exc.field, reason_text(exc))
            self._set_state("invalid")
        elif isinstance(exc, DomainError):
            self.editor.show_error("title", str(exc))
            self._set_state("invalid")
        else:
            raise exc  # to the error reporter

    def _set_state(self, state: str) -> None:
        self._state = state
        texts = {
            "idle": "",
            "unsaved": self.tr("Unsaved changes…"),
            "saving": self.tr("Saving…"),
            "saved": self.tr("All changes saved"),
            "invalid": self.tr("Not saved: please correct the field marked in red."),
            "conflict": self.tr("Not saved: someone else changed the same facts."),
        }
        self.state_label.setText(texts.get(state, ""))
        self.save_button.setEnabled(state in ("unsaved", "invalid", "conflict"))

    # ----- the summary card ------------------------------------------------
    def recheck(self) -> None:
        """Run the rule check on what the form says now (saved or not), in a worker."""
        if self.info is None:
            return
        try:
            data: CaseData = self.editor.read()
        except CaseFileError as exc:
            # The field shows its error; the card says why it is not checking (never "checking…" for ever).
            self._check_gen += 1
            label = field_labels().get(exc.field, exc.field)
            self.card.show_waiting(self.tr("The check waits until “%1” is corrected.").replace("%1", label))
            return
        self._check_gen += 1
        gen, rules, kinds, lang = self._check_gen, self.rules, list(self.info.evidence_kinds), rules_lang()
        self.runner.run(lambda _p, _c: rules.check(data, kinds, lang),
                        on_done=if_alive(self, lambda r: self._checked(gen, r)))

    def _checked(self, gen: int, result: CheckResult) -> None:
        if gen == self._check_gen:
            self.card.show_result(result)
            self.editor.show_warnings({p.field: p.text for p in result.problems})  # e.g. a phone nobody can call
            self.checked.emit(result)

    # ----- another desk changed the same facts ----------------------------
    def _ask_conflict(self, case_id: int, conflict: EditConflict, sent: CaseData | None) -> None:
        """Say what changed, by whom and when, and let the user keep theirs or take the other desk's."""
        from app.views.tabs.edit_conflict import ConflictDialog

        dialog = ConflictDialog(conflict, self)
        self.conflict_dialog = dialog
        mine = sent if sent is not None else self.editor.read()

        def decided(keep_mine: bool) -> None:
            self.conflict_dialog = None
            if case_id != self.case_id:
                return
            if keep_mine:
                self._send(case_id, mine, conflict.rebased)
            else:
                self._load_editor(conflict.theirs)
                self.base = conflict.rebased
                self._send(case_id, conflict.theirs, conflict.rebased)

        dialog.decided.connect(decided)
        dialog.open()

    def flush_edits(self) -> None:
        """Save what was typed now (the window is closing)."""
        if self.dirty:
            self.save()

    def has_pending_save(self) -> bool:
        return self.dirty
