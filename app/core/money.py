"""Exact money: Decimal yuan with two places, stored as integer fen; and the one reader of typed numbers.

`parse_amount` and `parse_percent` read what people write (the window's fields, the case JSON, the
command line all call them): ``199.5``, ``199,5`` (a decimal comma only where it cannot be a
thousands separator), ``¥199``, ``199元``, full-width ``１９９``, ``1,299.00``. Anything else is
refused with a reason, never guessed at: ``1e3``, ``199.999``, ``1,29``… A refusal carries a
`code` so the window can say it in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
# Far above any course price, far below what integer fen and Decimal's 28 digits can hold
# (1e400 from a JSON file would otherwise overflow both).
MAX_AMOUNT = Decimal("999999999.99")
MAX_TYPED = 64  # characters: a longer "number" is not one

# Currency words before or after the figure; the sign ¥ also arrives as full-width ￥ (NFKC folds it).
_PREFIXES = ("人民币", "rmb", "cny", "¥")
_SUFFIXES = ("人民币", "rmb", "cny", "元整", "元", "块钱", "块", "圆")
_PLAIN = re.compile(r"\d+")
_DOT = re.compile(r"\d+\.\d+")
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")  # 1,299 or 1,299.50
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")  # 199,5 or 199,50: not a thousands separator
_EURO = re.compile(r"\d{1,3}(\.\d{3})+,\d{1,2}")  # 1.299,50


class BadAmount(ValueError):
    """A value that is not an exact, non-negative amount of money (or percentage).

    `code` says why (not_number, negative, too_large, decimals, ambiguous, over_100), `value`
    is what was given; str() is the English reason the command line prints.
    """

    def __init__(self, message: str, code: str = "not_number", value: object = None) -> None:
        super().__init__(message)
        self.code = code
        self.value = value


def _shown(value: object) -> str:
    """The value as the user wrote it: '12.3x' for text, 1E+400 for a JSON number."""
    return repr(value) if isinstance(value, str) else str(value)


def _strip_words(text: str, words: tuple[str, ...], *, front: bool) -> str:
    lowered = text.lower()
    for word in words:
        if front and lowered.startswith(word):
            return text[len(word):].strip()
        if not front and lowered.endswith(word):
            return text[: len(text) - len(word)].strip()
    return text


def _figure(text: str, what: str, original: object, *, percent: bool = False) -> Decimal:
    """The digits of a typed number as a Decimal; BadAmount naming why not."""
    text = unicodedata.normalize("NFKC", text).strip()  # full-width digits, ．，％￥ and U+3000
    if percent:
        text = text.removesuffix("%").strip()
    else:
        text = _strip_words(text, _PREFIXES, front=True)
        text = _strip_words(text, _SUFFIXES, front=False)
    text = text.replace(" ", "").replace("\u00a0", "").replace("'", "")
    if text.startswith("-") and len(text) > 1:
        raise BadAmount(f"negative {what}: {_shown(original)}", "negative", original)
    text = text.removeprefix("+")
    if _PLAIN.fullmatch(text) or _DOT.fullmatch(text):
        plain = text
    elif _GROUPED.fullmatch(text):
        plain = text.replace(",", "")
    elif _DECIMAL_COMMA.fullmatch(text):
        plain = text.replace(",", ".")
    elif _EURO.fullmatch(text):
        plain = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[\d.,]+", text) and any(c.isdigit() for c in text):
        raise BadAmount(f"unclear where the decimal point is: {_shown(original)}", "ambiguous", original)
    else:
        raise BadAmount(f"not {'a percentage' if percent else 'an amount'}: {_shown(original)}", "not_number",
                        original)
    return Decimal(plain)


def _number(value: object, what: str, *, percent: bool = False) -> Decimal:
    """Any accepted form (str, int, Decimal; a float by its repr) as a finite Decimal, sign included."""
    article = "a" if percent else "an"
    if isinstance(value, bool) or value is None:
        raise BadAmount(f"not {article} {what}: {_shown(value)}", "not_number", value)
    if isinstance(value, float):
        # A float has already lost exactness; its repr is the closest honest reading.
        value = repr(value)
    if not isinstance(value, (int, Decimal)):
        text = str(value)
        if len(text) > MAX_TYPED:
            raise BadAmount(f"not {article} {what}: {_shown(value)[:MAX_TYPED]}…", "not_number", value)
        return _figure(text, what, value, percent=percent)
    number = Decimal(value)
    if not number.is_finite():
        raise BadAmount(f"not {article} {what}: {_shown(value)}", "not_number", value)
    return number


def _two_places(number: Decimal, value: object) -> None:
    if number != number.quantize(CENT, rounding=ROUND_HALF_UP):
        raise BadAmount(f"more than two decimal places: {_shown(value)}", "decimals", value)


def parse_amount(value: object) -> Decimal:
    """Accept str, int or Decimal (JSON numbers are read as Decimal, never float)."""
    amount = _number(value, "amount")
    if amount < 0:
        raise BadAmount(f"negative amount: {_shown(value)}", "negative", value)
    if amount > MAX_AMOUNT:
        raise BadAmount(f"amount too large (at most {MAX_AMOUNT}): {_shown(value)}", "too_large", value)
    _two_places(amount, value)
    return amount.quantize(CENT)


def parse_percent(value: object) -> Decimal:
    """A percentage from 0 to 100 with at most two decimals (the store keeps hundredths):
    12, 12.5, "12%", "１２％", "12,5". The same reading rules as amounts."""
    number = _number(value, "percentage", percent=True)
    if number < 0:
        raise BadAmount(f"negative percentage: {_shown(value)}", "negative", value)
    if number > HUNDRED:
        raise BadAmount(f"more than 100%: {_shown(value)}", "over_100", value)
    _two_places(number, value)
    return number.normalize() if number != number.to_integral_value() else number.quantize(Decimal(1))


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


def fmt_grouped(amount: Decimal) -> str:
    """Two decimals with thousands separators, as a person reads it: 1,299.00."""
    return f"{round_cent(amount):,.2f}"
