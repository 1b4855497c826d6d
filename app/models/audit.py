"""The append-only, hash-chained audit log of every change to a case."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text, UniqueConstraint, bindparam, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.core.timeutil import iso_beijing
from app.models.base import Base, UTCDateTime
from app.models.case import Case

GENESIS = "0" * 64


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    # (case_id, seq) unique: two writers racing on one case fail instead of forking the chain.
    __table_args__ = (UniqueConstraint("case_id", "seq", name="uq_audit_case_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # No foreign key: the history outlives a purged case.
    case_id: Mapped[int] = mapped_column(Integer, index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text)  # canonical JSON: {"before": ..., "after": ...}
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Who made the change (migration 0008); inside the hash when set, so it cannot be changed unseen.
    actor: Mapped[str] = mapped_column(String(100), default="", server_default="")


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(case_id: int, seq: int, at: datetime, action: str, detail: str, prev_hash: str,
               actor: str = "") -> str:
    fields: list[Any] = [case_id, seq, iso_beijing(at), action, detail, prev_hash]
    if actor:  # entries written before actors were recorded keep their hash
        fields.append(actor)
    return hashlib.sha256(canonical(fields).encode("utf-8")).hexdigest()


# The newest entry's number and hash, after the session's pending entries are flushed (an ORM statement).
LAST_LINK = (select(AuditEntry.seq, AuditEntry.hash).where(AuditEntry.case_id == bindparam("case_id"))
             .order_by(AuditEntry.seq.desc()).limit(1))


def append(session: Session, case_id: int, at: datetime, action: str, before: Any = None, after: Any = None,
           state: str | None = None) -> None:
    """Add the next entry of a case's chain inside the caller's transaction (`state`: app/models/state.py).

    Who made it is the session's `info["actor"]` (CaseService sets it); the case's `version` becomes the
    entry's number and `updated_by` its actor, so a reader can tell a newer change and whose it is.
    """
    last = session.execute(LAST_LINK, {"case_id": case_id}).first()  # (seq, hash); its detail may be long
    seq = 1 if last is None else last.seq + 1
    prev = GENESIS if last is None else last.hash
    detail = canonical({"before": before, "after": after, **({"state": state} if state else {})})
    at = at.replace(microsecond=0)  # what is hashed must equal what is stored
    actor = str(session.info.get("actor") or "")[:100]
    session.add(
        AuditEntry(
            case_id=case_id, seq=seq, at=at, action=action, detail=detail, prev_hash=prev, actor=actor,
            hash=entry_hash(case_id, seq, at, action, detail, prev, actor),
        )
    )
    case = session.get(Case, case_id)
    if case is not None:  # the history outlives a purged case
        case.version, case.updated_by = seq, actor


def broken_links(session: Session, case_id: int | None = None) -> list[tuple[int, int, str]]:
    """(case id, seq, why) for every entry whose chain does not hold (of one case, or of all)."""
    problems: list[tuple[int, int, str]] = []
    expected: dict[int, tuple[int, str]] = {}
    query = select(AuditEntry).order_by(AuditEntry.case_id, AuditEntry.seq)
    if case_id is not None:
        query = query.where(AuditEntry.case_id == case_id)
    for entry in session.scalars(query):
        seq, prev = expected.get(entry.case_id, (1, GENESIS))
        if entry.seq != seq:
            problems.append((entry.case_id, entry.seq, f"entry {seq} is missing"))
        if entry.prev_hash != prev:
            problems.append((entry.case_id, entry.seq, "link to the previous entry does not match"))
        actual = entry_hash(entry.case_id, entry.seq, entry.at, entry.action, entry.detail, entry.prev_hash,
                            entry.actor)
        if actual != entry.hash:
            problems.append((entry.case_id, entry.seq, "entry was changed after it was written"))
        expected[entry.case_id] = (entry.seq + 1, entry.hash)
    return problems
