"""CaseService: the one way the window and the command line change the store.

It owns the engine; every operation opens its own short session and hands out
plain data (app.core.domain), never live rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.core.case_json import check_case_texts, check_consistency
from app.core.domain import CaseData, CaseDraft, CaseInfo, CaseSummary, EvidenceInfo
from app.core.errors import EditConflict, NotFound
from app.core.timeutil import now
from app.models import Case, audit
from app.models.base import valid_id
from app.models.case_read import read_case
from app.models.convert import (
    apply_case_data,
    audit_view,
    case_data,
    complaint_entries,
    diff,
    evidence_info,
)
from app.models.state import log
from app.services.case_parts import ComplaintEdits, EvidenceEdits, TimelineEdits
from app.services.case_search import search
from app.services.case_store import STORE_LOCK_WAIT as STORE_LOCK_WAIT
from app.services.case_store import Cancel as Cancel
from app.services.case_store import Progress as Progress

if TYPE_CHECKING:
    from app.services.evidence_import import ImportReport


class CaseService(EvidenceEdits, TimelineEdits, ComplaintEdits):
    """The one way the window and the command line change the store (see the module's docstring)."""

    def __init__(self, data_dir: Path, url: str | None = None, *, housekeeping: bool = True,
                 actor: str | None = None) -> None:
        super().__init__(data_dir, url, actor=actor)
        if housekeeping:
            from app.services.integrity import housekeeping as _housekeeping

            _housekeeping(self)

    # ----- cases -------------------------------------------------------------
    def create_case(self, data: CaseData) -> int:
        check_case_texts(data)
        check_consistency(data)
        stamp = now()
        with self.transaction() as s:
            row = Case(created_at=stamp, updated_at=stamp)
            apply_case_data(row, data)
            s.add(row)
            s.flush()
            entries = [("case.create", audit_view(data)), *complaint_entries(row)]
            for n, (action, after) in enumerate(entries, start=1):  # the last one carries the state digest
                log(s, row.id, stamp, action, None, after, final=n == len(entries))
            self.reindex_deadlines(s, row.id)
            return row.id

    def create_from_draft(self, draft: CaseDraft, progress: Progress | None = None) -> int:
        """A case with its evidence and events, all or nothing (see app.services.evidence_import)."""
        from app.services.evidence_import import create_with_evidence

        return create_with_evidence(self, draft, progress)

    def add_evidence(self, case_id: int, paths: Sequence[Path], *, kind: str | None = None,
                     title: str | None = None, proves: str | None = None, source: str | None = None,
                     progress: Progress | None = None, cancel: Cancel | None = None) -> ImportReport:
        from app.services.evidence_import import import_files

        return import_files(self, case_id, paths, kind=kind, title=title, proves=proves, source=source,
                            progress=progress, cancel=cancel)

    def case_uid(self, case_id: int) -> str:
        with self.session() as s:
            uid = s.scalar(select(Case.uid).where(Case.id == case_id))
        if uid is None:
            raise NotFound(f"no case with id {case_id}")
        return str(uid)

    def find_case(self, uid: str) -> int | None:
        """The case with this lasting identity (not in the trash), if any."""
        with self.session() as s:
            return s.scalar(select(Case.id).where(Case.uid == uid, Case.trashed_at.is_(None)))

    def get_case(self, case_id: int, *, with_trashed: bool = False, with_content: bool = False) -> CaseInfo:
        """A case with its evidence, events and exports; chat logs' text and messages only `with_content`."""
        with self.session() as s:
            info = read_case(s.connection(), case_id, with_trashed=with_trashed,
                             with_content=with_content) if valid_id(case_id) else None
        if info is None:
            raise NotFound(f"no case with id {case_id}")
        return info

    def evidence_content(self, evidence_id: int) -> EvidenceInfo:
        """One item with its text and messages (a chat log's, for the viewer)."""
        with self.session() as s:
            return evidence_info(self._evidence(s, evidence_id), content=True)

    def update_case(self, case_id: int, data: CaseData, base: CaseData | None = None) -> CaseInfo:
        """Save the facts. With `base` (the facts as the editor read them), a fact someone else changed
        meanwhile is kept, and one changed at both desks to different values raises EditConflict (nothing
        saved); without it, `data` is saved as it is."""
        check_case_texts(data)
        check_consistency(data)
        with self.transaction() as s:
            row = self.lock_case(s, case_id)
            # Complaints are left as stored: they change through the complaint methods below.
            current = case_data(row)  # the facts only: the case's items, events and exports are not read
            before = audit_view(current)
            if base is not None:
                from app.services.edit_merge import conflicts_of, merge, resolved

                merged, clashing = merge(base, data, current)
                if clashing:
                    rebased, theirs = resolved(base, data, current, clashing)
                    raise EditConflict(case_id, conflicts_of(s, case_id, clashing, base, data, current), current,
                                       row.version, rebased, theirs)
                data = merged
                check_consistency(data)
            apply_case_data(row, data)
            old, new = diff(before, audit_view(data))
            if old or new:
                row.updated_at = now()
                log(s, case_id, row.updated_at, "case.update", old, new)
                self.reindex_deadlines(s, case_id)
        return self.get_case(case_id)

    def count_cases(self, query: str = "", status: str | None = None, assignee: str | None = None) -> int:
        with self.session() as s:
            stmt = search(select(func.count(Case.id)), query, status, assignee, self.engine.dialect.name == "sqlite")
            return int(s.scalar(stmt) or 0)

    def list_cases(self, query: str = "", status: str | None = None, offset: int = 0,
                   limit: int | None = None, *, by_deadline: bool = False,
                   assignee: str | None = None) -> list[CaseSummary]:
        """Newest change first (by_deadline: the soonest pending deadline still ahead first, then the
        rest newest change first); the query matches title, names, order number and evidence titles.

        `assignee`: None for everyone's cases, '' for the cases nobody has, else that volunteer's."""
        stmt = search(
            select(Case.id, Case.title, Case.merchant_name, Case.consumer_name, Case.order_number,
                   Case.order_amount, Case.status, Case.refund_status, Case.updated_at, Case.assignee,
                   Case.updated_by, Case.version),
            query, status, assignee, self.engine.dialect.name == "sqlite",
        )
        if by_deadline:
            from app.services.deadlines import by_next_due

            stmt = by_next_due(stmt, now())
        stmt = stmt.order_by(Case.updated_at.desc(), Case.id.desc()).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.session() as s:
            return [CaseSummary(*row) for row in s.execute(stmt)]


    # ----- several desks -----------------------------------------------------
    def assign_case(self, case_id: int, assignee: str) -> CaseInfo:
        """Give a case to a volunteer ('' = nobody); logged like any change."""
        name = " ".join(assignee.split())[:100]
        with self.transaction() as s:
            row = self.lock_case(s, case_id)
            if row.assignee != name:
                before, row.assignee, row.updated_at = row.assignee, name, now()
                log(s, case_id, row.updated_at, "case.assign", {"assignee": before}, {"assignee": name})
        return self.get_case(case_id)

    def volunteers(self) -> list[str]:
        """Names to assign cases to: whoever has a case or made a case's last change, and this desk."""
        with self.session() as s:
            names = set(s.scalars(select(Case.assignee).distinct())) | set(s.scalars(select(Case.updated_by)
                                                                                      .distinct()))
        names.add(self.actor)
        names.discard("")
        return sorted(names)

    def change_stamp(self) -> tuple[int, int]:
        """A cheap sign of any change anywhere in the store (another desk's too): the number of cases and
        the sum of their versions, which every logged change raises."""
        with self.session() as s:
            count, total = s.execute(select(func.count(Case.id), func.coalesce(func.sum(Case.version), 0))).one()
        return int(count), int(total)

    def audit_log(self, case_id: int) -> list[audit.AuditEntry]:
        with self.session() as s:
            return list(s.scalars(select(audit.AuditEntry).where(audit.AuditEntry.case_id == case_id)
                                  .order_by(audit.AuditEntry.seq)))

