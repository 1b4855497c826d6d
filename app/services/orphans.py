"""Giving orphans back: re-attach one to a case, set one aside, or rebuild the index from the vault.

An orphan is an object in the vault that no row refers to (see integrity.py). Its sidecar says
which case took it, under which name, kind and title; `attach` imports it into a case as a new
item (the normal import path, audited); `quarantine` moves it to a folder the user can empty;
`rebuild` re-attaches every original the database lost, finding each case by its uid (and making
a case again, titled as the sidecar says, when the database no longer has it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.core.case_json import parse_case
from app.core.domain import EVIDENCE_KINDS, CaseData, EvidenceInfo
from app.core.errors import CaseFileError, DomainError, ImportRejected, NotFound
from app.core.timeutil import BadDateTime, iso_beijing, now, parse_datetime
from app.evidence import vault_records as records
from app.evidence.pipeline import prepare
from app.models import Case, TimelineEvent
from app.models.base import valid_id
from app.models.convert import apply_case_data, audit_view, complaint_entries
from app.models.state import log
from app.services.evidence_import import ImportReport, record
from app.services.integrity import LEFTOVER, LOST, RELEASED, UNKNOWN, Orphan, classify, find_orphans, referenced

if TYPE_CHECKING:
    from app.services.cases import CaseService

TITLE_LIMIT = 200


class OrphanError(DomainError):
    """An object that cannot be found, or cannot be acted on as asked."""


def find_object(service: CaseService, text: str) -> tuple[str, Path]:
    """An object named by its SHA-256, a unique prefix (8+ hex digits) or its path; in the vault or quarantine."""
    found = service.vault.find(text)
    if not found:
        raise OrphanError(f"{text}: no object in the vault or its quarantine has that SHA-256 "
                          "(give the full SHA-256, at least its first 8 hex digits, or its path)")
    if len({sha for sha, _ in found}) > 1:
        raise OrphanError(f"{text}: {len(found)} objects start with these digits; give more of the SHA-256")
    return found[0]


def _sidecar_for(service: CaseService, sha: str, path: Path) -> records.Sidecar | None:
    sidecar = records.read_sidecar(service.vault, sha)
    if sidecar is None and path.parent != service.vault.path_for(sha).parent:  # quarantined: beside it
        sidecar = records.read_sidecar(service.vault, sha, path.with_name(f"{sha}.json"))
    return sidecar


def _best_ref(sidecar: records.Sidecar | None, case_uid: str) -> records.Ref | None:
    if sidecar is None or not sidecar.refs:
        return None
    same = [r for r in sidecar.refs if r.case_uid == case_uid]
    return (same or sidecar.refs)[-1]


def attach(service: CaseService, text: str, case_id: int) -> ImportReport:
    """Import an orphan (or a quarantined object) into a case with what its sidecar remembers."""
    sha, path = find_object(service, text)
    with service.session() as s:
        case = s.get(Case, case_id) if valid_id(case_id) else None
        if case is None:
            raise NotFound(f"no case with id {case_id}")
        uid = case.uid
    ref = _best_ref(_sidecar_for(service, sha, path), uid)
    return _attach_file(service, case_id, path, sha, ref)


def _attach_file(service: CaseService, case_id: int, path: Path, sha: str, ref: records.Ref | None) -> ImportReport:
    report = ImportReport()
    name = (ref.name if ref and ref.name else f"{sha[:12]}")
    try:
        prepared = prepare(service.vault, path, name)
    except ImportRejected as exc:
        report.rejected.append(exc.at(f"{sha[:12]} ({name})"))
        return report
    if prepared.staged.sha256 != sha:
        service.vault.discard(prepared.staged)
        report.rejected.append(ImportRejected(str(path), "object_damaged", actual=prepared.staged.sha256))
        return report
    kind = ref.kind if ref and ref.kind in EVIDENCE_KINDS else None
    occurred = None
    if ref and ref.occurred_at:
        try:
            occurred = parse_datetime(ref.occurred_at)
        except BadDateTime:
            occurred = None
    record(service, case_id, prepared, report, kind=kind, title=(ref.title if ref else "")[:TITLE_LIMIT],
           proves=ref.proves if ref else "", source=ref.source if ref else "", occurred_at=occurred,
           note={"reattached": True, "previous_case": ref.case_id if ref else None})
    return report


def quarantine(service: CaseService, text: str) -> Path:
    """Move an orphan out of the vault's objects into the quarantine folder (never one a row refers to)."""
    sha, path = find_object(service, text)
    if path != service.vault.path_for(sha):
        raise OrphanError(f"{sha}: already in quarantine ({path})")
    with service.store_lock():
        if referenced(service, [sha]):
            raise OrphanError(f"{sha}: evidence in a case refers to it; it is not an orphan")
        status, refs = classify(service, sha)
        if status is None:
            raise OrphanError(f"{sha}: an import is recording it right now; try again when it has finished")
        moved = service.vault.quarantine(sha)
        for ref in refs:
            if ref.intent:
                records.drop_intent(service.vault, ref.intent)
    return moved


