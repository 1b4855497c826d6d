"""The parts of a case other than its facts: evidence items, timeline events and complaints.

Mixed into CaseService (app/services/cases.py); each change locks its case first and is logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.case_json import LIMITS, check_complaint, check_text
from app.core.domain import Complaint, EventInfo, EvidenceInfo
from app.core.errors import CaseFileError, NotFound
from app.core.timeutil import MAX_YEAR, MIN_YEAR, in_range
from app.models import ComplaintRow, EvidenceItem, TimelineEvent
from app.models.base import valid_id
from app.models.convert import (
    apply_complaint,
    complaint_data,
    complaint_view,
    event_info,
    evidence_info,
)
from app.models.state import log
from app.services.case_store import CaseStore, _found


class EvidenceEdits(CaseStore):
    # ----- evidence ----------------------------------------------------------
    def update_evidence(self, evidence_id: int, **fields: object) -> EvidenceInfo:
        allowed = {"kind", "title", "source", "proves", "occurred_at"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))}")
        for name in ("title", "source", "proves"):
            if isinstance(fields.get(name), str):
                check_text(name, str(fields[name]), LIMITS[name])
        with self.transaction() as s:
            self._lock_of(s, EvidenceItem, evidence_id, "evidence item")
            row = self._evidence(s, evidence_id)
            before = {k: _jsonable(getattr(row, k)) for k in fields}
            for k, v in fields.items():
                setattr(row, k, v)
            after = {k: _jsonable(v) for k, v in fields.items()}
            if before != after:
                stamp = self._touch(s, row.case_id)
                log(s, row.case_id, stamp, "evidence.update", {"id": row.id, **before},
                             {"id": row.id, **after})
            return evidence_info(row)

    def reorder_evidence(self, case_id: int, ordered_ids: Sequence[int]) -> None:
        """Set the bundle order; ids not named keep their relative order after the named ones."""
        with self.transaction() as s:
            self.lock_case(s, case_id)
            rows = list(s.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id)
                                  .order_by(EvidenceItem.position, EvidenceItem.id)))
            by_id = {r.id: r for r in rows}
            missing = [i for i in ordered_ids if i not in by_id]
            if missing:
                raise NotFound(f"evidence {missing[0]} is not in case {case_id}")
            before = [r.id for r in rows]
            order = list(ordered_ids) + [r.id for r in rows if r.id not in set(ordered_ids)]
            for pos, eid in enumerate(order, start=1):
                by_id[eid].position = pos
            if order != before:
                stamp = self._touch(s, case_id)
                log(s, case_id, stamp, "evidence.reorder", before, order)

    def trash_evidence(self, evidence_id: int, restore: bool = False) -> EvidenceInfo:
        """Remove to the trash (or back); the original stays in the vault."""
        with self.transaction() as s:
            self._lock_of(s, EvidenceItem, evidence_id, "evidence item")
            row = self._evidence(s, evidence_id)
            stamp = self._touch(s, row.case_id)
            row.trashed_at = None if restore else stamp
            log(s, row.case_id, stamp, "evidence.restore" if restore else "evidence.trash",
                         None, {"id": row.id, "sha256": row.sha256})
            return evidence_info(row)

    @staticmethod
    def _evidence(s: Session, evidence_id: int) -> EvidenceItem:
        return _found(s.get(EvidenceItem, evidence_id) if valid_id(evidence_id) else None,
                      f"no evidence item with id {evidence_id}")

    def original_path(self, item: EvidenceInfo) -> Path:
        return self.vault.path_for(item.sha256)



class TimelineEdits(CaseStore):
    # ----- timeline ----------------------------------------------------------
    def add_event(self, case_id: int, at: datetime, text: str, evidence_id: int | None = None) -> EventInfo:
        _check_event(at, text)
        with self.transaction() as s:
            self.lock_case(s, case_id)
            stamp = self._touch(s, case_id)
            row = TimelineEvent(case_id=case_id, at=at, text=text, evidence_id=evidence_id)
            s.add(row)
            s.flush()
            log(s, case_id, stamp, "event.add", None, {"id": row.id, "at": _jsonable(at), "text": text})
            return event_info(row)

    def update_event(self, event_id: int, at: datetime, text: str) -> EventInfo:
        _check_event(at, text)
        with self.transaction() as s:
            self._lock_of(s, TimelineEvent, event_id, "event")
            row = s.get(TimelineEvent, event_id)
            if row is None:
                raise NotFound(f"no event with id {event_id}")
            before = {"id": row.id, "at": _jsonable(row.at), "text": row.text}
            row.at, row.text = at, text
            stamp = self._touch(s, row.case_id)
            log(s, row.case_id, stamp, "event.update", before,
                         {"id": row.id, "at": _jsonable(at), "text": text})
            return event_info(row)

    def delete_event(self, event_id: int) -> None:
        with self.transaction() as s:
            self._lock_of(s, TimelineEvent, event_id, "event")
            row = s.get(TimelineEvent, event_id)
            if row is None:
                raise NotFound(f"no event with id {event_id}")
            stamp = self._touch(s, row.case_id)
            case_id, before = row.case_id, {"id": row.id, "at": _jsonable(row.at), "text": row.text}
            s.delete(row)
            log(s, case_id, stamp, "event.delete", before, None)



class ComplaintEdits(CaseStore):
    # ----- complaints --------------------------------------------------------
    def add_complaint(self, case_id: int, complaint: Complaint) -> Complaint:
        check_complaint(complaint)
        with self.transaction() as s:
            self.lock_case(s, case_id)
            stamp = self._touch(s, case_id)
            row = ComplaintRow(case_id=case_id)
            apply_complaint(row, complaint)
            s.add(row)
            s.flush()
            stored = complaint_data(row)
            log(s, case_id, stamp, "complaint.add", None, complaint_view(stored))
            self.reindex_deadlines(s, case_id)
            return stored

    def update_complaint(self, complaint_id: int, complaint: Complaint) -> Complaint:
        check_complaint(complaint)
        with self.transaction() as s:
            self._lock_of(s, ComplaintRow, complaint_id, "complaint")
            row = self._complaint(s, complaint_id)
            before = complaint_view(complaint_data(row))
            apply_complaint(row, complaint)
            stored = complaint_data(row)
            if complaint_view(stored) != before:
                stamp = self._touch(s, row.case_id)
                log(s, row.case_id, stamp, "complaint.update", before, complaint_view(stored))
                self.reindex_deadlines(s, row.case_id)
            return stored

    def delete_complaint(self, complaint_id: int) -> None:
        with self.transaction() as s:
            self._lock_of(s, ComplaintRow, complaint_id, "complaint")
            row = self._complaint(s, complaint_id)
            stamp = self._touch(s, row.case_id)
            case_id, before = row.case_id, complaint_view(complaint_data(row))
            s.delete(row)
            log(s, case_id, stamp, "complaint.delete", before, None)
            self.reindex_deadlines(s, case_id)

    @staticmethod
    def _complaint(s: Session, complaint_id: int) -> ComplaintRow:
        return _found(s.get(ComplaintRow, complaint_id), f"no complaint with id {complaint_id}")



def _check_event(at: datetime, text: str) -> None:
    check_text("text", text, LIMITS["event"])
    if in_range(at) is None:
        raise CaseFileError("at", f"outside the years {MIN_YEAR}–{MAX_YEAR}")




def _jsonable(value: object) -> object:
    from app.core.timeutil import iso_beijing

    if isinstance(value, datetime):
        return iso_beijing(value)
    return value

