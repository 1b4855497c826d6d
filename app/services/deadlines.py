"""The deadlines of every case, across cases: the index behind the case list's order, the to-do
view and "what fell due since you last opened the app".

A deadline is pending when the facts alone leave it open: nobody has yet done what it asks (the
consumer has not asked, the merchant has not refunded or refused, the regulator has not decided,
no court claim is filed). That does not change with the clock, so it is computed when a case's
facts or complaints change and kept in `deadline_index`; whether a pending deadline is still
ahead or already past is then one comparison with the time of asking.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from app.models import Case, DeadlineEntry, StoreFlag

if TYPE_CHECKING:
    from app.core.domain import CaseData
    from app.rules.packs import RulePack
    from app.rules.result import CheckResult, Deadline
    from app.services.cases import CaseService
    from app.services.rule_check import RuleBook

INDEX_FLAG = "deadline_index"
INDEX_VERSION = "1"  # raise when what is indexed changes: every store reindexes once
# Judged "before anything happened", a deadline's state says only what the facts settle.
BEFORE_ALL = datetime(1970, 1, 2, tzinfo=UTC)
REINDEX_BATCH = 200


def pending(data: CaseData, packs: Sequence[RulePack]) -> list[Deadline]:
    """The case's deadlines that the facts leave open (nobody has done what they ask)."""
    from app.rules.engine import check

    return [d for d in check(data, [], packs, BEFORE_ALL).deadlines if d.state == "open"]


def signature(rules: RuleBook) -> str:
    """What the index was computed with: this code's version and every rule pack file."""
    packs, files = rules.signed_packs()
    text = repr((INDEX_VERSION, [p.label for p in packs], files))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def index_case(s: Session, case_id: int, data: CaseData, packs: Sequence[RulePack]) -> None:
    """Rewrite one case's pending deadlines inside the caller's transaction."""
    s.execute(delete(DeadlineEntry).where(DeadlineEntry.case_id == case_id))
    for d in pending(data, packs):
        s.add(DeadlineEntry(case_id=case_id, key=d.id, due=d.due, party=d.party, complaint=d.complaint))


def ensure_index(service: CaseService, flags: Mapping[str, str] | None = None) -> int:
    """Index every case when the index was made with other packs or code (or never); the cases indexed.

    `flags`: the store's flags as just read (housekeeping's one read at start-up); else read here."""
    from app.models.convert import case_data
    from app.services.rule_check import rulebook_for

    rules = rulebook_for(service.data_dir)
    wanted = signature(rules)
    if (service.store_flags() if flags is None else flags).get(INDEX_FLAG) == wanted:
        return 0
    with service.session() as s:
        ids = list(s.scalars(select(Case.id).order_by(Case.id)))
    packs = rules.packs()
    for start in range(0, len(ids), REINDEX_BATCH):
        batch = ids[start:start + REINDEX_BATCH]
        with service.transaction() as s:
            s.execute(delete(DeadlineEntry).where(DeadlineEntry.case_id.in_(batch)))
            rows = s.scalars(select(Case).where(Case.id.in_(batch)).options(selectinload(Case.complaints)))
            for row in rows:
                s.add_all(DeadlineEntry(case_id=row.id, key=d.id, due=d.due, party=d.party, complaint=d.complaint)
                          for d in pending(case_data(row), packs))
    with service.transaction() as s:
        flag = s.get(StoreFlag, INDEX_FLAG)
        if flag is None:
            s.add(StoreFlag(name=INDEX_FLAG, value=wanted))
        else:
            flag.value = wanted
    return len(ids)


def by_next_due(stmt, at: datetime):  # type: ignore[no-untyped-def]
    """A query over cases ordered by each case's next pending deadline after `at` (cases with none last).

    One grouped pass over the index joined to the cases: a subquery per case made the list of 3,000
    cases 22 ms instead of this way's few."""
    nxt = (select(DeadlineEntry.case_id.label("case_id"), func.min(DeadlineEntry.due).label("due"))
           .where(DeadlineEntry.due > at).group_by(DeadlineEntry.case_id).subquery())
    return stmt.outerjoin(nxt, nxt.c.case_id == Case.id).order_by(nxt.c.due.is_(None), nxt.c.due)


@dataclass
class Entry:
    """A pending deadline of a case between two times."""

    case_id: int
    title: str  # the case's
    key: str
    due: datetime
    party: str
    complaint: int | None


def between(service: CaseService, start: datetime, end: datetime) -> list[Entry]:
    """Pending deadlines with start < due <= end, soonest first (the index brought up to date first)."""
    ensure_index(service)
    stmt = (select(DeadlineEntry.case_id, Case.title, DeadlineEntry.key, DeadlineEntry.due, DeadlineEntry.party,
                   DeadlineEntry.complaint)
            .join(Case, Case.id == DeadlineEntry.case_id)
            .where(DeadlineEntry.due > start, DeadlineEntry.due <= end)
            .order_by(DeadlineEntry.due, DeadlineEntry.case_id, DeadlineEntry.id))
    with service.session() as s:
        return [Entry(*row) for row in s.execute(stmt)]


@dataclass
class AgendaItem:
    """One row of the to-do view: the case, its deadline as the rule check words it, and the case's facts."""

    case_id: int
    case_title: str
    deadline: Deadline
    data: CaseData


def agenda(service: CaseService, start: datetime, end: datetime, lang: str,
           as_of: datetime | None = None) -> list[AgendaItem]:
    """Every pending deadline of every case with start < due <= end, with the check's title and basis."""
    from app.core.timeutil import now
    from app.services.rule_check import rulebook_for

    rules = rulebook_for(service.data_dir)
    entries = between(service, start, end)
    checks: dict[int, tuple[CaseData, CheckResult]] = {}
    out: list[AgendaItem] = []
    for e in entries:
        if e.case_id not in checks:
            info = service.get_case(e.case_id)
            checks[e.case_id] = (info.data, rules.check(info.data, info.evidence_kinds, lang, as_of or now()))
        data, result = checks[e.case_id]
        found = next((d for d in result.deadlines if d.id == e.key and d.complaint == e.complaint
                      and d.due == e.due), None)
        if found is not None:
            out.append(AgendaItem(e.case_id, e.title, found, data))
    return out
