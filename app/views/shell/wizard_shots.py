"""从截图开始: the new-case wizard starting from screenshots.

On the wizard's first page a button takes screenshots (and PDFs), which are read in the OCR worker
process off the UI thread, with progress and a stop button; the facts they agree on fill the wizard's
empty fields, each field saying which file and which words it was read from (the user checks and
changes them on the following pages). A field the user has already filled is never overwritten: the
note says what the screenshot shows instead. The case made at the end has the screenshots as its
evidence, with what was read on them (services/reading.create_case_with).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.views.widgets.file_dialogs import dialog_options
from app.views.widgets.workers import Job, WorkerRunner

if TYPE_CHECKING:
    from app.services.reading import FileReading

Note = Callable[[], str]  # a note under a field, made in the current language each time it is shown


class ScreenshotStart(QWidget):
    """"Start from screenshots…", the reading's progress with "Stop reading", then what was found."""

    readingDone = Signal(object)  # list[FileReading]: every file read, or those read before a stop

    def __init__(self, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.files: list[Path] = []
        self.readings: list[FileReading] = []
        self.engine: str | None = None
        self.job: Job | None = None
        self._stop = threading.Event()
        self.state: tuple[str, int, int] = ("idle", 0, 0)
        self.error = ""
        self.filled = 0
        self.button = QPushButton(self)
        self.button.clicked.connect(self.choose)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self.stop)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Start from screenshots…"))
        self.button.setToolTip(self.tr("Choose screenshots of the order and the payment: the app reads them and "
                                       "fills in what they show. They become the case's evidence."))
        self.stop_button.setText(self.tr("Stop reading"))
        self.stop_button.setVisible(self.state[0] == "running")
        kind, done, total = self.state
        if kind == "running":
            text = self.tr("Reading the screenshots: {done} of {total}…").format(done=done, total=total)
        elif kind == "done":
            text = self.tr("Read {read} of {total} files; {filled} facts filled in from them. Check each on "
                           "the next pages: the note under a field says which screenshot it comes from. The "
                           "screenshots will be the case's evidence.").format(
                read=sum(1 for r in self.readings if r.error is None), total=len(self.files), filled=self.filled)
            failed = [r for r in self.readings if r.error is not None]
            if failed:
                text += "\n" + "\n".join(self.tr("Could not read {file}: {error}").format(
                    file=Path(r.path).name, error=r.error) for r in failed)
        elif kind == "failed":
            text = self.tr("The screenshots could not be read ({error}). They will still be the case's "
                           "evidence; fill in the fields yourself.").format(error=self.error)
        else:
            text = self.tr("Or fill in the fields yourself, page by page.")
        self.status.setText(text)

    def _set(self, kind: str, done: int = 0, total: int = 0) -> None:
        self.state = (kind, done, total)
        self.button.setEnabled(kind != "running")
        self.retranslate()

    def choose(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Screenshots of the order and the payment"), "",
            self.tr("Screenshots and PDFs (*.png *.jpg *.jpeg *.webp *.heic *.heif *.bmp *.gif *.pdf);;"
                    "All files (*)"), "", dialog_options())
        if names:
            self.read_files([Path(n) for n in names])

    def read_files(self, paths: list[Path]) -> Job:
        """Read these files in the background (OCR worker process); readingDone when done or stopped."""
        self.stop()
        self.files, self.readings, self.engine = list(paths), [], None
        stop = self._stop = threading.Event()
        names = [str(p) for p in paths]

        def work(progress: Callable[[int, int, str], None], _cancelled: Any) -> tuple[list[Any], str | None]:
            from app.services.evidence_text import current_engine
            from app.services.reading import scan

            return scan(names, progress=progress, cancel=stop.is_set), current_engine()

        self._set("running", 0, len(paths))
        self.job = self.runner.run(work, on_progress=lambda done, total, _label: self._set("running", done + 1, total),
                                   on_done=self._done, on_error=self._failed)
        return self.job

    def stop(self) -> None:
        """Stop after the file in hand (a PDF: the page in hand); what was read is kept and used."""
        self._stop.set()

    def stopping(self) -> bool:
        return self._stop.is_set()

    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def _done(self, result: tuple[list[FileReading], str | None]) -> None:
        self.readings, self.engine = result
        self.job = None
        self._set("done")
        self.readingDone.emit(self.readings)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.error = str(exc)
        self._set("failed")
