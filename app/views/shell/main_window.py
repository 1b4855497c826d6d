"""The main window: the case list on the left, the open case in tabs on the right.

The case store may be opened after the first paint (see app.views.shell.application); until then the
list says it is opening, the right side is empty (the welcome page comes with the store)
and the actions that need the store are off.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.core.settings import Settings, save_data_dir, save_settings
from app.views.shell.case_list import CaseListPanel
from app.views.shell.window_parts import WindowParts
from app.views.shell.window_store import StoreSide
from app.views.widgets.guards import if_alive
from app.views.widgets.i18n import LanguageSwitcher, rules_lang
from app.views.widgets.workers import WorkerRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QResizeEvent

    from app.services.cases import CaseService
    from app.services.rule_check import RuleBook
    from app.views.shell.application import LazyReporter
    from app.views.shell.crash_report import ErrorReporter
    from app.views.shell.office_settings import OfficeBox
    from app.views.shell.settings_dialog import SettingsDialog
    from app.views.shell.wizard import NewCaseWizard
    from app.views.tabs.case_tabs import PanelFactory

SHORTCUTS = {"new": "Ctrl+N", "agenda": "Ctrl+T", "export": "Ctrl+E", "settings": "Ctrl+,", "quit": "Ctrl+Q",
             "paste": "Ctrl+V", "find": "Ctrl+F"}


class FirstPaintWatch(QObject):
    """Calls window._first_painted() once, just after its first paint (then stops watching)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.window:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.window._first_painted)  # after this paint has reached the screen
        return False


