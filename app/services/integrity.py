"""Integrity of the whole store: vault against database, orphans, audit chains; start-up cleanup.

The vault is the ground truth for originals. Nothing here deletes an object: an object no row
refers to is an orphan, reported with what its sidecar knows and kept. Only staging folders of
processes that have ended are removed. An orphan whose references were all written by imports
that never committed (their intents are still there) is a leftover (not damage, exit 0), which
`--repair` moves to the quarantine folder; one a committed import put there is an original the
database lost (damage, exit 1): `orphan attach` or `rebuild` give it back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.core.timeutil import now
from app.evidence import vault_records as records
from app.evidence.vault import file_sha256, remove_tree
from app.models import Case, EvidenceItem, StoreFlag, audit
from app.models.flags import NEEDS_STATE_BASELINE
from app.models.state import baseline, check_case

if TYPE_CHECKING:
    from app.services.cases import CaseService

# Orphan states: a committed original the database lost; no record at all; a leftover of an import
# that never committed; let go of on purpose by every case that had it.
LOST, UNKNOWN, LEFTOVER, RELEASED = "lost", "unknown", "leftover", "released"
ADOPTED_MARK = "format"  # vault/format: sidecars exist for every object the database referred to


@dataclass
class Problem:
    kind: str  # damaged | missing | audit | orphan | tampered
    case_id: int
    case_title: str
    detail: str
    evidence_id: int | None = None
    evidence_title: str = ""
    sha256: str = ""
    actual: str | None = None

    def describe(self) -> str:
        if self.kind == "orphan":
            return f"{self.detail}"
        if self.evidence_id is None:
            what = "audit log" if self.kind == "audit" else "rows"
            return f"case {self.case_id} 「{self.case_title}」: {what}: {self.detail}"
        return (f"case {self.case_id} 「{self.case_title}」, evidence {self.evidence_id} 「{self.evidence_title}」, "
                f"sha256 {self.sha256}: {self.detail}")

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "case_id": self.case_id, "case_title": self.case_title,
                "evidence_id": self.evidence_id, "evidence_title": self.evidence_title, "sha256": self.sha256,
                "actual": self.actual, "detail": self.detail}


@dataclass
class Orphan:
    """An object in the vault that no row refers to."""

    sha256: str
    path: str
    size: int
    status: str  # lost | unknown | leftover | released
    refs: list[records.Ref] = field(default_factory=list)

    @property
    def is_damage(self) -> bool:
        return self.status in (LOST, UNKNOWN)

    def describe(self) -> str:
        size = f"{self.size} B"
        if self.status == LEFTOVER:
            return f"{self.path} ({size}): left by an import that never committed; not evidence"
        if self.status == RELEASED:
            return f"{self.path} ({size}): no case keeps it any more (released on purpose)"
        if self.status == UNKNOWN:
            return (f"orphan {self.sha256} ({size}): an original no row refers to, with no record of its case; "
                    f"kept in {self.path}")
        known = "; ".join(dict.fromkeys(_ref_text(r) for r in self.refs if r.released_at is None))
        return f"orphan {self.sha256} ({size}): an original the database lost; it belonged to {known}"

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "path": self.path, "size": self.size, "status": self.status,
                "refs": [asdict(r) for r in self.refs]}


def _ref_text(ref: records.Ref) -> str:
    parts = [f"case {ref.case_id} 「{ref.case_title}」" if ref.case_id is not None else f"case 「{ref.case_title}」",
             f"file 「{ref.name}」"]
    if ref.title:
        parts.append(f"title 「{ref.title}」")
    parts.append(f"kind {ref.kind}")
    if ref.added_at:
        parts.append(f"added {ref.added_at}")
    return ", ".join(parts)


@dataclass
class VerifyReport:
    checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    reclaimable: list[str] = field(default_factory=list)  # staging of ended processes, import leftovers
    removed: list[str] = field(default_factory=list)  # staging folders removed
    quarantined: list[str] = field(default_factory=list)  # leftovers moved to quarantine by --repair
    busy: bool = False  # housekeeping skipped: another process held the store lock

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "problems": [p.to_json() for p in self.problems],
                "orphans": [o.to_json() for o in self.orphans], "reclaimable": self.reclaimable,
                "removed": self.removed, "quarantined": self.quarantined}


def verify(service: CaseService, repair: bool = False,
           progress: Callable[[int, int, str], None] | None = None) -> VerifyReport:
    report = VerifyReport()
    settle_store(service)
    with service.session() as s:
        rows = s.execute(select(EvidenceItem.id, EvidenceItem.title, EvidenceItem.sha256, Case.id, Case.title)
                         .join(Case, Case.id == EvidenceItem.case_id).order_by(EvidenceItem.id)).all()
        for case_id, seq, why in audit.broken_links(s):
            title = s.scalar(select(Case.title).where(Case.id == case_id)) or ""
            report.problems.append(Problem("audit", case_id, title, f"entry {seq}: {why}"))
        titles: dict[int, str] = {i: t for i, t in s.execute(select(Case.id, Case.title))}
        logged = set(s.scalars(select(audit.AuditEntry.case_id).distinct()))
        for case_id in sorted(titles.keys() | logged):
            for what in check_case(s, case_id):
                report.problems.append(Problem("tampered", case_id, titles.get(case_id, ""), what))
    actual: dict[str, str | None] = {}
    shas = sorted({r[2] for r in rows})
    for n, sha in enumerate(shas):
        if progress is not None:
            progress(n, len(shas), sha[:12])
        actual[sha] = service.vault.verify(sha)
    report.checked = len(actual)
    for eid, title, sha, case_id, case_title in rows:
        got = actual[sha]
        if got is None:
            report.problems.append(Problem("missing", case_id, case_title, "original is missing from the vault",
                                           eid, title, sha, None))
        elif got != sha:
            report.problems.append(Problem("damaged", case_id, case_title,
                                           f"original was changed: its SHA-256 is now {got}", eid, title, sha, got))
    if repair:
        with service.store_lock():
            adopt(service)
            _orphans_and_staging(service, report, repair=True)
    else:
        if service.vault.lock.acquire(timeout=0):
            try:
                adopt(service)
            finally:
                service.vault.lock.release()
        _orphans_and_staging(service, report, repair=False)
    return report


def _orphans_and_staging(service: CaseService, report: VerifyReport, repair: bool) -> None:
    vault = service.vault
    for folder in vault.dead_sessions() + vault.legacy_leftovers(service.data_dir):
        report.reclaimable.append(str(folder))
        if repair:
            remove_tree(folder)
            report.removed.append(str(folder))
    report.orphans = find_orphans(service)
    for orphan in report.orphans:
        if orphan.is_damage:
            first = orphan.refs[0] if orphan.refs else records.Ref(case_uid="")
            report.problems.append(Problem("orphan", first.case_id or 0, first.case_title, orphan.describe(),
                                           sha256=orphan.sha256))
        elif orphan.status == LEFTOVER:
            report.reclaimable.append(orphan.path)
            if repair:
                moved = vault.quarantine(orphan.sha256)
                _drop_intents(service, orphan)
                report.quarantined.append(str(moved))


def _drop_intents(service: CaseService, orphan: Orphan) -> None:
    for ref in orphan.refs:
        if ref.intent:
            records.drop_intent(service.vault, ref.intent)


def referenced(service: CaseService, shas: Iterable[str] | None = None) -> set[str]:
    """The SHA-256s rows refer to (all, or those among `shas`)."""
    with service.session() as s:
        if shas is None:
            return set(s.scalars(select(EvidenceItem.sha256).distinct()))
        wanted, found = sorted(set(shas)), set()
        for i in range(0, len(wanted), 500):
            found |= set(s.scalars(select(EvidenceItem.sha256).distinct()
                                   .where(EvidenceItem.sha256.in_(wanted[i:i + 500]))))
        return found


def classify(service: CaseService, sha256: str) -> tuple[str | None, list[records.Ref]]:
    """The state of an object no row refers to, or None while an import is still working on it.

    Intents are read after the sidecar and the rows are read again after that, so an import
    that commits meanwhile is never taken for a lost original (see app/evidence/vault_records.py).
    """
    vault = service.vault
    sidecar = records.read_sidecar(vault, sha256)
    if sidecar is None or not sidecar.refs:
        return UNKNOWN, []
    committed, leftover = False, False
    for ref in sidecar.refs:
        if ref.released_at is not None:
            continue
        if ref.intent is None:
            committed = True
            continue
        intent = records.read_intent(vault, ref.intent)
        if intent is None:
            committed = True  # its import finished: the row was committed
        elif intent.state == records.PENDING and vault.owner_alive(intent.owner):
            return None, sidecar.refs  # an import is between its intent and its commit
        else:
            leftover = True
    if committed:
        return LOST, sidecar.refs
    return (LEFTOVER if leftover else RELEASED), sidecar.refs


def find_orphans(service: CaseService) -> list[Orphan]:
    vault = service.vault
    known = referenced(service)
    candidates: list[Orphan] = []
    for sha, path in vault.iter_objects():
        if sha in known:
            continue
        status, refs = classify(service, sha)
        if status is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        candidates.append(Orphan(sha, str(path), size, status, refs))
    # An import may have committed its row since the rows were read: not an orphan then.
    still = referenced(service, [o.sha256 for o in candidates])
    return [o for o in candidates if o.sha256 not in still]


def case_problems(service: CaseService, case_id: int) -> list[str]:
    """What is wrong with one case's audit log or rows ([] if the log vouches for the rows)."""
    with service.session() as s:
        chain = [f"audit log entry {seq}: {why}" for _case, seq, why in audit.broken_links(s, case_id)]
        return chain + check_case(s, case_id)


