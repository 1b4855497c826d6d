"""The redacted copy of an evidence item (schema revision 0008): the boxes, and the copy in vault/derived."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.privacy import RedactionBox
from app.models.base import Base, UTCDateTime

if TYPE_CHECKING:
    from app.models.evidence import EvidenceItem


class Redaction(Base):
    __tablename__ = "redactions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # One redaction per item: the boxes are edited as a whole; the audit log keeps earlier ones.
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence_items.id"), unique=True, index=True)
    boxes_json: Mapped[str] = mapped_column(Text)  # [[page, x, y, w, h], ...]
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # the redacted copy
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)

    evidence: Mapped[EvidenceItem] = relationship(back_populates="redaction")

    @property
    def boxes(self) -> tuple[RedactionBox, ...]:
        return self.parse_boxes(self.boxes_json)

    @staticmethod
    def parse_boxes(text: str) -> tuple[RedactionBox, ...]:
        return tuple(RedactionBox.from_json(b) for b in json.loads(text))

    @staticmethod
    def dump_boxes(boxes: tuple[RedactionBox, ...]) -> str:
        return json.dumps([b.to_json() for b in boxes], separators=(",", ":"))
