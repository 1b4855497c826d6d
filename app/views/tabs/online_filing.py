"""网上投诉 helper: the 12315 form's fields ready to copy, and the exhibits as numbered pictures for upload.

Texts and pictures are made off the UI thread (app.services.online_filing); each field has its own
Copy button. The pictures go to a new folder (证据图片-<case>-<date>) inside the one the user picks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.views.widgets import palette
from app.views.widgets.file_places import open_file
from app.views.widgets.guards import if_alive

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.online_filing import FormField, UploadReport
    from app.views.widgets.workers import Job, WorkerRunner

LONG_FIELDS = ("jurisdiction", "problem_short", "problem_full", "request")
PORTAL = "https://www.12315.cn"


class OnlineFilingDialog(QDialog):
    def __init__(self, service: CaseService, runner: WorkerRunner, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner, self.case_id = service, runner, case_id
        self.fields: list[FormField] = []
        self.title = ""
        self.copy_buttons: dict[str, QPushButton] = {}
        self.editors: dict[str, QWidget] = {}
        self.report: UploadReport | None = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("File online on 12315"))
        self.intro = QLabel(self.tr(
            "Open the 12315 complaint form (www.12315.cn, the 12315 app or mini program) next to this window and "
            "copy each field across. The texts say what the complaint letter says; check them before you submit."))
        self.intro.setWordWrap(True)
        self.portal = QPushButton(self.tr("Open www.12315.cn"))
        self.portal.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(PORTAL)))
        self.form = QGridLayout()
        self.form.setColumnStretch(1, 1)
        body = QWidget()
        body.setLayout(self.form)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(body)
        self.loading = QLabel(self.tr("Preparing the texts…"))
        self.form.addWidget(self.loading, 0, 0, 1, 3)
        self.pictures = self._picture_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        head = QHBoxLayout()
        head.addWidget(self.intro, 1)
        head.addWidget(self.portal)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(area, 1)
        layout.addWidget(self.pictures)
        layout.addWidget(buttons)
        self.resize(820, 760)
        self.load()

    # ----- the form's texts ---------------------------------------------------------------
    def field_labels(self) -> dict[str, str]:
        return {
            "complainant_name": self.tr("Your name"),
            "complainant_phone": self.tr("Your phone"),
            "complainant_address": self.tr("Your postal address"),
            "complainant_id_number": self.tr("Your ID number"),
            "respondent_name": self.tr("Respondent (the merchant's full name)"),
            "respondent_address": self.tr("Respondent's address"),
            "respondent_shop": self.tr("Shop on the platform"),
            "jurisdiction": self.tr("Which regulator (Art. 13)"),
            "order_number": self.tr("Order number"),
            "item": self.tr("Goods or service"),
            "purchase_time": self.tr("Purchase time"),
            "amount": self.tr("Amount"),
            "problem_short": self.tr("The problem, short"),
            "problem_full": self.tr("The problem, in full"),
            "request": self.tr("Your request"),
        }

    def load(self) -> Job:
        service, case_id = self.service, self.case_id

        def make(_progress: object, _cancelled: object) -> tuple[str, list[FormField]]:
            from app.services.online_filing import document_context, form_fields

            ctx = document_context(service, case_id)
            return ctx.case.data.title, form_fields(ctx)

        return self.runner.run(make, on_done=if_alive(self, self._show), on_error=if_alive(self, self._failed))

    def _failed(self, exc: BaseException) -> None:
        from app.views.tabs.panel_base import error_text

        self.loading.setText(error_text(exc))

    def _show(self, found: tuple[str, list[FormField]]) -> None:
        self.title, self.fields = found
        self.loading.hide()
        labels = self.field_labels()
        for row, f in enumerate(self.fields, start=1):
            label = QLabel(labels.get(f.key, f.key))
            label.setWordWrap(True)
            editor: QPlainTextEdit | QLineEdit
            if f.key in LONG_FIELDS:
                editor = QPlainTextEdit(f.text)
                editor.setMaximumHeight(150 if f.key == "problem_full" else 80)
            else:
                editor = QLineEdit(f.text)
            editor.setReadOnly(True)
            editor.setAccessibleName(labels.get(f.key, f.key))
            count = QLabel(self.tr("%n character(s)", "", len(f.text)) if f.text else self.tr("empty"))
            count.setStyleSheet(palette.css("color: $MUTED;"))
            copy = QPushButton(self.tr("Copy"))
            copy.setEnabled(bool(f.text))
            copy.clicked.connect(lambda _checked=False, key=f.key: self.copy(key))
            self.copy_buttons[f.key] = copy
            self.editors[f.key] = editor
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(count)
            column.addStretch(1)
            self.form.addLayout(column, row, 0)
            self.form.addWidget(editor, row, 1)
            self.form.addWidget(copy, row, 2)

    def copy(self, key: str) -> str:
        text = next((f.text for f in self.fields if f.key == key), "")
        QGuiApplication.clipboard().setText(text)
        button = self.copy_buttons.get(key)
        if button is not None:
            button.setText(self.tr("Copied"))
        for other, b in self.copy_buttons.items():
            if other != key:
                b.setText(self.tr("Copy"))
        return text

    # ----- pictures for upload ------------------------------------------------------------
    def _picture_box(self) -> QGroupBox:
        from app.services.online_filing import MAX_BYTES, MAX_SIDE

        box = QGroupBox(self.tr("Evidence pictures for upload"))
        self.max_kb = QSpinBox()
        self.max_kb.setRange(100, 20_000)
        self.max_kb.setSingleStep(100)
        self.max_kb.setValue(MAX_BYTES // 1024)
        self.max_kb.setSuffix(" KB")
        self.max_side = QSpinBox()
        self.max_side.setRange(600, 8000)
        self.max_side.setSingleStep(200)
        self.max_side.setValue(MAX_SIDE)
        self.max_side.setSuffix(" px")
        self.write_button = QPushButton(self.tr("Write the pictures…"))
        self.write_button.clicked.connect(self.choose_folder)
        self.open_button = QPushButton(self.tr("Open the folder"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        self.progress = QProgressBar()
        self.progress.hide()
        self.outcome = QLabel(self.tr(
            "Each exhibit becomes numbered pictures in the bundle's order: 证据1-1.jpg, 证据1-2.jpg, 证据2-1.jpg… "
            "Long screenshots are cut on blank rows, PDF pages and chat logs become pages. The 12315 form's "
            "limits are not published where this app could check them: if it refuses a picture, lower the "
            "limits and write again."))
        self.outcome.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Each picture at most")))
        row.addWidget(self.max_kb)
        row.addWidget(QLabel(self.tr("and")))
        row.addWidget(self.max_side)
        row.addStretch(1)
        row.addWidget(self.write_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        return box

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from app.views.widgets.file_dialogs import dialog_options

        parent = QFileDialog.getExistingDirectory(self, self.tr("Where to put the folder of pictures"), "",
                                                  dialog_options(QFileDialog.Option.ShowDirsOnly))
        if parent:
            self.write_pictures(Path(parent))

    def write_pictures(self, parent: Path) -> Job:
        from app.services.online_filing import upload_folder

        service, case_id = self.service, self.case_id
        folder = upload_folder(parent, self.title or str(case_id))
        max_bytes, max_side = self.max_kb.value() * 1024, self.max_side.value()

        def write(progress, cancelled):  # type: ignore[no-untyped-def]
            from app.services.online_filing import document_context, write_upload_images

            ctx = document_context(service, case_id)
            return write_upload_images(ctx, folder, max_bytes=max_bytes, max_side=max_side, progress=progress,
                                       cancel=cancelled)

        self.write_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.job = self.runner.run(write, on_done=if_alive(self, self._written),
                                   on_error=if_alive(self, self._not_written),
                                   on_progress=if_alive(self, self._progressed))
        return self.job

    def _progressed(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _written(self, report: UploadReport) -> None:
        self.report = report
        self.progress.hide()
        self.write_button.setEnabled(True)
        self.open_button.setEnabled(True)
        text = self.tr("%n picture(s) written to %1", "", len(report.written)).replace("%1", str(report.folder))
        if report.skipped:
            text += "\n" + self.tr("Not turned into pictures (submit them as the form allows): %1").replace(
                "%1", "; ".join(f"{label}: {why}" for label, why in report.skipped))
        self.outcome.setText(text)

    def _not_written(self, exc: BaseException) -> None:
        from app.views.tabs.panel_base import error_text

        self.progress.hide()
        self.write_button.setEnabled(True)
        self.outcome.setText(self.tr("The pictures were not written: %1").replace("%1", error_text(exc)))

    def open_folder(self) -> None:
        if self.report is not None:
            open_file(self.report.folder)  # a folder opens in the file manager
