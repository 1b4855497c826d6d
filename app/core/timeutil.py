"""Time handling: every datetime is timezone-aware; naive input means Beijing time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")


class BadDateTime(ValueError):
    """A text that is not an ISO 8601 date-time."""


# Far around any purchase, complaint or chat, and well inside what datetime and the store can hold
# (year 1 with a +23:59 offset, or 9999 with -23:59, overflow when turned into UTC).
MIN_YEAR, MAX_YEAR = 1900, 2199


def in_range(value: datetime | None) -> datetime | None:
    """The datetime if its year, in UTC and in Beijing time, is within MIN_YEAR..MAX_YEAR; else None."""
    if value is None:
        return None
    try:
        utc = aware(value).astimezone(UTC)
        local = utc.astimezone(BEIJING)
    except (OverflowError, ValueError):
        return None
    if not all(MIN_YEAR <= v.year <= MAX_YEAR for v in (utc, local)):
        return None
    return value


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
        raise BadDateTime(f"not an ISO 8601 date-time: {text[:60]!r}") from exc
    if in_range(value) is None:
        raise BadDateTime(f"{text[:60]!r} is outside the years {MIN_YEAR}–{MAX_YEAR}")
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
