"""Words and number formats shared by rule reasons, the text report and the views.

Only Chinese and English; every table has both so a missing translation fails a test, not a user.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from app.core.enums import Language
from app.core.money import round_cent
from app.core.timeutil import to_beijing

LANGS = tuple(Language)

VERDICT_WORDS = {
    "met": ("符合", "met"),
    "not_met": ("不符合", "not met"),
    "unknown": ("无法判断", "unknown"),
}

REMEDY_WORDS = {
    "refund_plus_compensation": ("退款并赔偿", "refund plus compensation"),
    "full_refund": ("全额退款", "full refund"),
    "partial_refund": ("按比例部分退款", "partial refund"),
    "none": ("暂无可主张的退款", "no refund claim found"),
    "unknown": ("信息不足，暂无法判断", "not enough facts to decide"),
}

EVIDENCE_WORDS = {
    "purchase": ("购买记录（订单截图或订单详情）", "purchase record (order screenshot or details)"),
    "contract": ("合同或课程协议", "contract or course agreement"),
    "payment": ("付款凭证", "proof of payment"),
    "chat": ("与商家或客服的聊天记录", "chat with the merchant or customer service"),
    "promo": ("宣传材料（广告、直播或详情页截图）", "promotion material (ads, live-stream or product page)"),
    "refund": ("退款申请或退款记录", "refund request or refund record"),
    "other": ("其他材料", "other material"),
}

FIELD_WORDS = {
    "consumer.name": ("你的姓名", "your name"),
    "consumer.phone": ("你的电话号码", "your phone number"),
    "consumer.address": ("你的通讯地址", "your postal address"),
    "merchant.name": ("商家名称", "the merchant's name"),
    "merchant.address": ("商家地址", "the merchant's address"),
    "order.number": ("订单号", "the order number"),
    "demands": ("你的诉求", "your demands"),
    "facts": ("事情经过", "what happened"),
}


def pick(lang: str, pair: tuple[str, str]) -> str:
    return pair[0] if lang == "zh" else pair[1]


def word(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    """A table entry in `lang`; an unknown key is shown as itself rather than hidden."""
    pair = table.get(key)
    return pick(lang, pair) if pair else key


def money(amount: Decimal) -> str:
    return f"¥{round_cent(amount):.2f}"


def percent(value: Decimal) -> str:
    """4 -> '4%', 5.1 -> '5.1%', 100 -> '100%' (no exponent, no trailing zeros)."""
    text = format(value.normalize(), "f")
    return f"{text}%"


def number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def duration(span: timedelta, lang: str, *, long: bool = False) -> str:
    """Days, hours, minutes ('3 d 14 h'; long: '3 days 14 hours' for prose).

    Seconds round up, so a span one second over a limit never reads as equal to it.
    """
    total = span.total_seconds()
    sign = "-" if total < 0 else ""
    minutes = int(-(-abs(total) // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if lang == "zh":
        parts = [f"{n}{u}" for n, u in zip((days, hours, mins), ("天", "小时", "分钟"), strict=True) if n]
        return sign + ("".join(parts) or "0分钟")
    units = (("day", "hour", "minute") if long else ("d", "h", "min"))
    parts = [f"{n} {u}{'s' if long and n != 1 else ''}" for n, u in zip((days, hours, mins), units, strict=True) if n]
    return sign + (" ".join(parts) or ("0 minutes" if long else "0 min"))


def hours_span(hours: Decimal) -> timedelta:
    return timedelta(seconds=int(hours * 3600))


def days_span(days: Decimal) -> timedelta:
    return timedelta(seconds=int(days * 86400))


def when(value: datetime) -> str:
    """Beijing wall time; seconds only when they matter (a boundary one second off)."""
    local = to_beijing(value)
    return local.strftime("%Y-%m-%d %H:%M:%S" if local.second else "%Y-%m-%d %H:%M")
