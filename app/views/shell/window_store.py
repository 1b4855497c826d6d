"""The main window and its case store: opened in a worker after the first paint (the list's first page
read beside it), attached, or failing with a message; the actions that need it turned on with it."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from app.views.shell.longlived import settle_long_lived
from app.views.widgets.guards import if_alive

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStackedWidget

    from app.services.cases import CaseService
    from app.services.rule_check import RuleBook
    from app.views.shell.application import LazyReporter
    from app.views.shell.case_list import CaseListPanel
    from app.views.shell.crash_report import ErrorReporter
    from app.views.shell.main_window import MainWindow
    from app.views.shell.welcome import WelcomePage
    from app.views.widgets.workers import WorkerRunner


class StoreSide(QMainWindow):
    """Mixed into MainWindow (app/views/shell/main_window.py), whose attributes these are."""

    if TYPE_CHECKING:
        data_dir: Path
        runner: WorkerRunner
        reporter: ErrorReporter | LazyReporter | None
        service: CaseService | None
        rules: RuleBook | None
        case_id: int | None
        case_list: CaseListPanel
        stack: QStackedWidget
        commands: dict[str, QAction]
        store_ready: SignalInstance
        store_failed: SignalInstance

        def open_case(self, case_id: int, tab: str | None = None) -> None: ...
        @property
        def welcome(self) -> WelcomePage: ...

    def open_store(self) -> None:
        """Open (and if needed migrate) the case store in a worker; the window is already painted.

        Just before, the same worker reads the list's first page straight from the SQLite file
        (app.services.first_page): it shows while SQLAlchemy and the models are still loading."""
        data_dir = self.data_dir

        from app.views.shell.case_list_model import PAGE

        def first_page(_progress: object, _cancelled: object) -> object:
            from app.core.timeutil import now
            from app.services.first_page import first_page

            return first_page(data_dir, PAGE, now())

        def open_it(_progress: object, _cancelled: object) -> CaseService:
            # Imported here, in the worker: SQLAlchemy and the models take ~150 ms to import.
            from app.services.cases import CaseService

            return CaseService(data_dir, housekeeping=False)

        # First in the one-thread write queue: the store's imports then do not share the GIL with it.
        self.runner.run(first_page, write=True, on_done=if_alive(self.case_list, self.case_list.show_first_page))
        self.runner.run(open_it, write=True,
                        on_done=if_alive(self, lambda service: self.attach_service(service, in_turns=True)),
                        on_error=if_alive(self, self._store_error))

    def _store_error(self, exc: BaseException) -> None:
        from app.views.widgets.store_text import user_message

        message = user_message(exc)  # SchemaTooNew, a damaged database, a folder in the way: the user's to fix
        if message is not None:
            self.store_failed.emit(message)
        else:
            self.store_failed.emit(f"{type(exc).__name__}: {exc}")
            self.report(exc)

    def attach_service(self, service: CaseService, in_turns: bool = False) -> None:
        """Show the store's cases; with in_turns (a painted window), the welcome page and the
        rest in the event loop's next turn, so neither part keeps the window busy for long
        (together 30-55 ms: the Qt namespace's enums ~15, the table ~5, the welcome page ~8)."""

        from app.services.rule_check import rulebook_for

        self.service = service
        self.rules = rulebook_for(service.data_dir)
        self.case_list.attach(service, self.rules)  # the first page loads in a worker meanwhile
        if in_turns:
            QTimer.singleShot(0, if_alive(self, self._store_attached))
        else:
            self._store_attached()

    def _store_attached(self) -> None:
        assert self.service is not None
        service = self.service
        self._set_ready(True)
        from app.services.integrity import housekeeping

        self.runner.run(lambda _p, _c: housekeeping(service), write=True)
        from app.views.shell.agenda import note_due_since

        # Queued after housekeeping, which brings the deadline index up to date.
        note_due_since(cast("MainWindow", self))
        settle_long_lived()  # the store's modules and metadata
        self.store_ready.emit()
        chosen = self.__dict__.pop("_open_when_ready", None)
        if chosen is not None:
            self.open_case(*chosen)
        from app.views.shell.tabs_prebuild import prebuild_when_idle

        prebuild_when_idle(cast("MainWindow", self))

    def _set_ready(self, ready: bool) -> None:
        for key in ("new", "demo", "agenda", "archive_in", "joint"):
            self.commands[key].setEnabled(ready)
        if ready or "welcome" in self.__dict__:
            self.welcome.set_ready(ready)  # made here when the store opens
        self._update_case_actions()

    def _update_case_actions(self) -> None:
        for key in ("export", "archive_out", "trash"):
            self.commands[key].setEnabled(self.case_id is not None)

    def close_case(self) -> None:
        """No case open (it went to the trash): the welcome page, the case actions off."""
        self.case_id = None
        self.stack.setCurrentWidget(self.welcome)
        self.case_list.select_case(None)
        self._update_case_actions()

    def report(self, exc: BaseException) -> None:
        if self.reporter is not None:
            self.reporter.report_exception(exc)
        else:
            raise exc
