"""Adding evidence to the open case: the file dialog, paste (Ctrl+V), drop, and the background import with
its progress, cancel and clean-up of a pasted picture's temporary folder."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPlainTextEdit

from app.core.errors import ImportRejected
from app.core.timeutil import now
from app.views.widgets.file_dialogs import dialog_options
from app.views.widgets.reasons import rejected_text

if TYPE_CHECKING:
    from app.services.evidence_import import ImportReport
    from app.views.widgets.workers import Job

translate = QCoreApplication.translate  # in the panel's context: its texts are EvidencePanel's


def local_paths(urls: list[Any]) -> list[Path]:
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile()]


def paste_name() -> str:
    return f"剪贴板截图-{now().strftime('%Y%m%d-%H%M%S')}.png"


class EvidenceAdding:
    """Mixed into EvidencePanel (which has service, runner, case_id, progress, reading, import_jobs, reload,
    show_error and the changed and imported signals)."""

    def choose_files(self: Any, kind: str | None = None) -> None:
        title = translate("EvidencePanel", "Add evidence files")
        names, _filter = QFileDialog.getOpenFileNames(self, title, "", "", "", dialog_options())
        if names:
            self.add_files([Path(n) for n in names], kind=kind)

    def add_files(self: Any, paths: list[Path], kind: str | None = None) -> Job | None:
        """Import files and folders into the current case in the background."""
        if self.case_id is None or not paths:
            return None
        return self._start_import(lambda: list(paths), kind, None)

    def paste_from_clipboard(self: Any) -> None:
        """Ctrl+V: files or a picture become evidence; plain text goes to the text field being edited."""
        mime = QGuiApplication.clipboard().mimeData()
        if self.case_id is None or mime is None:
            return
        focus = QApplication.focusWidget()
        if (isinstance(focus, QLineEdit | QPlainTextEdit) and self.isAncestorOf(focus) and not mime.hasUrls()
                and not mime.hasImage()):
            focus.paste()
            return
        paths = local_paths(list(mime.urls())) if mime.hasUrls() else []
        if paths:
            self.add_files(paths)
            return
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.show_error(translate("EvidencePanel", "The clipboard holds no picture and no files to add."))
            return
        folder = Path(tempfile.mkdtemp(prefix="refund-paste-"))
        target = folder / paste_name()
        picture = QImage(image)

        def save() -> list[Path]:
            if not picture.save(str(target)):
                raise OSError(f"cannot write {target}")
            return [target]

        self._start_import(save, None, folder)

    def _start_import(self: Any, paths: Callable[[], list[Path]], kind: str | None, temp: Path | None) -> Job:
        case_id = self.case_id
        assert case_id is not None
        box: dict[str, ImportReport] = {}

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> ImportReport:
            box["report"] = self.service.add_evidence(case_id, paths(), kind=kind, progress=progress,
                                                      cancel=cancelled)
            return box["report"]

        def ended(report: ImportReport | None, error: BaseException | None = None) -> None:
            if temp is not None:
                shutil.rmtree(temp, ignore_errors=True)
            self.import_jobs = [j for j in self.import_jobs if not j.done]
            if error is not None:
                self.progress.fail(rejected_text(error) if isinstance(error, ImportRejected) else str(error))
                self.show_error(error)
            else:
                self.progress.finish(report)
            if self.case_id == case_id:
                self.reload()
            if report is not None and report.added:
                self.changed.emit()
                if self.case_id == case_id:
                    self.reading.start(case_id)
            if report is None:  # failed or cancelled before any file: an empty report, not a NameError
                from app.services.evidence_import import ImportReport as EmptyReport

                report = EmptyReport()
            self.imported.emit(report)

        self.progress.start()
        job = self.runner.run(work, write=True, on_progress=self.progress.progress, on_done=ended,
                              on_error=lambda exc: ended(box.get("report"), exc),
                              on_cancel=lambda: ended(box.get("report")))
        self.import_jobs.append(job)
        return job

    def cancel_imports(self: Any) -> None:
        for job in self.import_jobs:
            job.cancel()
