"""A record of one exported bundle (added in schema revision 0002)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime

if TYPE_CHECKING:
    from app.models.case import Case


class ExportRecord(Base):
    __tablename__ = "exports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    recipient: Mapped[str] = mapped_column(String(40))
    lang: Mapped[str] = mapped_column(String(8))
    pages: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(1024))
    path: Mapped[str | None] = mapped_column(String(4096), nullable=True)  # where it was written (0011)
    draft: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # marked 草稿 (0014)

    case: Mapped[Case] = relationship(back_populates="exports")