@dataclass
class RebuildReport:
    attached: list[EvidenceInfo] = field(default_factory=list)
    cases_made: list[tuple[int, str]] = field(default_factory=list)  # (new id, title)
    left: list[Orphan] = field(default_factory=list)  # orphans rebuild does not decide for the user
    rejected: list[ImportRejected] = field(default_factory=list)


def rebuild(service: CaseService) -> RebuildReport:
    """Give every original the database lost back to its case (made again if it is gone)."""
    out = RebuildReport()
    for orphan in find_orphans(service):
        if orphan.status != LOST:
            if orphan.status in (UNKNOWN, LEFTOVER, RELEASED):
                out.left.append(orphan)
            continue
        done: set[str] = set()
        for ref in orphan.refs:
            if ref.released_at is not None or ref.case_uid in done:
                continue
            if ref.intent is not None and records.read_intent(service.vault, ref.intent) is not None:
                continue  # that case's import never committed
            done.add(ref.case_uid)
            case_id = _case_for(service, ref, out)
            report = _attach_file(service, case_id, Path(orphan.path), orphan.sha256, ref)
            out.attached.extend(report.added + report.healed)
            out.rejected.extend(report.rejected)
    return out


def _card_facts(service: CaseService, uid: str, title: str) -> tuple[CaseData, list[tuple[datetime, str]]]:
    """The facts, events and complaints the vault's case card kept (app/evidence/vault_records.py), or the
    title alone."""
    card = records.read_card(service.vault, uid) or {}
    facts, complaints = card.get("facts"), card.get("complaints")
    data = CaseData(title=title)
    tries = [facts]
    if isinstance(facts, dict) and isinstance(complaints, dict) and complaints:
        ordered = [complaints[k] for k in sorted(complaints, key=lambda k: (len(k), k))]  # by id, as made
        tries.insert(0, {**facts, "complaints": ordered})
    for raw in tries:  # with the complaints the card kept; if they cannot be read, the facts alone
        try:
            data = parse_case(raw)
            break
        except (CaseFileError, TypeError, ValueError):
            continue
    events = []
    raw_events = card.get("events")
    for value in (raw_events.values() if isinstance(raw_events, dict) else []):
        try:
            at, text = parse_datetime(str(value["at"])), str(value["text"])[:2000]
        except (BadDateTime, KeyError, TypeError):
            continue
        if text.strip():
            events.append((at, text))
    return data, sorted(events)


def _case_for(service: CaseService, ref: records.Ref, out: RebuildReport) -> int:
    with service.session() as s:
        found = s.scalar(select(Case.id).where(Case.uid == ref.case_uid))
    if found is not None:
        return int(found)
    title = (ref.case_title or "").strip()[:TITLE_LIMIT] or f"Recovered case {ref.case_uid[:8]}"
    data, events = _card_facts(service, ref.case_uid, title)
    stamp = now()
    with service.transaction() as s:
        case = Case(uid=ref.case_uid, created_at=stamp, updated_at=stamp)
        apply_case_data(case, data)
        s.add(case)
        s.flush()
        entries = [("case.create", {**audit_view(data), "recovered_from_vault": True, "previous_id": ref.case_id}),
                   *complaint_entries(case)]
        for n, (action, after) in enumerate(entries, start=1):  # the last one carries the state digest
            log(s, case.id, stamp, action, None, after, final=not events and n == len(entries))
        for n, (at, text) in enumerate(events, start=1):
            event = TimelineEvent(case_id=case.id, at=at, text=text)
            s.add(event)
            s.flush()
            log(s, case.id, stamp, "event.add", None, {"id": event.id, "at": iso_beijing(at), "text": text},
                final=n == len(events))
        case_id = case.id
    out.cases_made.append((case_id, data.title))
    return case_id
