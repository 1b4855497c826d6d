"""The live summary of a rule check: what can be claimed, why, by when, and what is still missing.

Also the short texts the case list shows (remedy, next deadline), so both say the same.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.core.enums import MONEY_REMEDIES
from app.views.widgets import palette
from app.views.widgets.labels import remedy_label

if TYPE_CHECKING:
    from app.rules.result import CheckResult, Deadline

translate = QCoreApplication.translate


def money(amount: object) -> str:
    from app.rules.wording import money as fmt_money

    return fmt_money(amount)  # type: ignore[arg-type]


def when_short(value: datetime) -> str:
    """Month, day and time in Beijing time, e.g. 11月8日 20:00 / Nov 8, 20:00."""
    from app.core.timeutil import now, to_beijing
    from app.views.widgets.form_fields import to_qdatetime

    local = to_beijing(value)
    if local.year != now().year:  # a limitation period three years on must not read as this year's
        # Translators: a Qt date format; keep the letters yyyy, M, MMM, d, HH, mm.
        fmt = translate("Summary", "MMM d yyyy, HH:mm")
    else:
        # Translators: a Qt date format; keep the letters M, MMM, d, HH, mm.
        fmt = translate("Summary", "MMM d, HH:mm")
    return to_qdatetime(local).toString(fmt)


def time_left(span: timedelta) -> str:
    """Whole days left, rounded down (never more time than there is); under a day, hours rounded up.

    Two source texts rather than a %n plural: lupdate does not see plurals in translate() calls.
    """
    days = int(span.total_seconds() // 86400)
    if days >= 1:
        text = translate("Summary", "1 day left") if days == 1 else translate("Summary", "%1 days left")
        return text.replace("%1", str(days))
    hours = max(1, -int(-span.total_seconds() // 3600))
    text = translate("Summary", "1 hour left") if hours == 1 else translate("Summary", "%1 hours left")
    return text.replace("%1", str(hours))


def deadline_phrase(deadline: Deadline, as_of: datetime) -> str:
    """"due Nov 8, 20:00, 2 days left" or "passed Nov 8, 20:00"."""
    merchant = deadline.party == "merchant"
    if deadline.party == "authority":
        if deadline.state == "met":
            return translate("Summary", "done in time")
        if deadline.passed or deadline.due <= as_of or deadline.state == "missed":
            return translate("Summary", "overdue since %1").replace("%1", when_short(deadline.due))
    elif deadline.state == "met":
        if merchant:
            return translate("Summary", "refunded")
        if deadline.id == "court.limitation":
            return translate("Summary", "filed in time")
        return translate("Summary", "asked in time")
    if deadline.passed or deadline.due <= as_of or deadline.state == "missed":
        if merchant:
            return translate("Summary", "the merchant is overdue since %1").replace("%1", when_short(deadline.due))
        return translate("Summary", "passed %1").replace("%1", when_short(deadline.due))
    return (translate("Summary", "due %1, %2").replace("%1", when_short(deadline.due))
            .replace("%2", time_left(deadline.due - as_of)))


def next_deadline(result: CheckResult) -> Deadline | None:
    """The soonest deadline still ahead, if any."""
    ahead = [d for d in result.deadlines if not d.passed and d.state == "open"]
    return min(ahead, key=lambda d: d.due) if ahead else None


def headline(result: CheckResult) -> str:
    remedy = result.remedy
    if remedy in MONEY_REMEDIES and not result.amount_known:
        return translate("Summary", "%1 – enter the order amount to see how much").replace(
            "%1", remedy_label(remedy, short=True))
    if remedy == "refund_plus_compensation":
        return (translate("Summary", "Refund %1; compensation you may claim %2")
                .replace("%1", money(result.refund_amount)).replace("%2", money(result.compensation)))
    if remedy == "full_refund":
        return translate("Summary", "Full refund possible: %1").replace("%1", money(result.refund_amount))
    if remedy == "partial_refund":
        return translate("Summary", "Partial refund possible: %1").replace("%1", money(result.refund_amount))
    if remedy == "none":
        return translate("Summary", "No refund claim found yet")
    return translate("Summary", "Not enough facts to decide yet")


def reason_line(result: CheckResult) -> str:
    """The best met rule and its deadline, e.g. "7-day no-reason refund · due Nov 8, 20:00, 2 days left"."""
    best = [r for r in result.met() if r.remedy == result.remedy]
    parts = [r.title or r.id for r in best[:2]]
    by_rule = {d.id: d for d in result.deadlines}
    deadline = next((by_rule[r.id] for r in best if r.id in by_rule and not by_rule[r.id].passed), None)
    if deadline is None:  # the best claim has no time limit (or none met): still say what runs out first
        deadline = next_deadline(result)
        if deadline is not None:
            parts.append(deadline.title or deadline.id)
    if deadline is not None:
        parts.append(deadline_phrase(deadline, result.as_of))
    return " · ".join(parts)


def next_line(result: CheckResult) -> str:
    """The first steps to take, e.g. "Next: Contact platform customer service → Complain to 12315"."""
    titles = [s.title for s in result.next_steps[:3] if s.title]
    return translate("Summary", "Next: %1").replace("%1", " → ".join(titles)) if titles else ""


def missing_lines(result: CheckResult) -> list[str]:
    from app.rules.wording import EVIDENCE_WORDS, FIELD_WORDS, word

    sep = "、" if result.lang == "zh" else ", "
    lines = []
    if result.missing_fields:
        names = sep.join(word(FIELD_WORDS, f, result.lang) for f in result.missing_fields)
        lines.append(translate("Summary", "A complaint still needs: %1").replace("%1", names))
    if result.missing_evidence:
        names = sep.join(word(EVIDENCE_WORDS, k, result.lang) for k in result.missing_evidence)
        lines.append(translate("Summary", "Evidence still missing: %1").replace("%1", names))
    return lines


class SummaryCard(QFrame):
    """Shows one CheckResult; the owner recomputes it (in a worker) and calls show_result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(palette.css(
            "#summaryCard { background: $CARD_BACKGROUND; border: 1px solid $CARD_BORDER; border-radius: 6px; }"))
        self.result: CheckResult | None = None
        self.headline = QLabel(self)
        self.headline.setStyleSheet(palette.css("font-size: 15pt; font-weight: bold; color: $HEADING;"))
        self.reason = QLabel(self)
        self.overdue = QLabel(self)
        self.overdue.setStyleSheet(palette.css("color: $ERROR_TEXT; font-weight: bold;"))
        self.next = QLabel(self)
        self.problems = QLabel(self)
        self.problems.setStyleSheet(palette.css("color: $ERROR_TEXT; font-weight: bold;"))
        self.missing = QLabel(self)
        self.missing.setStyleSheet(palette.css("color: $CAUTION_TEXT;"))
        layout = QVBoxLayout(self)
        for label in self.labels():
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)  # in its fixed-height area the lines stay together at the top
        self.setAccessibleName(translate("Summary", "Summary of the rule check"))
        self.show_result(None)

    def show_result(self, result: CheckResult | None) -> None:
        self.result = result
        if result is None:
            self.headline.setText(translate("Summary", "Checking the refund rules…"))
            for label in self.labels()[1:]:
                label.hide()
            return
        self.headline.setText(headline(result))
        reason = reason_line(result)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self.overdue.setText(translate("Summary", "The refund is overdue: it should have arrived by now."))
        self.overdue.setVisible(result.refund_overdue)
        steps = next_line(result)
        self.next.setText(steps)
        self.next.setVisible(bool(steps))
        self.problems.setText("\n".join(translate("Summary", "Please check: %1").replace("%1", p.text)
                                         for p in result.problems))
        self.problems.setVisible(bool(result.problems))
        missing = missing_lines(result)
        self.missing.setText("\n".join(missing))
        self.missing.setVisible(bool(missing))

    def show_waiting(self, message: str) -> None:
        """No check can run on the form as it is (a field is refused): say so instead of a result."""
        self.result = None
        self.headline.setText(message)
        for label in self.labels()[1:]:
            label.hide()

    def labels(self) -> tuple[QLabel, ...]:
        return (self.headline, self.reason, self.overdue, self.problems, self.next, self.missing)

    def text(self) -> str:
        """Everything the card says, for tests and copying."""
        return "\n".join(label.text() for label in self.labels() if not label.isHidden())

    def retranslate(self) -> None:
        self.setAccessibleName(translate("Summary", "Summary of the rule check"))
        self.show_result(self.result)
