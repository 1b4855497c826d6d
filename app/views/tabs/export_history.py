"""The export tab's history of earlier exports: each bundle's fingerprint, whether its file is still there as it
was written, and a right-click menu to open it, show it in its folder or copy its path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import ExportInfo
from app.views.tabs.panel_base import fmt_datetime
from app.views.widgets import palette
from app.views.widgets.file_places import copy_path, open_file, show_in_folder
from app.views.widgets.labels import language_label, recipient_label


class ExportHistory(QGroupBox):
    """Earlier exports with each file's fingerprint, and whether the file is still there as it was written."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The file name takes what is left (its full path is its tooltip); the state column is always in view.
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Right-click (or the menu key) on a row: open the bundle, show it in its folder, copy its path.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.menu: QMenu | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.exports: list[ExportInfo] = []
        self.rows: list[ExportInfo] = []  # as shown: newest first
        self.states: dict[int, str] = {}  # export id -> same | changed | gone | unknown (export_file_state)
        self.retranslate()

    def state_text(self, state: str | None) -> tuple[str, str | None]:
        texts = {"same": (self.tr("Unchanged"), palette.GOOD),
                 "changed": (self.tr("Changed since the export"), palette.ERROR_TEXT),
                 "gone": (self.tr("Moved or deleted"), palette.CAUTION),
                 "unknown": (self.tr("Place not recorded"), palette.MUTED)}
        return texts.get(state or "", (self.tr("Checking…"), palette.MUTED))

    def set_states(self, states: dict[int, str]) -> None:
        self.states = dict(states)
        self.show_exports(self.exports)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Earlier exports"))
        self.table.setAccessibleName(self.title())
        self.table.setHorizontalHeaderLabels([self.tr("Date (Beijing)"), self.tr("Sent to"), self.tr("Language"),
                                              self.tr("Pages"), self.tr("SHA-256"), self.tr("File"),
                                              self.tr("The file now")])
        self.show_exports(self.exports)

    def show_exports(self, exports: list[ExportInfo]) -> None:
        self.exports = list(exports)
        self.rows = rows = sorted(self.exports, key=lambda e: e.at, reverse=True)
        self.table.setRowCount(len(rows))
        for r, e in enumerate(rows):
            state, colour = self.state_text(self.states.get(e.id))
            sent_to = self.tr("Draft for %1").replace("%1", recipient_label(e.recipient)) if e.draft \
                else recipient_label(e.recipient)
            values = (fmt_datetime(e.at), sent_to, language_label(e.lang), str(e.pages),
                      e.sha256[:12] + "…", e.file_name, state)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c == 1 and e.draft:
                    cell.setToolTip(self.tr("Every page is marked 草稿 (draft): for checking, not for filing."))
                    cell.setForeground(QColor(palette.CAUTION))
                if c == 4:
                    cell.setToolTip(e.sha256)
                if c == 5 and e.path:
                    cell.setToolTip(e.path)
                if c == 6 and colour:
                    cell.setForeground(QColor(colour))
                self.table.setItem(r, c, cell)

    def row_texts(self) -> list[list[str]]:
        def text(r: int, c: int) -> str:
            cell = self.table.item(r, c)
            return cell.text() if cell is not None else ""

        return [[text(r, c) for c in range(self.COLUMNS)] for r in range(self.table.rowCount())]

    # ----- the right-click menu ---------------------------------------------------------------
    def unavailable(self, export: ExportInfo) -> str:
        """Why the bundle cannot be opened or shown ("" when it can): read from the disk now, not from the
        state column, which may still say Checking…"""
        if not export.path:
            return self.tr("Where this bundle was saved was not recorded (an export from before the app kept it).")
        if not Path(export.path).is_file():
            return self.tr("The file is no longer at %1: it was moved or deleted.").replace("%1", export.path)
        return ""

    def menu_for(self, row: int) -> QMenu | None:
        """The menu of one row: Open, Show in folder, Copy path; those that cannot work are disabled, and say why."""
        if not 0 <= row < len(self.rows):
            return None
        export = self.rows[row]
        why = self.unavailable(export)
        path = Path(export.path) if export.path else None
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        items = ((self.tr("Open"), open_file, bool(why)), (self.tr("Show in folder"), show_in_folder, bool(why)),
                 (self.tr("Copy path"), copy_path, path is None))
        for text, act, disabled in items:
            action = QAction(text, menu)
            if path is not None and not disabled:
                action.triggered.connect(lambda _checked=False, act=act, path=path: act(path))
            action.setEnabled(not disabled)
            if disabled or (why and act is copy_path):
                action.setToolTip(why)
                action.setStatusTip(why)
            menu.addAction(action)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        row = index.row() if index.isValid() else self.table.currentRow()
        menu = self.menu_for(row)
        if menu is None:
            return
        if not index.isValid():  # the menu key: at the current row
            pos = self.table.visualRect(self.table.model().index(row, 0)).center()
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))
