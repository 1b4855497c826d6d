"""What a rule check returns: plain data for the rules panel, `check --json` and the bundle."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.core.enums import Remedy
from app.core.money import fmt
from app.core.timeutil import iso_beijing
from app.rules.consistency import Problem

VERDICTS = ("met", "not_met", "unknown")
REMEDIES = tuple(Remedy)


@dataclass
class RuleVerdict:
    id: str
    verdict: str  # met | not_met | unknown
    remedy: str | None  # full_refund | partial_refund | refund_plus_compensation
    reason: str  # in the requested language, naming the facts used
    source: str  # document, article, link
    title: str = ""
    explanation: str = ""
    refund: Decimal | None = None  # what this rule would refund, when met
    compensation: Decimal | None = None


@dataclass
class Deadline:
    id: str
    due: datetime
    passed: bool
    title: str = ""
    refund_due: bool = False  # the merchant's deadline to refund (drives refund_overdue), not the consumer's
    source: str = ""
    # "met" (the consumer asked in time / the merchant refunded / the regulator decided), "open", "missed".
    state: str = "open"
    # Whose deadline: "consumer" (act by then), "merchant" (refund by then) or "authority" (the regulator
    # decides or ends mediation by then). Empty: told by refund_due.
    party: str = ""
    # The date depends on a year whose official holidays are not published yet (counted Monday-Friday).
    estimated: bool = False
    complaint: int | None = None  # the index in the case's complaints it counts from, if any

    def __post_init__(self) -> None:
        if not self.party:
            self.party = "merchant" if self.refund_due else "consumer"


@dataclass
class NextStep:
    id: str
    title: str
    text: str  # what to do, where, what to bring


@dataclass
class InfoNote:
    id: str
    title: str
    text: str
    source: str


@dataclass
class CheckResult:
    as_of: datetime
    lang: str
    rules: list[RuleVerdict]
    remedy: str
    refund_amount: Decimal
    compensation: Decimal
    deadlines: list[Deadline]
    refund_overdue: bool
    missing_evidence: list[str]
    missing_fields: list[str]
    next_steps: list[NextStep]
    scam_warning: str
    info: list[InfoNote] = field(default_factory=list)
    packs: list[str] = field(default_factory=list)  # "id version (effective date)"
    # False when the order amount is missing: money figures are then 0.00, not a finding.
    amount_known: bool = True
    # Facts that contradict each other, a phone nobody can call (app.rules.consistency).
    problems: list[Problem] = field(default_factory=list)

    def met(self) -> list[RuleVerdict]:
        return [r for r in self.rules if r.verdict == "met"]

    def to_json(self) -> dict[str, Any]:
        """Exactly the `check --json` contract."""
        return {
            "as_of": iso_beijing(self.as_of),
            "rules": [
                {"id": r.id, "verdict": r.verdict, "remedy": r.remedy, "reason": r.reason, "source": r.source}
                for r in self.rules
            ],
            "remedy": self.remedy,
            "refund_amount": fmt(self.refund_amount),
            "compensation": fmt(self.compensation),
            "deadlines": [{"id": d.id, "due": iso_beijing(d.due), "passed": d.passed, "estimated": d.estimated,
                           "basis": d.source} for d in self.deadlines],
            "refund_overdue": self.refund_overdue,
            "missing_evidence": list(self.missing_evidence),
            "missing_fields": list(self.missing_fields),
            "next_steps": [s.id for s in self.next_steps],
        }
