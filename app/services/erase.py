"""Erase a case completely, on the user's explicit request: the one way a case is removed for good, from the
command line (`case erase ID`) and from the window's trash ("Delete for good", a trashed case only).

Everything the store keeps of the case goes: its rows (facts, evidence, recognised text and its search
index, redactions, events, exports) and its audit log (which records every earlier value of every fact);
its card in the vault; each original no other case uses, its sidecar and thumbnails (unless the user
keeps them: then they stay in the vault, released, so `verify` lists them and `rebuild` never makes the
case again); the redacted copies; and this case's entries in the sidecars of originals another case
still uses. What went is written to deletions.log in the data folder (ids, counts and SHA-256s: no
name or text of the case). On SQLite the full-text index is merged and the
database rewritten (VACUUM, WAL truncated), so the deleted rows leave no bytes in free pages. What the
app cannot erase is listed: database copies in backups/ made before schema upgrades, and files the
user exported (bundles, archives) wherever they were saved.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.core.errors import NotFound
from app.core.timeutil import iso_beijing, now
from app.evidence import vault_records as records
from app.evidence.vault import make_writable
from app.models import Base, Case, EvidenceItem, Redaction, audit
from app.models.base import valid_id

if TYPE_CHECKING:
    from app.services.cases import CaseService


@dataclass
class EraseReport:
    case_id: int
    title: str
    originals_removed: int = 0
    originals_shared: int = 0  # still used by another case: only this case's record of them went
    originals_kept: int = 0  # only this case used them, and the user chose to keep them (released, in the vault)
    copies_removed: int = 0
    compacted: bool = False
    backups: list[Path] = field(default_factory=list)  # database copies that may still hold the case


def _remove(path: Path) -> bool:
    make_writable(path)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def erase_case(service: CaseService, case_id: int, *, remove_originals: bool = True,
               trashed_only: bool = False) -> EraseReport:
    """Remove the case for good. remove_originals=False keeps the originals only it used (released);
    trashed_only refuses a case that is not in the trash (the window deletes from the trash only)."""
    from app.services.integrity import referenced

    with service.store_lock():  # no import commits into the vault, or starts to refer to an original, meanwhile
        with service.session() as s:
            case = s.get(Case, case_id) if valid_id(case_id) else None
            if case is None or (trashed_only and case.trashed_at is None):
                raise NotFound(f"case {case_id} is not in the trash" if case is not None and trashed_only
                               else f"no case with id {case_id}")
            uid, title = case.uid, case.title
            items = list(s.execute(select(EvidenceItem.id, EvidenceItem.sha256).where(EvidenceItem.case_id == case_id)))
            ids = [i for i, _sha in items]
            copies = sorted(set(s.scalars(select(Redaction.sha256).where(Redaction.evidence_id.in_(ids))))) if ids \
                else []
        report = EraseReport(case_id, title)
        with service.transaction() as s:
            _delete_rows(s, case_id, ids)
        _remove(records.card_path(service.vault, uid))  # the case's facts and events kept in the vault
        shas = sorted({sha for _i, sha in items})
        still = referenced(service, shas)
        removed: list[str] = []
        for sha in shas:
            if sha in still:
                _forget_case(service, sha, uid)
                report.originals_shared += 1
            elif remove_originals:
                report.originals_removed += _remove(service.vault.path_for(sha))
                _remove(service.vault.sidecar_path(sha))
                removed.append(sha)
            else:
                records.release(service.vault, sha, uid)  # kept on purpose: an orphan no rebuild gives back
                report.originals_kept += 1
        _remove_thumbnails(service, [sha for sha in shas if sha not in still])
        report.copies_removed = _remove_copies(service, copies)
        _log(service, report, uid, removed)
    report.compacted = compact(service)
    backups = service.data_dir / "backups"
    report.backups = sorted(p for p in backups.iterdir() if p.is_file()) if backups.is_dir() else []
    return report


def _remove_thumbnails(service: CaseService, shas: list[str]) -> None:
    if not service.thumbs_dir.is_dir():
        return
    for sha in shas:
        for thumb in (service.thumbs_dir / sha[:2]).glob(f"{sha}*"):
            _remove(thumb)


def _remove_copies(service: CaseService, copies: list[str]) -> int:
    """The redacted copies no other item uses (and their thumbnails)."""
    from app.services.redaction import derived_files

    store = derived_files(service)
    with service.session() as s:
        used = set(s.scalars(select(Redaction.sha256).where(Redaction.sha256.in_(copies)))) if copies else set()
    gone = [sha for sha in copies if sha not in used]
    _remove_thumbnails(service, gone)
    return sum(_remove(store.path_for(sha)) for sha in gone)


def _log(service: CaseService, report: EraseReport, uid: str, removed: list[str]) -> None:
    """One line in deletions.log: what went, by whom, when; no name or text of the case."""
    record = {"at": iso_beijing(now()), "action": "case.erase", "by": service.actor, "case_id": report.case_id,
              "case_uid": uid, "originals_removed": removed, "originals_kept": report.originals_kept,
              "originals_shared": report.originals_shared, "copies_removed": report.copies_removed}
    with (service.data_dir / "deletions.log").open("a", encoding="utf-8") as log:
        log.write(json.dumps(record, ensure_ascii=False) + "\n")


def _delete_rows(s: Session, case_id: int, evidence_ids: list[int]) -> None:
    """Every row that belongs to the case: found by foreign key, so a table added later is not forgotten."""
    for table in reversed(Base.metadata.sorted_tables):  # children before parents
        if table.name in (Case.__tablename__, EvidenceItem.__tablename__):
            continue
        for fk in table.foreign_keys:
            target = (fk.column.table.name, fk.column.name)
            if target == (EvidenceItem.__tablename__, "id") and evidence_ids:
                s.execute(delete(table).where(fk.parent.in_(evidence_ids)))
            elif target == (Case.__tablename__, "id"):
                s.execute(delete(table).where(fk.parent == case_id))
    s.execute(delete(EvidenceItem).where(EvidenceItem.case_id == case_id))
    s.execute(delete(audit.AuditEntry).where(audit.AuditEntry.case_id == case_id))  # no foreign key: by design
    s.execute(delete(Case).where(Case.id == case_id))


def _forget_case(service: CaseService, sha: str, uid: str) -> None:
    """Drop this case's entries from the sidecar of an original another case keeps."""
    sidecar = records.read_sidecar(service.vault, sha)
    if sidecar is None:
        return
    sidecar.refs = [r for r in sidecar.refs if r.case_uid != uid]
    records.write_sidecar(service.vault, sidecar)


def compact(service: CaseService) -> bool:
    """SQLite: merge the full-text index, rewrite the file and empty the WAL, so deleted rows leave no bytes."""
    if service.engine.dialect.name != "sqlite":
        return False
    with service.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        with contextlib.suppress(OperationalError):  # a store made before the index existed has none
            conn.exec_driver_sql("INSERT INTO evidence_fts(evidence_fts) VALUES ('optimize')")
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return True
