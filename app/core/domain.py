"""Plain data for a case, shared by the store, the rules, the bundle and the views.

No SQLAlchemy and no Qt here: views and the rule engine receive these, never live rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.core.enums import (
    CaseStatus,
    ComplaintChannel,
    ComplaintOutcome,
    EvidenceKind,
    Platform,
    Recipient,
    RefundStatus,
)
from app.core.privacy import RedactionBox

PLATFORMS = tuple(Platform)
CASE_STATUSES = tuple(CaseStatus)
REFUND_STATUSES = tuple(RefundStatus)
EVIDENCE_KINDS = tuple(EvidenceKind)
RECIPIENTS = tuple(Recipient)
COMPLAINT_CHANNELS = tuple(ComplaintChannel)
COMPLAINT_OUTCOMES = tuple(ComplaintOutcome)


@dataclass
class Consumer:
    name: str = ""
    phone: str = ""
    address: str = ""
    id_number: str = ""
    email: str = ""


@dataclass
class Agent:
    """Someone who files the complaint for the consumer (a legal-aid volunteer): Art. 11 of the 2026 measures."""

    name: str = ""
    id_number: str = ""
    phone: str = ""


@dataclass
class Merchant:
    name: str = ""
    shop: str = ""
    address: str = ""
    contact: str = ""


@dataclass
class Order:
    number: str = ""
    item: str = ""
    amount: Decimal | None = None
    paid_at: datetime | None = None
    channel: str = ""


@dataclass
class Course:
    starts_at: datetime | None = None
    # Decimal so that 5% and 5.1% stay distinct; 0-100.
    progress_percent: Decimal | None = None
    misrepresented: bool = False


@dataclass
class Refund:
    status: str = "not_requested"
    requested_at: datetime | None = None
    refunded_amount: Decimal = Decimal("0.00")
    refunded_at: datetime | None = None
    refused_at: datetime | None = None  # when the merchant refused: the limitation period counts from it


@dataclass
class Complaint:
    """A complaint about the case filed somewhere: the platform, 12315, the consumer association, a court."""

    channel: str = "market_regulator"
    filed_at: datetime | None = None
    number: str = ""  # the complaint or case number the body gave
    accepted_at: datetime | None = None
    closed_at: datetime | None = None
    outcome: str | None = None  # None while open
    notes: str = ""
    id: int | None = None  # the store's id; None before it is stored (never in the case JSON)


@dataclass
class CaseData:
    """The facts of one case as the user states them."""

    title: str
    platform: str = "kuaishou"
    status: str = "open"
    consumer: Consumer = field(default_factory=Consumer)
    merchant: Merchant = field(default_factory=Merchant)
    order: Order = field(default_factory=Order)
    course: Course = field(default_factory=Course)
    refund: Refund = field(default_factory=Refund)
    demands: str = ""
    facts: str = ""
    agent: Agent = field(default_factory=Agent)
    # Read with the case; changed only through CaseService's complaint methods (update_case leaves them).
    complaints: list[Complaint] = field(default_factory=list)


@dataclass
class EvidenceSpec:
    """Evidence named in a case JSON, before import (file is a path)."""

    file: str
    kind: str = "other"
    title: str = ""
    source: str = ""
    proves: str = ""
    occurred_at: datetime | None = None
    original_name: str | None = None  # kept through case archives; else the file's own name


@dataclass
class EventSpec:
    at: datetime
    text: str
    evidence_file: str | None = None


@dataclass
class CaseDraft:
    """A parsed case JSON: the case, its evidence files and its events."""

    case: CaseData
    evidence: list[EvidenceSpec] = field(default_factory=list)
    events: list[EventSpec] = field(default_factory=list)


@dataclass(frozen=True)
class RedactionInfo:
    """The redacted copy of an evidence item: the boxes filled, and the copy's own hash (in vault/derived)."""

    boxes: tuple[RedactionBox, ...]
    sha256: str
    size: int
    media_type: str  # image/png for a picture, application/pdf for a PDF
    made_at: datetime

    @property
    def count(self) -> int:
        return len(self.boxes)


@dataclass
class EvidenceInfo:
    """An imported evidence item, detached from the database."""

    id: int
    case_id: int
    kind: str
    title: str
    source: str
    proves: str
    occurred_at: datetime | None
    original_name: str
    media_type: str
    size: int
    sha256: str
    imported_at: datetime
    captured_at: datetime | None
    position: int
    page_count: int | None
    text: str | None
    messages: list[dict[str, str]] | None = None
    orientation: int | None = None
    trashed_at: datetime | None = None
    redaction: RedactionInfo | None = None  # what the bundle shows instead of the original


@dataclass
class EventInfo:
    id: int
    case_id: int
    at: datetime
    text: str
    evidence_id: int | None = None


@dataclass
class ExportInfo:
    id: int
    case_id: int
    at: datetime
    recipient: str
    lang: str
    pages: int
    sha256: str
    file_name: str
    path: str | None = None  # where the bundle was written (exports before 0011 have none)
    draft: bool = False  # every page marked 草稿/DRAFT: for checking, not for filing


@dataclass
class CaseInfo:
    """A stored case with its evidence, events and exports."""

    id: int
    data: CaseData
    created_at: datetime
    updated_at: datetime
    evidence: list[EvidenceInfo] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)
    exports: list[ExportInfo] = field(default_factory=list)
    version: int = 0  # the number of the case's last audit entry: it grows with every change
    updated_by: str = ""  # who made the last change
    assignee: str = ""  # the volunteer who has the case ('' = nobody)

    @property
    def evidence_kinds(self) -> list[str]:
        return [e.kind for e in self.evidence if e.trashed_at is None]


@dataclass
class FieldConflict:
    """One fact two people changed at once: what it was, what you typed, what they saved, who and when.

    Values are as the case JSON writes them (amounts and dates as text); `field` is a path like order.amount.
    """

    field: str
    base: object
    mine: object
    theirs: object
    by: str = ""
    at: datetime | None = None


@dataclass
class CaseSummary:
    """One row of the case list (CaseService.list_cases; app.services.first_page before SQLAlchemy loads)."""

    id: int
    title: str
    merchant: str
    consumer: str
    order_number: str
    amount: Decimal | None
    status: str
    refund_status: str
    updated_at: datetime
    assignee: str = ""
    updated_by: str = ""
    version: int = 0
