"""A whole case as plain data (CaseService.get_case), read with plain column reads.

The statements are the ones the ORM's selectin loading sent (the case row; its complaints, exports,
events and evidence, each `WHERE case_id IN (...)` in its relationship's order; the items' redactions,
500 items a statement), so the database returns the same rows in the same order. Building no ORM
objects takes ~3/4 of the CPU off reading a case, which the window, the commands and a bundle do often.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Select, Table, bindparam, select

from app.core.domain import CaseInfo, RedactionInfo
from app.models.case import Case
from app.models.complaint import ComplaintRow
from app.models.convert import case_facts, complaint_data, event_info, export_info, item_info, redaction_of
from app.models.evidence import EvidenceItem
from app.models.export import ExportRecord
from app.models.redaction import Redaction
from app.models.timeline import TimelineEvent

CONTENT = ("text", "messages_json")  # deferred: read only with_content (they may be megabytes)
BATCH = 500  # the ORM's selectin loader asks for at most 500 parents' children a statement


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _children(model: Any, key: str, order: str | None, skip: Sequence[str] = ()) -> Select[Any]:
    """`key IN (:ids)`, the columns as the selectin loader lists them (its key first), in the relationship's order."""
    table = _table(model)
    keyed = table.c[key]
    stmt = (select(keyed, *(c for c in table.c if c is not keyed and c.name not in skip))
            .where(keyed.in_(bindparam("ids"))))
    return stmt.order_by(table.c[order]) if order else stmt


_CASE = select(_table(Case)).where(_table(Case).c.id == bindparam("id"))
_COMPLAINTS = _children(ComplaintRow, "case_id", "id")
_EXPORTS = _children(ExportRecord, "case_id", "at")
_EVENTS = _children(TimelineEvent, "case_id", "at")
_EVIDENCE = {False: _children(EvidenceItem, "case_id", "position", CONTENT),
             True: _children(EvidenceItem, "case_id", "position")}
_REDACTIONS = _children(Redaction, "evidence_id", None)


def read_case(conn: Connection, case_id: int, *, with_trashed: bool = False,
              with_content: bool = False) -> CaseInfo | None:
    """What case_info(session.get(Case, case_id, <selectin loads>)) gives, or None if there is no such case."""
    row = conn.execute(_CASE, {"id": case_id}).first()
    if row is None:
        return None
    ids = {"ids": [case_id]}
    complaints = [complaint_data(c) for c in conn.execute(_COMPLAINTS, ids)]
    exports = [export_info(x) for x in conn.execute(_EXPORTS, ids)]
    events = [event_info(e) for e in conn.execute(_EVENTS, ids)]
    items = conn.execute(_EVIDENCE[with_content], ids).all()
    redactions = _redactions(conn, [e.id for e in items])
    evidence = [item_info(e, with_content, redactions.get(e.id)) for e in items
                if with_trashed or e.trashed_at is None]
    return CaseInfo(
        id=row.id, data=case_facts(row, complaints), created_at=row.created_at, updated_at=row.updated_at,
        evidence=evidence, events=events, exports=exports, version=row.version or 0,
        updated_by=row.updated_by or "", assignee=row.assignee or "",
    )


def _redactions(conn: Connection, evidence_ids: list[int]) -> dict[int, RedactionInfo]:
    found: dict[int, RedactionInfo] = {}
    for start in range(0, len(evidence_ids), BATCH):
        for r in conn.execute(_REDACTIONS, {"ids": evidence_ids[start:start + BATCH]}):
            found[r.evidence_id] = redaction_of(r)
    return found
