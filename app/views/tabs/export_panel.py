"""导出 tab: options, the pre-flight, the export itself (cancellable; export_run.py), and earlier exports
(export_history.py); where the bundle goes is export_target.py's.

Pre-flight and export run in workers (app.services.export). A changed original blocks
the export and is named at the top; a cancelled export leaves no file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import CaseInfo
from app.core.enums import Language, Recipient
from app.core.errors import NotFound
from app.services.cases import CaseService
from app.services.export import (
    ExportOptions,
    Preflight,
    default_output,
    export_file_state,
    preflight,
    warm_bundle_font,
)
from app.views.shell.longlived import settle_long_lived
from app.views.tabs.export_history import ExportHistory
from app.views.tabs.export_parts import PreflightList
from app.views.tabs.export_run import ExportRun
from app.views.tabs.export_target import ExportTarget, documents_folder
from app.views.tabs.panel_base import CasePanel, error_text
from app.views.widgets import palette
from app.views.widgets.file_places import open_file, show_in_folder
from app.views.widgets.guards import if_alive
from app.views.widgets.labels import recipient_label
from app.views.widgets.workers import Job, WorkerRunner


class ExportPanel(CasePanel, ExportTarget, ExportRun):
    exported = Signal(object)  # BundleResult
    exportCancelled = Signal()
    exportFailed = Signal(object)  # the exception
    exportProgress = Signal(int, int, str)
    preflightDone = Signal(object)  # Preflight

    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(service, runner, parent)
        self.info: CaseInfo | None = None
        self.pre: Preflight | None = None
        self.output: Path | None = None
        self.output_chosen = False
        self._replace_ok: Path | None = None  # the user said "replace" for this file, for one export
        self.replace_box: QMessageBox | None = None
        self._status: tuple[str, dict[str, Any]] = ("", {})
        self.export_job: Job | None = None
        self.last_pdf: Path | None = None
        self._generation = 0
        self._export_pending = False  # Ctrl+E came before the pre-flight check finished
        self._font_warmed = False  # the bundle font is read ahead once, when the tab is first shown
        self._build()
        self.retranslate()
        self.reload()

    # ----- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.options_box = self._build_options()
        self.preflight_list = PreflightList()
        self.preflight_list.recheck_button.clicked.connect(self.run_preflight)
        run_row, done_row = self._build_run_rows()
        self.history = ExportHistory()
        top = QHBoxLayout()
        top.addWidget(self.options_box, 1)
        top.addWidget(self.preflight_list, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addLayout(top, 3)
        layout.addLayout(run_row)
        layout.addLayout(done_row)
        from app.views.tabs.documents_box import DocumentsBox

        self.documents = DocumentsBox(self.service, self.runner, self)
        layout.addWidget(self.documents)
        layout.addWidget(self.history, 2)
        self._set_running(False)

    def _build_options(self) -> QGroupBox:
        """The bundle's options: recipient, language, attachments, zip, authorisation, where to save it."""
        self.recipient, self.language = QComboBox(), QComboBox()
        for recipient in Recipient:
            self.recipient.addItem("", recipient.value)
        for language in Language:
            self.language.addItem("", language.value)
        self.language.currentIndexChanged.connect(lambda _: self.run_preflight())
        self.recipient.currentIndexChanged.connect(lambda _: self.run_preflight())  # Art. 10 is the regulator's
        self.attach, self.zip, self.authorisation = QCheckBox(), QCheckBox(), QCheckBox()
        self.path_edit = QLineEdit()
        # Typed text is read, never written back (writing Path(text) back ate every "/" as it was typed).
        self.path_edit.textEdited.connect(self._path_typed)
        self.path_note = QLabel()
        self.path_note.setWordWrap(True)
        self.path_note.setStyleSheet(palette.css("color: $MUTED;"))
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_output)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        path_cell = QVBoxLayout()
        path_cell.setSpacing(2)
        path_cell.addLayout(path_row)
        path_cell.addWidget(self.path_note)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(3)]
        self.form.addRow(self.labels[0], self.recipient)
        self.form.addRow(self.labels[1], self.language)
        self.form.addRow(self.attach)
        self.form.addRow(self.zip)
        self.form.addRow(self.authorisation)
        self.form.addRow(self.labels[2], path_cell)
        # Buddies: a screen reader says the label with the field, and the label's shortcut focuses it.
        for label, field in zip(self.labels, (self.recipient, self.language, self.path_edit), strict=True):
            label.setBuddy(field)
        box = QGroupBox()
        box.setLayout(self.form)
        return box

    def _build_run_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Export, draft, progress and cancel; under them the status line with Open PDF and Show in folder."""
        self.export_button, self.cancel_button = QPushButton(), QPushButton()
        self.export_button.setDefault(True)
        # A style sheet drops the style's own focus frame: the ring is drawn here, so Tab shows where it is.
        self.export_button.setStyleSheet(palette.css(
            "QPushButton { font-weight: bold; padding: 4px 18px; }"
            "QPushButton:focus { border: 2px solid $FOCUS; border-radius: 3px; padding: 2px 16px; }"))
        self.export_button.clicked.connect(self.start_export)
        self.draft_button = QPushButton()
        self.draft_button.clicked.connect(lambda: self.start_export(draft=True))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.bar = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button, self.folder_button = QPushButton(), QPushButton()
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button.clicked.connect(self.show_in_folder)
        run_row = QHBoxLayout()
        self.export_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        run_row.addWidget(self.export_button)
        run_row.addWidget(self.draft_button)
        run_row.addWidget(self.bar, 1)
        run_row.addWidget(self.cancel_button)
        run_row.addStretch(0)
        done_row = QHBoxLayout()
        done_row.addWidget(self.status, 1)
        done_row.addWidget(self.open_button)
        done_row.addWidget(self.folder_button)
        return run_row, done_row

    def retranslate(self) -> None:
        super().retranslate()
        self.options_box.setTitle(self.tr("Bundle"))
        labels = (self.tr("Send to:"), self.tr("Bundle language:"), self.tr("Save as:"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        for n in range(self.recipient.count()):
            self.recipient.setItemText(n, recipient_label(self.recipient.itemData(n)))
        self.language.setItemText(0, self.tr("Chinese"))
        self.language.setItemText(1, self.tr("English"))
        self.attach.setText(self.tr("Attach the original PDF files after their exhibit pages"))
        self.zip.setText(self.tr("Also save a ZIP with the PDF, all original files and a checksum list"))
        self.authorisation.setText(self.tr("Add a letter of authorisation (filed by an agent)"))
        self.authorisation.setToolTip(self.tr(
            "A 授权委托书 page for the consumer to sign, naming the agent from the case details: needed when "
            "someone else files the complaint (Art. 11 of the 2026 complaint measures)."))
        self.choose_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export PDF"))
        self.draft_button.setText(self.tr("Export draft"))
        self.draft_button.setToolTip(self.tr("Every page is marked 草稿 (draft): for checking, not for filing."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("Open PDF"))
        self.folder_button.setText(self.tr("Show in folder"))
        self.preflight_list.retranslate()
        self.history.retranslate()
        self.documents.retranslate()
        self._set_status(*self._status[:1], **self._status[1])
        self._show_path_note()
        if self.pre is not None:
            self.preflight_list.show_result(self.pre)

    # ----- the case -----------------------------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        if not self._font_warmed:
            # Parsing the bundle font (5 MB, pure Python in reportlab, ~80 ms) happens once per
            # process. Done in the background when this tab is first shown, the first export does
            # not start with it: there, next to the image workers, it kept the window from
            # repainting for 60-70 ms (bench/ui_stall_bench.py).
            self._font_warmed = True
            self.runner.run(lambda _progress, _cancelled: warm_bundle_font(),
                            on_done=lambda _result: settle_long_lived())
        if case_id != self.case_id:
            self.output_chosen = False
            self.last_pdf = None
            self._set_status("")
        super().set_case(case_id)

    def reload(self) -> None:
        self.info = None
        if self.case_id is not None:
            try:
                self.info = self.service.get_case(self.case_id)
            except NotFound as exc:
                self.show_error(exc)
        exports = list(self.info.exports) if self.info else []
        self.history.show_exports(exports)
        if exports:  # is each bundle still where it was written, as it was? (hashing: off the window's thread)
            self.runner.run(lambda _p, _c: {e.id: export_file_state(e) for e in exports},
                            on_done=if_alive(self, self.history.set_states))
        self.documents.set_case(self.case_id, self.info.data.title if self.info else "",
                                str(self.language.currentData() or "zh"))
        if self.info is not None and not self.output_chosen:
            self.output = default_output(documents_folder(), self.info.data.title)
            self.path_edit.setText(str(self.output))
        self._show_path_note()
        self.open_button.setVisible(self.last_pdf is not None)
        self.folder_button.setVisible(self.last_pdf is not None)
        self.run_preflight()

    def options(self, draft: bool = False) -> ExportOptions:
        zip_path = self.output.with_suffix(".zip") if self.output is not None and self.zip.isChecked() else None
        return ExportOptions(recipient=self.recipient.currentData(), lang=self.language.currentData(),
                             attach_originals=self.attach.isChecked(), zip_path=zip_path,
                             authorisation=self.authorisation.isChecked(), draft=draft)

    # ----- pre-flight -------------------------------------------------------------------------
    def run_preflight(self) -> None:
        self._generation += 1
        generation, case_id = self._generation, self.case_id
        self.pre = None
        self._update_export_button()
        if case_id is None:
            self.preflight_list.clear_result()
            return
        self.preflight_list.show_checking()
        options = self.options()

        def done(pre: Preflight) -> None:
            if generation == self._generation:
                self.pre = pre
                self.preflight_list.show_result(pre)
                self._update_export_button()
                self.preflightDone.emit(pre)
                if self._export_pending:
                    self._export_pending = False
                    self.start_export()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._export_pending = False
                self.preflight_list.show_error(error_text(exc))

        self.runner.run(lambda progress, cancelled: preflight(self.service, case_id, options, progress, cancelled),
                        on_done=done, on_error=failed, on_progress=self._preflight_progress(generation))

    def _preflight_progress(self, generation: int) -> Any:
        def show(done: int, total: int, _title: str) -> None:
            if generation == self._generation:
                self.preflight_list.show_checking(done, total)
        return show

    # ----- export: the run is ExportRun's (export_run.py) -------------------------------------
    def open_pdf(self) -> None:
        if self.last_pdf is not None:
            open_file(self.last_pdf)

    def show_in_folder(self) -> None:
        if self.last_pdf is not None:
            show_in_folder(self.last_pdf)
