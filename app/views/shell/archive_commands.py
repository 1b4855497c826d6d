"""Case menu: hand a case over as a .zip and take one in (what `archive export/import` do).

A consumer sends their case to a legal-aid volunteer this way: case.json, the originals and a
SHA-256 manifest (app/services/case_archive.py), encrypted with a password unless the user turns it
off. Importing checks every hash and refuses unsafe archives; the
case arrives as a new one, with its evidence, and opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.views.widgets.file_dialogs import dialog_options
from app.views.widgets.guards import if_alive

if TYPE_CHECKING:
    from app.services.case_archive import ArchiveAlreadyHere
    from app.views.shell.main_window import MainWindow
    from app.views.widgets.workers import Job


class CaseArchives(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # ----- out --------------------------------------------------------------------------------
    def choose_export(self) -> None:
        from app.services.export import default_output
        from app.views.shell.archive_password import ArchivePasswordDialog
        from app.views.tabs.export_panel import documents_folder

        window = self.window
        if window.service is None or window.case_id is None:
            return
        dialog = ArchivePasswordDialog(window)
        if dialog.exec() != ArchivePasswordDialog.DialogCode.Accepted:
            return
        password = dialog.password()
        title = window.service.get_case(window.case_id).data.title
        start = default_output(documents_folder(), title, "案件包", ".zip")
        name, _filter = QFileDialog.getSaveFileName(window, self.tr("Save the case archive as"), str(start),
                                                    self.tr("Case archives (*.zip)"), "", dialog_options())
        if name:
            path = Path(name)
            # The save dialog asked before replacing the name it shows; not a name with .zip added.
            target = path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")
            self.export_to(target, force=target == path, password=password)

    def export_to(self, path: Path, force: bool = False, password: str | None = None) -> Job | None:
        window = self.window
        service, case_id = window.service, window.case_id
        if service is None or case_id is None:
            return None
        from app.services.case_archive import export_archive

        window.status.setText(self.tr("Writing the case archive…"))
        return window.runner.run(lambda _p, _c: export_archive(service, case_id, path, force=force,
                                                               password=password),
                                 on_done=if_alive(window, self._exported),
                                 on_error=if_alive(window, window.action_failed))

    def _exported(self, path: Path) -> None:
        from app.services.archive_zip import is_encrypted

        text = self.tr("Encrypted case archive saved: %1") if is_encrypted(path) else self.tr("Case archive saved: %1")
        self.window.status.setText(text.replace("%1", str(path)))

    # ----- in ---------------------------------------------------------------------------------
    def choose_import(self) -> None:
        from app.views.tabs.export_panel import documents_folder

        name, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Open a case archive"),
                                                    str(documents_folder()), self.tr("Case archives (*.zip)"),
                                                    "", dialog_options())
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path, password: str | None = None, *, wrong: bool = False,
                    as_copy: bool = False) -> Job | None:
        """Import an archive; an encrypted one asks for its password (again, after a wrong one)."""
        from app.services.archive_zip import is_encrypted
        from app.services.case_archive import import_archive

        window = self.window
        service = window.service
        if service is None:
            return None
        if password is None and is_encrypted(path):
            from app.views.shell.archive_password import ask_archive_password

            password = ask_archive_password(window, path.name, wrong)
            if password is None:
                window.status.setText(self.tr("Import cancelled: the archive is encrypted."))
                return None
        window.status.setText(self.tr("Checking and importing the case archive…"))
        return window.runner.run(lambda _p, _c: import_archive(service, path, password=password, as_copy=as_copy),
                                 write=True,
                                 on_done=if_alive(window, self._imported),
                                 on_error=if_alive(window,
                                                   lambda exc: self._import_failed(path, exc, password, as_copy)))

    def _import_failed(self, path: Path, exc: BaseException, password: str | None = None,
                       as_copy: bool = False) -> None:
        from app.services.archive_zip import WrongPassword
        from app.services.case_archive import ArchiveAlreadyHere

        if isinstance(exc, WrongPassword):
            self.window.status.setText("")
            self.import_from(path, wrong=True, as_copy=as_copy)  # asks again; Cancel ends it
            return
        if isinstance(exc, ArchiveAlreadyHere):
            self.ask_open_existing(path, exc, password)
            return
        self.window.action_failed(exc)
    def ask_open_existing(self, path: Path, found: ArchiveAlreadyHere, password: str | None = None) -> QMessageBox:
        """The archive's case is already here: open it (the default), import a copy anyway, or cancel."""
        window = self.window
        window.status.setText("")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("This case is already here"),
                          self.tr("The archive holds “%1”, which is already in your cases.").replace("%1", found.title),
                          QMessageBox.StandardButton.NoButton, window)
        open_it = box.addButton(self.tr("Open it"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(self.tr("Import a copy"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_it)

        def answered(_result: int) -> None:
            if box.clickedButton() is open_it:
                window.open_case(found.case_id, "overview")
            elif box.clickedButton() is copy:
                self.import_from(path, password, as_copy=True)

        box.finished.connect(answered)
        self.already_box = box
        box.open()
        return box

    def _imported(self, case_id: int) -> None:
        window = self.window
        window.case_list.refresh()
        window.open_case(case_id, "overview")
        window.status.setText(self.tr("The case archive was checked and imported as a new case."))
