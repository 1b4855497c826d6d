"""CaseService: the one way the window and the command line change the store.

It owns the engine; every operation opens its own short session and hands out
plain data (app.core.domain), never live rows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, or_, select, union, update
from sqlalchemy.orm import Session, selectinload

from app.core.case_json import LIMITS, check_case_texts, check_complaint, check_consistency, check_text
from app.core.domain import CaseData, CaseDraft, CaseInfo, CaseSummary, Complaint, EventInfo, EvidenceInfo
from app.core.enums import TRASH
from app.core.errors import CaseFileError, EditConflict, NotFound, StoreBusy
from app.core.fsutil import make_dir
from app.core.office import current_actor, store_url
from app.core.timeutil import MAX_YEAR, MIN_YEAR, in_range, iso_beijing, now
from app.evidence.vault import Vault
from app.models import Case, ComplaintRow, EvidenceItem, StoreFlag, TimelineEvent, audit
from app.models.base import valid_id
from app.models.convert import (
    apply_case_data,
    apply_complaint,
    audit_view,
    case_info,
    complaint_data,
    complaint_entries,
    complaint_view,
    diff,
    event_info,
    evidence_info,
)
from app.models.db import database_errors, make_engine, make_sessionmaker, store_label
from app.models.evidence_text import INDEXED_MIN, text_match_ids
from app.models.migrate import upgrade
from app.models.state import CARDS_DUE, case_state, log

if TYPE_CHECKING:
    from app.services.evidence_import import ImportReport

# An import holds the lock for one file's commit; a repair for its moves: minutes would mean a stuck process.
STORE_LOCK_WAIT = 300.0
Row = TypeVar("Row")
# Each word is one more condition over the cases and the evidence: SQLite refuses past ~1000.
MAX_SEARCH_WORDS, MAX_SEARCH_CHARS = 20, 500
Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


def holds(column: Any, word: str, sqlite: bool) -> Any:
    """`column` contains `word` as typed (% and _ literal), ignoring case. SQLite's LIKE already ignores the
    case of Latin letters; on PostgreSQL ILIKE lowers every row, so a word without letters that have a case
    (Chinese, digits) is matched with LIKE, the same answer two to three times faster."""
    if sqlite or word.lower() == word.upper():
        return column.contains(word, autoescape=True)
    return column.icontains(word, autoescape=True)

class CaseService:
    def __init__(self, data_dir: Path, url: str | None = None, *, housekeeping: bool = True,
                 actor: str | None = None) -> None:
        self.data_dir = data_dir
        # Who this desk is, recorded with every change (Settings, REFUND_EVIDENCE_USER or the OS user).
        self.actor = actor if actor is not None else current_actor()
        make_dir(data_dir)
        self.engine = make_engine(url or store_url(data_dir))
        self.where = store_label(self.engine)
        with database_errors(self.where):
            self.backup = upgrade(self.engine, backup_dir=data_dir / "backups")
        self._sessions = make_sessionmaker(self.engine)
        self.vault = Vault(data_dir / "vault")
        self.thumbs_dir = data_dir / "vault" / "thumbs"
        if housekeeping:
            from app.services.integrity import housekeeping as _housekeeping

            _housekeeping(self)

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, if the store is one (an output must never be written over it)."""
        database = self.engine.url.database
        return Path(database) if self.engine.dialect.name == "sqlite" and database and database != ":memory:" else None

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def store_lock(self, timeout: float = STORE_LOCK_WAIT) -> Iterator[None]:
        """One writer at a time for what touches the vault's bookkeeping (see app/evidence/vault.py)."""
        lock = self.vault.lock
        if not lock.acquire(timeout=timeout):
            raise StoreBusy(str(self.vault.root), timeout)
        try:
            yield
        finally:
            lock.release()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with database_errors(self.where), self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with database_errors(self.where), self._sessions.begin() as session:
            session.info["actor"] = self.actor  # app.models.audit.append records it
            yield session
        due = session.info.pop(CARDS_DUE, None)
        if due:
            self._write_cards(due)

    def _write_cards(self, case_ids: set[int]) -> None:
        """The facts, events and complaints of changed cases, also kept in the vault (rebuild makes them again from it).

        Best effort, after the commit: the database is what counts while it is right."""
        from app.evidence import vault_records as records

        with self.session() as s:
            for case_id in sorted(case_ids):
                case = s.get(Case, case_id)
                state = case_state(s, case_id)
                if case is None or state is None:
                    continue
                with contextlib.suppress(OSError):
                    records.write_card(self.vault, case.uid, {"uid": case.uid, "id": case_id, "title": case.title,
                                                              "facts": state["facts"], "events": state["events"],
                                                              "complaints": state["complaints"],
                                                              "saved_at": iso_beijing(now())})

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
        evidence = selectinload(Case.evidence)
        if with_content:
            evidence = evidence.undefer(EvidenceItem.text).undefer(EvidenceItem.messages_json)
        with self.session() as s:
            row = s.get(Case, case_id, options=[evidence, selectinload(Case.events), selectinload(Case.exports),
                                                 selectinload(Case.complaints)]) if valid_id(case_id) else None
            if row is None:
                raise NotFound(f"no case with id {case_id}")
            return case_info(row, with_trashed=with_trashed, with_content=with_content)

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
            current = case_info(row).data
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
            stmt = self._search(select(func.count(Case.id)), query, status, assignee)
            return int(s.scalar(stmt) or 0)

    def list_cases(self, query: str = "", status: str | None = None, offset: int = 0,
                   limit: int | None = None, *, by_deadline: bool = False,
                   assignee: str | None = None) -> list[CaseSummary]:
        """Newest change first (by_deadline: the soonest pending deadline still ahead first, then the
        rest newest change first); the query matches title, names, order number and evidence titles.

        `assignee`: None for everyone's cases, '' for the cases nobody has, else that volunteer's."""
        stmt = self._search(
            select(Case.id, Case.title, Case.merchant_name, Case.consumer_name, Case.order_number,
                   Case.order_amount, Case.status, Case.refund_status, Case.updated_at, Case.assignee,
                   Case.updated_by, Case.version),
            query, status, assignee,
        )
        if by_deadline:
            from app.services.deadlines import by_next_due

            stmt = by_next_due(stmt, now())
        stmt = stmt.order_by(Case.updated_at.desc(), Case.id.desc()).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.session() as s:
            return [CaseSummary(*row) for row in s.execute(stmt)]

    def _search(self, stmt, query: str, status: str | None, assignee: str | None = None):  # type: ignore[no-untyped-def]
        """Every word somewhere in the case's text fields or an evidence title, as typed (% and _ literal).

        Evidence is matched by one `id IN (...)` over the evidence table, not an EXISTS per case,
        and SQLite's LIKE is already case-blind for Latin letters (ilike's lower() on both sides
        made it twice as slow): a word found in none of 10,000 cases takes ~8 ms instead of ~22.
        """
        if assignee is not None:
            stmt = stmt.where(Case.assignee == assignee.strip())
        if status == TRASH:  # the trash, instead of the cases
            stmt = stmt.where(Case.trashed_at.is_not(None))
        else:
            stmt = stmt.where(Case.trashed_at.is_(None))
            if status:
                stmt = stmt.where(Case.status == status)
        blind = self.engine.dialect.name == "sqlite"
        words = query.split()
        if len(query) > MAX_SEARCH_CHARS or len(words) > MAX_SEARCH_WORDS:
            raise CaseFileError("search", f"too long ({len(words)} words, {len(query)} characters); at most "
                                          f"{MAX_SEARCH_WORDS} words and {MAX_SEARCH_CHARS} characters")
        for n, word in enumerate(words):
            def has(column, word=word):  # type: ignore[no-untyped-def]
                return holds(column, word, blind)

            in_evidence = Case.id.in_(select(EvidenceItem.case_id).where(
                or_(has(EvidenceItem.title), *self._text_holds(word, n)), EvidenceItem.trashed_at.is_(None))
                if blind else self._in_evidence_pg(word))
            stmt = stmt.where(or_(
                has(Case.title), has(Case.consumer_name), has(Case.merchant_name), has(Case.merchant_shop),
                has(Case.order_number), has(Case.order_item), in_evidence,
            ))
        return stmt

    @staticmethod
    def _in_evidence_pg(word: str) -> Any:
        """PostgreSQL: the cases with a live item whose title, own text or read text holds the word, as one
        UNION of three simple queries, so each can use its trigram index (migration 0013) instead of one
        scan of every item testing all three; text only for words of three characters or more (as FTS5)."""
        from app.models.evidence_text import EvidenceText

        live = EvidenceItem.trashed_at.is_(None)
        parts: list[Any] = [select(EvidenceItem.case_id).where(holds(EvidenceItem.title, word, False), live)]
        if len(word) >= INDEXED_MIN:
            trashed = select(EvidenceItem.id).where(EvidenceItem.trashed_at.is_not(None))
            parts.append(select(EvidenceItem.case_id).where(holds(EvidenceItem.text, word, False), live))
            # The reading keeps its item's case (0013): no join of every item, only the few trashed left out.
            parts.append(select(EvidenceText.case_id).where(holds(EvidenceText.text, word, False),
                                                            EvidenceText.evidence_id.not_in(trashed)))
        return union(*parts)

    def _text_holds(self, word: str, n: int) -> list[Any]:
        """SQLite: the items whose words (read from screenshots, PDF text, chat logs) hold the word, from the
        FTS5 index; under three characters none (a LIKE over all read text is too slow)."""
        if len(word) < INDEXED_MIN:
            return []
        return [EvidenceItem.id.in_(text_match_ids([word], prefix=f"q{n}_"))]

    @staticmethod
    def _case(s: Session, case_id: int) -> Case:
        return _found(s.get(Case, case_id) if valid_id(case_id) else None, f"no case with id {case_id}")

    def lock_case(self, s: Session, case_id: int) -> Case:
        """The case row, locked for this transaction before anything of the case is read.

        Writing the row (a write that changes nothing) takes SQLite's write lock and PostgreSQL's row
        lock, so two desks' changes to one case happen one after the other, each on the other's rows.
        """
        if not valid_id(case_id):
            raise NotFound(f"no case with id {case_id}")
        done = s.execute(update(Case).where(Case.id == case_id).values(version=Case.version)
                         .execution_options(synchronize_session=False))
        if not done.rowcount:  # type: ignore[attr-defined]
            raise NotFound(f"no case with id {case_id}")
        return self._case(s, case_id)

    def _lock_of(self, s: Session, model: Any, row_id: int, what: str) -> int:
        """Lock the case a row (an evidence item, an event, a complaint) belongs to; its case id."""
        case_id = s.scalar(select(model.case_id).where(model.id == row_id)) if valid_id(row_id) else None
        if case_id is None:
            raise NotFound(f"no {what} with id {row_id}")
        self.lock_case(s, case_id)
        return int(case_id)

    def _touch(self, s: Session, case_id: int) -> datetime:
        """After lock_case: the case changed now."""
        stamp = now()
        self._case(s, case_id).updated_at = stamp
        return stamp

    # ----- evidence ----------------------------------------------------------
    def add_evidence(self, case_id: int, paths: Sequence[Path], *, kind: str | None = None,
                     title: str | None = None, proves: str | None = None, source: str | None = None,
                     progress: Progress | None = None, cancel: Cancel | None = None) -> ImportReport:
        from app.services.evidence_import import import_files

        return import_files(self, case_id, paths, kind=kind, title=title, proves=proves, source=source,
                            progress=progress, cancel=cancel)

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

    def reindex_deadlines(self, s: Session, case_id: int) -> None:
        """The case's pending deadlines, rewritten in the same transaction as the change to its facts.

        A rule pack that cannot be read must never stop a case from being saved: the index is then
        left to be rebuilt in full once the packs read again (app.services.deadlines.ensure_index).
        """
        from app.core.errors import DomainError
        from app.models.convert import case_data
        from app.services.deadlines import INDEX_FLAG, index_case
        from app.services.rule_check import rulebook_for

        s.flush()
        row = self._case(s, case_id)
        s.expire(row, ["complaints"])
        try:
            index_case(s, case_id, case_data(row), rulebook_for(self.data_dir).packs())
        except DomainError:
            flag = s.get(StoreFlag, INDEX_FLAG)
            if flag is not None:
                s.delete(flag)

    @staticmethod
    def _complaint(s: Session, complaint_id: int) -> ComplaintRow:
        return _found(s.get(ComplaintRow, complaint_id), f"no complaint with id {complaint_id}")

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


def _found(row: Row | None, missing: str) -> Row:
    if row is None:
        raise NotFound(missing)
    return row


def _check_event(at: datetime, text: str) -> None:
    check_text("text", text, LIMITS["event"])
    if in_range(at) is None:
        raise CaseFileError("at", f"outside the years {MIN_YEAR}–{MAX_YEAR}")


def _jsonable(value: object) -> object:
    from app.core.timeutil import iso_beijing

    if isinstance(value, datetime):
        return iso_beijing(value)
    return value
