"""The case trash: a removed case leaves the list but keeps everything (restorable; both recorded in the
case's audit log). Only a confirmed deletion of a trashed case removes it, and with it, when the user
says so, the originals no other case refers to. Nothing else ever deletes an original (see
app.services.integrity); the deletion is written to deletions.log in the data folder.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from app.core.errors import NotFound
from app.core.timeutil import iso_beijing, now
from app.models import Case, EvidenceItem, JointMember, audit

if TYPE_CHECKING:
    from app.services.cases import CaseService



def trash_case(service: CaseService, case_id: int, *, restore: bool = False) -> None:
    """Move a case to the trash (or back); nothing of it is deleted."""
    with service.transaction() as s:
        row = s.get(Case, case_id)
        if row is None:
            raise NotFound(f"no case with id {case_id}")
        stamp = now()
        row.trashed_at = None if restore else stamp
        audit.append(s, case_id, stamp, "case.restore" if restore else "case.trash", None,
                     {"id": case_id, "title": row.title})


@dataclass
class Deletion:
    """What deleting a trashed case removes: its rows, and the originals only it refers to."""

    case_id: int
    title: str
    own_originals: list[str]  # SHA-256 of originals no other case refers to
    shared_originals: int  # originals other cases also hold: always kept


def deletion_plan(service: CaseService, case_id: int) -> Deletion:
    with service.session() as s:
        row = s.get(Case, case_id)
        if row is None or row.trashed_at is None:
            raise NotFound(f"case {case_id} is not in the trash")
        mine = set(s.scalars(select(EvidenceItem.sha256).where(EvidenceItem.case_id == case_id)))
        elsewhere = set(s.scalars(select(EvidenceItem.sha256).where(
            EvidenceItem.case_id != case_id, EvidenceItem.sha256.in_(mine))))
        return Deletion(case_id, row.title, sorted(mine - elsewhere), len(mine & elsewhere))


def delete_case(service: CaseService, case_id: int, *, remove_originals: bool) -> Deletion:
    """Delete a trashed case for good (the user confirmed it); with remove_originals, also its originals that
    no other case refers to. Under the store lock, so no import can start referring to one meanwhile."""
    with service.vault.lock:
        plan = deletion_plan(service, case_id)
        with service.transaction() as s:
            row = s.get(Case, case_id)
            assert row is not None
            uid = row.uid
            s.execute(delete(JointMember).where(JointMember.case_id == case_id))  # out of a joint complaint
            s.delete(row)  # its evidence rows, events and exports go with it
            s.execute(delete(audit.AuditEntry).where(audit.AuditEntry.case_id == case_id))
        removed: list[str] = []
        if remove_originals:
            with service.session() as s:
                still = set(s.scalars(select(EvidenceItem.sha256).where(EvidenceItem.sha256.in_(plan.own_originals))))
            for sha in plan.own_originals:
                if sha not in still and service.vault.has(sha):
                    moved = service.vault.quarantine(sha)  # out of objects/ with its sidecar, then gone
                    shutil.rmtree(moved.parent, ignore_errors=True)
                    removed.append(sha)
        record = {"at": iso_beijing(now()), "action": "case.delete", "case_uid": uid, "title": plan.title,
                  "originals_removed": removed, "originals_kept": len(plan.own_originals) - len(removed)
                  + plan.shared_originals}
        with (service.data_dir / "deletions.log").open("a", encoding="utf-8") as log:
            log.write(json.dumps(record, ensure_ascii=False) + "\n")
    return plan


def trash_count(service: CaseService) -> int:
    with service.session() as s:
        return int(s.scalar(select(func.count(Case.id)).where(Case.trashed_at.is_not(None))) or 0)
