"""Reading what a user or a stranger hands the app, within limits.

Only regular files are read (a FIFO or a device would block or stream for ever), never more than
a stated number of bytes; a JSON document is parsed with bounds on its numbers and nesting, and
every text in it must be valid Unicode. Each refusal names the file, or the field, and the limit.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.core.errors import DomainError

MAX_CASE_JSON = 16 * 1024**2
MAX_DIGITS = 40  # a JSON number longer than this is no amount, percentage or order number
MAX_DEPTH = 32  # the case JSON format is four levels deep


class InputRefused(DomainError):
    """A file or a value that is not read: names the file or field and the reason."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where, self.reason = where, reason


def size_text(n: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return f"{n} bytes"


def check_regular(path: Path) -> os.stat_result:
    """The file's stat if it is a regular file (links followed); InputRefused otherwise."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputRefused(str(path), "file does not exist") from None
    except OSError as exc:
        raise InputRefused(str(path), f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputRefused(str(path), "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise InputRefused(str(path), "is not a regular file (a device, pipe or socket): give a file")
    return info


def read_limited(path: Path, limit: int, what: str = "file") -> bytes:
    """The whole content of a regular file of at most `limit` bytes."""
    info = check_regular(path)
    too_large = f"{what} is too large ({size_text(info.st_size)}; the limit is {size_text(limit)})"
    if info.st_size > limit:
        raise InputRefused(str(path), too_large)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputRefused(str(path), f"cannot read: {exc.strerror or exc}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for a pipe since it was checked
            raise InputRefused(str(path), "is not a regular file (a device, pipe or socket): give a file")
        chunks, total = [], 0
        while chunk := os.read(fd, 1024 * 1024):
            total += len(chunk)
            if total > limit:
                raise InputRefused(str(path), f"{what} is too large (over {size_text(limit)}, the limit)")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise InputRefused(str(path), f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _number(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        if len(text) > MAX_DIGITS:
            raise InputRefused("(number)", f"a number of {len(text)} characters ({text[:12]}…); at most {MAX_DIGITS}")
        return kind(text)

    return parse


def _constant(text: str) -> Any:
    raise InputRefused("(number)", f"{text} is not a number JSON allows")


def loads(text: str, where: str) -> Any:
    """json.loads with Decimal numbers, bounded numbers and nesting, and valid Unicode texts."""
    try:
        value = json.loads(text, parse_float=_number(Decimal), parse_int=_number(int), parse_constant=_constant)
    except InputRefused as exc:
        raise InputRefused(where, exc.reason) from None
    except RecursionError:
        raise InputRefused(where, f"nested too deeply (at most {MAX_DEPTH} levels)") from None
    except json.JSONDecodeError as exc:
        raise InputRefused(where, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    try:
        check_tree(value)
    except InputRefused as exc:
        raise InputRefused(where, f"{exc.where}: {exc.reason}") from None
    return value


def check_tree(value: Any, path: str = "", depth: int = 0) -> None:
    """Nesting within MAX_DEPTH and no lone surrogate in any key or text; errors name the field."""
    if depth > MAX_DEPTH:
        raise InputRefused(path or "(root)", f"nested too deeply (at most {MAX_DEPTH} levels)")
    if isinstance(value, str):
        _check_text(value, path or "(root)")
    elif isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            _check_text(str(key), where)
            check_tree(item, where, depth + 1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            check_tree(item, f"{path}[{i}]", depth + 1)


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = text[exc.start]
        raise InputRefused(where.encode("utf-8", "backslashreplace").decode(),
                           f"contains an invalid character (a lone surrogate \\u{ord(bad):04x})") from None
