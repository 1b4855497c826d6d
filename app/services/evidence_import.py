"""Importing evidence into a case: validate, make durable, then record.

Each file is its own transaction, committed only after its bytes are durable in
the vault, so a kill at any moment leaves either a whole item or a leftover the
vault can tell from an original (an intent that was never finished), never a row
without its file. The vault side of each commit happens under the store lock.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from app.core.case_json import LIMITS, check_text
from app.core.domain import EVIDENCE_KINDS, CaseDraft, EvidenceInfo
from app.core.errors import CaseFileError, ImportRejected
from app.core.timeutil import iso_beijing, now
from app.evidence import vault_records as records
from app.evidence.pipeline import Prepared, collect_paths, prepare
from app.evidence.vault import Staged
from app.models import Case, EvidenceItem, TimelineEvent
from app.models.convert import apply_case_data, audit_view, complaint_entries, evidence_info
from app.models.state import log

if TYPE_CHECKING:
    from app.services.cases import Cancel, CaseService, Progress


@dataclass
class Duplicate:
    path: str
    existing_id: int
    title: str


@dataclass
class ImportReport:
    added: list[EvidenceInfo] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[ImportRejected] = field(default_factory=list)
    healed: list[EvidenceInfo] = field(default_factory=list)  # a missing or damaged vault copy put back
    cancelled: bool = False


# Words in a file's name that say what it is (a guess the user can change; "other" otherwise).
KIND_WORDS = (
    ("contract", ("合同", "协议", "contract", "agreement")),
    ("refund", ("退款", "refund")),
    ("payment", ("支付", "付款", "账单", "收款", "转账", "payment", "receipt", "invoice", "发票")),
    ("purchase", ("订单", "order", "购买")),
    ("promo", ("宣传", "直播", "承诺", "广告", "promo", "advert")),
    ("chat", ("聊天", "对话", "chat")),
)


def default_kind(prepared: Prepared) -> str:
    if prepared.inspection.category == "chat":
        return "chat"
    name = Path(prepared.original_name).stem.lower()
    return next((kind for kind, words in KIND_WORDS if any(w in name for w in words)), "other")


def new_row(case_id: int, prepared: Prepared, position: int, *, kind: str, title: str, proves: str,
            source: str) -> EvidenceItem:
    ins = prepared.inspection
    messages = [m.to_dict() for m in ins.messages] if ins.messages else None
    return EvidenceItem(
        case_id=case_id, kind=kind, title=title or Path(prepared.original_name).stem[:200], source=source,
        proves=proves, occurred_at=ins.captured_at, original_name=prepared.original_name,
        media_type=ins.media_type, size=prepared.staged.size, sha256=prepared.staged.sha256, imported_at=now(),
        captured_at=ins.captured_at, orientation=ins.orientation, position=position, page_count=ins.page_count,
        text=ins.text, messages_json=json.dumps(messages, ensure_ascii=False) if messages is not None else None,
    )


def import_files(service: CaseService, case_id: int, paths: Sequence[Path], *, kind: str | None = None,
                 title: str | None = None, proves: str | None = None, source: str | None = None,
                 progress: Progress | None = None, cancel: Cancel | None = None) -> ImportReport:
    for name, value in (("title", title), ("proves", proves), ("source", source)):
        if value is not None:
            check_text(name, value, LIMITS[name])
    if kind is not None and kind not in EVIDENCE_KINDS:
        raise ValueError(f"unknown evidence kind {kind!r}")
    service.get_case(case_id)  # NotFound before any work
    files, refused = collect_paths(paths, service.data_dir)
    report = ImportReport(rejected=refused)
    for n, path in enumerate(files):
        if cancel is not None and cancel():
            report.cancelled = True
            break
        if progress is not None:
            progress(n, len(files), path.name)
        try:
            prepared = prepare(service.vault, path)
        except ImportRejected as exc:
            report.rejected.append(exc)
            continue
        record(service, case_id, prepared, report, kind=kind, title=title or "", proves=proves or "",
               source=source or "")
    if progress is not None:
        progress(len(files), len(files), "")
    return report


def _existing(s, case_id: int, sha256: str) -> EvidenceItem | None:  # type: ignore[no-untyped-def]
    return s.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id,
                                                EvidenceItem.sha256 == sha256)).first()


def add_detail(row: EvidenceItem) -> dict[str, object]:
    """What the audit log keeps of a new item: enough to replay the evidence list from the log."""
    return {"id": row.id, "sha256": row.sha256, "name": row.original_name, "size": row.size, "kind": row.kind,
            "title": row.title, "source": row.source, "proves": row.proves,
            "occurred_at": iso_beijing(row.occurred_at), "position": row.position, "media_type": row.media_type}


def _ref(case: Case, row: EvidenceItem, intent: str) -> records.Ref:
    return records.Ref(case_uid=case.uid, case_id=case.id, case_title=case.title, evidence_id=row.id,
                       name=row.original_name, kind=row.kind, title=row.title, source=row.source,
                       proves=row.proves, occurred_at=iso_beijing(row.occurred_at), media_type=row.media_type,
                       added_at=iso_beijing(row.imported_at) or "", intent=intent)


class _VaultWrites:
    """Intents, sidecar references and objects of one transaction, in the order that keeps them safe.

    For each new row, before the transaction commits: an intent, then the sidecar's reference,
    then the object. After the commit the intents are finished; if it fails they are aborted,
    so what was written is known as the leftover of an import that never committed.
    """

    def __init__(self, service: CaseService) -> None:
        self.service = service
        self.intents: list[records.Intent] = []
        self.healed: set[str] = set()

    def put(self, case: Case, row: EvidenceItem, staged: Staged) -> str:
        vault = self.service.vault
        intent = records.begin(vault, staged.sha256, case.uid, self.service.where, case.id)
        self.intents.append(intent)
        records.add_ref(vault, staged.sha256, staged.size, _ref(case, row, intent.id))
        status = vault.commit(staged)
        if status == "healed":
            self.healed.add(staged.sha256)
        return status

    def heal(self, staged: Staged) -> bool:
        """The bytes of an item the case already has: put back a missing or damaged copy."""
        if self.service.vault.commit(staged) == "healed":
            self.healed.add(staged.sha256)
            return True
        return False

    def log_heals(self, s, stamp: datetime) -> None:  # type: ignore[no-untyped-def]
        for sha in sorted(self.healed):
            for case_id, evidence_id in s.execute(select(EvidenceItem.case_id, EvidenceItem.id)
                                                  .where(EvidenceItem.sha256 == sha)).all():
                log(s, case_id, stamp, "evidence.heal", None,
                             {"id": evidence_id, "sha256": sha,
                              "note": "the vault copy was missing or damaged; restored from bytes with this SHA-256"})

    def done(self, committed: bool) -> None:
        for intent in self.intents:
            (records.finish if committed else records.abort)(self.service.vault, intent)


def record(service: CaseService, case_id: int, prepared: Prepared, report: ImportReport, *, kind: str | None,
           title: str, proves: str, source: str, occurred_at: datetime | None = None,
           note: dict[str, object] | None = None) -> None:
    """Store one prepared file in a case: its own transaction, the vault side under the store lock."""
    sha = prepared.staged.sha256
    writes = _VaultWrites(service)
    committed = False
    try:
        with service.store_lock(), service.transaction() as s:
            stamp = now()
            # Writing the case row first takes the database's write lock (a row lock on PostgreSQL):
            # two imports into one case read the last position one after the other, never both at once.
            s.execute(update(Case).where(Case.id == case_id).values(updated_at=stamp))
            case = service._case(s, case_id)
            found = _existing(s, case_id, sha)
            if found is not None:
                if writes.heal(prepared.staged):
                    writes.log_heals(s, stamp)
                    report.healed.append(evidence_info(found))
                else:
                    report.duplicates.append(Duplicate(str(prepared.source), found.id, found.title))
                committed = True
                return
            position = (s.scalar(select(func.max(EvidenceItem.position))
                                 .where(EvidenceItem.case_id == case_id)) or 0) + 1
            row = new_row(case_id, prepared, position, kind=kind or default_kind(prepared), title=title,
                          proves=proves, source=source)
            if occurred_at is not None:
                row.occurred_at = occurred_at
            s.add(row)
            s.flush()
            writes.put(case, row, prepared.staged)  # durable before the row is committed
            log(s, case_id, row.imported_at, "evidence.add", None, {**add_detail(row), **(note or {})})
            writes.log_heals(s, stamp)
            report.added.append(evidence_info(row))
        committed = True
    finally:
        writes.done(committed)
        service.vault.discard(prepared.staged)  # no-op once committed


def create_with_evidence(service: CaseService, draft: CaseDraft, progress: Progress | None = None,
                         uid: str | None = None) -> int:
    """All or nothing: every file is checked before the case is created. `uid`: the lasting identity the case
    arrives with (an archive's), kept unless a case here has it already (one in the trash): then a new one."""
    for i, spec in enumerate(draft.evidence):
        if not Path(spec.file).is_file():
            raise CaseFileError(f"evidence[{i}].file", f"file not found: {spec.file}")
    prepared: list[Prepared] = []
    try:
        staged_by_path: dict[Path, Prepared] = {}
        for i, spec in enumerate(draft.evidence):
            if progress is not None:
                progress(i, len(draft.evidence), Path(spec.file).name)
            key = Path(spec.file).resolve()
            if key in staged_by_path:  # one file named many times is read once
                prepared.append(staged_by_path[key])
                continue
            try:
                staged_by_path[key] = prep = prepare(service.vault, Path(spec.file), spec.original_name)
            except ImportRejected as exc:
                raise CaseFileError(f"evidence[{i}].file", f"{exc.path}: {exc.reason}")
            prepared.append(prep)
        return _insert_draft(service, draft, prepared, uid)
    finally:
        for p in prepared:
            service.vault.discard(p.staged)  # no-op for committed ones


def _insert_draft(service: CaseService, draft: CaseDraft, prepared: list[Prepared], uid: str | None) -> int:
    writes = _VaultWrites(service)
    committed = False
    try:
        with service.store_lock(), service.transaction() as s:
            stamp = now()
            taken = uid is None or s.scalar(select(Case.id).where(Case.uid == uid)) is not None
            case = Case(created_at=stamp, updated_at=stamp, uid=uuid.uuid4().hex if taken else uid)
            apply_case_data(case, draft.case)
            s.add(case)
            s.flush()
            entries: list[tuple[str, object]] = [("case.create", audit_view(draft.case)), *complaint_entries(case)]
            seen: dict[str, int] = {}
            for spec, p in zip(draft.evidence, prepared, strict=True):
                if p.staged.sha256 in seen:
                    continue  # the same bytes named twice are one item
                row = new_row(case.id, p, len(seen) + 1, kind=spec.kind, title=spec.title, proves=spec.proves,
                              source=spec.source)
                if spec.occurred_at is not None:
                    row.occurred_at = spec.occurred_at
                s.add(row)
                s.flush()
                seen[p.staged.sha256] = row.id
                writes.put(case, row, p.staged)
                entries.append(("evidence.add", add_detail(row)))
            for ev in draft.events:
                event = TimelineEvent(case_id=case.id, at=ev.at, text=ev.text)
                s.add(event)
                s.flush()
                entries.append(("event.add", {"id": event.id, "at": iso_beijing(ev.at), "text": ev.text}))
            for n, (action, after) in enumerate(entries, start=1):  # the last one carries the state digest
                log(s, case.id, stamp, action, None, after, final=n == len(entries))
            service.reindex_deadlines(s, case.id)
            writes.log_heals(s, stamp)
            case_id = case.id
        committed = True
        return case_id
    finally:
        writes.done(committed)
