"""The empty state: what the app does in three steps, and two big ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.views.widgets import palette

# One style sheet for the whole page, parsed and applied once: nine per-widget sheets cost the
# first paint ~2 ms more. Step numbers are centred here too, so the first paint needs no Qt
# namespace enums (they cost ~15 ms to create).
PAGE_STYLE = palette.css("""
#welcomeHeading { font-size: 20pt; font-weight: bold; color: $HEADING; }
#welcomeIntro { font-size: 11pt; color: $TEXT; }
QPushButton#newCase, QPushButton#openDemo { font-size: 13pt; padding: 12px 28px; border-radius: 6px; }
QPushButton#newCase { background: $ACCENT; color: white; }
QPushButton#newCase:hover { background: $ACCENT_HOVER; }
QPushButton#openDemo { background: white; color: $ACCENT; border: 1px solid $ACCENT; }
QPushButton#openDemo:hover { background: $ACCENT_TINT; }
QPushButton#newCase:disabled, QPushButton#openDemo:disabled { color: $DISABLED; }
QPushButton#newCase:focus, QPushButton#openDemo:focus { border: 3px solid $FOCUS; padding: 10px 26px; }
#scamNote { color: $ALERT_TEXT; background: $ALERT_BACKGROUND; padding: 8px; border-radius: 4px; }
QLabel#stepNumber { qproperty-alignment: AlignCenter; background: $ACCENT; color: white; border-radius: 16px;
                    font-weight: bold; font-size: 12pt; min-width: 32px; max-width: 32px; min-height: 32px;
                    max-height: 32px; }
#stepTitle { font-size: 12pt; font-weight: bold; }
#stepText { color: $MUTED; }
""")


class WelcomePage(QWidget):
    new_case = Signal()
    open_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAGE_STYLE)
        self.heading = QLabel(self)
        self.heading.setObjectName("welcomeHeading")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("welcomeIntro")
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newCase")
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("openDemo")
        self.steps: list[tuple[QLabel, QLabel, QLabel]] = []
        self.scam_note = QLabel(self)
        self.scam_note.setWordWrap(True)
        self.scam_note.setObjectName("scamNote")
        self._build()
        self.new_button.clicked.connect(self.new_case)
        self.demo_button.clicked.connect(self.open_demo)
        self.retranslate()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        steps = QGridLayout()
        steps.setHorizontalSpacing(14)
        steps.setVerticalSpacing(14)
        for row in range(3):
            number = QLabel(str(row + 1), self)
            number.setObjectName("stepNumber")
            title = QLabel(self)
            title.setObjectName("stepTitle")
            text = QLabel(self)
            text.setWordWrap(True)
            text.setObjectName("stepText")
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(title)
            cell.addWidget(text)
            steps.addWidget(number, row, 0)
            steps.addLayout(cell, row, 1)
            self.steps.append((number, title, text))
        steps.setColumnStretch(1, 1)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (self.heading, self.intro):
            column.addWidget(widget)
        column.addSpacing(18)
        column.addLayout(steps)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.scam_note)
        column.addStretch(2)
        body = QWidget(self)
        body.setLayout(column)
        body.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(body, 6)
        outer.addStretch(1)

    def set_ready(self, ready: bool) -> None:
        """The buttons work once the case store is open."""
        self.new_button.setEnabled(ready)
        self.demo_button.setEnabled(ready)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Get your course money back"))
        self.intro.setText(self.tr("Bought an online course in a Kuaishou live stream and want a refund? This app "
                                   "keeps your evidence in order, tells you what the refund rules give you, and "
                                   "makes the complaint file for the platform, 12315 or the consumer association."))
        texts = [
            (self.tr("Create a case"), self.tr("Answer a few questions about the order; the app shows where to "
                                                "find each detail in the app you bought from.")),
            (self.tr("Add your evidence"), self.tr("Screenshots of the order and payment, the contract, the chat "
                                                    "with the merchant, the promises made in the live stream.")),
            (self.tr("See what you can claim, then export"), self.tr("The rule check says which refund applies and "
                                                                     "by when; export one PDF to hand in.")),
        ]
        for (_number, title, text), (title_text, body) in zip(self.steps, texts, strict=True):
            title.setText(title_text)
            text.setText(body)
        self.new_button.setText(self.tr("New case"))
        self.new_button.setAccessibleName(self.tr("New case"))
        self.demo_button.setText(self.tr("Open example case"))
        self.demo_button.setAccessibleName(self.tr("Open example case"))
        self.scam_note.setText(self.tr("Beware of refund scams: no real refund ever needs your bank password, a "
                                       "verification code or a “refund fee”."))
