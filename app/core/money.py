"""Exact money: Decimal yuan with two places, stored as integer fen."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
# Far above any course price, far below what integer fen and Decimal's 28 digits can hold
# (1e400 from a JSON file would otherwise overflow both).
MAX_AMOUNT = Decimal("999999999.99")


class BadAmount(ValueError):
    """A value that is not an exact, non-negative amount of money."""


def _shown(value: object) -> str:
    """The value as the user wrote it: '12.3x' for text, 1E+400 for a JSON number."""
    return repr(value) if isinstance(value, str) else str(value)


def parse_amount(value: object) -> Decimal:
    """Accept str, int or Decimal (JSON numbers are read as Decimal, never float)."""
    if isinstance(value, bool) or value is None:
        raise BadAmount(f"not an amount: {_shown(value)}")
    if isinstance(value, float):
        # A float has already lost exactness; its repr is the closest honest reading.
        value = repr(value)
    text = str(value).strip().replace(",", "").removeprefix("¥").removeprefix("￥")
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise BadAmount(f"not an amount: {_shown(value)}") from exc
    if not amount.is_finite():
        raise BadAmount(f"not an amount: {_shown(value)}")
    if amount < 0:
        raise BadAmount(f"negative amount: {_shown(value)}")
    if amount > MAX_AMOUNT:
        raise BadAmount(f"amount too large (at most {MAX_AMOUNT}): {_shown(value)}")
    if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
        raise BadAmount(f"more than two decimal places: {_shown(value)}")
    return amount.quantize(CENT)


def round_cent(value: Decimal) -> Decimal:
    """Round half-up to 0.01 yuan."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    return int(round_cent(amount) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


def fmt(amount: Decimal) -> str:
    """Two decimals, no grouping: the JSON contract's form."""
    return f"{round_cent(amount):.2f}"
