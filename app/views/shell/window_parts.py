"""The main window's parts made when first needed: the welcome page, the case tabs, the due notice,
the to-do dialog, the trash and archive commands (each cost the first paint time it need not spend)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QMainWindow, QWidget

from app.views.shell.longlived import settle_long_lived
from app.views.widgets.i18n import rules_lang

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

    from app.core.settings import Settings
    from app.services.cases import CaseService
    from app.services.rule_check import RuleBook
    from app.views.shell.agenda import AgendaDialog, DueNotice
    from app.views.shell.archive_commands import CaseArchives
    from app.views.shell.case_commands import CaseTrash
    from app.views.shell.case_list import CaseListPanel
    from app.views.shell.main_window import MainWindow
    from app.views.shell.welcome import WelcomePage
    from app.views.shell.wizard import NewCaseWizard
    from app.views.tabs.case_tabs import CaseTabs, PanelFactory
    from app.views.widgets.workers import WorkerRunner


class WindowParts(QMainWindow):
    """Mixed into MainWindow (app/views/shell/main_window.py), whose attributes these are."""

    if TYPE_CHECKING:
        runner: WorkerRunner
        settings: Settings
        service: CaseService | None
        rules: RuleBook | None
        case_id: int | None
        case_list: CaseListPanel
        stack: QStackedWidget
        central_layout: QVBoxLayout
        panel_factories: Mapping[str, PanelFactory] | None

        def open_case(self, case_id: int, tab: str | None = None) -> None: ...
        def new_case(self) -> NewCaseWizard | None: ...
        def open_demo(self) -> None: ...

    @cached_property
    def welcome(self) -> WelcomePage:
        """The empty state (what the app does, New case, Open example case), made when the store opens.

        Both its buttons need the store, and its text in four sizes cost the first paint ~10 ms
        (new font engines, CJK glyphs rasterised at each size): until the store is open the
        right side stays empty and the list says it is opening.
        """
        from app.views.shell.welcome import WelcomePage

        welcome = WelcomePage(self.stack)
        welcome.set_ready(self.service is not None)
        self.stack.insertWidget(0, welcome)
        if self.case_id is None:
            self.stack.setCurrentWidget(welcome)
        welcome.new_case.connect(self.new_case)
        welcome.open_demo.connect(self.open_demo)
        return welcome

    @cached_property
    def tabs(self) -> CaseTabs:
        """The open case's tabs; their panels are made in idle turns once the store is open, or
        all at once when a case opens before that (see build_tabs)."""
        from app.views.tabs.case_tabs import CaseTabs, default_panels

        assert self.service is not None and self.rules is not None, "the tabs come with the store"
        tabs = CaseTabs(self.stack, self.panel_factories or default_panels(), self.service, self.runner, self.rules)
        self.stack.addWidget(tabs)
        tabs.changed.connect(lambda _key: self.case_list.refresh())
        tabs.set_rules_language(rules_lang(self.settings.language))
        return tabs

    def build_tabs(self) -> CaseTabs:
        """Every tab panel made (a case is opening, or a command needs a panel)."""
        tabs = self.tabs
        if not tabs.complete:
            tabs.build_all()
            settle_long_lived()  # the tabs' modules and widgets
        return tabs

    @cached_property
    def due_notice(self) -> DueNotice:
        """What fell due since the app was last opened: a line above the cases, made when there is any."""
        from app.views.shell.agenda import DueNotice

        notice = DueNotice(self)
        notice.show_agenda.connect(self.open_agenda)
        self.central_layout.insertWidget(0, notice)
        return notice

    def open_agenda(self) -> AgendaDialog | None:
        """待办: the pending deadlines of every case in the coming two weeks."""
        if self.service is None:
            return None
        from app.views.shell.agenda import AgendaDialog

        dialog = AgendaDialog(self.service, self.runner, rules_lang(self.settings.language), self)
        dialog.open_case.connect(lambda case_id: self.open_case(case_id, "complaints"))
        dialog.show()
        return dialog

    @cached_property
    def trash(self) -> CaseTrash:
        from app.views.shell.case_commands import CaseTrash

        return CaseTrash(cast("MainWindow", self))

    @cached_property
    def archives(self) -> CaseArchives:
        from app.views.shell.archive_commands import CaseArchives

        return CaseArchives(cast("MainWindow", self))

    @property
    def panels(self) -> dict[str, QWidget]:
        """The tab panels by key (none until the first case opens)."""
        return self.tabs.panels if "tabs" in self.__dict__ else {}
