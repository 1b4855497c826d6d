"""证据 tab: the evidence of one case as thumbnails in bundle order.

Add by file dialog, drop or paste; edit, reorder by dragging, view, and remove to
a trash with undo. Imports and thumbnails run in workers.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QHideEvent,
    QImage,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import CaseInfo, EvidenceInfo
from app.core.errors import ImportRejected, NotFound
from app.core.timeutil import now
from app.evidence.pdfium_lock import PDFIUM_LOCK
from app.services.cases import CaseService
from app.views.tabs.evidence_editor import EvidenceEditor
from app.views.tabs.evidence_model import ID_ROLE, EvidenceDelegate, EvidenceListModel
from app.views.tabs.evidence_order import EvidenceOrdering
from app.views.tabs.evidence_side import EvidenceChecklist, TrashCommand, TrashList
from app.views.tabs.evidence_viewer import EvidenceViewer
from app.views.tabs.import_progress import ImportProgress
from app.views.tabs.panel_base import CasePanel, category_of
from app.views.tabs.reading_bar import EvidenceSearch, ReadingBar
from app.views.widgets.file_dialogs import dialog_options
from app.views.widgets.reasons import rejected_text
from app.views.widgets.workers import Job, WorkerRunner

if TYPE_CHECKING:
    from app.services.evidence_import import ImportReport

THUMB_MAX_SIDE = 320


def local_paths(urls: list[Any]) -> list[Path]:
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile()]


def paste_name() -> str:
    return f"剪贴板截图-{now().strftime('%Y%m%d-%H%M%S')}.png"


class EvidencePanel(CasePanel, EvidenceOrdering):
    imported = Signal(object)  # the ImportReport, after the store changed

    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(service, runner, parent)
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        self.model = EvidenceListModel(self)
        self.model.orderChanged.connect(self._store_order)
        self.model.filesDropped.connect(lambda paths: self.add_files([Path(p) for p in paths]))
        self.import_jobs: list[Job] = []
        self._thumb_job: Job | None = None
        self._build()
        self.retranslate()
        self.reload()

    # ----- layout -------------------------------------------------------------
    def _build(self) -> None:
        self.add_button, self.paste_button = QPushButton(), QPushButton()
        self.group_button, self.undo_button = QPushButton(), QPushButton()
        self.trash_button = QPushButton()
        self.trash_button.setCheckable(True)
        self.add_button.clicked.connect(lambda: self.choose_files())
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        self.group_button.clicked.connect(self.group_by_kind)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.indexChanged.connect(self._undo_changed)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.view = self._make_view()
        self.trash = TrashList()
        self.trash.restoreRequested.connect(lambda i, t: self.undo_stack.push(TrashCommand(self, i, t, True)))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.trash)
        self.trash_button.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        self.checklist = EvidenceChecklist()
        self.checklist.addRequested.connect(lambda kind: self.choose_files(kind))
        self.editor = EvidenceEditor()
        self.editor.saveRequested.connect(self._save_item)
        self.editor.viewRequested.connect(self.open_viewer)
        self.editor.removeRequested.connect(self.remove)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.checklist)
        side_layout.addWidget(self.editor, 1)
        # The checklist and the editor scroll rather than make the window taller than a 1024×700 screen.
        side_area = QScrollArea()
        side_area.setWidgetResizable(True)
        side_area.setFrameShape(QFrame.Shape.NoFrame)
        side_area.setWidget(side)
        side_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # never cut sideways:
        side_area.setMinimumWidth(side.minimumSizeHint().width() + side_area.verticalScrollBar().sizeHint().width())
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(side_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 360])
        self.progress = ImportProgress()
        self.progress.cancelRequested.connect(self.cancel_imports)
        self.reading = ReadingBar(self.service, self.runner)
        self.reading.reviewRequested.connect(self.review_facts)
        self.reading.readingDone.connect(lambda _case: self.changed.emit())
        self.evidence_search = EvidenceSearch(self.service, self.runner)
        self.evidence_search.hitOpened.connect(self.open_hit)
        tools = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.group_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.evidence_search, 2)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addLayout(tools)
        layout.addWidget(self.evidence_search.hits)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.reading)

    def _make_view(self) -> QListView:
        view = QListView()
        view.setModel(self.model)
        view.setItemDelegate(EvidenceDelegate(view))
        # List mode flowing left to right: a grid of tiles whose drops move rows in the model.
        view.setViewMode(QListView.ViewMode.ListMode)
        view.setFlow(QListView.Flow.LeftToRight)
        view.setWrapping(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setUniformItemSizes(True)
        view.setSpacing(4)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.setDropIndicatorShown(True)
        view.doubleClicked.connect(lambda index: self.open_viewer(int(index.data(ID_ROLE))))
        view.selectionModel().currentChanged.connect(self._current_changed)
        self.make_order_actions(view)
        return view

    def retranslate(self) -> None:
        super().retranslate()
        self.add_button.setText(self.tr("Add files…"))
        self.paste_button.setText(self.tr("Paste screenshot"))
        self.paste_button.setToolTip(self.tr("Add the picture or files on the clipboard (Ctrl+V)."))
        self.group_button.setText(self.tr("Sort by kind"))
        self.retranslate_order_actions()
        self.group_button.setToolTip(self.tr("Put the evidence in the bundle in kind order: purchase, contract, "
                                             "payment, chat, promotion, refund, other."))
        self.hint.setText(self.tr("Drag files or folders here, or paste a screenshot. Drag the thumbnails to set "
                                  "their order in the bundle; double-click one to view it."))
        self.view.setAccessibleName(self.tr("Evidence, in bundle order"))
        self.editor.retranslate()
        self.checklist.retranslate()
        self.trash.retranslate()
        self.progress.retranslate()
        self.reading.retranslate()
        self.evidence_search.retranslate()
        self.view.viewport().update()  # kind tags are painted in the current language
        self._update_undo()

    def _undo_changed(self, _index: int) -> None:
        # QUndoStack.clear() in its destructor signals while the panel is being torn down.
        if shiboken6.isValid(self.undo_stack) and shiboken6.isValid(self.undo_button):
            self._update_undo()

    def _update_undo(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.undo_button.setToolTip(self.undo_stack.undoText())
        self.trash_button.setText(self.tr("Trash ({count})").format(count=self.trash.count()))

    # ----- showing the case -----------------------------------------------------
    def set_case(self, case_id: int | None) -> None:
        self.flush_edits()  # the edits of the case being left go to that case
        if case_id != self.case_id:
            self.undo_stack.clear()
            self.trash_button.setChecked(False)
            self.evidence_search.set_case(case_id)
            self.reading.start(case_id)  # what earlier imports or an older engine left unread
        super().set_case(case_id)

    def reload(self) -> None:
        info = self._load()
        selected = self.editor.item.id if self.editor.item else None
        items = [e for e in info.evidence if e.trashed_at is None] if info else []
        self.model.set_items(items)
        self.trash.set_items([e for e in info.evidence if e.trashed_at is not None] if info else [])
        self.checklist.set_kinds(info.evidence_kinds if info else [])
        for widget in (self.add_button, self.paste_button, self.group_button, self.trash_button):
            widget.setEnabled(info is not None)
        self.setAcceptDrops(info is not None)
        row = self.model.row_of(selected) if selected is not None else -1
        if row >= 0:
            self._reselecting = True  # the same item again: nothing is being left
            self.view.setCurrentIndex(self.model.index(row))
            self._reselecting = False
        self.editor.set_item(self.model.item_at(row))  # keeps what was typed since the last save
        self._update_undo()
        self._make_thumbnails(items)

    def _load(self) -> CaseInfo | None:
        if self.case_id is None:
            return None
        try:
            return self.service.get_case(self.case_id, with_trashed=True)
        except NotFound as exc:
            self.show_error(exc)
            return None

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        # Leaving an item saves its edits; a refused field (a title too long) keeps you on it.
        if getattr(self, "_reselecting", False) or not shiboken6.isValid(self.model):
            return
        if not self.editor.save() and previous.isValid():
            row = previous.row()
            QTimer.singleShot(0, self, lambda: self.view.setCurrentIndex(self.model.index(row)))
            return
        self.editor.set_item(self.model.item_at(current.row()) if current.isValid() else None)

    def flush_edits(self) -> None:
        """Store the open item's edits now (another tab or case, the window closing)."""
        if shiboken6.isValid(self.editor) and self.case_id is not None:
            self.editor.save()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_edits()
        super().hideEvent(event)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.ids()[r] for r in rows]

    # ----- thumbnails -------------------------------------------------------------
    def _make_thumbnails(self, items: list[EvidenceInfo]) -> None:
        if self._thumb_job is not None:
            self._thumb_job.cancel()
        todo = [(e.id, e.sha256, self.service.original_path(e), category_of(e.media_type), e.orientation)
                for e in items if not self.model.has_thumbnail(e.id) and category_of(e.media_type) in ("image", "pdf")]
        if not todo:
            self._thumb_job = None
            return
        thumbs_dir = self.service.thumbs_dir

        def work(progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]) -> None:
            from app.evidence.thumbnails import cached_thumbnail  # Pillow and PDFium load here, not on the UI thread

            for eid, sha, source, category, orientation in todo:
                if cancelled():
                    return
                if category == "pdf":
                    with PDFIUM_LOCK:
                        path = cached_thumbnail(thumbs_dir, sha, source, category, THUMB_MAX_SIDE, orientation)
                else:
                    path = cached_thumbnail(thumbs_dir, sha, source, category, THUMB_MAX_SIDE, orientation)
                if path is not None:
                    # The progress label carries "id<TAB>path": the signal is how results reach the UI thread.
                    progress(eid, len(todo), f"{eid}\t{path}")

        self._thumb_job = self.runner.run(work, on_progress=self._thumbnail_ready)

    def _thumbnail_ready(self, _eid: int, _total: int, label: str) -> None:
        eid, _tab, path = label.partition("\t")
        self.model.set_thumbnail(int(eid), Path(path))

    # ----- adding ---------------------------------------------------------------------
    def choose_files(self, kind: str | None = None) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"), "", "", "",
                                                      dialog_options())
        if names:
            self.add_files([Path(n) for n in names], kind=kind)

    def add_files(self, paths: list[Path], kind: str | None = None) -> Job | None:
        """Import files and folders into the current case in the background."""
        if self.case_id is None or not paths:
            return None
        return self._start_import(lambda: list(paths), kind, None)

    def paste_from_clipboard(self) -> None:
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
            self.show_error(self.tr("The clipboard holds no picture and no files to add."))
            return
        folder = Path(tempfile.mkdtemp(prefix="refund-paste-"))
        target = folder / paste_name()
        picture = QImage(image)

        def save() -> list[Path]:
            if not picture.save(str(target)):
                raise OSError(f"cannot write {target}")
            return [target]

        self._start_import(save, None, folder)

    def _start_import(self, paths: Callable[[], list[Path]], kind: str | None, temp: Path | None) -> Job:
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

    def cancel_imports(self) -> None:
        for job in self.import_jobs:
            job.cancel()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case_id is not None and local_paths(list(event.mimeData().urls())):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(list(event.mimeData().urls()))
        if self.case_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # ----- editing, ordering, viewing, removing ------------------------------------------
    def _save_item(self, evidence_id: int, fields: dict[str, object]) -> None:
        self.run_write(lambda: self.service.update_evidence(evidence_id, **fields))

    def open_viewer(self, evidence_id: int) -> EvidenceViewer | None:
        row = self.model.row_of(evidence_id)
        item = self.model.item_at(row)
        if item is None:
            return None
        viewer = EvidenceViewer(self.service, self.runner, item, self)
        viewer.redacted.connect(lambda _item: self.reload())  # the item's redaction changed
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    def open_hit(self, evidence_id: int, marks: tuple[list[tuple[int, int, int, int]], int]) -> None:
        """A search hit: the item, with the lines that hold the words highlighted."""
        viewer = self.open_viewer(evidence_id)
        if viewer is not None:
            viewer.highlight(*marks)

    def review_facts(self, case_id: int) -> None:
        from app.views.tabs.fact_proposals import review_facts

        review_facts(self, case_id)

    def remove(self, evidence_id: int) -> None:
        item = self.model.item_at(self.model.row_of(evidence_id))
        if item is not None:
            self.undo_stack.push(TrashCommand(self, item.id, item.title, False))

    def remove_selected(self) -> None:
        for evidence_id in self.selected_ids():
            self.remove(evidence_id)

    def set_trashed(self, evidence_id: int, trashed: bool) -> None:
        """Used by TrashCommand: move to the trash or back."""
        self.run_write(lambda: self.service.trash_evidence(evidence_id, restore=not trashed))
