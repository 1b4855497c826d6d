"""Beside the evidence thumbnails: the checklist of expected kinds, the trash, and the undoable removal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoCommand
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

from app.core.domain import EvidenceInfo
from app.views.tabs.panel_base import EXPECTED_KINDS, fmt_datetime
from app.views.widgets.labels import kind_label

if TYPE_CHECKING:
    from app.views.tabs.evidence_panel import EvidencePanel

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2


class EvidenceChecklist(QGroupBox):
    """The kinds a complaint needs, ticked as evidence of each kind arrives."""

    addRequested = Signal(str)  # a kind: the user wants to add files of it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for kind in EXPECTED_KINDS:
            item = QListWidgetItem()
            item.setData(KIND_ROLE, kind)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # ticked by the evidence, not by hand
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        rows = self.list.sizeHintForRow(0) * len(EXPECTED_KINDS) + 2 * self.list.frameWidth() + 4
        self.list.setFixedHeight(max(rows, 100))
        self.list.itemDoubleClicked.connect(lambda item: self.addRequested.emit(item.data(KIND_ROLE)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.counts: dict[str, int] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Checklist for a complaint"))
        self.list.setToolTip(self.tr("Double-click a line to add files of that kind."))
        self._texts()

    def set_kinds(self, kinds: Sequence[str]) -> None:
        self.counts = {k: list(kinds).count(k) for k in EXPECTED_KINDS}
        for n in range(self.list.count()):
            item = self.list.item(n)
            have = self.counts.get(item.data(KIND_ROLE), 0) > 0
            item.setCheckState(Qt.CheckState.Checked if have else Qt.CheckState.Unchecked)
        self._texts()

    def _texts(self) -> None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            kind = item.data(KIND_ROLE)
            count = self.counts.get(kind, 0)
            text = kind_label(kind)
            item.setText(f"{text} ({count})" if count else self.tr("{kind} — missing").format(kind=text))

    def is_ticked(self, kind: str) -> bool:
        return any(self.list.item(n).data(KIND_ROLE) == kind
                   and self.list.item(n).checkState() == Qt.CheckState.Checked for n in range(self.list.count()))


class TrashList(QWidget):
    """Removed evidence of the case; restore puts an item back where it was in the bundle."""

    restoreRequested = Signal(int, str)  # id, title

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemDoubleClicked.connect(lambda item: self._restore(item))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr("Removed evidence stays in the store and is left out of the bundle. "
                                  "Restore an item to put it back."))
        self.restore_button.setText(self.tr("Restore selected"))

    def set_items(self, items: list[EvidenceInfo]) -> None:
        self.list.clear()
        for e in sorted(items, key=lambda e: e.trashed_at or e.imported_at, reverse=True):
            line = self.tr("{title} ({kind}) — removed {when}").format(
                title=e.title, kind=kind_label(e.kind), when=fmt_datetime(e.trashed_at))
            item = QListWidgetItem(line)
            item.setData(ID_ROLE, e.id)
            item.setData(TITLE_ROLE, e.title)
            self.list.addItem(item)

    def count(self) -> int:
        return self.list.count()

    def ids(self) -> list[int]:
        return [int(self.list.item(n).data(ID_ROLE)) for n in range(self.list.count())]

    def restore_selected(self) -> None:
        for item in self.list.selectedItems():
            self._restore(item)

    def _restore(self, item: QListWidgetItem) -> None:
        self.restoreRequested.emit(int(item.data(ID_ROLE)), str(item.data(TITLE_ROLE)))


class TrashCommand(QUndoCommand):
    """Remove an item to the trash (or restore it); undo does the opposite."""

    def __init__(self, panel: EvidencePanel, evidence_id: int, title: str, restore: bool) -> None:
        super().__init__()
        self.panel, self.evidence_id, self.restore = panel, evidence_id, restore
        if restore:
            self.setText(QCoreApplication.translate("TrashCommand", "Restore “{title}”").format(title=title))
        else:
            self.setText(QCoreApplication.translate("TrashCommand", "Remove “{title}”").format(title=title))

    def redo(self) -> None:
        self.panel.set_trashed(self.evidence_id, not self.restore)

    def undo(self) -> None:
        self.panel.set_trashed(self.evidence_id, self.restore)
