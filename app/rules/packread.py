"""Reading a parsed pack TOML: typed getters that know where they are, and line finding.

A `Problem` carries the table, array index and key it concerns; `find_line` turns that
into a line number by scanning the text (best effort; the file is always named).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.core.money import BadAmount, parse_amount


class Problem(Exception):
    """A semantic error at a place in a pack."""

    def __init__(self, table: str, index: int | None, key: str | None, reason: str) -> None:
        super().__init__(reason)
        self.table, self.index, self.key, self.reason = table, index, key, reason


_HEADER = re.compile(r"^\s*\[\[?\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$")


def find_line(text: str, table: str, index: int | None, key: str | None) -> int | None:
    """The 1-based line of `key` in the index-th `[table]`/`[[table]]` block, else of the block's header."""
    lines = text.splitlines()
    heads = [(n, m.group(1).strip()) for n, line in enumerate(lines) if (m := _HEADER.match(line))]
    if table:
        starts = [n for n, name in heads if name == table]
        if (index or 0) >= len(starts):
            return None
        start = starts[index or 0]
    else:
        start = -1  # top-level keys sit before the first header
    later = [n for n, name in heads if n > start and not name.startswith(f"{table}.")]
    end = later[0] if later else len(lines)
    if key is not None:
        # Also matches a key inside an inline table: `source = { url = "" }`.
        pattern = re.compile(rf"(^|[{{,])\s*\"?{re.escape(key)}\"?\s*=")
        for n in range(start + 1, end):
            if pattern.search(lines[n]):
                return n + 1
    return start + 1 if start >= 0 else None


def toml_error_line(message: str) -> tuple[int | None, str]:
    """tomllib puts the place at the end: '... (at line N, column M)'."""
    at = re.search(r"\s*\(at line (\d+), column (\d+)\)\s*$", message)
    if not at:
        return None, message
    return int(at.group(1)), f"{message[: at.start()]} (column {at.group(2)})"


def threshold(typ: str, value: Any) -> Decimal:
    """A threshold as exact Decimal; amounts must be text so no float ever touches money."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"must be a number, not {type(value).__name__}")
    if typ == "amount":
        if isinstance(value, float):
            raise ValueError('amounts must be text, e.g. "300.00"')
        try:
            return parse_amount(value)
        except BadAmount as exc:
            raise ValueError(str(exc))
    try:
        number = Decimal(repr(value) if isinstance(value, float) else str(value).strip())
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}")
    if not number.is_finite() or number < 0:
        raise ValueError(f"must be a non-negative number, not {value!r}")
    if typ == "percent" and number > 100:
        raise ValueError(f"a percentage must be 0-100, not {value!r}")
    return number


def placeholders(text: str) -> list[str]:
    """Names used as `{name}` in a text; ValueError on unbalanced braces."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


class Table:
    """One TOML table and where it sits, with typed getters that raise Problem."""

    def __init__(self, data: Any, table: str, index: int | None = None) -> None:
        self.table, self.index = table, index
        if not isinstance(data, dict):
            raise Problem(table, index, None, f"[{table}] must be a table")
        self.data: dict[str, Any] = data

    def fail(self, key: str | None, reason: str) -> Problem:
        return Problem(self.table, self.index, key, reason)

    def check_keys(self, allowed: Iterable[str]) -> None:
        known = set(allowed)
        for key in self.data:
            if key not in known:
                raise self.fail(key, f"unknown key {key!r} in [{self.table}]")

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(None, f"missing key {key!r} in [{self.table}]")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(key, f"{key} must be a non-empty text")
        return value.strip()

    def pair(self, base: str) -> tuple[str, str]:
        return self.text(f"{base}_zh"), self.text(f"{base}_en")

    def has_any(self, *keys: str) -> bool:
        return any(k in self.data for k in keys)

    def sub_texts(self, key: str, allowed: Iterable[str], required: Iterable[str]) -> dict[str, str]:
        """An inline table of texts, e.g. source = {document, article, url}."""
        raw = self.data.get(key)
        if raw is None:
            raise self.fail(None, f"missing key {key!r} in [{self.table}]")
        if not isinstance(raw, dict):
            raise self.fail(key, f"{key} must be a table like {{ {', '.join(allowed)} }}")
        sub = Table(raw, self.table, self.index)
        try:
            sub.check_keys(allowed)
            needed = set(required)
            return {k: sub.text(k, required=k in needed) for k in allowed}
        except Problem as exc:
            raise self.fail(key, f"{key}: {exc.reason}")

    def day(self, key: str) -> date:
        value = self.data.get(key)
        if value is None:
            raise self.fail(None, f"missing key {key!r} in [{self.table}]")
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                raise self.fail(key, f"{key} must be a date like 2024-01-01, not {value!r}")
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.fail(key, f"{key} must be a date like 2024-01-01")
        return value
