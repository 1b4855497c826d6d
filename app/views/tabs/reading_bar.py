"""Reading the screenshots of the open case in the background, and searching inside the evidence.

ReadingBar: after an import (and when a case opens) the items without text from the current engine
are read in the OCR worker process, with progress and cancel; when the pictures show facts the case
lacks or states otherwise, "Review found facts" opens the proposal dialog. Nothing is filled silently.
EvidenceSearch: words typed are looked up inside the case's evidence (what was read, PDF text, chat
logs); a hit opens the item with the lines that hold the words highlighted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from app.views.widgets.workers import Job, WorkerRunner

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.evidence_text import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole


class ReadingBar(QWidget):
    """A line under the evidence list: "Reading text in screenshots 2 of 5 … Cancel", then "Review found facts"."""

    reviewRequested = Signal(int)  # case id
    readingDone = Signal(int)  # case id: stored text changed

    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        self.case_id: int | None = None
        self.job: Job | None = None
        self.found = 0
        self.label = QLabel()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(lambda: self.case_id is not None and self.reviewRequested.emit(self.case_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.review_button)
        layout.addWidget(self.cancel_button)
        self.state = ("idle", 0, 0)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Stop reading"))
        self.review_button.setText(self.tr("Review found facts ({count})").format(count=self.found))
        kind, done, total = self.state
        if kind == "running":
            self.label.setText(self.tr("Reading the text in screenshots: {done} of {total}…").format(
                done=done, total=total))
        elif kind == "found":
            self.label.setText(self.tr("The screenshots show facts the case does not have yet."))
        elif kind == "failed":
            self.label.setText(self.tr("Text recognition stopped: {error}").format(error=self.error))
        else:
            self.label.setText("")

    def _set(self, kind: str, done: int = 0, total: int = 0) -> None:
        self.state = (kind, done, total)
        self.cancel_button.setVisible(kind == "running")
        self.review_button.setVisible(kind == "found")
        self.setVisible(kind != "idle")
        self.retranslate()

    def start(self, case_id: int | None) -> Job | None:
        """Read what is pending in this case (nothing when all is read or OCR is not installed)."""
        from app.evidence.ocr.install import auto_read

        self.cancel()
        self.case_id = case_id
        if case_id is None or not auto_read():
            self._set("idle")
            return None
        service = self.service

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> int:
            from app.services import evidence_text, proof

            if evidence_text.pending(service, case_id):
                evidence_text.recognise(service, case_id, progress=progress, cancel=cancelled)
            return len(proof.proposals(service, case_id)) + len(proof.item_suggestions(service, case_id))

        self.job = job = self.runner.run(work, on_progress=lambda d, t, _l: self._set("running", d, t),
                                         on_done=lambda n: self._ended(job, case_id, n),
                                         on_error=lambda exc: self._failed(job, exc),
                                         on_cancel=lambda: self._set("idle") if self.job is job else None)
        return job

    def _ended(self, job: Job, case_id: int, found: int) -> None:
        if self.job is not job:
            return
        self.job = None
        self.found = found
        self._set("found" if found else "idle")
        self.readingDone.emit(case_id)

    def _failed(self, job: Job, exc: BaseException) -> None:
        if self.job is not job:
            return
        self.job = None
        from app.evidence.ocr.install import OcrUnavailable

        if isinstance(exc, OcrUnavailable):  # not installed: the app works without it, quietly
            self._set("idle")
            return
        self.error = str(exc)
        self._set("failed")

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
        self._set("idle")


class EvidenceSearch(QWidget):
    """A search box over the words inside the case's evidence, with the hits listed below it."""

    hitOpened = Signal(int, object)  # evidence id, (boxes to highlight, width of the picture read)

    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        self.case_id: int | None = None
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.hits = QListWidget()
        self.hits.setMaximumHeight(120)
        self.hits.hide()
        self.hits.itemActivated.connect(self._open)
        self.hits.itemClicked.connect(self._open)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.search)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.job: Job | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Search inside the evidence…"))
        self.box.setAccessibleName(self.tr("Search inside the evidence"))

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.box.clear()
        self.hits.clear()
        self.hits.hide()

    def search(self) -> None:
        query, case_id, service = self.box.text().strip(), self.case_id, self.service
        if not query or case_id is None:
            self.hits.clear()
            self.hits.hide()
            return

        def work(_p: Any, _c: Any) -> list[SearchHit]:
            from app.services.evidence_text import search

            return search(service, case_id, query)

        self.job = job = self.runner.run(work, on_done=lambda hits: self._show(job, hits))

    def _show(self, job: Job, hits: list[SearchHit]) -> None:
        if job is not self.job:
            return  # an older query's answer
        self.hits.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}:  {hit.snippet}")
            item.setData(HIT_ROLE, hit)
            self.hits.addItem(item)
        if not hits:
            self.hits.addItem(QListWidgetItem(self.tr("No evidence holds these words.")))
        self.hits.show()

    def _open(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.hitOpened.emit(hit.evidence_id, (list(hit.boxes), hit.width))
