"""Chat logs: decoding, and splitting exported text, CSV or HTML into timed messages."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime

from app.core.timeutil import BEIJING, BadDateTime, in_range, iso_beijing, parse_datetime
from app.evidence.htmltext import html_to_text
from app.evidence.textcodec import decode_text

__all__ = ["ChatMessage", "TooManyMessages", "decode_text", "html_to_text", "parse_csv", "parse_lines"]

_DATE = r"(?P<y>\d{4})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
_TIME = r"(?P<h>\d{1,2})[:：](?P<mi>\d{2})(?:[:：](?P<s>\d{2}))?"
_STAMP = _DATE + r"(?:\s*|T)" + _TIME
# "[2026-11-01 20:00] 张三：…", "【…】", "(…)"
_BRACKETED = re.compile(r"^\s*[\[【(（]" + _STAMP + r"[\]】)）]\s*(?P<rest>.*)$")
# "2026-11-01 20:00:12 张三: 你好", or QQ style "2026-11-01 20:00:12 张三" with the text below.
_BARE = re.compile(r"^\s*" + _STAMP + r"(?:\s+(?P<rest>.*))?$")
# WeChat-export style "张三 2026-11-01 20:00:12" with the text on the following lines.
_SENDER_FIRST = re.compile(r"^\s*(?P<sender>\S.{0,39}?)\s+" + _STAMP + r"\s*$")
_STAMP_ONLY = re.compile(r"^\s*[\[【(（]?" + _STAMP + r"[\]】)）]?\s*$")
_SPLIT = re.compile(r"\s*[:：]\s?")
_MAX_SENDER = 40
# A text "has the shape" of a chat log when at least this share of its lines are message headers.
_MIN_HEADER_SHARE = 0.1

_CSV_COLUMNS = {
    "time": {"时间", "发送时间", "日期", "日期时间", "消息时间", "time", "date", "datetime", "timestamp", "sent"},
    "sender": {"发送人", "发送者", "发送方", "发言人", "昵称", "用户", "sender", "from", "name", "author", "user"},
    "text": {"内容", "消息", "消息内容", "聊天内容", "文本", "content", "message", "text", "body", "msg"},
}


@dataclass
class ChatMessage:
    at: datetime | None
    sender: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"at": iso_beijing(self.at) or "", "sender": self.sender, "text": self.text}


# More messages than this are not read (a 1,000,000-row CSV took 1.3 GB): the importer refuses the file.
MAX_MESSAGES = 100_000


class TooManyMessages(ValueError):
    """A chat log of more than `limit` messages: raised as soon as that is known, before its messages are made."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit:,} messages")
        self.limit = limit


def parse_lines(text: str, limit: int = MAX_MESSAGES) -> list[ChatMessage]:
    """Messages from exported chat text; [] if the text is not shaped like a chat log.

    Raises TooManyMessages at the (limit + 1)th message."""
    messages: list[ChatMessage] = []
    nonblank = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        nonblank += 1
        header = _header(line)
        if header is not None:
            messages.append(header)
            if len(messages) > limit:
                raise TooManyMessages(limit)
        elif messages:
            _append(messages[-1], line.strip())
        # Lines before the first header (titles, export banners) stay in the raw text only.
    if not messages or len(messages) < nonblank * _MIN_HEADER_SHARE:
        return []
    return messages


def _header(line: str) -> ChatMessage | None:
    for pattern in (_BRACKETED, _BARE):
        match = pattern.match(line)
        if match:
            sender, body = _sender_and_text(match.group("rest") or "")
            return ChatMessage(_stamp(match), sender, body)
    match = _SENDER_FIRST.match(line)
    if match:
        return ChatMessage(_stamp(match), match.group("sender").strip(), "")
    return None


def _sender_and_text(rest: str) -> tuple[str, str]:
    parts = _SPLIT.split(rest.strip(), maxsplit=1)
    if len(parts) == 2 and 0 < len(parts[0]) <= _MAX_SENDER:
        return parts[0].strip(), parts[1].strip()
    if len(rest) <= _MAX_SENDER:
        return rest.strip(), ""  # QQ style: the sender alone, the text follows
    return "", rest.strip()


def _append(message: ChatMessage, line: str) -> None:
    message.text = f"{message.text}\n{line}" if message.text else line


def _stamp(match: re.Match[str]) -> datetime | None:
    """Aware datetime from the regex groups; naive log times are Beijing time."""
    try:
        return in_range(datetime(
            int(match.group("y")),
            int(match.group("mo")),
            int(match.group("d")),
            int(match.group("h")),
            int(match.group("mi")),
            int(match.group("s") or 0),
            tzinfo=BEIJING,
        ))
    except ValueError:
        return None


def parse_time(cell: str) -> datetime | None:
    """A time cell from a CSV: the log formats above, ISO 8601 with offset, or Unix epoch."""
    value = cell.strip()
    if not value:
        return None
    match = _STAMP_ONLY.match(value)
    if match:
        return _stamp(match)
    if value.isdigit() and len(value) in (10, 13):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return in_range(datetime.fromtimestamp(seconds, BEIJING))
    try:
        return parse_datetime(value)
    except BadDateTime:
        return None


def parse_csv(text: str, limit: int = MAX_MESSAGES) -> list[ChatMessage]:
    """Messages from CSV/TSV columns time, sender, content; [] if the table has no such shape.

    At most limit + 2 rows are read (a header and one too many); a chat of more than limit rows raises
    TooManyMessages before its messages are made (each one's time parsed: ~6 us a row)."""
    delimiter = _delimiter(text)
    rows: list[list[str]] = []
    for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter):
        if any(row):
            rows.append(row)
            if len(rows) > limit + 1:
                break
    if not rows:
        return []
    columns = _header_columns(rows[0])
    if columns is not None:
        if len(rows) - 1 > limit:
            raise TooManyMessages(limit)
        return [_row_message(row, columns) for row in rows[1:]]
    # Without a header, trust positions only if the first column really holds times.
    if len(rows[0]) < 3 or sum(1 for row in rows if parse_time(row[0])) * 2 < len(rows):
        return []
    if len(rows) > limit:
        raise TooManyMessages(limit)
    # Unquoted delimiters inside a message split it into extra cells: glue them back.
    return [ChatMessage(parse_time(row[0]), _cell(row, 1), delimiter.join(row[2:]).strip()) for row in rows]


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return "\t" if first.count("\t") and first.count("\t") >= first.count(",") else ","


def _header_columns(row: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        # "发送人(发送者)" and "Time (UTC+8)" name their column before the parenthesis.
        name = re.sub(r"[(（].*?[)）]", "", cell).strip().lower()
        for key, names in _CSV_COLUMNS.items():
            if name in names and key not in found:
                found[key] = index
    if "text" in found and len(found) >= 2:
        return found
    return None


def _row_message(row: list[str], columns: dict[str, int]) -> ChatMessage:
    return ChatMessage(
        parse_time(_cell(row, columns.get("time"))),
        _cell(row, columns.get("sender")),
        _cell(row, columns.get("text")),
    )


def _cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None and index < len(row) else ""