class MainWindow(WindowParts, StoreSide, QMainWindow):
    store_ready = Signal()
    store_failed = Signal(str)  # a message for the user; the app cannot go on
    case_opened = Signal(int)
    first_painted = Signal()  # once, after the window's first paint has reached the screen

    def __init__(self, *, data_dir: Path, runner: WorkerRunner, settings: Settings | None = None,
                 languages: LanguageSwitcher | None = None, service: CaseService | None = None,
                 panels: Mapping[str, PanelFactory] | None = None, location: Path | None = None,
                 reporter: ErrorReporter | LazyReporter | None = None) -> None:
        super().__init__()
        self.data_dir, self.runner, self.location, self.reporter = data_dir, runner, location, reporter
        self.settings = settings or Settings()
        self.languages = languages
        self.service: CaseService | None = None
        self.rules: RuleBook | None = None
        self.case_id: int | None = None
        self.panel_factories = panels  # None: the real panels (app.views.tabs.case_tabs.default_panels)
        self.wizard: NewCaseWizard | None = None
        self.case_list = CaseListPanel(runner, self)
        self.stack = QStackedWidget(self)
        self.status = QLabel(self)
        self.commands: dict[str, QAction] = {}
        self._build()
        self._make_actions()
        self.retranslate()
        self._set_ready(False)
        self._paint_watch: QObject | None = FirstPaintWatch(self)
        if service is not None:
            self.attach_service(service)

    def _build(self) -> None:
        splitter = QSplitter()  # horizontal; QSplitter(parent) would build all Qt enums (~15 ms) before the first paint
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([540, 740])
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_user_split", True))
        self.splitter = splitter
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(self.status, 1)
        self.case_list.case_selected.connect(self.open_case)
        self.case_list.trash_requested.connect(lambda case_id: self.trash.trash(case_id))
        self.case_list.restore_requested.connect(lambda case_id: self.trash.restore(case_id))
        self.case_list.delete_requested.connect(lambda case_id: self.trash.ask_delete(case_id))
        self.case_list.failed.connect(self.report)

    def _make_actions(self) -> None:
        specs: list[tuple[str, Callable[[], Any]]] = [
            ("new", self.new_case), ("demo", self.open_demo), ("agenda", self.open_agenda),
            ("export", self.export_case),
            ("archive_out", lambda: self.archives.choose_export()),
            ("archive_in", lambda: self.archives.choose_import()), ("trash", lambda: self.trash.trash()),
            ("joint", lambda: open_joint(self)),
            ("settings", self.open_settings), ("quit", self.close), ("paste", self.paste_evidence),
            ("find", self.case_list.focus_search), ("about", self.about),
        ]
        for key, slot in specs:
            action = QAction(self)
            action.triggered.connect(slot)
            self.commands[key] = action
        self.file_menu = self.menuBar().addMenu("")
        menu = ("new", "demo", "", "agenda", "joint", "", "export", "archive_out", "archive_in", "trash", "",
                "settings", "", "quit")
        for name in menu:
            if name:
                self.file_menu.addAction(self.commands[name])
            else:
                self.file_menu.addSeparator()
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.commands["paste"])
        self.edit_menu.addAction(self.commands["find"])
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.commands["about"])

    def _first_painted(self) -> None:
        """Keyboard shortcuts once the window is on screen: QKeySequence and its enums cost ~1 ms before."""
        from PySide6.QtGui import QKeySequence

        self._paint_watch = None
        for key, shortcut in SHORTCUTS.items():
            self.commands[key].setShortcuts([QKeySequence(shortcut)])
        self.first_painted.emit()

    # ----- cases -------------------------------------------------------------
    def open_case(self, case_id: int, tab: str | None = None) -> None:
        if self.service is None:  # chosen in the first page, before the store opened: opened with it
            self._open_when_ready = (case_id, tab)
            return
        self.case_id = case_id
        tabs = self.build_tabs()
        self.stack.setCurrentWidget(tabs)
        tabs.show_case(case_id, tab)
        self.case_list.select_case(case_id)
        self._update_case_actions()
        self.case_opened.emit(case_id)

    def new_case(self) -> NewCaseWizard | None:
        if self.service is None:
            return None
        from app.views.shell.wizard import NewCaseWizard

        wizard = NewCaseWizard(self.settings.profile, self, self.runner)
        wizard.accepted.connect(lambda: self._create_case(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _create_case(self, wizard: NewCaseWizard) -> None:
        svc, data = self.service, wizard.case_data()
        files, readings, engine = wizard.screenshots()
        wizard.shots.stop()  # still reading: what is not read yet is read by the evidence tab
        assert svc is not None

        def work(_p: object, _c: object) -> tuple[int, int, list[Any]]:
            if not files:
                return svc.create_case(data), 0, []
            from app.services.reading import create_case_with

            case_id, report = create_case_with(svc, data, files, readings, engine)
            return case_id, len(report.added) + len(report.duplicates), report.rejected

        self.runner.run(work, write=True, on_done=if_alive(self, self._created),
                        on_error=if_alive(self, self.action_failed))

    def _created(self, result: tuple[int, int, list[Any]]) -> None:
        case_id, added, refused = result
        self.case_list.refresh()
        self.open_case(case_id, "evidence")
        if added or refused:
            from app.views.widgets.reasons import rejected_text

            text = self.tr("Case created with {n} screenshots as its evidence. Add more: drop files here or press "
                           "Ctrl+V.").format(n=added)
            self.status.setText(" ".join([text, *(self.tr("Not added: {reason}").format(reason=rejected_text(r))
                                                  for r in refused)]))
        else:
            self.status.setText(self.tr("Case created. Now add your evidence: drop files here or press Ctrl+V."))

    def open_demo(self) -> None:
        if self.service is None:
            return
        from app.services.demo_case import open_demo_case

        svc = self.service
        self.status.setText(self.tr("Opening the example case…"))
        self.commands["demo"].setEnabled(False)
        self.runner.run(lambda progress, _c: open_demo_case(svc, progress), write=True,
                        on_done=if_alive(self, self._demo_created), on_error=if_alive(self, self.action_failed))

    def _demo_created(self, result: tuple[int, bool]) -> None:
        """The example case, made now or the one already there (opening it twice made indistinguishable twins)."""
        case_id, new = result
        self.commands["demo"].setEnabled(True)
        self.case_list.refresh()
        self.open_case(case_id, "overview")
        self.status.setText(self.tr("The example case is open. Change anything; it is yours to try.") if new
                            else self.tr("The example case you already have is open."))

    def action_failed(self, exc: BaseException) -> None:
        from app.views.widgets.store_text import user_message

        self.commands["demo"].setEnabled(self.service is not None)
        self.status.setText("")
        message = user_message(exc)
        if message is not None:
            from PySide6.QtWidgets import QMessageBox  # not at start-up: its enums cost a few ms

            QMessageBox.warning(self, self.tr("Could not do that"), message)
        else:
            self.report(exc)

    def paste_evidence(self) -> None:
        panel = self.panels.get("evidence")
        if self.case_id is None or panel is None:
            self.status.setText(self.tr("Open or create a case first, then paste a screenshot."))
            return
        self.tabs.setCurrentWidget(panel)
        panel.paste_from_clipboard()  # type: ignore[attr-defined]

    def export_case(self) -> None:
        panel = self.panels.get("export")
        if self.case_id is None or panel is None:
            return
        self.tabs.setCurrentWidget(panel)
        start = getattr(panel, "export_when_ready", None) or panel.start_export  # type: ignore[attr-defined]
        start()

    # ----- settings and language ---------------------------------------------
    def open_settings(self) -> SettingsDialog:
        from app.views.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.data_dir, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.settings(), dialog.data_dir(), dialog.office))
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings, data_dir: Path, office: OfficeBox | None = None) -> None:
        if settings.language != self.settings.language:
            self.set_language(settings.language)  # first, so the messages below are in the new language
        self.settings = settings
        try:
            save_settings(self.data_dir, settings)
            if data_dir.resolve() != self.data_dir.resolve():
                save_settings(data_dir, settings)  # so language and profile follow the new folder
                save_data_dir(data_dir, self.location)
                self.status.setText(self.tr("The new data folder is used the next time you start the app."))
            if office is not None and office.save():
                self.status.setText(self.tr("The office server is used the next time you start the app."))
            if office is not None and self.service is not None:
                from app.core.office import current_actor

                self.service.actor = current_actor()  # the name in the audit log from now on
        except OSError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Could not save the settings"), str(exc))

    def set_language(self, language: str) -> None:
        if self.languages is not None:
            self.languages.apply(language)
        self.settings.language = language
        if "tabs" in self.__dict__:
            self.tabs.set_rules_language(rules_lang(language))
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("&New case…"), "demo": self.tr("Open &example case"), "export": self.tr("&Export…"),
            "agenda": self.tr("&To-do: deadlines of all cases…"),
            "settings": self.tr("&Settings…"), "quit": self.tr("&Quit"), "paste": self.tr("&Paste evidence"),
            "find": self.tr("&Find case"), "about": self.tr("&About"),
            "archive_out": self.tr("Export case &archive…"), "archive_in": self.tr("&Import case archive…"),
            "trash": self.tr("Move case to &trash"),
            "joint": self.tr("&Joint complaints…"),
        }
        for key, text in texts.items():
            self.commands[key].setText(text)
        self.file_menu.setTitle(self.tr("&Case"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.help_menu.setTitle(self.tr("&Help"))
        if "welcome" in self.__dict__:
            self.welcome.retranslate()
        if "due_notice" in self.__dict__:
            self.due_notice.retranslate()
        self.status.clear()  # a message in the old language would linger
        self.case_list.set_lang(rules_lang(self.settings.language))
        self.case_list.retranslate()
        if "tabs" in self.__dict__:
            self.tabs.retranslate()
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("Refund Evidence Organizer"))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app import __version__

        QMessageBox.about(self, self.tr("About"), self.tr("Refund Evidence Organizer %1\n\nKeeps the evidence for "
                                                          "an online-course refund in order and makes the complaint "
                                                          "file. Everything stays on this computer.")
                          .replace("%1", __version__))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The case list takes about a third, never more than 540 px: at 1024×700 the open case keeps room."""
        super().resizeEvent(event)
        if not getattr(self, "_user_split", False):  # until the user moves the divider themselves
            width = event.size().width()
            left = min(540, max(300, int(width * 0.34)))
            self.splitter.setSizes([left, max(width - left, 1)])

    def closeEvent(self, event: QCloseEvent) -> None:
        for panel in self.panels.values():
            if hasattr(panel, "flush_edits"):
                panel.flush_edits()  # the Overview form's and an evidence item's edits, before the store goes
        self.runner.wait(10000)
        event.accept()


def open_joint(window: MainWindow) -> None:
    from app.views.shell.joint_dialog import open_joint_dialog

    open_joint_dialog(window)
