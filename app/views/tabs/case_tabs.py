"""The open case's tabs (概况 证据 时间线 投诉进展 规则 导出) and when each one loads the case.

Made once the store is open, filled in idle time. Only the tab on show loads the case at once; the others
when first shown, since each load runs a rule check or re-hashes originals. A tab that
changes the case (new evidence, a new progress) marks the others stale: the visible one
reloads now, the rest when opened.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from app.views.widgets.workers import WorkerRunner

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.rule_check import RuleBook

    PanelFactory = Callable[[CaseService, WorkerRunner, QWidget, RuleBook], QWidget]

TABS = ("overview", "evidence", "timeline", "complaints", "rules", "export")
# Where each real panel lives: imported a turn before the panel is made (see CaseTabs.prepare_next).
PANEL_MODULES = {"overview": "app.views.tabs.overview_panel", "evidence": "app.views.tabs.evidence_panel",
                 "timeline": "app.views.tabs.timeline_panel", "complaints": "app.views.tabs.complaints_panel",
                 "rules": "app.views.tabs.rules_panel",
                 "export": "app.views.tabs.export_panel"}


def default_panels() -> dict[str, PanelFactory]:
    """The real tab panels, imported when the first case is opened (not at start-up)."""

    def overview(s: CaseService, r: WorkerRunner, p: QWidget, rules: RuleBook) -> QWidget:
        from app.views.tabs.overview_panel import OverviewPanel

        return OverviewPanel(s, r, p, rules=rules)

    def evidence(s: CaseService, r: WorkerRunner, p: QWidget, _rules: RuleBook) -> QWidget:
        from app.views.tabs.evidence_panel import EvidencePanel

        return EvidencePanel(s, r, p)

    def timeline(s: CaseService, r: WorkerRunner, p: QWidget, _rules: RuleBook) -> QWidget:
        from app.views.tabs.timeline_panel import TimelinePanel

        return TimelinePanel(s, r, p)

    def complaints(s: CaseService, r: WorkerRunner, p: QWidget, _rules: RuleBook) -> QWidget:
        from app.views.tabs.complaints_panel import ComplaintsPanel

        return ComplaintsPanel(s, r, p)

    def rules_tab(s: CaseService, r: WorkerRunner, p: QWidget, _rules: RuleBook) -> QWidget:
        from app.views.tabs.rules_panel import RulesPanel

        return RulesPanel(s, r, p)

    def export(s: CaseService, r: WorkerRunner, p: QWidget, _rules: RuleBook) -> QWidget:
        from app.views.tabs.export_panel import ExportPanel

        return ExportPanel(s, r, p)

    return {"overview": overview, "evidence": evidence, "timeline": timeline, "complaints": complaints,
            "rules": rules_tab, "export": export}


class CaseTabs(QTabWidget):
    """Made empty; the panels are added one by one (build_next, in idle turns of the event loop
    once the store is open: the Evidence tab alone costs ~35 ms) or all at once (build_all,
    when a case opens first)."""

    changed = Signal(str)  # a tab changed the case (its key); the case list shows it again

    def __init__(self, parent: QWidget, factories: Mapping[str, PanelFactory], service: CaseService,
                 runner: WorkerRunner, rules: RuleBook) -> None:
        super().__init__(parent)
        self._factories = factories
        self._made_with = (service, runner, rules)
        self.case_id: int | None = None
        self.panels: dict[str, QWidget] = {}
        self.stale: dict[str, str] = {}  # tab -> "case" (load the open case) or "reload", when next shown
        self.rules_lang = "zh"
        self.currentChanged.connect(lambda _index: self._reload_if_stale())
        self._set_titles()

    def _next_key(self) -> str | None:
        return next((k for k in TABS if k not in self.panels), None)

    def build_next(self) -> bool:
        """Make the next panel in tab order; True while more are left to make."""
        key = self._next_key()
        if key is None:
            return False
        service, runner, rules = self._made_with
        panel = self._factories[key](service, runner, self, rules)
        self.panels[key] = panel
        self.addTab(panel, "")
        changed = getattr(panel, "changed", None)
        if changed is not None:
            changed.connect(lambda key=key: self._panel_changed(key))
        if key in ("rules", "complaints"):
            self.set_rules_language(self.rules_lang)
        self._set_titles()
        return len(self.panels) < len(TABS)

    def prepare_next(self) -> bool:
        """Import the next panel's module if it is not yet: True if that was this turn's work.

        Importing and building the Evidence tab in one go took 31-56 ms; in two turns each
        stays near half of it."""
        import sys

        module = PANEL_MODULES.get(self._next_key() or "")
        if module is None or module in sys.modules:
            return False
        import importlib

        importlib.import_module(module)
        return True

    def build_all(self) -> None:
        while self.build_next():
            pass

    @property
    def complete(self) -> bool:
        return len(self.panels) == len(TABS)

    def show_case(self, case_id: int, tab: str | None = None) -> None:
        if case_id != self.case_id:
            self.case_id = case_id
            self.stale = dict.fromkeys(self.panels, "case")
        if tab is not None:
            self.setCurrentWidget(self.panels[tab])
        self._reload_if_stale()

    def _panel_changed(self, key: str) -> None:
        for other in self.panels:
            if other != key:
                self.stale.setdefault(other, "reload")  # a tab that never loaded the case still needs it
        self._reload_if_stale()
        self.changed.emit(key)

    def _reload_if_stale(self) -> None:
        key = next((k for k, panel in self.panels.items() if panel is self.currentWidget()), None)
        if key is None or key not in self.stale:
            return
        panel = self.panels[key]
        if self.stale.pop(key) == "case":
            panel.set_case(self.case_id)  # type: ignore[attr-defined]
        else:
            reload = getattr(panel, "reload", None)
            if reload is not None:
                reload()

    def set_rules_language(self, lang: str) -> None:
        """The rule texts come from the packs in "zh" or "en"; the bundle language stays the user's
        choice on the export tab (Chinese by default: the recipients read Chinese)."""
        self.rules_lang = lang
        for key in ("rules", "complaints"):
            set_language = getattr(self.panels.get(key), "set_language", None)
            if set_language is not None:
                set_language(lang)

    def retranslate(self) -> None:
        self._set_titles()
        for panel in self.panels.values():
            panel.retranslate()  # type: ignore[attr-defined]

    def _set_titles(self) -> None:
        # MainWindow's context: these texts were the window's before the tabs had a class of their own.
        translate = QCoreApplication.translate
        titles = {"overview": translate("MainWindow", "Overview"), "evidence": translate("MainWindow", "Evidence"),
                  "timeline": translate("MainWindow", "Timeline"),
                  "complaints": translate("MainWindow", "Complaints"), "rules": translate("MainWindow", "Rules"),
                  "export": translate("MainWindow", "Export")}
        self.setAccessibleName(translate("MainWindow", "The open case"))
        for key, panel in self.panels.items():
            self.setTabText(self.indexOf(panel), titles[key])
