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
    engine: Mapped[str] = mapped_column(String(64))  # app.evidence.ocr.engine.engine_version(): redone when it changes
    read_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str | None] = mapped_column(String(20), nullable=True)  # the guessed kind (order, payment, ...)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")  # the lines, one per line
    lines_json: Mapped[str] = mapped_column(Text, default="[]")  # [{"text", "box": [x, y, w, h], "score", "page"}]
    facts_json: Mapped[str] = mapped_column(Text, default="{}")  # {"order.amount": {"value", "line", "lines"}}
    error: Mapped[str | None] = mapped_column(Text, nullable=True)  # the file could not be read (kept: not retried)


def text_match_ids(words: list[str], prefix: str = "w") -> Any:
    """A SELECT of the evidence ids whose text holds every word (SQLite FTS5 table evidence_fts).

    The trigram index answers words of three characters or more (MATCH); a shorter word (退款 is two)
    cannot use it and is a LIKE over the indexed text. The result fits `column.in_(...)`.
    """
    parts, params = [], {}
    for n, word in enumerate(words):
        key = f"{prefix}{n}"
        if len(word) >= 3:
            parts.append(f"evidence_fts MATCH :{key}")
            params[key] = '"' + word.replace('"', '""') + '"'
        else:
            parts.append(f"evidence_fts.text LIKE :{key} ESCAPE '\\'")
            params[key] = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    sql = "SELECT rowid FROM evidence_fts WHERE " + " AND ".join(parts)
    return text(sql).bindparams(**params).columns(column("rowid", Integer))
