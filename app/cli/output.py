"""What every command shares: exit codes, the store, printing errors and JSON, the console."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from app.core import paths as config

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


_opened: list[Any] = []


def open_service(args: argparse.Namespace, housekeeping: bool = True):  # type: ignore[no-untyped-def]
    """The store for this command; closed by close_services() when the command ends."""
    from app.services.cases import CaseService

    service = CaseService(config.data_dir(args.data_dir), housekeeping=housekeeping)
    _opened.append(service)
    return service


def close_services() -> None:
    """Close every store a command opened: no connection outlives its command (in-process callers too)."""
    while _opened:
        _opened.pop().close()


# Never written raw to a terminal: control characters (escape sequences can rewrite the screen),
# bidi controls (they reorder what is shown: a title can look like another), line and paragraph
# separators, and lone surrogates (bytes of a file name that are not UTF-8).
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")


# json.dumps already escapes control characters inside strings; what it leaves raw, and only that.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                             "\ud800-\udfff]")


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """The text with everything that could play tricks on a terminal written as an escape (\\x1b, \\u202e)."""
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def say(text: str = "", *, err: bool = False) -> None:
    """Print one line for a person: what came from a file or a user is shown, never obeyed."""
    print(escaped(text), file=sys.stderr if err else sys.stdout)


def error(message: str) -> None:
    say(f"error: {message}", err=True)


def print_json(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    print(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def utf8_console() -> None:
    """Print Chinese on any console (Windows' default code page cannot); unencodable text is replaced."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def record_id(text: str) -> int:
    """A database id: a whole number from 1 to 2^63-1 (what SQLite and PostgreSQL can hold)."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text[:40]!r}") from None
    if not 0 < value < 2**63:
        raise argparse.ArgumentTypeError(f"no record can have the id {text[:40]}")
    return value


def path_arg(text: str) -> Path:
    return Path(text).expanduser()
