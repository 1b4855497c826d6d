"""On the Export tab: one document of the case on its own, as PDF or as an editable Word file.

The complaint letter, the statement of claim (民事起诉状), the evidence list (证据清单) and the letter of
authorisation (授权委托书), made by app.services.documents off the UI thread. The file is chosen in a save
dialog, which asks before replacing a file; nothing is written over without that answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.views.widgets import file_places
from app.views.widgets.guards import if_alive

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.documents import DocumentResult
    from app.views.widgets.workers import Job, WorkerRunner

DOCUMENTS = ("complaint", "claim", "evidence-list", "authorisation")
FORMATS = ("docx", "pdf")
FILE_NAMES = {"complaint": "投诉书", "claim": "民事起诉状", "evidence-list": "证据清单", "authorisation": "授权委托书"}


class DocumentsBox(QGroupBox):
    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        self.case_id: int | None = None
        self.case_title = ""
        self.lang = "zh"
        self.result: DocumentResult | None = None
        self.document = QComboBox()
        for key in DOCUMENTS:
            self.document.addItem("", key)
        self.document.setCurrentIndex(DOCUMENTS.index("claim"))
        self.format = QComboBox()
        for key in FORMATS:
            self.format.addItem("", key)
        self.save_button, self.open_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.choose_and_save)
        self.open_button.clicked.connect(self.open_file)
        self.open_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.document, 1)
        row.addWidget(self.format)
        row.addWidget(self.save_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.retranslate()

    def labels(self) -> dict[str, str]:
        return {"complaint": self.tr("Complaint letter (投诉书)"), "claim": self.tr("Statement of claim (民事起诉状)"),
                "evidence-list": self.tr("Evidence list (证据清单)"),
                "authorisation": self.tr("Letter of authorisation (授权委托书)")}

    def retranslate(self) -> None:
        self.setTitle(self.tr("One document, to edit or to file"))
        for n, key in enumerate(DOCUMENTS):
            self.document.setItemText(n, self.labels()[key])
        self.format.setItemText(0, self.tr("Word (.docx)"))
        self.format.setItemText(1, self.tr("PDF"))
        self.document.setAccessibleName(self.tr("Document"))
        self.format.setAccessibleName(self.tr("Format"))
        self.save_button.setText(self.tr("Save as…"))
        self.open_button.setText(self.tr("Open"))
        if self.result is None:
            self.status.setText(self.tr("For going to court: the statement of claim and the evidence list, drafted "
                                        "from the case; Word files can be edited before you sign them."))

    def set_case(self, case_id: int | None, title: str = "", lang: str = "zh") -> None:
        if case_id != self.case_id:
            self.result = None
            self.open_button.setEnabled(False)
        self.case_id, self.case_title, self.lang = case_id, title, lang
        self.save_button.setEnabled(case_id is not None)
        self.retranslate()

    def suggested(self) -> Path:
        from app.services.export import default_output
        from app.views.tabs.export_target import documents_folder

        which, fmt = str(self.document.currentData()), str(self.format.currentData())
        return default_output(documents_folder(), self.case_title or "case", what=FILE_NAMES[which],
                              suffix=f".{fmt}")

    def choose_and_save(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from app.views.widgets.file_dialogs import dialog_options

        fmt = str(self.format.currentData())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the document as"), str(self.suggested()),
            self.tr("Word documents (*.docx)") if fmt == "docx" else self.tr("PDF files (*.pdf)"), "",
            dialog_options())
        if name:
            path = Path(name)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(path.name + f".{fmt}")
            self.save(path, replace=True)  # Qt's save dialog asked before replacing an existing file

    def save(self, path: Path, *, replace: bool = False) -> Job | None:
        case_id = self.case_id
        if case_id is None:
            return None
        which, fmt, service, lang = str(self.document.currentData()), str(self.format.currentData()), \
            self.service, self.lang

        def make(_progress: object, _cancelled: object) -> DocumentResult:
            from app.services.documents import export_document

            return export_document(service, case_id, which, fmt, path, lang=lang, force=replace)

        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        return self.runner.run(make, write=True, on_done=if_alive(self, self._saved),
                               on_error=if_alive(self, self._failed))

    def _saved(self, result: DocumentResult) -> None:
        self.result = result
        self.save_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Saved: %1").replace("%1", str(result.path)))

    def _failed(self, exc: BaseException) -> None:
        from app.views.tabs.panel_base import error_text

        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved: %1").replace("%1", error_text(exc)))

    def open_file(self) -> None:
        if self.result is not None:
            file_places.open_file(self.result.path)
