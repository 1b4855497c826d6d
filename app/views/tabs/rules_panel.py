"""规则 tab: the full rule check of the case, with live deadline countdowns.

The check (app.rules.engine.check) runs in a worker; this panel only lays the
result out. The refund-scam warning is always shown at the top.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.money import fmt
from app.core.timeutil import now
from app.rules.report import needs_promotion_proof
from app.rules.result import CheckResult, Deadline, RuleVerdict
from app.services.cases import CaseService
from app.views.tabs.panel_base import CasePanel, fmt_datetime
from app.views.widgets import palette
from app.views.widgets.labels import field_label, kind_label, remedy_label, verdict_label
from app.views.widgets.workers import WorkerRunner

VERDICT_COLOURS = {"met": palette.GOOD, "not_met": palette.BAD, "unknown": palette.CAUTION}
SOURCE_GREY = palette.MUTED
MINUTE_MS = 60_000


def verdict_icon(verdict: str, side: int = 20) -> QPixmap:
    """A coloured disc with a tick, a cross or a question mark, drawn (no emoji font needed)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(VERDICT_COLOURS.get(verdict, palette.NEUTRAL)))
    painter.drawEllipse(1, 1, side - 2, side - 2)
    pen = QPen(QColor("white"), side / 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = side / 20
    if verdict == "met":
        path = QPainterPath(QPointF(5.5 * s, 10.5 * s))
        path.lineTo(8.5 * s, 13.5 * s)
        path.lineTo(14.5 * s, 6.5 * s)
        painter.drawPath(path)
    elif verdict == "not_met":
        painter.drawLine(QPointF(6.5 * s, 6.5 * s), QPointF(13.5 * s, 13.5 * s))
        painter.drawLine(QPointF(13.5 * s, 6.5 * s), QPointF(6.5 * s, 13.5 * s))
    else:
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(int(side * 0.7))
        painter.setFont(font)
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    return pixmap


def countdown_text(due: datetime, at: datetime) -> str:
    """'2 days 3 hours left' before the deadline, 'Passed 1 day ago' after it (还剩 2 天 3 小时 / 已过去 1 天)."""
    return Countdown().text(due, at)


class Countdown(QObject):
    """A QObject only for self.tr: lupdate makes plural forms ("1 day", "2 days") only from tr() calls."""

    def span(self, due: datetime, at: datetime, ahead: bool) -> str:
        """'2 days 3 hours' ahead, '1 day' behind (days and hours, or hours and minutes under a day)."""
        minutes = int(abs(due - at) / timedelta(minutes=1))
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        day, hour, minute = (self.tr("%n day(s)", "", days), self.tr("%n hour(s)", "", hours),
                             self.tr("%n minute(s)", "", mins))
        if days:
            return f"{day} {hour}" if ahead else day
        return f"{hour} {minute}"

    def text(self, due: datetime, at: datetime) -> str:
        if due >= at:
            return self.tr("{span} left").format(span=self.span(due, at, True))
        return self.tr("Passed {span} ago").format(span=self.span(due, at, False))

    def status(self, deadline: Deadline, at: datetime) -> tuple[str, str, bool]:
        """What a deadline's row says, its colour and weight: met green, open amber with the countdown,
        missed by the consumer red; the merchant's obligations said as the merchant's."""
        merchant = deadline.party == "merchant"
        if deadline.party == "authority":  # the regulator decides, or mediation ends, by then
            if deadline.state == "met":
                return self.tr("Done in time"), palette.GOOD, True
            if deadline.state == "missed" or deadline.due <= at:
                return (self.tr("Overdue by {span}").format(span=self.span(deadline.due, at, False)),
                        palette.MERCHANT_FAULT, True)
            return self.text(deadline.due, at), palette.OPEN, False
        if deadline.state == "met":
            done = self.tr("Filed in time") if deadline.id == "court.limitation" else self.tr("Asked in time")
            return (self.tr("Refunded") if merchant else done), palette.GOOD, True
        missed = deadline.state == "missed" or deadline.due <= at
        if merchant and missed:
            if deadline.due > at:
                return self.tr("The merchant refused"), palette.MERCHANT_FAULT, True
            return (self.tr("Merchant overdue by {span}").format(span=self.span(deadline.due, at, False)),
                    palette.MERCHANT_FAULT, True)
        if merchant:
            return self.tr("Merchant: {countdown}").format(countdown=self.text(deadline.due, at)), palette.OPEN, False
        if missed:
            return self.text(deadline.due, at), palette.BAD, False
        return self.text(deadline.due, at), palette.OPEN, True


def deadline_title(deadline: Deadline) -> str:
    title = deadline.title or deadline.id
    if deadline.party == "merchant":
        return QCoreApplication.translate("RulesPanel", "Merchant's obligation: {title}").format(title=title)
    return title


def text_label(text: str, colour: str | None = None, bold: bool = False, pixel_size: int | None = None) -> QLabel:
    """Plain text; colour and weight through the palette and font, not a style sheet per label.

    Not selectable: a selectable label carries its own text document, and with ~50 of them
    showing a check took 28 ms instead of 16 (up to 50-67 ms with workers busy). "Copy report"
    copies the whole check as text instead (the command line's report).
    """
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    style_label(label, colour, bold, pixel_size)
    return label


def style_label(label: QLabel, colour: str | None = None, bold: bool = False, pixel_size: int | None = None) -> None:
    if colour is not None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)
    if bold or pixel_size is not None:
        font = label.font()
        font.setBold(bold)
        if pixel_size is not None:
            font.setPixelSize(pixel_size)
        label.setFont(font)


