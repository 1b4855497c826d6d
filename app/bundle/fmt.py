"""Formatting of dates, money, sizes and file names as the bundle prints them."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from app.bundle.texts import Texts
from app.core.money import fmt as fmt_amount
from app.core.timeutil import parse_datetime, to_beijing


def date(value: datetime | None, t: Texts) -> str:
    if value is None:
        return t("none")
    local = to_beijing(value)
    return t("date", y=local.year, m=local.month, d=local.day)


def date_short(value: datetime | None) -> str:
    return "" if value is None else to_beijing(value).strftime("%Y-%m-%d")


def stamp(value: datetime | None) -> str:
    """Beijing time to the minute, the same in both languages."""
    return "" if value is None else to_beijing(value).strftime("%Y-%m-%d %H:%M")


def stamp_seconds(value: datetime | None) -> str:
    return "" if value is None else to_beijing(value).strftime("%Y-%m-%d %H:%M:%S")


def chat_time(raw: str) -> str:
    """A chat message's time: ISO text shown in Beijing time, anything else as written."""
    try:
        return stamp_seconds(parse_datetime(raw))
    except ValueError:
        return raw.strip()


def money(amount: Decimal | None, t: Texts) -> str:
    return t("none") if amount is None else t("money", amount=fmt_amount(amount))


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def size(value: int, t: Texts) -> str:
    return t("size", bytes=f"{value:,}", human=human_size(value))


def page_range(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_name(name: str) -> str:
    """A file name without folders or characters Windows refuses; never a path."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return _UNSAFE.sub("_", base) or "file"


def short_title(title: str, limit: int = 28) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1] + "…"