def settle_store(service: CaseService, flags: Mapping[str, str] | None = None) -> None:
    """Finish what a migration left to the app: a state baseline for the cases of an older version.

    `flags`: the store's flags as just read (housekeeping reads them once for this and the deadline index)."""
    if NEEDS_STATE_BASELINE not in (service.store_flags() if flags is None else flags):
        return
    stamp = now()
    with service.transaction() as s:
        for case_id in s.scalars(select(Case.id).order_by(Case.id)).all():
            has_log = s.scalar(select(audit.AuditEntry.id).where(audit.AuditEntry.case_id == case_id).limit(1))
            if has_log is not None:  # a case with no log at all stays a problem: it is not vouched for now
                baseline(s, case_id, stamp)
        flag_row = s.get(StoreFlag, NEEDS_STATE_BASELINE)
        if flag_row is not None:
            s.delete(flag_row)


def housekeeping(service: CaseService) -> VerifyReport:
    """Start-up clean-up: staging folders of ended processes, and intents of imports that ended.

    Never touches an object. Skipped (busy) when another process holds the store lock.
    """
    report = VerifyReport()
    lock = service.vault.lock
    if not lock.acquire(timeout=0):
        report.busy = True
        return report
    try:
        for folder in service.vault.dead_sessions() + service.vault.legacy_leftovers(service.data_dir):
            remove_tree(folder)
            report.removed.append(str(folder))
        _settle_intents(service)
        adopt(service)
        flags = service.store_flags()
        settle_store(service, flags)
    finally:
        lock.release()
    _index_deadlines(service, flags)
    return report


