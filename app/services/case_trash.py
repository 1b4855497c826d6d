"""The case trash: a removed case leaves the list but keeps everything (restorable; both recorded in the
case's audit log). Only a confirmed deletion of a trashed case removes it, by the same erasure as
`case erase` (app.services.erase: no personal data of it is left), and with it, when the user says so,
the originals no other case refers to. Nothing else ever deletes an original (see
app.services.integrity); the deletion is written to deletions.log in the data folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.core.errors import NotFound
from app.core.timeutil import now
from app.models import Case, EvidenceItem, audit

if TYPE_CHECKING:
    from app.services.cases import CaseService
    from app.services.erase import EraseReport



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


def delete_case(service: CaseService, case_id: int, *, remove_originals: bool) -> EraseReport:
    """Delete a trashed case for good (the user confirmed it): the same erasure as `case erase`, so nothing
    personal of it is left; with remove_originals also its originals that no other case refers to."""
    from app.services.erase import erase_case

    return erase_case(service, case_id, remove_originals=remove_originals, trashed_only=True)


def trash_count(service: CaseService) -> int:
    with service.session() as s:
        return int(s.scalar(select(func.count(Case.id)).where(Case.trashed_at.is_not(None))) or 0)
