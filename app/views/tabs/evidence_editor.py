"""Edit one evidence item: title, kind, source, what it proves, and when it happened."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
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
    fmt_datetime,
    from_qdatetime,
    human_size,
    kind_label,
    to_qdatetime,
)


class EvidenceEditor(QWidget):
    saveRequested = Signal(int, dict)  # evidence id, the changed fields for CaseService.update_evidence
    viewRequested = Signal(int)
    removeRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: EvidenceInfo | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.kind = QComboBox()
        for kind in KIND_ORDER:
            self.kind.addItem(kind_label(kind), kind)
        self.source = QLineEdit()
        self.proves = QPlainTextEdit()
        self.proves.setTabChangesFocus(True)
        self.proves.setFixedHeight(64)
        self.dated = QCheckBox()
        self.when = beijing_editor()
        self.dated.toggled.connect(self.when.setEnabled)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("color: palette(mid);")
        self.save_button = QPushButton()
        self.view_button = QPushButton()
        self.remove_button = QPushButton()
        self.save_button.clicked.connect(self._save)
        self.view_button.clicked.connect(lambda: self.item and self.viewRequested.emit(self.item.id))
        self.remove_button.clicked.connect(lambda: self.item and self.removeRequested.emit(self.item.id))
        self._layout()
        self.retranslate()
        self.set_item(None)

    def _layout(self) -> None:
        when_row = QHBoxLayout()
        when_row.addWidget(self.dated)
        when_row.addWidget(self.when, 1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.title, self.kind, self.source, self.proves), strict=False):
            self.form.addRow(label, field)
        self.form.addRow(self.labels[4], when_row)
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
        layout.addWidget(self.details)
        layout.addLayout(buttons)
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
        self.dated.setText(self.tr("Date known"))
        self.dated.setToolTip(self.tr("Tick when you know when this happened; it then appears on the timeline."))
        self.save_button.setText(self.tr("Save changes"))
        self.view_button.setText(self.tr("Open…"))
        self.remove_button.setText(self.tr("Remove"))
        self._show_details()

    def set_item(self, item: EvidenceInfo | None) -> None:
        self.item = item
        for widget in (self.title, self.kind, self.source, self.proves, self.dated, self.save_button,
                       self.view_button, self.remove_button):
            widget.setEnabled(item is not None)
        self.title.setText(item.title if item else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind if item else "other")))
        self.source.setText(item.source if item else "")
        self.proves.setPlainText(item.proves if item else "")
        when = item.occurred_at if item else None
        self.dated.setChecked(when is not None)
        self.when.setEnabled(when is not None)
        self.when.setDateTime(to_qdatetime(when or (item.captured_at if item else None) or now()))
        self._show_details()

    def _show_details(self) -> None:
        item = self.item
        if item is None:
            self.details.setText(self.tr("Select a thumbnail to edit it."))
            return
        lines = [self.tr("File: {name} ({type}, {size})").format(
            name=item.original_name, type=item.media_type, size=human_size(item.size))]
        if item.captured_at is not None:
            lines.append(self.tr("Taken: {when} (Beijing time)").format(when=fmt_datetime(item.captured_at)))
        lines.append(self.tr("Imported: {when}").format(when=fmt_datetime(item.imported_at)))
        lines.append(self.tr("SHA-256: {digest}…").format(digest=item.sha256[:16]))
        self.details.setText("\n".join(lines))

    def changed_fields(self) -> dict[str, object]:
        """The fields that differ from the stored item."""
        item = self.item
        if item is None:
            return {}
        when: datetime | None = from_qdatetime(self.when.dateTime()) if self.dated.isChecked() else None
        old_when = to_beijing(item.occurred_at).replace(microsecond=0) if item.occurred_at else None
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

    def _save(self) -> None:
        if self.item is not None:
            fields = self.changed_fields()
            if fields:
                self.saveRequested.emit(self.item.id, fields)
