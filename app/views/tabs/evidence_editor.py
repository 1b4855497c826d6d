"""Edit one evidence item: title, kind, source, what it proves, and when it happened.

Edits are never lost: the panel saves them when the user moves to another item, another tab or
case, or closes the window; Enter in a line (Ctrl+Enter in "what it proves") saves at once.
A date is only stored when it came from the file (EXIF, PDF metadata, the first chat message,
said under the field) or the user set it: ticking "Date known" never stores the current time.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import EvidenceInfo
from app.core.timeutil import now, to_beijing
from app.views.tabs.panel_base import (
    KIND_ORDER,
    beijing_editor,
    category_of,
    fmt_datetime,
    from_qdatetime,
    human_size,
    to_qdatetime,
)
from app.views.widgets import palette
from app.views.widgets.form_fields import EMPTY_DATE
from app.views.widgets.labels import kind_label

MAX_TITLE = 200


def date_source(item: EvidenceInfo) -> str:
    """Where a file's own date comes from, in the UI language ("" if it has none)."""
    if item.captured_at is None:
        return ""
    translate = QCoreApplication.translate
    return {
        "image": translate("EvidenceEditor", "the photo's EXIF data (when it was taken)"),
        "pdf": translate("EvidenceEditor", "the PDF's metadata (when it was created)"),
        "chat": translate("EvidenceEditor", "the first message of the chat log"),
    }.get(category_of(item.media_type), translate("EvidenceEditor", "the file"))


