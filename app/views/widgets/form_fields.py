"""Small input widgets shared by the Overview tab and the new-case wizard.

Amounts and progress are typed as text and read as exact Decimal (never float);
date-times are Beijing time (UTC+8) and may be empty.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.money import BadAmount, fmt_grouped, parse_amount, parse_percent
from app.core.timeutil import BEIJING, now, to_beijing
from app.views.widgets import palette

BEIJING_ZONE = QTimeZone(8 * 3600)
EMPTY_DATE = QDateTime(QDate(2000, 1, 1), QTime(0, 0), BEIJING_ZONE)


translate = QCoreApplication.translate


def number_problem(exc: BadAmount, percent: bool = False) -> str:
    """Why a typed amount or percentage was refused, in the UI language."""
    texts = {
        "negative": translate("FormFields", "Cannot be negative."),
        "too_large": translate("FormFields", "Too large: at most 999,999,999.99."),
        "decimals": (translate("FormFields", "At most two decimal places.") if percent
                     else translate("FormFields", "At most two decimal places (fen).")),
        "ambiguous": (translate("FormFields", "Unclear where the decimal point is: write 12.5") if percent
                      else translate("FormFields", "Unclear where the decimal point is: write 1299.50 or "
                                                   "1,299.50")),
        "over_100": translate("FormFields", "At most 100%."),
    }
    fallback = (translate("FormFields", "Not a percentage: type a number from 0 to 100, e.g. 12.5") if percent
                else translate("FormFields", "Not an amount: type digits, e.g. 199.50"))
    return texts.get(exc.code, fallback)


class NumberEdit(QLineEdit):
    """A number typed as text: kept exactly as typed (no validator drops a character), read by the
    core's one parser; `reading` (placed under the field by the form) says what was understood, or
    in red why it was refused. Empty means unknown."""

    percent = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reading = QLabel(parent)
        self.reading.setWordWrap(True)
        self.reading.hide()
        self.textChanged.connect(self._show_reading)

    def _parse(self, text: str) -> Decimal:
        raise NotImplementedError

    def _understood(self, value: Decimal) -> str:
        raise NotImplementedError

    def _read(self) -> tuple[Decimal | None, str | None]:
        """(the number, why it is refused): (None, None) when empty."""
        text = self.text().strip()
        if not text:
            return None, None
        try:
            return self._parse(text), None
        except BadAmount as exc:
            return None, number_problem(exc, self.percent)

    def problem(self) -> str | None:
        """The reason the text is refused, or None (empty or a good number)."""
        return self._read()[1]

    def value(self) -> Decimal | None:
        """The number, or None when empty or refused (see problem())."""
        return self._read()[0]

    def _show_reading(self) -> None:
        value, problem = self._read()
        if problem is not None:
            self.reading.setText(problem)
            colour = palette.ERROR_TEXT
        elif value is not None and self.text().strip() != self._canonical(value):
            self.reading.setText(self._understood(value))  # "¥199" -> "= ¥199.00": say how it was read
            colour = palette.MUTED
        else:
            self.reading.setText("")
            colour = palette.MUTED
        self.reading.setStyleSheet(f"color: {colour};")
        self.reading.setVisible(bool(self.reading.text()))
        self.setAccessibleDescription(self.reading.text())

    def _canonical(self, value: Decimal) -> str:
        return ""

    def retranslate(self) -> None:
        self._show_reading()


class AmountEdit(NumberEdit):
    """Money in yuan: 199.5, 199,5, ¥199, 199元, １９９, 1,299.00; two decimals at most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0.00")

    def _parse(self, text: str) -> Decimal:
        return parse_amount(text)

    def _canonical(self, value: Decimal) -> str:
        return f"{value:.2f}"

    def _understood(self, value: Decimal) -> str:
        return translate("FormFields", "= ¥%1").replace("%1", fmt_grouped(value))

    def set_value(self, amount: Decimal | None) -> None:
        self.setText("" if amount is None else f"{amount:.2f}")


