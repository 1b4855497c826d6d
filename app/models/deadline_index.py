"""Deadlines still waiting on someone, per case: derived from the rule check, kept for fast lists.

The case list sorts by the next one, the to-do view lists those of the coming days, and the window
says which fell due since it was last opened, each with one query instead of a rule check per case.
Rewritten whenever a case's facts or complaints change (app/services/deadlines.py); not evidence,
not in the audit log.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class DeadlineEntry(Base):
    __tablename__ = "deadline_index"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    key: Mapped[str] = mapped_column(String(80))  # the deadline's id in the rule check
    due: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    party: Mapped[str] = mapped_column(String(20))  # consumer | merchant | authority
    complaint: Mapped[int | None] = mapped_column(Integer, nullable=True)  # index in the case's complaints
