"""Error reports without case facts: what the log file and the crash dialog say about an exception.

A traceback's frames (file, line, function, the line of code) come from the app's own source and are
kept; what an exception says can quote anything (a title, a name, a phone number, a file name, a
path), so its message keeps only its shape: quoted text, paths, e-mail addresses, numbers of three
digits or more and every run of non-ASCII text (Chinese names, addresses, titles) become «…». The
user's home folder in file names becomes ~. Local variables are never included.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path

HIDDEN = "«…»"
_PATTERNS = [
    re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”|「[^」\n]*」"),  # quoted text
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail addresses
    re.compile(r"(?:[A-Za-z]:)?(?:[\\/][^\s\\/:]*)+[\\/]?[^\s\\/:]*"),  # paths
    re.compile(r"[^\x00-\x7f](?:[^\x00-\x7f\n]|[ \t\w-])*[^\x00-\x7f]|[^\x00-\x7f]"),  # non-ASCII text
    re.compile(r"[\w.-]+\.(?:png|jpe?g|heic|heif|webp|gif|bmp|tiff?|pdf|txt|csv|html?|json|zip|docx?|xlsx?|"
               r"mp4|mov|m4a|mp3|amr|wav)\b", re.IGNORECASE),  # file names
    re.compile(r"\d[\d,._-]{2,}\d|\d{3,}"),  # numbers of 3+ digits (phones, ids, amounts, order numbers)
]


def scrub(message: str) -> str:
    out = message
    for pattern in _PATTERNS:
        out = pattern.sub(HIDDEN, out)
    return re.sub(r"(?:«…»[\s,.:;]*){2,}", HIDDEN + " ", out).strip()


def _home(path: str) -> str:
    home = str(Path.home())
    return "~" + path[len(home):] if home and home not in ("/", "") and path.startswith(home) else path


def _chain(exc: BaseException) -> list[tuple[BaseException, str]]:
    """The exception and what it came from, oldest first, each with the sentence that leads to the next."""
    out: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    joint = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        out.append((current, joint))
        if current.__cause__ is not None:
            current, joint = current.__cause__, "The above exception was the direct cause of the following exception:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, joint = current.__context__, "During handling of the above exception, another exception occurred:"
        else:
            current = None
    return out[::-1]


def headline(exc: BaseException) -> str:
    """`ValueError: «…» is not a valid amount`: the type and the message's shape."""
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ("builtins", "__main__"):
        name = f"{module}.{name}"
    message = scrub(str(exc))
    return f"{name}: {message}" if message else name


def report_text(exc: BaseException) -> tuple[str, str]:
    """(one-line summary, details) of an exception, with no case facts in either."""
    parts: list[str] = []
    pieces = _chain(exc)
    for item, joint in pieces:
        frames = traceback.extract_tb(item.__traceback__)
        if frames:
            parts.append("Traceback (most recent call last):\n")
            for frame in frames:
                parts.append(f'  File "{_home(frame.filename)}", line {frame.lineno}, in {frame.name}\n')
                if frame.line:
                    parts.append(f"    {frame.line.strip()}\n")
        parts.append(headline(item) + "\n")
        if joint:  # how this one led to the next (newer) one
            parts.append(f"\n{joint}\n\n")
    return headline(exc), "".join(parts)