class PercentEdit(NumberEdit):
    """A percentage from 0 to 100 with up to two decimals: 12, 12.5, 12%, １２％."""

    percent = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0–100")

    def _parse(self, text: str) -> Decimal:
        return parse_percent(text)

    def _canonical(self, value: Decimal) -> str:
        return format(value.normalize(), "f")

    def _understood(self, value: Decimal) -> str:
        return translate("FormFields", "= %1%").replace("%1", self._canonical(value))

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else self._canonical(value))


def to_qdatetime(value: datetime) -> QDateTime:
    local = to_beijing(value)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second),
                     BEIJING_ZONE)


def from_qdatetime(value: QDateTime) -> datetime:
    local = value.toTimeZone(BEIJING_ZONE)
    d, t = local.date(), local.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), tzinfo=BEIJING)


class DateTimeEdit(QDateTimeEdit):
    """A date-time edit that Tab leaves, like every other field (QDateTimeEdit's Tab walks its sections and
    kept the focus in an empty "not set" field). Sections are reached with ← → or by typing the separators."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            # Straight to the next (previous) field: QDateTimeEdit would move to its next section instead.
            return QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
        return super().event(event)


class DateTimeField(QWidget):
    """A Beijing-time date-time picker that can be empty, with a Set/Clear button.

    "Set" never makes a date up: it shows a starting point (today, 00:00) and says it is not saved until the
    user changes it, as the evidence editor's "Date known" does. Until then value() is None and nothing is
    stored: an order screenshot is never dated after the dispute because a button filled in *now*.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateTimeEdit(self)
        self.edit.setTimeZone(BEIJING_ZONE)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(EMPTY_DATE)
        self.button = QToolButton(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(palette.css("color: $CAUTION; font-size: 9pt;"))
        self.note.hide()
        self.pending = False  # a starting point is shown, not yet the user's date
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self._edited)
        self.button.clicked.connect(self._toggle)
        self.set_value(None)

    def is_empty(self) -> bool:
        """No date: "not set", or a starting point the user has not changed yet."""
        return self.pending or self.edit.dateTime() <= EMPTY_DATE

    def value(self) -> datetime | None:
        return None if self.is_empty() else from_qdatetime(self.edit.dateTime())

    def set_value(self, value: datetime | None) -> None:
        """Set without emitting `changed` (loading a case is not an edit)."""
        blocked = self.edit.blockSignals(True)
        self.edit.setDateTime(EMPTY_DATE if value is None else to_qdatetime(value))
        self.edit.blockSignals(blocked)
        self.pending = False
        self.retranslate()

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(name + " – " + self.button.text())

    def retranslate(self) -> None:
        self.edit.setSpecialValueText(translate("FormFields", "not set"))
        blank = self.edit.dateTime() <= EMPTY_DATE
        self.button.setText(translate("FormFields", "Set") if blank else translate("FormFields", "Clear"))
        self.button.setToolTip(translate("FormFields", "Pick the date and time; nothing is saved until you change "
                                                       "the starting point shown") if blank
                               else translate("FormFields", "Leave empty"))
        self.note.setText(translate("FormFields", "Change it to when this happened; it is not saved until you do."))
        self.note.setVisible(self.pending)

    def _toggle(self) -> None:
        if self.edit.dateTime() <= EMPTY_DATE:
            start = now().replace(hour=0, minute=0, second=0, microsecond=0)
            blocked = self.edit.blockSignals(True)  # a starting point is not an edit: nothing to save
            self.edit.setDateTime(to_qdatetime(start))
            self.edit.blockSignals(blocked)
            self.pending = True
            self.retranslate()
            self.edit.setFocus()
        else:
            was_value = not self.pending
            self.pending = False
            blocked = self.edit.blockSignals(True)
            self.edit.setDateTime(EMPTY_DATE)
            self.edit.blockSignals(blocked)
            self.retranslate()
            if was_value:
                self.changed.emit()

    def _edited(self) -> None:
        self.pending = False  # the user chose this date
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
