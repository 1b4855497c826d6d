"""A refund case: the parties, the order, the course, the refund, and what is asked."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Money, Percent, UTCDateTime

if TYPE_CHECKING:
    from app.models.complaint import ComplaintRow
    from app.models.evidence import EvidenceItem
    from app.models.export import ExportRecord
    from app.models.timeline import TimelineEvent


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Lasting identity, also written in the vault's sidecars: ids are reused by a restored database.
    uid: Mapped[str] = mapped_column(String(32), unique=True, index=True, default=lambda: uuid.uuid4().hex)
    title: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(20), default="kuaishou")
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)

    consumer_name: Mapped[str] = mapped_column(String(500), default="")
    consumer_phone: Mapped[str] = mapped_column(String(500), default="")
    consumer_address: Mapped[str] = mapped_column(String(500), default="")
    consumer_id_number: Mapped[str] = mapped_column(String(500), default="")
    consumer_email: Mapped[str] = mapped_column(String(500), default="")

    merchant_name: Mapped[str] = mapped_column(String(500), default="")
    merchant_shop: Mapped[str] = mapped_column(String(500), default="")
    merchant_address: Mapped[str] = mapped_column(String(500), default="")
    merchant_contact: Mapped[str] = mapped_column(String(500), default="")

    order_number: Mapped[str] = mapped_column(String(500), default="")
    order_item: Mapped[str] = mapped_column(String(500), default="")
    order_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    order_paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    order_channel: Mapped[str] = mapped_column(String(500), default="")

    course_starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    course_progress: Mapped[Decimal | None] = mapped_column(Percent, nullable=True)
    course_misrepresented: Mapped[bool] = mapped_column(Boolean, default=False)

    refund_status: Mapped[str] = mapped_column(String(30), default="not_requested")
    refund_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    refund_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    refund_refunded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    refund_refused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    demands: Mapped[str] = mapped_column(Text, default="")
    facts: Mapped[str] = mapped_column(Text, default="")

    # Someone filing for the consumer (Art. 11 of the 2026 measures); empty when the consumer files.
    agent_name: Mapped[str] = mapped_column(String(500), default="")
    agent_id_number: Mapped[str] = mapped_column(String(500), default="")
    agent_phone: Mapped[str] = mapped_column(String(500), default="")

    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    trashed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)  # in the trash (0010)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # Several volunteers (migration 0008): the number of the last audit entry, who made it, who has the case.
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    assignee: Mapped[str] = mapped_column(String(100), default="", server_default="", index=True)

    evidence: Mapped[list[EvidenceItem]] = relationship(
        back_populates="case", order_by="EvidenceItem.position", cascade="all, delete-orphan"
    )
    events: Mapped[list[TimelineEvent]] = relationship(
        back_populates="case", order_by="TimelineEvent.at", cascade="all, delete-orphan"
    )
    exports: Mapped[list[ExportRecord]] = relationship(
        back_populates="case", order_by="ExportRecord.at", cascade="all, delete-orphan"
    )
    complaints: Mapped[list[ComplaintRow]] = relationship(
        back_populates="case", order_by="ComplaintRow.id", cascade="all, delete-orphan"
    )
