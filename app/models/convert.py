"""Rows <-> plain domain data. Views and the engine only ever see the domain side."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from app.core.domain import (
    Agent,
    CaseData,
    CaseInfo,
    Complaint,
    Consumer,
    Course,
    EventInfo,
    EvidenceInfo,
    ExportInfo,
    Merchant,
    Order,
    RedactionInfo,
    Refund,
)
from app.models.case import Case
from app.models.complaint import ComplaintRow
from app.models.evidence import EvidenceItem
from app.models.redaction import Redaction

CONSUMER = ("name", "phone", "address", "id_number", "email")
MERCHANT = ("name", "shop", "address", "contact")
AGENT = ("name", "id_number", "phone")


def case_data(row: Case) -> CaseData:
    return case_facts(row, [complaint_data(c) for c in row.complaints])


def case_facts(row: Any, complaints: list[Complaint]) -> CaseData:
    """The facts of a Case, or of a row of the cases table's columns (app/models/case_read.py)."""
    return CaseData(
        title=row.title,
        platform=row.platform,
        status=row.status,
        consumer=Consumer(**{k: getattr(row, f"consumer_{k}") for k in CONSUMER}),
        merchant=Merchant(**{k: getattr(row, f"merchant_{k}") for k in MERCHANT}),
        order=Order(
            number=row.order_number, item=row.order_item, amount=row.order_amount,
            paid_at=row.order_paid_at, channel=row.order_channel,
        ),
        course=Course(
            starts_at=row.course_starts_at, progress_percent=row.course_progress,
            misrepresented=bool(row.course_misrepresented),
        ),
        refund=Refund(
            status=row.refund_status, requested_at=row.refund_requested_at,
            refunded_amount=row.refund_amount, refunded_at=row.refund_refunded_at,
            refused_at=row.refund_refused_at,
        ),
        demands=row.demands,
        facts=row.facts,
        agent=Agent(**{k: getattr(row, f"agent_{k}") for k in AGENT}),
        complaints=sorted(complaints, key=complaint_order),
    )


COMPLAINT_FIELDS = ("channel", "filed_at", "number", "accepted_at", "closed_at", "outcome", "notes")


def complaint_order(c: Complaint) -> tuple[bool, float, int]:
    """Filed first first; one not yet dated last; then as entered."""
    return c.filed_at is None, c.filed_at.timestamp() if c.filed_at else 0.0, c.id or 0


def complaint_data(row: Any) -> Complaint:
    """A ComplaintRow, or a row of the complaints table's columns."""
    return Complaint(id=row.id, **{k: getattr(row, k) for k in COMPLAINT_FIELDS})


def apply_complaint(row: ComplaintRow, data: Complaint) -> None:
    for k in COMPLAINT_FIELDS:
        setattr(row, k, getattr(data, k))


def complaint_entries(row: Case) -> list[tuple[str, dict[str, Any]]]:
    """The audit entries of a new case's complaints (after a flush, so each has its id)."""
    return [("complaint.add", complaint_view(complaint_data(c))) for c in row.complaints]


def new_complaint_rows(data: CaseData) -> list[ComplaintRow]:
    """Rows for the complaints of a case being created (a case JSON, an archive)."""
    rows = []
    for c in data.complaints:
        row = ComplaintRow()
        apply_complaint(row, c)
        rows.append(row)
    return rows


def apply_case_data(row: Case, data: CaseData) -> None:
    row.title = data.title
    row.platform = data.platform
    row.status = data.status
    for k in CONSUMER:
        setattr(row, f"consumer_{k}", getattr(data.consumer, k))
    for k in MERCHANT:
        setattr(row, f"merchant_{k}", getattr(data.merchant, k))
    for k in AGENT:
        setattr(row, f"agent_{k}", getattr(data.agent, k))
    row.order_number = data.order.number
    row.order_item = data.order.item
    row.order_amount = data.order.amount
    row.order_paid_at = data.order.paid_at
    row.order_channel = data.order.channel
    row.course_starts_at = data.course.starts_at
    row.course_progress = data.course.progress_percent
    row.course_misrepresented = data.course.misrepresented
    row.refund_status = data.refund.status
    row.refund_requested_at = data.refund.requested_at
    row.refund_amount = data.refund.refunded_amount
    row.refund_refunded_at = data.refund.refunded_at
    row.refund_refused_at = data.refund.refused_at
    row.demands = data.demands
    row.facts = data.facts
    if row.id is None:  # a new case takes its complaints; a stored one changes them one by one (CaseService)
        row.complaints = new_complaint_rows(data)


