"""What the per-case tab panels share: the panel interface, an error bar, labels and formats.

Every panel takes (service, runner), shows one case at a time through set_case(),
emits `changed` after it changed the case, and re-sets its texts in retranslate().
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateTimeEdit, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.bundle.fmt import human_size  # noqa: F401  (re-exported for the panels)
from app.core.enums import EvidenceKind
from app.core.timeutil import BEIJING, to_beijing
from app.services.cases import CaseService
from app.views.widgets import palette
from app.views.widgets.form_fields import DateTimeEdit
from app.views.widgets.store_text import user_message
from app.views.widgets.workers import Job, WorkerRunner

# Bundle and checklist order of evidence kinds; the expected ones are ticked as they arrive.
KIND_ORDER = tuple(EvidenceKind)
EXPECTED_KINDS = KIND_ORDER[:5]  # purchase, contract, payment, chat, promo
BEIJING_ZONE = QTimeZone(8 * 3600)
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def category_of(media_type: str) -> str:
    """image | pdf | chat | opaque, as the importer and thumbnailer use them."""
    if media_type.startswith("image/"):
        return "image"
    if media_type == "application/pdf":
        return "pdf"
    if media_type in ("text/plain", "text/csv", "text/html"):
        return "chat"
    return "opaque"


def fmt_datetime(value: datetime | None) -> str:
    """Beijing time to the minute, or an empty string."""
    if value is None:
        return ""
    return to_beijing(value).strftime("%Y-%m-%d %H:%M")


def error_text(exc: BaseException) -> str:
    """A message for the user: what they can act on as it is (a refused file's reason translated),
    anything else with its type."""
    return user_message(exc) or f"{type(exc).__name__}: {exc}"


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(to_beijing(value).timestamp()), BEIJING_ZONE)


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), BEIJING)


def beijing_editor(parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-time editor that shows and edits Beijing time whatever the computer's zone."""
    edit = DateTimeEdit(parent)  # Tab leaves it
    edit.setTimeZone(BEIJING_ZONE)
    edit.setDisplayFormat(DATE_TIME_FORMAT)
    edit.setCalendarPopup(True)
    return edit


class ErrorBar(QFrame):
    """A dismissable, copyable line for errors; never a modal box in the middle of work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBar")
        self.setStyleSheet(palette.css(
            "#errorBar { background: $ALERT_BACKGROUND; border: 1px solid $ALERT_BORDER; border-radius: 4px; }"
            "#errorBar QLabel { color: $ALERT_TEXT; }"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton()
        self.close_button = QPushButton()
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.label.text()))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.close_button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.copy_button.setText(QCoreApplication.translate("ErrorBar", "Copy"))
        self.close_button.setText(QCoreApplication.translate("ErrorBar", "Dismiss"))

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class CasePanel(QWidget):
    """Base of the per-case tabs: the interface the main window calls."""

    changed = Signal()

    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.case_id: int | None = None
        self.errors = ErrorBar()

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.errors.hide()
        self.reload()

    def reload(self) -> None:
        """Show the current case again from the store."""

    def retranslate(self) -> None:
        self.errors.retranslate()

    def show_error(self, exc: BaseException | str) -> None:
        self.errors.show_message(exc if isinstance(exc, str) else error_text(exc))

    def run_write(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None, *,
                  reload: bool = True) -> Job:
        """A quick change to the store on the write thread; then reload and tell the window."""
        case_id = self.case_id

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            if reload and self.case_id == case_id:
                self.reload()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.show_error(exc)
            if self.case_id == case_id:
                self.reload()  # show the store as it is, not as the view assumed

        return self.runner.run(lambda _progress, _cancelled: fn(), write=True, on_done=done, on_error=failed)
