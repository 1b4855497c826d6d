"""Time handling: every datetime is timezone-aware; naive input means Beijing time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")


class BadDateTime(ValueError):
    """A text that is not an ISO 8601 date-time."""


def aware(value: datetime) -> datetime:
    """Attach Beijing time to a naive datetime; leave aware ones as they are."""
    return value.replace(tzinfo=BEIJING) if value.tzinfo is None else value


def parse_datetime(text: str) -> datetime:
    """Parse ISO 8601 (with or without offset, 'Z' allowed); naive means UTC+8."""
    raw = text.strip()
    if not raw:
        raise BadDateTime("empty date-time")
    if raw.endswith(("Z", "z")):
        raw = raw[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise BadDateTime(f"not an ISO 8601 date-time: {text!r}") from exc
    return aware(value)


def to_beijing(value: datetime) -> datetime:
    return aware(value).astimezone(BEIJING)


def iso_beijing(value: datetime | None) -> str | None:
    """ISO 8601 with +08:00, seconds precision, as in the JSON contracts."""
    if value is None:
        return None
    return to_beijing(value).replace(microsecond=0).isoformat()


def now() -> datetime:
    return datetime.now(BEIJING)
