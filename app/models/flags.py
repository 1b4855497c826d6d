"""Store flags: work a migration leaves for the app to finish with its current code (schema 0005)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base

# Set by migration 0005 on a store that had cases before the audit log carried state digests:
# the app writes one state.baseline entry per case, then clears it.
NEEDS_STATE_BASELINE = "needs_state_baseline"


class StoreFlag(Base):
    __tablename__ = "store_flags"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