class EvidenceEditor(QWidget):
    saveRequested = Signal(int, dict)  # evidence id, the changed fields for CaseService.update_evidence
    viewRequested = Signal(int)
    removeRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: EvidenceInfo | None = None
        self._date_set_by_user = False
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.title = QLineEdit()  # no maxLength: an over-long title is refused with a message, not cut
        self.kind = QComboBox()
        for kind in KIND_ORDER:
            self.kind.addItem(kind_label(kind), kind)
        self.source = QLineEdit()
        self.proves = QPlainTextEdit()
        self.proves.setTabChangesFocus(True)
        self.proves.setFixedHeight(64)
        self.dated = QCheckBox()
        self.when = beijing_editor()
        self.when.setMinimumDateTime(EMPTY_DATE)  # shown as "not set"
        self.dated.toggled.connect(self._dated_toggled)
        self.when.dateTimeChanged.connect(self._date_edited)
        self.date_note = QLabel()
        self.date_note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(palette.css("color: $ERROR_TEXT;"))
        self.problem.hide()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("color: palette(mid);")
        self.save_button = QPushButton()
        self.view_button = QPushButton()
        self.remove_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.view_button.clicked.connect(lambda: self.item and self.viewRequested.emit(self.item.id))
        self.remove_button.clicked.connect(lambda: self.item and self.removeRequested.emit(self.item.id))
        for line in (self.title, self.source):
            line.returnPressed.connect(self.save)  # Enter saves
        QShortcut(QKeySequence("Ctrl+Return"), self.proves, self.save, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+Enter"), self.proves, self.save, context=Qt.ShortcutContext.WidgetShortcut)
        self._layout()
        self.retranslate()
        self.set_item(None)

    def _layout(self) -> None:
        when_row = QHBoxLayout()
        when_row.addWidget(self.dated)
        when_row.addWidget(self.when, 1)
        when_cell = QVBoxLayout()
        when_cell.setSpacing(2)
        when_cell.addLayout(when_row)
        when_cell.addWidget(self.date_note)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.title, self.kind, self.source, self.proves), strict=False):
            self.form.addRow(label, field)
        self.form.addRow(self.labels[4], when_cell)
        # Buddies: a screen reader says the label with the field, and the label's shortcut focuses it.
        for label, field in zip(self.labels, (self.title, self.kind, self.source, self.proves, self.when),
                                strict=True):
            label.setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.view_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        # The buttons stay right under the form: the file's details (one line or three) come after them,
        # so a click never lands on a button that moved with the length of a file type.
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Selected evidence"))
        labels = (self.tr("Title:"), self.tr("Kind:"), self.tr("Source:"), self.tr("What it proves:"),
                  self.tr("Date:"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        for n, kind in enumerate(KIND_ORDER):
            self.kind.setItemText(n, kind_label(kind))
        self.source.setPlaceholderText(self.tr("Where it comes from, e.g. Kuaishou order page"))
        self.proves.setPlaceholderText(self.tr("What this shows, e.g. the teacher promised a refund"))
        self.proves.setToolTip(self.tr("Ctrl+Enter saves."))
        self.dated.setText(self.tr("Date known"))
        self.dated.setToolTip(self.tr("Tick when you know when this happened; it then appears on the timeline."))
        self.when.setSpecialValueText(self.tr("not set"))
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setToolTip(self.tr("Changes are also saved when you select another item (Enter saves "
                                            "at once)."))
        self.view_button.setText(self.tr("Open…"))
        self.remove_button.setText(self.tr("Remove"))
        self._show_details()
        self._show_date_note()

    # ----- the item ------------------------------------------------------------------------
    def set_item(self, item: EvidenceInfo | None) -> None:
        """Show an item; the same item read again (after a save) keeps what was typed since."""
        same = item is not None and self.item is not None and item.id == self.item.id
        pending = self.changed_fields() if same else {}
        date_state = (self.dated.isChecked(), self.when.dateTime(), self._date_set_by_user)
        self._show_item(item)
        for key, value in pending.items():
            if key in ("title", "source"):
                getattr(self, key).setText(str(value))
            elif key == "proves":
                self.proves.setPlainText(str(value))
            elif key == "kind":
                self.kind.setCurrentIndex(max(0, self.kind.findData(value)))
        if same and (date_state[0] != self.dated.isChecked() or date_state[2]):
            blocked = (self.dated.blockSignals(True), self.when.blockSignals(True))
            self.dated.setChecked(date_state[0])
            self.when.setDateTime(date_state[1])
            self.when.setEnabled(date_state[0])
            self.dated.blockSignals(blocked[0])
            self.when.blockSignals(blocked[1])
            self._date_set_by_user = date_state[2]
            self._show_date_note()

    def _show_item(self, item: EvidenceInfo | None) -> None:
        self.item = item
        for widget in (self.title, self.kind, self.source, self.proves, self.dated, self.save_button,
                       self.view_button, self.remove_button):
            widget.setEnabled(item is not None)
        self.title.setText(item.title if item else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind if item else "other")))
        self.source.setText(item.source if item else "")
        self.proves.setPlainText(item.proves if item else "")
        when = item.occurred_at if item else None
        blocked = self.dated.blockSignals(True)
        self.dated.setChecked(when is not None)
        self.dated.blockSignals(blocked)
        self._set_when(when)
        self._date_set_by_user = False
        self.problem.hide()
        self._show_details()
        self._show_date_note()

    def _set_when(self, when: datetime | None) -> None:
        """Show a date (or "not set") without counting it as the user's edit."""
        blocked = self.when.blockSignals(True)
        if when is None:
            self.when.setDateTime(self.when.minimumDateTime())  # shows "not set"
        else:
            self.when.setDateTime(to_qdatetime(when))
        self.when.blockSignals(blocked)
        self.when.setEnabled(self.dated.isChecked())

    def _dated_toggled(self, on: bool) -> None:
        item = self.item
        if on and item is not None:
            # The file's own date when it has one; otherwise a starting point that is not stored
            # until the user changes it (never the current time as if it were a fact).
            start = item.occurred_at or item.captured_at
            self._set_when(start)
            if start is None:
                self._set_when(now().replace(hour=0, minute=0, second=0, microsecond=0))
            self._date_set_by_user = item.captured_at is not None and item.occurred_at is None
            self.when.setFocus()
        else:
            self._set_when(None)
            self._date_set_by_user = False
        self.when.setEnabled(on)
        self._show_date_note()

    def _date_edited(self) -> None:
        self._date_set_by_user = True
        self._show_date_note()

    def _show_date_note(self) -> None:
        item, note, colour = self.item, "", palette.MUTED
        if item is not None and self.dated.isChecked():
            stored = item.occurred_at is not None
            if not stored and not self._date_set_by_user:
                note = self.tr("Change it to the day this happened; it is not saved until you do.")
                colour = palette.CAUTION
            elif item.captured_at is not None and self.when.dateTime() == to_qdatetime(item.captured_at):
                note = self.tr("From {source}.").format(source=date_source(item))
        elif item is not None and item.captured_at is not None:
            note = self.tr("The file says {when} ({source}).").format(when=fmt_datetime(item.captured_at),
                                                                     source=date_source(item))
        self.date_note.setText(note)
        self.date_note.setStyleSheet(f"color: {colour};")
        self.date_note.setVisible(bool(note))

    def _show_details(self) -> None:
        item = self.item
        if item is None:
            self.details.setText(self.tr("Select a thumbnail to edit it."))
            return
        lines = [self.tr("File: {name} ({type}, {size})").format(
            name=item.original_name, type=item.media_type, size=human_size(item.size))]
        if item.captured_at is not None:
            lines.append(self.tr("File date: {when} (Beijing time), from {source}").format(
                when=fmt_datetime(item.captured_at), source=date_source(item)))
        lines.append(self.tr("Imported: {when}").format(when=fmt_datetime(item.imported_at)))
        lines.append(self.tr("SHA-256: {digest}…").format(digest=item.sha256[:16]))
        self.details.setText("\n".join(lines))

    # ----- saving ---------------------------------------------------------------------------
    def changed_fields(self) -> dict[str, object]:
        """The fields that differ from the stored item (a date only when it is the file's or the user's)."""
        item = self.item
        if item is None:
            return {}
        old_when = to_beijing(item.occurred_at).replace(microsecond=0) if item.occurred_at else None
        when: datetime | None = old_when
        if not self.dated.isChecked():
            when = None
        elif self._date_set_by_user:
            when = from_qdatetime(self.when.dateTime())
        wanted: dict[str, object] = {
            "title": self.title.text().strip() or item.title,
            "kind": self.kind.currentData(),
            "source": self.source.text().strip(),
            "proves": self.proves.toPlainText().strip(),
            "occurred_at": when,
        }
        stored: dict[str, object] = {"title": item.title, "kind": item.kind, "source": item.source,
                                     "proves": item.proves, "occurred_at": old_when}
        return {k: v for k, v in wanted.items() if v != stored[k]}

    def title_problem(self) -> str | None:
        length = len(self.title.text().strip())
        if length > MAX_TITLE:
            return self.tr("The title has {n} characters; at most {max} are allowed. Please shorten it.").format(
                n=length, max=MAX_TITLE)
        return None

    def save(self) -> bool:
        """Ask the panel to store what changed; False when a field is refused (its message shows)."""
        problem = self.title_problem()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None)
        if problem is not None:
            return False
        if self.item is not None:
            fields = self.changed_fields()
            if fields:
                self.saveRequested.emit(self.item.id, fields)
        return True
