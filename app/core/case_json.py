"""The case JSON format <-> domain objects: the case's facts and complaints, the limits and consistency
checks every way in shares, and the field readers app.core.case_draft (a whole case file) uses.

Amounts are read as Decimal (never float); datetimes are ISO 8601, naive meaning
Beijing time. Every error names the field it concerns.
"""

from __future__ import annotations

from dataclasses import asdict, fields, is_dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.core.domain import (
    CASE_STATUSES,
    COMPLAINT_CHANNELS,
    COMPLAINT_OUTCOMES,
    PLATFORMS,
    REFUND_STATUSES,
    Agent,
    CaseData,
    Complaint,
    Consumer,
    Course,
    Merchant,
    Order,
    Refund,
)
from app.core.errors import CaseFileError
from app.core.money import BadAmount, fmt, parse_amount, parse_percent
from app.core.timeutil import BadDateTime, iso_beijing, parse_datetime, to_beijing

MAX_TEXT = 20_000


def json_object(data: Any, name: str) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CaseFileError(name, "must be an object")
    return data


def text_field(data: dict[str, Any], key: str, prefix: str, *, limit: int = 500) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        value = str(value)  # order numbers and phones are often given as numbers
    if not isinstance(value, str):
        raise CaseFileError(f"{prefix}{key}", "must be text")
    if len(value) > limit:
        raise CaseFileError(f"{prefix}{key}", f"longer than {limit} characters")
    return value.strip()


def when_field(data: dict[str, Any], key: str, prefix: str) -> datetime | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise CaseFileError(f"{prefix}{key}", "must be an ISO 8601 date-time text")
    try:
        return parse_datetime(value)
    except BadDateTime as exc:
        raise CaseFileError(f"{prefix}{key}", str(exc)) from exc


def _amount(data: dict[str, Any], key: str, prefix: str) -> Decimal | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    try:
        return parse_amount(value)
    except BadAmount as exc:
        raise CaseFileError(f"{prefix}{key}", str(exc)) from exc


def choice_field(data: dict[str, Any], key: str, prefix: str, allowed: tuple[str, ...], default: str) -> str:
    value = data.get(key)
    if value is None or value == "":
        return default
    if value not in allowed:
        raise CaseFileError(f"{prefix}{key}", f"must be one of {', '.join(allowed)}")
    return str(value)


def _progress(data: dict[str, Any]) -> Decimal | None:
    value = data.get("progress_percent")
    if value is None or value == "":
        return None
    if isinstance(value, float):
        value = Decimal(repr(value))  # a float is never parsed from JSON here; a caller may pass one
    try:
        return parse_percent(value)
    except BadAmount as exc:
        raise CaseFileError("course.progress_percent", f"must be a number from 0 to 100 ({exc})") from exc


def _bool(data: dict[str, Any], key: str, prefix: str) -> bool:
    value = data.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise CaseFileError(f"{prefix}{key}", "must be true or false")
    return value


