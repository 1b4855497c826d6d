"""Importing evidence into a case: validate, make durable, then record.

Each file is its own transaction, committed only after its bytes are durable in
the vault, so a kill at any moment leaves either a whole item or a reclaimable
file, never a row without its file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.core.domain import EVIDENCE_KINDS, CaseDraft, EvidenceInfo
from app.core.errors import CaseFileError, ImportRejected
from app.core.timeutil import now
from app.evidence.pipeline import Prepared, expand_paths, prepare
from app.models import Case, EvidenceItem, TimelineEvent, audit
from app.models.convert import apply_case_data, audit_view, evidence_info

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
    if kind is not None and kind not in EVIDENCE_KINDS:
        raise ValueError(f"unknown evidence kind {kind!r}")
    service.get_case(case_id)  # NotFound before any work
    files = expand_paths(paths, skip=service.data_dir)
    report = ImportReport()
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
        _record(service, case_id, prepared, report, kind=kind, title=title or "", proves=proves or "",
                source=source or "")
    if progress is not None:
        progress(len(files), len(files), "")
    return report


def _existing(s, case_id: int, sha256: str) -> EvidenceItem | None:  # type: ignore[no-untyped-def]
    return s.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case_id,
                                                EvidenceItem.sha256 == sha256)).first()


def _record(service: CaseService, case_id: int, prepared: Prepared, report: ImportReport, *, kind: str | None,
            title: str, proves: str, source: str) -> None:
    sha = prepared.staged.sha256
    with service.session() as s:
        found = _existing(s, case_id, sha)
    if found is not None:
        service.vault.discard(prepared.staged)
        report.duplicates.append(Duplicate(str(prepared.source), found.id, found.title))
        return
    service.vault.commit(prepared.staged)  # durable before the row exists
    try:
        with service.transaction() as s:
            position = (s.scalar(select(func.max(EvidenceItem.position))
                                 .where(EvidenceItem.case_id == case_id)) or 0) + 1
            row = new_row(case_id, prepared, position, kind=kind or default_kind(prepared), title=title,
                          proves=proves, source=source)
            s.add(row)
            s.flush()
            service._touch(s, case_id)
            audit.append(s, case_id, row.imported_at, "evidence.add", None,
                         {"id": row.id, "sha256": sha, "name": row.original_name, "size": row.size})
            report.added.append(evidence_info(row))
    except IntegrityError:
        # Another process added the same bytes a moment ago.
        with service.session() as s:
            found = _existing(s, case_id, sha)
        if found is None:
            raise
        report.duplicates.append(Duplicate(str(prepared.source), found.id, found.title))


def create_with_evidence(service: CaseService, draft: CaseDraft, progress: Progress | None = None) -> int:
    """All or nothing: every file is checked before the case is created."""
    for i, spec in enumerate(draft.evidence):
        if not Path(spec.file).is_file():
            raise CaseFileError(f"evidence[{i}].file", f"file not found: {spec.file}")
    prepared: list[Prepared] = []
    try:
        for i, spec in enumerate(draft.evidence):
            if progress is not None:
                progress(i, len(draft.evidence), Path(spec.file).name)
            try:
                prepared.append(prepare(service.vault, Path(spec.file), spec.original_name))
            except ImportRejected as exc:
                raise CaseFileError(f"evidence[{i}].file", f"{exc.path}: {exc.reason}")
        for p in prepared:
            service.vault.commit(p.staged)
        return _insert_draft(service, draft, prepared)
    finally:
        for p in prepared:
            service.vault.discard(p.staged)  # no-op for committed ones


def _insert_draft(service: CaseService, draft: CaseDraft, prepared: list[Prepared]) -> int:
    stamp = now()
    with service.transaction() as s:
        case = Case(created_at=stamp, updated_at=stamp)
        apply_case_data(case, draft.case)
        s.add(case)
        s.flush()
        audit.append(s, case.id, stamp, "case.create", None, audit_view(draft.case))
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
            audit.append(s, case.id, stamp, "evidence.add", None,
                         {"id": row.id, "sha256": row.sha256, "name": row.original_name, "size": row.size})
        for ev in draft.events:
            s.add(TimelineEvent(case_id=case.id, at=ev.at, text=ev.text))
            audit.append(s, case.id, stamp, "event.add", None, {"at": ev.at.isoformat(), "text": ev.text})
        return case.id
