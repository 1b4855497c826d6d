"""Passwords for encrypted case archives: asked for (never echoed), or read from a file for scripts.

`--password` asks on the terminal (twice when writing an archive from a terminal, so a typo cannot lock
the owner out); without a terminal it reads one line from standard input. `--password-file FILE` reads
the first line of FILE (its line ending dropped). A password is never printed, logged or stored.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from app.core.errors import DomainError


class PasswordInputError(DomainError):
    """No password could be read (end of input, an unreadable file)."""


def _ask(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    print(prompt, end="", file=sys.stderr, flush=True)  # a script's input: one line, no echo control needed
    try:
        line = sys.stdin.readline() if sys.stdin is not None else ""
    finally:
        print(file=sys.stderr, flush=True)  # what follows starts on a line of its own
    if not line:
        raise EOFError
    return line.rstrip("\r\n")


MAX_PASSWORD_FILE = 64 * 1024


def from_file(path: str) -> str:
    """The first line of FILE; a pipe is fine (`--password-file <(pass show case)` leaves nothing on disk)."""
    try:
        with open(Path(path).expanduser(), "rb") as fh:
            raw = fh.read(MAX_PASSWORD_FILE + 1)
        if len(raw) > MAX_PASSWORD_FILE:
            raise PasswordInputError(f"{path}: not a password file (over {MAX_PASSWORD_FILE // 1024} KiB)")
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise PasswordInputError(f"{path}: the password file cannot be read ({why})") from exc
    first = text.splitlines()[0] if text else ""
    if not first:
        raise PasswordInputError(f"{path}: the password file is empty")
    return first


def ask(confirm: bool = False) -> str:
    """The password typed at the prompt; with confirm, typed twice (on a terminal) and compared."""
    try:
        password = _ask("Password: ")
        if confirm and sys.stdin is not None and sys.stdin.isatty() and _ask("Repeat the password: ") != password:
            raise PasswordInputError("the two passwords differ; nothing was written")
    except (EOFError, KeyboardInterrupt, OSError) as exc:  # OSError: no input to read from at all
        raise PasswordInputError("no password was given") from exc
    if not password:
        raise PasswordInputError("the password is empty")
    return password


def given(args: argparse.Namespace, confirm: bool = False) -> str | None:
    """The password the command was given (--password-file, or --password asks), else None."""
    if getattr(args, "password_file", None):
        return from_file(args.password_file)
    if getattr(args, "password", False):
        return ask(confirm)
    return None


def add_password_options(p: argparse.ArgumentParser, writing: bool) -> None:
    what = "encrypt the archive (AES-256; 7-Zip opens it) with a password asked for now" if writing else \
        "ask for the archive's password now (it is asked for anyway when the archive is encrypted)"
    group = p.add_mutually_exclusive_group()
    group.add_argument("--password", action="store_true", help=what)
    group.add_argument("--password-file", metavar="FILE",
                       help="read the password from the first line of FILE (for scripts)")
