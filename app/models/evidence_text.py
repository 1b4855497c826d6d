"""What the text recognition read on one evidence item, and which engine read it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, column, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class EvidenceText(Base):
    __tablename__ = "evidence_text"

    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence_items.id"), primary_key=True)
    # The item's case, kept here too (migration 0013) so that the case list's search on PostgreSQL finds the
    # cases whose screenshots hold a word without joining 200,000 items; no foreign key, like the audit log's.
    case_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    engine: Mapped[str] = mapped_column(String(64))  # app.evidence.ocr.engine.engine_version(): redone when it changes
    read_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str | None] = mapped_column(String(20), nullable=True)  # the guessed kind (order, payment, ...)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")  # the lines, one per line
    lines_json: Mapped[str] = mapped_column(Text, default="[]")  # [{"text", "box": [x, y, w, h], "score", "page"}]
    facts_json: Mapped[str] = mapped_column(Text, default="{}")  # {"order.amount": {"value", "line", "lines"}}
    error: Mapped[str | None] = mapped_column(Text, nullable=True)  # the file could not be read (kept: not retried)


INDEXED_MIN = 3  # the trigram tokenizer indexes runs of three characters


def text_match_ids(words: list[str], prefix: str = "w") -> Any:
    """A SELECT of the evidence ids whose text holds every word (SQLite FTS5 table evidence_fts).

    Only words of three characters or more (INDEXED_MIN): the trigram index answers them (MATCH); a
    shorter word (退款 is two) cannot use it, and a LIKE over every item's text costs 70-100 ms with 20,000
    read screenshots, too slow for each keystroke. Callers match short words another way. The result
    fits `column.in_(...)`.
    """
    parts, params = [], {}
    for n, word in enumerate(w for w in words if len(w) >= INDEXED_MIN):
        key = f"{prefix}{n}"
        parts.append(f"evidence_fts MATCH :{key}")
        params[key] = '"' + word.replace('"', '""') + '"'
    if not parts:
        raise ValueError("no word of three characters or more")
    sql = "SELECT rowid FROM evidence_fts WHERE " + " AND ".join(parts)
    return text(sql).bindparams(**params).columns(column("rowid", Integer))
