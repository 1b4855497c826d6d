"""A part of the export tab: the pre-flight list (the history of earlier exports is export_history.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.export import Preflight
from app.services.proof import ProofCheck
from app.views.tabs.rules_panel import verdict_icon
from app.views.widgets import palette
from app.views.widgets.labels import field_label, field_labels, kind_label

SEVERITY_ROLE = Qt.ItemDataRole.UserRole


class PreflightList(QGroupBox):
    """What the bundle will lack, and whether every original is still exactly what was imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.blocked.setObjectName("exportBlocked")
        self.blocked.setStyleSheet(palette.css(
            "#exportBlocked { background: $ALERT_BACKGROUND; border: 2px solid $BAD; "
                                   "border-radius: 4px; padding: 6px; color: $ALERT_TEXT; font-weight: bold; }"))
        self.blocked.hide()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.recheck_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.blocked)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self.failures = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Pre-flight check"))
        self.list.setAccessibleName(self.title())
        self.recheck_button.setText(self.tr("Check again"))

    def clear_result(self) -> None:
        self.list.clear()
        self.failures = 0
        self.blocked.hide()
        self.summary.setText(self.tr("Open a case to check it before export."))

    def show_checking(self, done: int = 0, total: int = 0) -> None:
        if total:
            self.summary.setText(self.tr("Checking original {done} of {total}…").format(done=done + 1, total=total))
        else:
            self.summary.setText(self.tr("Checking…"))

    def show_error(self, message: str) -> None:
        self.summary.setText(self.tr("The check could not be run: {error}").format(error=message))

    def show_result(self, pre: Preflight) -> None:
        self.list.clear()
        self.failures = len(pre.failures) + len(pre.tampered)
        for failure in pre.failures:
            found = failure.actual[:12] + "…" if failure.actual else self.tr("the file is missing")
            self._add("error", self.tr("Changed original: {item}. Expected SHA-256 {expected}…, found {found}.")
                      .format(item=failure.item, expected=failure.expected[:12], found=found))
        for what in pre.tampered:
            self._add("error", self.tr("Changed outside the app: {what}.").format(what=what))
        art10 = set(pre.complaint_missing) if pre.recipient == "market_regulator" else set()
        for problem in pre.check.problems:
            self._add("error" if pre.incomplete else "warning",
                      self.tr("Please correct: {problem}").format(problem=problem.text))
        for name in pre.check.missing_fields:
            if name in art10:  # Art. 10 of the 2026 measures: the regulator cannot accept the complaint without it
                self._add("error", self.tr("Required for a complaint (Art. 10): {field}").format(
                    field=field_label(name)))
            else:
                self._add("warning", self.tr("Missing for the complaint: {field}").format(field=field_label(name)))
        for kind in pre.check.missing_evidence:
            self._add("warning", self.tr("No evidence of this kind yet: {kind}").format(kind=kind_label(kind)))
        for finding in pre.proof:
            self._add("warning" if finding.contradicts else "ok", self.proof_line(finding))
        verified = len(pre.originals) - len(pre.failures)
        self._add("ok", self.tr("%n original file(s) verified against their SHA-256 fingerprint.", "", verified))
        if pre.failures:
            self.blocked.setText(self.tr("Export blocked: %n original file(s) no longer match the fingerprint taken "
                                         "at import. Restore them from a backup, or remove them from the case.", "",
                                         len(pre.failures)))
        elif pre.tampered:
            self.blocked.setText(self.tr("Export blocked: the case's records were changed outside the app, so the "
                                         "bundle could not be trusted. Restore the database from a backup; the "
                                         "command-line verify lists every difference."))
        elif pre.incomplete:
            names = "、".join(field_label(f) for f in pre.complaint_missing) or self.tr("none")
            self.blocked.setText(self.tr("Not ready for the market regulator: Art. 10 of the 2026 complaint measures "
                                         "asks for the complainant's name, phone and address, the merchant's name "
                                         "and address, a request and the facts. Missing: {missing}. {problems}"
                                         "You can export a draft (every page marked 草稿) to check it.").format(
                missing=names, problems=self.tr("Some facts need correcting. ") if pre.check.problems else ""))
        self.blocked.setVisible(pre.blocked or pre.incomplete)
        warnings = (len(pre.check.missing_fields) + len(pre.check.missing_evidence)
                    + sum(1 for f in pre.proof if f.contradicts))
        if pre.blocked:
            self.summary.setText(self.tr("The export cannot start."))
        elif pre.incomplete:
            self.summary.setText(self.tr("Only a draft can be exported until the complaint is complete."))
        elif warnings:
            self.summary.setText(self.tr("Ready, with %n warning(s): the bundle can be made, but a complaint may "
                                         "need more.", "", warnings))
        else:
            self.summary.setText(self.tr("Ready to export."))

    def proof_line(self, finding: ProofCheck) -> str:
        """"Paid at: the case says …, but exhibit 1 shows …", or what agrees with which exhibits."""
        fact = field_labels().get(finding.key, finding.key)
        if finding.contradicts:
            shown = "; ".join(self.tr("exhibit {n} shows {value}").format(n=s.exhibit, value=s.value)
                              for s in finding.disagree)
            if finding.case_value:
                return self.tr("{fact}: the case says {value}, but {shown}").format(
                    fact=fact, value=finding.case_value, shown=shown)
            return self.tr("{fact}: the exhibits disagree: {shown}").format(
                fact=fact, shown="; ".join(self.tr("exhibit {n} shows {value}").format(n=s.exhibit, value=s.value)
                                           for s in finding.agree + finding.disagree))
        return self.tr("{fact} {value}: agrees with exhibit {numbers}").format(
            fact=fact, value=finding.case_value, numbers=", ".join(str(s.exhibit) for s in finding.agree))

    def _add(self, severity: str, text: str) -> None:
        icons = {"error": "not_met", "warning": "unknown", "ok": "met"}
        item = QListWidgetItem(QIcon(verdict_icon(icons[severity], 16)), text)
        item.setData(SEVERITY_ROLE, severity)
        if severity == "error":
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(QColor(palette.ERROR_TEXT))
        self.list.addItem(item)

    def lines(self, severity: str | None = None) -> list[str]:
        items = [self.list.item(n) for n in range(self.list.count())]
        return [i.text() for i in items if severity is None or i.data(SEVERITY_ROLE) == severity]
