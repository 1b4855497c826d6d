"""The joint bundle and the written election, from a joint complaint: checked like a single export.

Every member case goes through the single export's pre-flight (each original re-hashed, the rows
against the audit log): one damaged original or changed record stops the whole export. A joint
complaint is filed only when it has two members or more, each complainant's consent, and at least
one elected representative. The export is logged in every member case's audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import CaseTampered, ExportBlocked
from app.core.fsutil import make_parent
from app.core.joint import JointInfo, JointMemberInfo
from app.core.timeutil import now
from app.models.state import log
from app.rules.result import CheckResult
from app.services.export import ExportOptions, Preflight, preflight
from app.services.joint import JointRefused, get
from app.services.outputs import check_outputs

if TYPE_CHECKING:
    from app.bundle.builder import BundleResult
    from app.bundle.joint import JointMember, JointRequest
    from app.services.cases import Cancel, CaseService, Progress


@dataclass
class JointPreflight:
    joint: JointInfo
    members: list[tuple[JointMemberInfo, Preflight]] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return self.joint.problems()

    @property
    def blocked(self) -> bool:
        return bool(self.problems) or any(pre.blocked for _m, pre in self.members)


def claimed(case_amount: Decimal | None, refunded: Decimal, check: CheckResult) -> tuple[Decimal | None, Decimal]:
    """(what the complainant asks for in all, of which compensation): the refund the rules give (else what is
    still unpaid back) plus, for misleading promotion, the compensation."""
    refund = check.refund_amount if check.refund_amount > 0 else (
        case_amount - refunded if case_amount is not None and case_amount - refunded > 0 else None)
    compensation = check.compensation if check.remedy == "refund_plus_compensation" else Decimal("0.00")
    if refund is None and not compensation:
        return None, Decimal("0.00")
    return (refund or Decimal("0.00")) + compensation, compensation


def preflight_joint(service: CaseService, joint_id: int, options: ExportOptions,
                    cancel: Cancel | None = None) -> JointPreflight:
    pre = JointPreflight(get(service, joint_id))
    for member in pre.joint.members:
        pre.members.append((member, preflight(service, member.case_id, options, cancel=cancel)))
    return pre


def _request(service: CaseService, pre: JointPreflight, options: ExportOptions, as_of: datetime) -> JointRequest:
    from app.bundle.joint import JointMember, JointRequest
    from app.services.evidence_text import pdf_texts_for, texts_for

    members: list[JointMember] = []
    for info, mp in pre.members:
        total, compensation = claimed(mp.case.data.order.amount, mp.case.data.refund.refunded_amount, mp.check)
        ids = [e.id for e in mp.case.evidence]
        members.append(JointMember(info, mp.case, mp.check, mp.originals, total, compensation,
                                   texts_for(service, ids), pdf_texts_for(service, ids)))
    return JointRequest(pre.joint, members, as_of, options.recipient, options.lang, options.attach_originals,
                        options.draft)


def _refuse_if_blocked(pre: JointPreflight, draft: bool) -> None:
    """The joint complaint's own rules (members, consent, a representative), then each case as its single export
    would be refused: changed behind the app's back, an original damaged or gone, and, for the market regulator,
    Art. 10 material missing or contradicting facts (named with the complainant's letter)."""
    if pre.problems:
        raise JointRefused(f"joint complaint {pre.joint.id} 「{pre.joint.title}」 cannot be filed yet: "
                           + "; ".join(pre.problems), "not_ready")
    for info, mp in pre.members:
        if mp.tampered:
            raise CaseTampered(info.case_id, mp.case.data.title, mp.tampered)
        if mp.failures:
            raise mp.failures[0]
    gaps = [(f"{info.letter} {info.complainant or mp.case.data.title}", mp.complaint_missing,
             [problem.text for problem in mp.check.problems]) for info, mp in pre.members if mp.incomplete]
    if gaps and not draft:
        raise JointIncomplete(gaps)


class JointIncomplete(ExportBlocked):
    """A joint bundle for the market regulator while a complainant's case lacks Art. 10 material or states
    contradicting facts: `gaps` is (complainant, missing fields, problems) for each such case."""

    def __init__(self, gaps: list[tuple[str, list[str], list[str]]]) -> None:
        super().__init__([f"{who}: {field}" for who, fields, _p in gaps for field in fields],
                         [f"{who}: {problem}" for who, _f, problems in gaps for problem in problems])
        self.gaps = gaps


def export_joint(service: CaseService, joint_id: int, out: Path, options: ExportOptions,
                 warn: Callable[[str], None] | None = None, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> BundleResult:
    from app.bundle.joint import build_joint_bundle

    as_of = options.as_of or now()
    options.as_of = as_of
    check_outputs([("--out", out)], data_dir=service.data_dir, database=service.database_file, force=options.force)
    pre = preflight_joint(service, joint_id, options, cancel=cancel)
    _refuse_if_blocked(pre, options.draft)
    make_parent(Path(out))
    for info, mp in pre.members:
        for w in mp.warnings:
            if warn is not None:
                warn(f"{info.letter} {info.complainant or mp.case.data.title}: {w}")
    result = build_joint_bundle(_request(service, pre, options, as_of), out, progress=progress, cancel=cancel)
    with service.transaction() as s:
        for info in sorted(pre.joint.members, key=lambda m: m.case_id):
            service.lock_case(s, info.case_id)
        stamp = now()
        for info in pre.joint.members:
            log(s, info.case_id, stamp, "joint.export", None,
                {"joint_id": joint_id, "letter": info.letter, "recipient": options.recipient, "lang": options.lang,
                 "pages": result.pages, "sha256": result.sha256, "file": result.path.name,
                 "bundle_id": result.bundle_id})
    return result


def election_document(service: CaseService, joint_id: int, out: Path, lang: str = "zh",
                      as_of: datetime | None = None, force: bool = False) -> int:
    """The 推选代表人书 for the complainants to sign; returns its number of pages."""
    from app.bundle.joint import JointMember, JointRequest, build_election
    from app.services.rule_check import rulebook_for

    check_outputs([("--out", out)], data_dir=service.data_dir, database=service.database_file, force=force)
    joint = get(service, joint_id)
    if not joint.members:
        raise JointRefused(f"joint complaint {joint_id} has no complainants", "too_few")
    members = []
    for info in joint.members:
        case = service.get_case(info.case_id)
        check = rulebook_for(service.data_dir).check(case.data, case.evidence_kinds, lang, as_of or now())
        members.append(JointMember(info, case, check, {}, None))
    make_parent(Path(out))
    return build_election(JointRequest(joint, members, as_of or now(), lang=lang), Path(out))
