"""Integrity check of the whole store: vault against database, and the audit chains."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.evidence.vault import file_sha256
from app.models import Case, EvidenceItem, audit

if TYPE_CHECKING:
    from app.services.cases import CaseService

HEX64 = re.compile(r"^[0-9a-f]{64}$")
# Startup housekeeping leaves young orphans alone: another process may be about to record them.
HOUSEKEEPING_MIN_AGE = 600.0


@dataclass
class Problem:
    kind: str  # damaged | missing | audit
    case_id: int
    case_title: str
    detail: str
    evidence_id: int | None = None
    evidence_title: str = ""
    sha256: str = ""
    actual: str | None = None

    def describe(self) -> str:
        if self.kind == "audit":
            return f"case {self.case_id} 「{self.case_title}」: audit log: {self.detail}"
        return (f"case {self.case_id} 「{self.case_title}」, evidence {self.evidence_id} 「{self.evidence_title}」, "
                f"sha256 {self.sha256}: {self.detail}")

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "case_id": self.case_id, "case_title": self.case_title,
                "evidence_id": self.evidence_id, "evidence_title": self.evidence_title, "sha256": self.sha256,
                "actual": self.actual, "detail": self.detail}


@dataclass
class VerifyReport:
    checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    reclaimable: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checked": self.checked, "problems": [p.to_json() for p in self.problems],
                "reclaimable": self.reclaimable, "removed": self.removed}


def verify(service: CaseService, repair: bool = False,
           progress: Callable[[int, int, str], None] | None = None) -> VerifyReport:
    report = VerifyReport()
    with service.session() as s:
        rows = s.execute(select(EvidenceItem.id, EvidenceItem.title, EvidenceItem.sha256, Case.id, Case.title)
                         .join(Case, Case.id == EvidenceItem.case_id).order_by(EvidenceItem.id)).all()
        for case_id, seq, why in audit.broken_links(s):
            title = s.scalar(select(Case.title).where(Case.id == case_id)) or ""
            report.problems.append(Problem("audit", case_id, title, f"entry {seq}: {why}"))
    actual: dict[str, str | None] = {}
    for n, sha in enumerate(sorted({r[2] for r in rows})):
        if progress is not None:
            progress(n, len(rows), sha[:12])
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
    referenced = set(actual)
    _reclaimable(service, referenced, report, repair, min_age=0.0)
    return report


def _reclaimable(service: CaseService, referenced: set[str], report: VerifyReport, remove: bool,
                 min_age: float) -> None:
    vault = service.vault
    for part in vault.leftovers():
        report.reclaimable.append(str(part))
        if remove:
            part.unlink(missing_ok=True)
            report.removed.append(str(part))
    for name, path in vault.iter_objects():
        if name in referenced:
            continue
        if not HEX64.match(name):
            continue  # not ours; never delete what we did not write
        report.reclaimable.append(str(path))
        if remove and vault.remove_object(name, min_age_seconds=min_age):
            report.removed.append(str(path))


def housekeeping(service: CaseService) -> VerifyReport:
    """Start-up clean-up of what interrupted imports left; never touches referenced originals."""
    report = VerifyReport()
    with service.session() as s:
        referenced = set(s.scalars(select(EvidenceItem.sha256).distinct()))
    _reclaimable(service, referenced, report, True, min_age=HOUSEKEEPING_MIN_AGE)
    return report


__all__ = ["Problem", "VerifyReport", "file_sha256", "housekeeping", "verify"]