def _index_deadlines(service: CaseService, flags: Mapping[str, str]) -> None:
    """The index of pending deadlines, made again if the packs or the code changed (see services/deadlines)."""
    from contextlib import suppress

    from app.core.errors import DomainError
    from app.services.deadlines import ensure_index

    # A rule pack that cannot be read: the window and `check` say so; the index waits for it.
    with suppress(DomainError):
        ensure_index(service, flags)


def _settle_intents(service: CaseService) -> None:
    """An intent whose process ended after its row was committed is finished now; others stay (leftovers)."""
    vault = service.vault
    for intent in records.read_intents(vault).values():
        if intent.db != service.where or intent.state != records.PENDING or vault.owner_alive(intent.owner):
            continue
        with service.session() as s:
            row = s.scalar(select(EvidenceItem.id).join(Case, Case.id == EvidenceItem.case_id)
                           .where(EvidenceItem.sha256 == intent.sha256, Case.uid == intent.case_uid).limit(1))
        if row is not None:
            records.drop_intent(vault, intent.id)


def adopt(service: CaseService, force: bool = False) -> int:
    """Sidecars for the objects of a store made before sidecars existed, written from the rows (once)."""
    vault = service.vault
    mark = vault.root / ADOPTED_MARK
    if mark.exists() and not force:
        return 0
    written = 0
    with service.session() as s:
        rows = s.execute(select(EvidenceItem, Case.uid, Case.title).join(Case, Case.id == EvidenceItem.case_id)
                         .order_by(EvidenceItem.sha256, EvidenceItem.id)).all()
    by_sha: dict[str, list[records.Ref]] = {}
    sizes: dict[str, int] = {}
    for row, uid, title in rows:
        by_sha.setdefault(row.sha256, []).append(_row_ref(row, uid, title))
        sizes[row.sha256] = row.size
    for sha, refs in by_sha.items():
        if not vault.has(sha):
            continue
        sidecar = records.read_sidecar(vault, sha) or records.Sidecar(sha, sizes[sha])
        have = {(r.case_uid, r.evidence_id) for r in sidecar.refs}
        new = [r for r in refs if (r.case_uid, r.evidence_id) not in have]
        if new:
            sidecar.refs.extend(new)
            records.write_sidecar(vault, sidecar, durable=False)
            written += 1
    mark.write_text("2\n", encoding="utf-8")
    return written


def _row_ref(row: EvidenceItem, uid: str, case_title: str) -> records.Ref:
    from app.core.timeutil import iso_beijing

    return records.Ref(case_uid=uid, case_id=row.case_id, case_title=case_title, evidence_id=row.id,
                       name=row.original_name, kind=row.kind, title=row.title, source=row.source, proves=row.proves,
                       occurred_at=iso_beijing(row.occurred_at), media_type=row.media_type,
                       added_at=iso_beijing(row.imported_at) or "", intent=None)


def object_path(service: CaseService, sha256: str) -> Path:
    return service.vault.path_for(sha256)


__all__ = ["LEFTOVER", "LOST", "RELEASED", "UNKNOWN", "Orphan", "Problem", "VerifyReport", "adopt", "classify",
           "file_sha256", "find_orphans", "housekeeping", "verify"]
