"""The case list and the other desks: every few seconds one cheap query (CaseService.change_stamp) tells
whether anything changed, at this desk or another, and the list is read again; the volunteers' names
for the filter and for assigning a case (its right-click menu)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.views.widgets.guards import if_alive

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QComboBox

    from app.views.shell.case_list_model import CaseListModel
    from app.views.widgets.workers import WorkerRunner

POLL_MS = 3000  # how soon another desk's change shows in the list
EVERYONE, MINE, NOBODY = "everyone", "mine", "nobody"  # the volunteer filter's first three entries


class DesksSide(QWidget):
    """Mixed into CaseListPanel (app/views/shell/case_list.py), whose attributes these are."""

    if TYPE_CHECKING:
        runner: WorkerRunner
        model: CaseListModel | None
        assignee: QComboBox
        shared: bool
        failed: SignalInstance
        _stamp: tuple[int, int] | None
        _polling: bool

        def refresh(self) -> None: ...
        def _fit_columns(self) -> None: ...

    def check_for_changes(self) -> None:
        """Ask the store (in a worker) whether anything changed; if so, read the list and the names again."""
        model = self.model
        if model is None or model.service is None or self._polling or (self._stamp is not None
                                                                         and not self.isVisible()):
            return
        self._polling = True
        svc = model.service
        self.runner.run(lambda _p, _c: (svc.change_stamp(), svc.volunteers()),
                        on_done=if_alive(self, self._polled), on_error=if_alive(self, self._poll_failed))

    def _polled(self, answer: tuple[tuple[int, int], list[str]]) -> None:
        self._polling = False
        stamp, names = answer
        self._set_volunteers(names)
        if self._stamp is not None and stamp != self._stamp:
            self.refresh()
        self._stamp = stamp

    def _poll_failed(self, _exc: BaseException) -> None:
        self._polling = False  # a server that went away: the next change or tick says so again

    def _set_volunteers(self, names: list[str]) -> None:
        shared = len(names) > 1 or self.assignee.currentData() not in (EVERYONE, None)
        if shared != self.shared:
            self.shared = shared
            self.assignee.setVisible(shared)
            self._fit_columns()
        known = [self.assignee.itemData(i) for i in range(3, self.assignee.count())]
        if known == names:
            return
        chosen = self.assignee.currentData()
        blocked = self.assignee.blockSignals(True)
        while self.assignee.count() > 3:
            self.assignee.removeItem(3)
        for name in names:
            self.assignee.addItem(name, name)
        found = self.assignee.findData(chosen)
        if found < 0:
            self.assignee.addItem(str(chosen), chosen)  # a name no case has any more stays chosen
            found = self.assignee.count() - 1
        self.assignee.setCurrentIndex(found)
        self.assignee.blockSignals(blocked)

    def assign(self, case_id: int, name: str) -> None:
        """Give the case to a volunteer ('' = nobody), then show the list again."""
        if self.model is None or self.model.service is None:
            return
        svc = self.model.service
        self.runner.run(lambda _p, _c: svc.assign_case(case_id, name), write=True,
                        on_done=if_alive(self, lambda _info: self.check_for_changes()),
                        on_error=if_alive(self, self.failed.emit))
