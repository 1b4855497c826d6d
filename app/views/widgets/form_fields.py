"""Small input widgets shared by the Overview tab and the new-case wizard.

Amounts and progress are typed as text and read as exact Decimal (never float);
date-times are Beijing time (UTC+8) and may be empty.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QRegularExpression, QTime, QTimeZone, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.core.money import BadAmount, parse_amount
from app.core.timeutil import BEIJING, now, to_beijing
from app.views.widgets import palette

# Up to 9 digits of yuan and 2 of fen; "¥" and spaces are not typed here.
AMOUNT_PATTERN = r"^\d{0,9}(\.\d{0,2})?$"
# 0 to 100 with up to two decimals (the store keeps hundredths of a percent).
PERCENT_PATTERN = r"^(100(\.0{0,2})?|\d{0,2}(\.\d{0,2})?)$"
BEIJING_ZONE = QTimeZone(8 * 3600)
EMPTY_DATE = QDateTime(QDate(2000, 1, 1), QTime(0, 0), BEIJING_ZONE)


translate = QCoreApplication.translate


class AmountEdit(QLineEdit):
    """Money in yuan, two decimals at most; empty means unknown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), self))
        self.setPlaceholderText("0.00")

    def value(self) -> Decimal | None:
        text = self.text().strip()
        if not text or text == ".":
            return None
        try:
            return parse_amount(text)
        except BadAmount:
            return None

    def set_value(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else f"{amount:.2f}")


class PercentEdit(QLineEdit):
    """A percentage from 0 to 100 with up to two decimals; empty means unknown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(PERCENT_PATTERN), self))
        self.setPlaceholderText("0–100")

    def value(self) -> Decimal | None:
        text = self.text().strip().rstrip(".")
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
        return number if 0 <= number <= 100 else None

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else format(value.normalize(), "f"))


def to_qdatetime(value: datetime) -> QDateTime:
    local = to_beijing(value)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second),
                     BEIJING_ZONE)


def from_qdatetime(value: QDateTime) -> datetime:
    local = value.toTimeZone(BEIJING_ZONE)
    d, t = local.date(), local.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=BEIJING)


class DateTimeField(QWidget):
    """A Beijing-time date-time picker that can be empty, with a Set/Clear button."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateTimeEdit(self)
        self.edit.setTimeZone(BEIJING_ZONE)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(EMPTY_DATE)
        self.button = QToolButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self._edited)
        self.button.clicked.connect(self._toggle)
        self.set_value(None)

    def is_empty(self) -> bool:
        return self.edit.dateTime() <= EMPTY_DATE

    def value(self) -> datetime | None:
        return None if self.is_empty() else from_qdatetime(self.edit.dateTime())

    def set_value(self, value: datetime | None) -> None:
        """Set without emitting `changed` (loading a case is not an edit)."""
        blocked = self.edit.blockSignals(True)
        self.edit.setDateTime(EMPTY_DATE if value is None else to_qdatetime(value))
        self.edit.blockSignals(blocked)
        self.retranslate()

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(name + " – " + self.button.text())

    def retranslate(self) -> None:
        self.edit.setSpecialValueText(translate("FormFields", "not set"))
        empty = self.is_empty()
        self.button.setText(translate("FormFields", "Set") if empty else translate("FormFields", "Clear"))
        self.button.setToolTip(translate("FormFields", "Set to now (Beijing time)") if empty
                               else translate("FormFields", "Leave empty"))

    def _toggle(self) -> None:
        if self.is_empty():
            self.edit.setDateTime(to_qdatetime(now().replace(second=0, microsecond=0)))
        else:
            self.edit.setDateTime(EMPTY_DATE)

    def _edited(self) -> None:
        self.retranslate()
        self.changed.emit()


class ErrorLabel(QLabel):
    """A field's error message, shown under it; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(palette.css("color: $ERROR_TEXT;"))
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class HintLabel(QLabel):
    """Grey text under a field saying where to find it in the app the course was bought from."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setStyleSheet(palette.css("color: $MUTED; font-size: 9pt;"))


class ChoiceCombo(QComboBox):
    """A combo box over fixed keys (a status, a platform) whose labels are translated."""

    def __init__(self, labels: Callable[[], dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        for key, text in labels().items():
            self.addItem(text, key)

    def key(self) -> str:
        return str(self.currentData())

    def set_key(self, key: str) -> None:
        blocked = self.blockSignals(True)
        index = self.findData(key)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(blocked)

    def retranslate(self) -> None:
        for i, text in enumerate(self._labels().values()):
            self.setItemText(i, text)
