"""One imported original: its metadata here, its bytes in the vault under sha256."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime

if TYPE_CHECKING:
    from app.models.case import Case
    from app.models.redaction import Redaction


class EvidenceItem(Base):
    __tablename__ = "evidence_items"
    # The same bytes twice in one case are one item; across cases they share a vault file.
    __table_args__ = (UniqueConstraint("case_id", "sha256", name="uq_evidence_case_sha"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    title: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(500), default="")
    proves: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    original_name: Mapped[str] = mapped_column(String(1024))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    orientation: Mapped[int | None] = mapped_column(Integer, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    page_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # A chat log's text and messages can be megabytes: loaded only when asked for (viewer, export),
    # never with the case (a 1,000,000-row log made `case show` take 5 s and 1.26 GB).
    text: Mapped[str | None] = mapped_column(Text, nullable=True, deferred=True)
    messages_json: Mapped[str | None] = mapped_column(Text, nullable=True, deferred=True)
    trashed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    case: Mapped[Case] = relationship(back_populates="evidence")
    redaction: Mapped[Redaction | None] = relationship(back_populates="evidence", cascade="all, delete-orphan",
                                                       lazy="selectin", uselist=False)
