"""What every command shares: exit codes, the store, printing errors and JSON, the console."""

from __future__ import annotations

import argparse
import json
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


def error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


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
