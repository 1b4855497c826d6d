"""A joint complaint (migration 0012): cases against one business, each complainant's consent, representatives."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime


class JointComplaint(Base):
    __tablename__ = "joint_complaints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    merchant_name: Mapped[str] = mapped_column(String(500), default="")
    merchant_shop: Mapped[str] = mapped_column(String(500), default="")
    facts: Mapped[str] = mapped_column(Text, default="")
    demands: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    members: Mapped[list[JointMember]] = relationship(back_populates="joint", order_by="JointMember.id",
                                                      cascade="all, delete-orphan")


class JointMember(Base):
    __tablename__ = "joint_members"
    # A case is in one joint complaint at most; each complainant has a letter (A, B, …) for the exhibits.
    __table_args__ = (UniqueConstraint("case_id", name="uq_joint_members_case_id"),
                      UniqueConstraint("joint_id", "letter", name="uq_joint_members_joint_letter"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    joint_id: Mapped[int] = mapped_column(ForeignKey("joint_complaints.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    letter: Mapped[str] = mapped_column(String(4))
    consented_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    consent_how: Mapped[str] = mapped_column(String(200), default="")
    representative: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)

    joint: Mapped[JointComplaint] = relationship(back_populates="members")
