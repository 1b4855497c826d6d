"""The bundle order of the evidence tab: drag, Alt+↑/↓, sort by kind, each undoable, and the
thumbnails' right-click menu (the same actions as the keyboard)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand

from app.views.tabs.evidence_model import ID_ROLE
from app.views.tabs.panel_base import KIND_ORDER

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView

    from app.views.tabs.evidence_panel import EvidencePanel


translate = QCoreApplication.translate  # in the panel's context: its texts are EvidencePanel's


class ReorderCommand(QUndoCommand):
    """A new bundle order (sort by kind, Alt+↑/↓); undo puts the old one back."""

    def __init__(self, panel: EvidencePanel, before: list[int], after: list[int], text: str) -> None:
        super().__init__(text)
        self.panel, self.before, self.after = panel, list(before), list(after)

    def redo(self) -> None:
        self.panel.apply_order(self.after)

    def undo(self) -> None:
        self.panel.apply_order(self.before)


class EvidenceOrdering:
    """Mixed into EvidencePanel (which has view, model, undo_stack, service, case_id, run_write)."""

    actions_: dict[str, QAction]

    def make_order_actions(self: Any, view: QListView) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.actions_ = {}
        for key, shortcut, slot in (
                ("open", "Return", self._open_current), ("up", "Alt+Up", lambda: self.move_selected(-1)),
                ("down", "Alt+Down", lambda: self.move_selected(1)), ("sort", "", self.group_by_kind),
                ("remove", QKeySequence.StandardKey.Delete, self.remove_selected)):
            action = QAction(view)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            view.addAction(action)
            self.actions_[key] = action
            if key == "sort":
                separator = QAction(view)
                separator.setSeparator(True)
                view.addAction(separator)

    def retranslate_order_actions(self) -> None:
        texts = {"open": translate("EvidencePanel", "Open"),
                 "up": translate("EvidencePanel", "Move up (Alt+↑)"),
                 "down": translate("EvidencePanel", "Move down (Alt+↓)"),
                 "sort": translate("EvidencePanel", "Sort by kind"),
                 "remove": translate("EvidencePanel", "Remove (Delete)")}
        for key, text in texts.items():
            self.actions_[key].setText(text)

    def _open_current(self: Any) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_viewer(int(index.data(ID_ROLE)))

    def move_selected(self: Any, step: int) -> None:
        """Alt+↑ / Alt+↓: the selected items one place earlier or later in the bundle (undoable)."""
        ids = self.selected_ids()
        order = self.model.ids()
        if not ids or self.case_id is None:
            return
        rows = sorted(order.index(i) for i in ids)
        if (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == len(order) - 1):
            return
        new = list(order)
        for row in (rows if step < 0 else reversed(rows)):
            new[row], new[row + step] = new[row + step], new[row]
        current = self.view.currentIndex().data(ID_ROLE)
        self.undo_stack.push(ReorderCommand(self, order, new, translate("EvidencePanel", "Move")))
        self._select_ids(ids, current)

    def _select_ids(self: Any, ids: list[int], current: int | None) -> None:
        selection = self.view.selectionModel()
        blocked = selection.blockSignals(True)
        selection.clearSelection()
        for evidence_id in ids:
            selection.select(self.model.index(self.model.row_of(evidence_id)),
                             QItemSelectionModel.SelectionFlag.Select)
        if current is not None:
            selection.setCurrentIndex(self.model.index(self.model.row_of(int(current))),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(blocked)

    def apply_order(self: Any, ids: list[int]) -> None:
        """Used by ReorderCommand: show and store a bundle order."""
        case_id = self.case_id
        if case_id is None:
            return
        by_id = {e.id: e for e in self.model.items()}
        self.model.set_items([replace(by_id[i], position=n) for n, i in enumerate(ids, start=1) if i in by_id])
        self.run_write(lambda: self.service.reorder_evidence(case_id, ids), reload=False)

    def _store_order(self: Any, ids: list[int]) -> None:
        """A drag moved rows in the model: store the order it shows."""
        case_id = self.case_id
        if case_id is not None:
            self.run_write(lambda: self.service.reorder_evidence(case_id, ids), reload=False)

    def group_by_kind(self: Any) -> None:
        rank = {k.value: n for n, k in enumerate(KIND_ORDER)}
        # Stable within a kind: the order shown (positions may be stale right after a drag).
        shown = list(enumerate(self.model.items()))
        order = [e.id for _row, e in sorted(shown, key=lambda pair: (rank.get(pair[1].kind, len(rank)), pair[0]))]
        if self.case_id is not None and order != self.model.ids():
            # Undoable: it replaces an order the user may have set by hand.
            text = translate("EvidencePanel", "Sort by kind")
            self.undo_stack.push(ReorderCommand(self, self.model.ids(), order, text))
