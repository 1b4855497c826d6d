"""Someone at another desk changed the same facts while you were editing: what, who, when; you choose."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import EditConflict
from app.core.timeutil import to_beijing
from app.views.widgets.labels import field_labels


class ConflictDialog(QDialog):
    """Escape leaves both as they are: the edits stay unsaved and the next save asks again."""

    decided = Signal(bool)  # True: keep what I typed; False: take the other desk's values

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Changed at another desk"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(conflict.conflicts), 3, self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Facts changed at both desks"))
        self.table.setHorizontalHeaderLabels([self.tr("Fact"), self.tr("Saved meanwhile"), self.tr("You typed")])
        labels = field_labels()
        for row, c in enumerate(conflict.conflicts):
            who = ", ".join(part for part in (c.by, to_beijing(c.at).strftime("%Y-%m-%d %H:%M") if c.at else "")
                            if part)
            theirs = self._value(c.theirs) + (f" ({who})" if who else "")
            for col, text in enumerate((labels.get(c.field, c.field), theirs, self._value(c.mine))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        names = sorted({c.by for c in conflict.conflicts if c.by})
        self.intro.setText(
            self.tr("While you were editing, %1 saved other values for these facts. Nothing of yours was saved "
                    "yet. Your other changes are kept whichever you choose.").replace(
                "%1", "、".join(names) if names else self.tr("someone at another desk")))
        self.buttons = QDialogButtonBox(self)
        self.keep = QPushButton(self.tr("Keep mine"), self)
        self.take = QPushButton(self.tr("Use theirs"), self)
        self.buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.take, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep.clicked.connect(lambda: self._decide(True))
        self.take.clicked.connect(lambda: self._decide(False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(620, 280)

    def _value(self, value: object) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return str(value)

    def _decide(self, keep_mine: bool) -> None:
        self.done(QDialog.DialogCode.Accepted if keep_mine else QDialog.DialogCode.Rejected)
        self.decided.emit(keep_mine)
