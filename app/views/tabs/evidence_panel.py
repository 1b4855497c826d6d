"""证据 tab: the evidence of one case as thumbnails in bundle order.

Add by file dialog, drop or paste (evidence_adding.py); edit, reorder by dragging (evidence_order.py),
view, and remove to a trash with undo. Imports and thumbnails run in workers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QHideEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import CaseInfo, EvidenceInfo
from app.core.errors import NotFound
from app.evidence.pdfium_lock import PDFIUM_LOCK
from app.services.cases import CaseService
from app.views.tabs.evidence_adding import EvidenceAdding, local_paths
from app.views.tabs.evidence_editor import EvidenceEditor
from app.views.tabs.evidence_model import ID_ROLE, EvidenceDelegate, EvidenceListModel
from app.views.tabs.evidence_order import EvidenceOrdering
from app.views.tabs.evidence_side import EvidenceChecklist, TrashCommand, TrashList
from app.views.tabs.evidence_viewer import EvidenceViewer
from app.views.tabs.import_progress import ImportProgress
from app.views.tabs.panel_base import CasePanel, category_of
from app.views.tabs.reading_bar import EvidenceSearch, ReadingBar
from app.views.widgets.workers import Job, WorkerRunner

THUMB_MAX_SIDE = 320


class EvidencePanel(CasePanel, EvidenceOrdering, EvidenceAdding):
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
        side_area = self._build_side()
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

    def _build_side(self) -> QScrollArea:
        """Beside the thumbnails: the checklist of evidence kinds and the selected item's editor."""
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
        return side_area

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

    # ----- adding (the work is EvidenceAdding's) ----------------------------------------
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