def parse_case(data: Any, require_title: bool = True) -> CaseData:
    """Validate and convert the case part of a case JSON.

    A stored case needs its title; the rule check (`check --file`) does not, so there a JSON
    of facts alone is checked, and a bad fact is named rather than the missing title.
    """
    root = json_object(data, "(root)")
    title = text_field(root, "title", "", limit=200)
    if not title and require_title:
        raise CaseFileError("title", "is required")
    consumer = json_object(root.get("consumer"), "consumer")
    merchant = json_object(root.get("merchant"), "merchant")
    order = json_object(root.get("order"), "order")
    course = json_object(root.get("course"), "course")
    refund = json_object(root.get("refund"), "refund")
    agent = json_object(root.get("agent"), "agent")
    case = CaseData(
        title=title,
        platform=choice_field(root, "platform", "", PLATFORMS, "kuaishou"),
        status=choice_field(root, "status", "", CASE_STATUSES, "open"),
        consumer=Consumer(**{k: text_field(consumer, k, "consumer.") for k in _names(Consumer)}),
        merchant=Merchant(**{k: text_field(merchant, k, "merchant.") for k in _names(Merchant)}),
        order=Order(
            number=text_field(order, "number", "order."),
            item=text_field(order, "item", "order."),
            amount=_amount(order, "amount", "order."),
            paid_at=when_field(order, "paid_at", "order."),
            channel=text_field(order, "channel", "order."),
        ),
        course=Course(
            starts_at=when_field(course, "starts_at", "course."),
            progress_percent=_progress(course),
            misrepresented=_bool(course, "misrepresented", "course."),
        ),
        refund=Refund(
            status=choice_field(refund, "status", "refund.", REFUND_STATUSES, "not_requested"),
            requested_at=when_field(refund, "requested_at", "refund."),
            refunded_amount=_amount(refund, "refunded_amount", "refund.") or Decimal("0.00"),
            refunded_at=when_field(refund, "refunded_at", "refund."),
            refused_at=when_field(refund, "refused_at", "refund."),
        ),
        demands=text_field(root, "demands", "", limit=MAX_TEXT),
        facts=text_field(root, "facts", "", limit=MAX_TEXT),
        agent=Agent(**{k: text_field(agent, k, "agent.") for k in _names(Agent)}),
        complaints=_complaints(root.get("complaints")),
    )
    check_consistency(case)
    return case


MAX_COMPLAINTS = 100


def _complaints(raw: Any) -> list[Complaint]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise CaseFileError("complaints", "must be a list")
    if len(raw) > MAX_COMPLAINTS:
        raise CaseFileError("complaints", f"more than {MAX_COMPLAINTS} complaints")
    return [parse_complaint(item, f"complaints[{i}].") for i, item in enumerate(raw)]


def parse_complaint(data: Any, prefix: str = "complaint.") -> Complaint:
    """One complaint: channel (required), filed_at, number, accepted_at, closed_at, outcome, notes."""
    obj = json_object(data, prefix.rstrip("."))
    if obj.get("channel") in (None, ""):
        raise CaseFileError(f"{prefix}channel", f"is required (one of {', '.join(COMPLAINT_CHANNELS)})")
    complaint = Complaint(
        channel=choice_field(obj, "channel", prefix, COMPLAINT_CHANNELS, ""),
        filed_at=when_field(obj, "filed_at", prefix),
        number=text_field(obj, "number", prefix, limit=LIMITS["complaint_number"]),
        accepted_at=when_field(obj, "accepted_at", prefix),
        closed_at=when_field(obj, "closed_at", prefix),
        outcome=choice_field(obj, "outcome", prefix, COMPLAINT_OUTCOMES, "") or None,
        notes=text_field(obj, "notes", prefix, limit=MAX_TEXT),
    )
    check_complaint(complaint, prefix)
    return complaint


def _day_before(later: datetime | None, earlier: datetime | None) -> bool:
    """`later` falls on an earlier Beijing day than `earlier` (a date typed without a time is that day)."""
    return later is not None and earlier is not None and to_beijing(later).date() < to_beijing(earlier).date()


def check_complaint(c: Complaint, prefix: str = "complaint.") -> None:
    """A complaint's own facts: known codes, and no step dated before the one it follows."""
    if c.channel not in COMPLAINT_CHANNELS:
        raise CaseFileError(f"{prefix}channel", f"must be one of {', '.join(COMPLAINT_CHANNELS)}")
    if c.outcome is not None and c.outcome not in COMPLAINT_OUTCOMES:
        raise CaseFileError(f"{prefix}outcome", f"must be one of {', '.join(COMPLAINT_OUTCOMES)}")
    check_text(f"{prefix}number", c.number, LIMITS["complaint_number"])
    check_text(f"{prefix}notes", c.notes, LIMITS["long"])
    if _day_before(c.accepted_at, c.filed_at):
        raise CaseFileError(f"{prefix}accepted_at", "accepted before it was filed")
    if _day_before(c.closed_at, c.filed_at):
        raise CaseFileError(f"{prefix}closed_at", "closed before it was filed")
    if _day_before(c.closed_at, c.accepted_at):
        raise CaseFileError(f"{prefix}closed_at", "closed before it was accepted")