def run_check(service: CaseService, case_id: int, lang: str) -> CheckResult:
    """Worker side: the case as stored, the packs in force, as of now."""
    from app.services.rule_check import rulebook_for

    return rulebook_for(service.data_dir).check_stored(service, case_id, lang, now())


class RulesPanel(CasePanel):
    def __init__(self, service: CaseService, runner: WorkerRunner, parent: QWidget | None = None) -> None:
        super().__init__(service, runner, parent)
        self.lang = "zh"
        self.result: CheckResult | None = None
        self.countdowns: list[tuple[QLabel, Deadline]] = []
        self._generation = 0
        self.warning = text_label("")
        self.warning.setObjectName("scamWarning")
        self.warning.setStyleSheet(palette.css(
            "#scamWarning { background: $WARNING_BACKGROUND; border: 2px solid $WARNING_BORDER; "
                                   "border-radius: 6px; padding: 8px; color: $WARNING_TEXT; font-weight: bold; }"))
        self.status = text_label("")
        self.recheck = QPushButton()
        self.recheck.clicked.connect(self.reload)
        self.copy = QPushButton()
        self.copy.clicked.connect(self.copy_report)
        self.copy.setEnabled(False)
        self.body = QWidget()
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidget(self.body)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.copy)
        top.addWidget(self.recheck)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addWidget(self.warning)
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(MINUTE_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.recheck.setText(self.tr("Check again"))
        self.recheck.setToolTip(self.tr("Run the check again with the case as it is now."))
        self.copy.setText(self.tr("Copy report"))
        self.copy.setToolTip(self.tr("Copy the whole check as text, to paste into a message or a complaint."))
        if self.result is None:
            self.warning.setText(self.tr("Beware of refund scams: nobody who really refunds you asks for your bank "
                                         "card password, an SMS code or a fee first. Use only the official entry in "
                                         "the app; if in doubt, call 110 or 96110."))
        self._show()

    def set_language(self, lang: str) -> None:
        """The language of the rule texts ("zh" or "en"); the main window sets it on a language switch."""
        if lang != self.lang:
            self.lang = lang
            self.reload()

    # ----- running the check -----------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation, case_id, lang = self._generation, self.case_id, self.lang
        if case_id is None:
            self.result = None
            self._show()
            return
        self.status.setText(self.tr("Checking the case against the refund rules…"))
        self.recheck.setEnabled(False)

        def done(result: CheckResult) -> None:
            if generation == self._generation:
                self.result = result
                self._show()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.recheck.setEnabled(True)
                self.status.setText(self.tr("The check could not be run."))
                self.show_error(exc)

        self.runner.run(lambda _p, _c: run_check(self.service, case_id, lang), on_done=done, on_error=failed)

    def tick(self) -> None:
        """Every minute: count down; a deadline that just passed changes verdicts, so check again."""
        at = now()
        countdown = Countdown()
        for label, deadline in self.countdowns:
            text, colour, bold = countdown.status(deadline, at)
            label.setText(text)
            style_label(label, colour, bold)
        if self.result is not None and any(not d.passed and d.due <= at for d in self.result.deadlines):
            self.reload()

    def copy_report(self) -> None:
        if self.result is None:
            return
        from PySide6.QtGui import QGuiApplication

        from app.rules.report import render_text

        QGuiApplication.clipboard().setText(render_text(self.result))
        self.status.setText(self.tr("The report is on the clipboard."))

    # ----- showing the result -------------------------------------------------------------------
    def _show(self) -> None:
        result = self.result
        self.countdowns = []
        body = QWidget()
        layout = QVBoxLayout(body)
        self.copy.setEnabled(result is not None)
        if result is None:
            self.status.setText(self.tr("Open a case to check it against the refund rules."))
        else:
            self.warning.setText(result.scam_warning)
            self.status.setText(self.tr("Checked {when} (Beijing time) against: {packs}").format(
                when=fmt_datetime(result.as_of), packs="; ".join(result.packs)))
            self.recheck.setEnabled(True)
            for section in (self._summary(result), self._deadlines(result), self._rules(result),
                            self._missing(result), self._steps(result), self._notes(result)):
                if section is not None:
                    layout.addWidget(section)
        layout.addStretch(1)
        self.area.setWidget(body)  # the old body is deleted by the scroll area
        self.body = body

    def _summary(self, r: CheckResult) -> QGroupBox:
        box = QGroupBox(self.tr("Result"))
        grid = QVBoxLayout(box)
        grid.addWidget(text_label(self.tr("Best remedy: {remedy}").format(remedy=remedy_label(r.remedy)),
                                  bold=True, pixel_size=15))
        if r.remedy in ("none", "unknown"):
            return box
        if not r.amount_known:
            grid.addWidget(text_label(self.tr("Enter the order amount in the case details to see the sums.")))
            return box
        grid.addWidget(text_label(self.tr("Refund due: ¥{amount}").format(amount=fmt(r.refund_amount))))
        if r.remedy == "refund_plus_compensation":
            grid.addWidget(text_label(self.tr("Compensation you may claim: ¥{amount}").format(
                amount=fmt(r.compensation))))
            if needs_promotion_proof(r):
                grid.addWidget(text_label(self.tr(
                    "Claiming compensation needs proof that the promotion was false or misleading (screenshots, "
                    "live-stream recordings); the case has no promotion material yet."), palette.CAUTION_TEXT))
        if r.refund_overdue:
            grid.addWidget(text_label(self.tr("The refund is overdue."), palette.BAD, bold=True))
        return box

    def _deadlines(self, r: CheckResult) -> QGroupBox | None:
        if not r.deadlines:
            return None
        box = QGroupBox(self.tr("Deadlines"))
        grid = QGridLayout(box)
        at, countdown = now(), Countdown()
        for row, d in enumerate(sorted(r.deadlines, key=lambda d: d.due)):
            grid.addWidget(text_label(deadline_title(d)), row, 0)
            due = text_label(fmt_datetime(d.due) + (self.tr(" (estimated)") if d.estimated else ""))
            if d.estimated:
                due.setToolTip(self.tr("That year's official holidays are not published yet: Monday to Friday "
                                       "are counted as working days."))
            text, colour, bold = countdown.status(d, at)
            left = text_label(text, colour, bold)
            for label in (due, left):
                label.setWordWrap(False)
            grid.addWidget(due, row, 1)
            grid.addWidget(left, row, 2)
            self.countdowns.append((left, d))
        grid.setColumnStretch(0, 1)
        return box

    def _rules(self, r: CheckResult) -> QGroupBox:
        box = QGroupBox(self.tr("Rules"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        for row, v in enumerate(r.rules):
            icon = QLabel()
            icon.setPixmap(verdict_icon(v.verdict))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            icon.setToolTip(verdict_label(v.verdict))
            icon.setAccessibleName(verdict_label(v.verdict))
            grid.addWidget(icon, row, 0)
            grid.addWidget(self._rule_text(v), row, 1)
        return box

    def _rule_text(self, v: RuleVerdict) -> QWidget:
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(2)
        colour = VERDICT_COLOURS.get(v.verdict, palette.NEUTRAL)
        heading = text_label(f"{v.title or v.id} — {verdict_label(v.verdict)}", colour, bold=True)
        heading.setObjectName(f"verdict-{v.id}")
        column.addWidget(heading)
        column.addWidget(text_label(v.reason))
        if v.source:
            column.addWidget(text_label(self.tr("Source: {source}").format(source=v.source), SOURCE_GREY))
        return widget

    def _missing(self, r: CheckResult) -> QGroupBox | None:
        if not r.missing_evidence and not r.missing_fields:
            return None
        box = QGroupBox(self.tr("Still missing"))
        column = QVBoxLayout(box)
        if r.missing_evidence:
            kinds = "、".join(kind_label(k) for k in r.missing_evidence)
            column.addWidget(text_label(self.tr("Evidence: {kinds}").format(kinds=kinds)))
        if r.missing_fields:
            fields = "、".join(field_label(f) for f in r.missing_fields)
            column.addWidget(text_label(self.tr("Complaint details: {fields}").format(fields=fields)))
        return box

    def _steps(self, r: CheckResult) -> QGroupBox | None:
        if not r.next_steps:
            return None
        box = QGroupBox(self.tr("Next steps"))
        column = QVBoxLayout(box)
        for n, step in enumerate(r.next_steps, start=1):
            column.addWidget(text_label(f"{n}. {step.title}", bold=True))
            column.addWidget(text_label(step.text))
        return box

    def _notes(self, r: CheckResult) -> QGroupBox | None:
        if not r.info:
            return None
        box = QGroupBox(self.tr("Good to know"))
        column = QVBoxLayout(box)
        for note in r.info:
            column.addWidget(text_label(note.title, bold=True))
            column.addWidget(text_label(note.text))
            if note.source:
                column.addWidget(text_label(self.tr("Source: {source}").format(source=note.source), SOURCE_GREY))
        return box