def evidence_info(row: EvidenceItem, content: bool = False) -> EvidenceInfo:
    """The item as plain data; its text and messages only with `content` (they may be megabytes)."""
    return item_info(row, content, redaction_info(row))


def item_info(row: Any, content: bool, redaction: RedactionInfo | None) -> EvidenceInfo:
    """An EvidenceItem, or a row of the evidence table's columns (app/models/case_read.py), as plain data."""
    messages = json.loads(row.messages_json) if content and row.messages_json else None
    return EvidenceInfo(
        id=row.id, case_id=row.case_id, kind=row.kind, title=row.title, source=row.source, proves=row.proves,
        occurred_at=row.occurred_at, original_name=row.original_name, media_type=row.media_type, size=row.size,
        sha256=row.sha256, imported_at=row.imported_at, captured_at=row.captured_at, position=row.position,
        page_count=row.page_count, text=row.text if content else None, messages=messages, orientation=row.orientation,
        trashed_at=row.trashed_at, redaction=redaction,
    )


def redaction_info(row: EvidenceItem) -> RedactionInfo | None:
    r = row.redaction
    return None if r is None else redaction_of(r)


def redaction_of(r: Any) -> RedactionInfo:
    """A Redaction, or a row of the redactions table's columns."""
    return RedactionInfo(boxes=Redaction.parse_boxes(r.boxes_json), sha256=r.sha256, size=r.size,
                         media_type=r.media_type, made_at=r.made_at)


def event_info(row: Any) -> EventInfo:
    """A TimelineEvent, or a row of the timeline table's columns."""
    return EventInfo(id=row.id, case_id=row.case_id, at=row.at, text=row.text, evidence_id=row.evidence_id)


def export_info(row: Any) -> ExportInfo:
    """An ExportRecord, or a row of the exports table's columns."""
    return ExportInfo(
        id=row.id, case_id=row.case_id, at=row.at, recipient=row.recipient, lang=row.lang, pages=row.pages,
        sha256=row.sha256, file_name=row.file_name, path=row.path, draft=bool(row.draft),
    )


def case_info(row: Case, *, with_trashed: bool = False, with_content: bool = False) -> CaseInfo:
    evidence = [evidence_info(e, with_content) for e in row.evidence if with_trashed or e.trashed_at is None]
    return CaseInfo(
        id=row.id, data=case_data(row), created_at=row.created_at, updated_at=row.updated_at,
        evidence=evidence, events=[event_info(e) for e in row.events],
        exports=[export_info(x) for x in row.exports], version=row.version or 0, updated_by=row.updated_by or "",
        assignee=row.assignee or "",
    )


def audit_view(data: CaseData) -> dict[str, Any]:
    """A JSON-able snapshot of the facts for audit before/after records (complaints have entries of their own)."""
    from app.core.case_json import case_to_json

    out = case_to_json(data)
    del out["complaints"]
    return out


def complaint_view(data: Complaint) -> dict[str, Any]:
    """A complaint for the audit log: its id and its case JSON fields."""
    from app.core.case_json import complaint_to_json

    return {"id": data.id, **complaint_to_json(data)}


def diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, flattened as 'order.amount'."""
    flat_b, flat_a = _flatten(before), _flatten(after)
    keys = sorted(k for k in flat_b.keys() | flat_a.keys() if flat_b.get(k) != flat_a.get(k))
    return {k: flat_b.get(k) for k in keys}, {k: flat_a.get(k) for k in keys}


def _flatten(value: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in value.items():
        if isinstance(v, dict):
            out.update(_flatten(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


__all__ = ["apply_case_data", "asdict", "case_data", "case_info", "evidence_info", "event_info", "export_info"]