def check_consistency(case: CaseData) -> None:
    """Facts that contradict each other are refused, naming the later field."""
    paid, requested = case.order.paid_at, case.refund.requested_at
    if paid is not None and requested is not None and paid > requested:
        raise CaseFileError("order.paid_at", "payment is after the refund request")
    refunded_at = case.refund.refunded_at
    if requested is not None and refunded_at is not None and refunded_at < requested:
        raise CaseFileError("refund.refunded_at", "refund arrived before it was requested")
    if _day_before(case.refund.refused_at, paid):
        raise CaseFileError("refund.refused_at", "the refusal is dated before the payment")
    amount, refunded = case.order.amount, case.refund.refunded_amount
    if amount is not None and refunded is not None and refunded > amount:
        raise CaseFileError("refund.refunded_amount", "more was refunded than was paid")


MAX_TITLE = 200
# One table of limits for every way in: case JSON, archive, window, command line.
LIMITS = {"title": MAX_TITLE, "source": 500, "proves": 2000, "event": 2000, "short": 500, "long": MAX_TEXT,
          "file_name": 1024, "complaint_number": 200}


def check_text(field: str, value: str, limit: int) -> str:
    """A text the store keeps: at most `limit` characters and valid Unicode (refused, never cut)."""
    if len(value) > limit:
        raise CaseFileError(field, f"longer than {limit} characters ({len(value)})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise CaseFileError(field, f"contains an invalid character (a lone surrogate \\u{ord(value[exc.start]):04x})") \
            from None
    return value


def check_case_texts(case: CaseData) -> None:
    """Every text of a case within the limits the case JSON sets (so what is stored can be exported and
    read back from an archive)."""
    check_title(case.title)
    for group in ("consumer", "merchant"):
        obj = getattr(case, group)
        for name in _names(type(obj)):
            check_text(f"{group}.{name}", getattr(obj, name), LIMITS["short"])
    for name in ("number", "item", "channel"):
        check_text(f"order.{name}", getattr(case.order, name), LIMITS["short"])
    check_text("demands", case.demands, LIMITS["long"])
    check_text("facts", case.facts, LIMITS["long"])


def check_title(title: str) -> str:
    """A stored case's title: not blank, at most MAX_TITLE characters (refused, never cut)."""
    text = title.strip()
    if not text:
        raise CaseFileError("title", "is required")
    return check_text("title", text, MAX_TITLE)


def _names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


def case_to_json(case: CaseData) -> dict[str, Any]:
    """The case part of a case JSON; amounts as strings, datetimes +08:00."""

    def conv(value: Any) -> Any:
        if isinstance(value, Decimal):
            return fmt(value) if value == value.quantize(Decimal("0.01")) else str(value)
        if isinstance(value, datetime):
            return iso_beijing(value)
        if isinstance(value, dict):
            return {k: conv(v) for k, v in value.items()}
        return value

    assert is_dataclass(case)
    out: dict[str, Any] = conv(asdict(case))
    out["complaints"] = [complaint_to_json(c) for c in case.complaints]
    progress = case.course.progress_percent
    out["course"]["progress_percent"] = None if progress is None else _plain_number(progress)
    return out


def complaint_to_json(c: Complaint) -> dict[str, Any]:
    """A complaint as in the case JSON (without the store's id: an archive's complaints get new ones)."""
    return {"channel": c.channel, "filed_at": iso_beijing(c.filed_at), "number": c.number,
            "accepted_at": iso_beijing(c.accepted_at), "closed_at": iso_beijing(c.closed_at),
            "outcome": c.outcome, "notes": c.notes}


def _plain_number(value: Decimal) -> int | float:
    # Progress is a percentage, not money: an int when whole, else a short decimal string.
    return int(value) if value == value.to_integral_value() else float(value)
