"""Progress of an evidence import, and the files that were refused or already there.

The list stays until dismissed and can be copied, so a user can keep going with
the rest and fix the refused files later.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ImportRejected
from app.views.widgets import palette
from app.views.widgets.reasons import shown_reason

if TYPE_CHECKING:
    from app.services.evidence_import import ImportReport

LINE_ROLE = Qt.ItemDataRole.UserRole
# (path, core reason or duplicate's title, refused): kept so a language switch can re-word the line.
ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1


class ImportProgress(QFrame):
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.running = 0
        self._report: ImportReport | None = None  # the last one summarised, re-worded on a language switch
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancelRequested.emit)
        self.issues = QListWidget()
        self.issues.setMaximumHeight(84)
        self.issues.setWordWrap(True)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_issues)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.bar, 1)
        top.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.issues)
        layout.addLayout(bottom)
        self.retranslate()
        self.dismiss()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.copy_button.setText(self.tr("Copy list"))
        self.copy_button.setToolTip(self.tr("Copy the refused files and their reasons to the clipboard."))
        self.dismiss_button.setText(self.tr("Dismiss"))
        for n in range(self.issues.count()):
            self._word_issue(self.issues.item(n))
        if self._report is not None and self.running == 0:
            self.summary.setText(self.describe(self._report))

    # ----- driven by the panel ---------------------------------------------
    def start(self) -> None:
        self.running += 1
        self.summary.setText(self.tr("Preparing the import…"))
        self.bar.setRange(0, 0)
        self._set_running(True)
        self.show()

    def progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if name:
            self.summary.setText(self.tr("Importing {done} of {total}: {name}").format(
                done=done + 1, total=total, name=name))

    def finish(self, report: ImportReport | None) -> None:
        self.running = max(0, self.running - 1)
        if report is not None:
            for rejected in report.rejected:
                self._add_issue(rejected.path, rejected, refused=True)
            for dup in report.duplicates:
                self._add_issue(dup.path, dup.title, refused=False)
            self._report = report
            self.summary.setText(self.describe(report))
        if self.running == 0:
            self._set_running(False)
            self.bar.setRange(0, 1)
            self.bar.setValue(1)

    def fail(self, message: str) -> None:
        self.running = max(0, self.running - 1)
        self._report = None
        self.summary.setText(self.tr("The import stopped: {error}").format(error=message))
        if self.running == 0:
            self._set_running(False)
            self.bar.setRange(0, 1)
            self.bar.setValue(0)

    def describe(self, report: ImportReport) -> str:
        parts = [self.tr("Added %n file(s).", "", len(report.added))]
        if report.rejected:
            parts.append(self.tr("{count} refused (see the reasons below).").format(count=len(report.rejected)))
        if report.duplicates:
            parts.append(self.tr("{count} already in this case.").format(count=len(report.duplicates)))
        if report.cancelled:
            parts.append(self.tr("Import cancelled; the files after that point were not added."))
        return " ".join(parts)

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setVisible(running)
        self.dismiss_button.setVisible(not running)
        self.copy_button.setVisible(self.issues.count() > 0)
        self.issues.setVisible(self.issues.count() > 0)

    def _add_issue(self, path: str, detail: ImportRejected | str, refused: bool) -> None:
        """A refused file (detail: the refusal) or a duplicate (detail: the item's title)."""
        item = QListWidgetItem()
        item.setToolTip(path)
        item.setData(ISSUE_ROLE, (path, detail, refused))
        self._word_issue(item)
        if refused:
            item.setForeground(QColor(palette.ERROR_TEXT))
        self.issues.addItem(item)

    def _word_issue(self, item: QListWidgetItem) -> None:
        """The line in the current language: "name — reason" shown, "path: reason" copied."""
        path, detail, refused = item.data(ISSUE_ROLE)
        duplicate = self.tr("already in this case as “{title}”")
        reason = shown_reason(detail) if isinstance(detail, ImportRejected) else duplicate.format(title=detail)
        item.setText(f"{Path(path).name or path} — {reason}")
        item.setData(LINE_ROLE, f"{path}: {reason}")  # the copyable line

    # ----- for the user -----------------------------------------------------
    def issue_lines(self) -> list[str]:
        return [str(self.issues.item(n).data(LINE_ROLE)) for n in range(self.issues.count())]

    def copy_issues(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.issue_lines()))

    def dismiss(self) -> None:
        if self.running:
            return
        self.issues.clear()
        self._report = None
        self.summary.clear()
        self.hide()
