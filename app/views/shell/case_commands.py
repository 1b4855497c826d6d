"""Case menu and the case list's right-click menu: move a case to the trash, restore it, delete it for good.

A case in the trash keeps everything and can be restored; both are written to its audit log. Deleting a
trashed case asks first, and says how many originals only it holds (they can go with it) and how many
other cases share (always kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.views.widgets.guards import if_alive

if TYPE_CHECKING:
    from app.services.erase import EraseReport
    from app.views.shell.main_window import MainWindow
    from app.views.widgets.workers import Job


class CaseTrash(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.delete_box: QMessageBox | None = None

    def trash(self, case_id: int | None = None) -> Job | None:
        """Move a case (the open one by default) to the trash."""
        window = self.window
        service, case_id = window.service, case_id if case_id is not None else window.case_id
        if service is None or case_id is None:
            return None
        from app.services.case_trash import trash_case

        title = service.get_case(case_id).data.title
        return window.runner.run(lambda _p, _c: trash_case(service, case_id), write=True,
                                 on_done=if_alive(window, lambda _r: self._trashed(case_id, title)),
                                 on_error=if_alive(window, window.action_failed))

    def _trashed(self, case_id: int, title: str) -> None:
        window = self.window
        if window.case_id == case_id:
            window.close_case()
        window.case_list.refresh()
        window.status.setText(self.tr("“%1” is in the trash. Choose Trash in the status list to restore it.")
                              .replace("%1", title))

    def restore(self, case_id: int) -> Job | None:
        window = self.window
        service = window.service
        if service is None:
            return None
        from app.services.case_trash import trash_case

        def done(_result: object) -> None:
            window.case_list.refresh()
            window.status.setText(self.tr("The case is back in the list."))

        return window.runner.run(lambda _p, _c: trash_case(service, case_id, restore=True), write=True,
                                 on_done=if_alive(window, done), on_error=if_alive(window, window.action_failed))

    def ask_delete(self, case_id: int) -> QMessageBox | None:
        """Delete a trashed case for good: a question first, naming what goes and what stays."""
        window = self.window
        service = window.service
        if service is None:
            return None
        from app.services.case_trash import deletion_plan

        plan = deletion_plan(service, case_id)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete the case for good?"),
                          self.tr("“%1” and its records will be deleted; this cannot be undone.\n\n"
                                  "%2 original file(s) belong to this case only. %3 are shared with other cases "
                                  "and stay.").replace("%1", plan.title).replace("%2", str(len(plan.own_originals)))
                          .replace("%3", str(plan.shared_originals)), QMessageBox.StandardButton.NoButton, window)
        with_files = box.addButton(self.tr("Delete the case and its own originals"),
                                   QMessageBox.ButtonRole.DestructiveRole)
        keep_files = box.addButton(self.tr("Delete the case, keep the originals"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked in (with_files, keep_files):
                self.delete(case_id, remove_originals=clicked is with_files)

        box.finished.connect(answered)
        self.delete_box = box
        box.open()
        return box

    def delete(self, case_id: int, *, remove_originals: bool) -> Job | None:
        window = self.window
        service = window.service
        if service is None:
            return None
        from app.services.case_trash import delete_case

        def done(report: EraseReport) -> None:
            window.case_list.refresh()
            window.status.setText(self.tr("“%1” was deleted, with its records, text and redactions; %2 original(s) "
                                          "removed, %3 kept. Bundles and archives you exported are files of their "
                                          "own: delete them where you saved them.").replace("%1", report.title)
                                  .replace("%2", str(report.originals_removed))
                                  .replace("%3", str(report.originals_kept + report.originals_shared)))

        return window.runner.run(lambda _p, _c: delete_case(service, case_id, remove_originals=remove_originals),
                                 write=True, on_done=if_alive(window, done),
                                 on_error=if_alive(window, window.action_failed))
