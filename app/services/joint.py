"""Joint complaints: suggest groups, group cases, record consent and representatives, export.

Each change is logged in the audit log of every case it concerns (joint.join, joint.leave,
joint.consent, joint.representative), after locking those cases in id order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.core.errors import DomainError, NotFound
from app.core.joint import (
    MAX_REPRESENTATIVES,
    MIN_MEMBERS,
    JointInfo,
    JointMemberInfo,
    JointSuggestion,
    letter_for,
    merchant_key,
)
from app.core.timeutil import iso_beijing, now
from app.models import Case
from app.models.base import valid_id
from app.models.joint import JointComplaint, JointMember
from app.models.state import log

if TYPE_CHECKING:
    from app.services.cases import CaseService

CONSENT_HOW_MAX = 200  # the column's length: a longer note is refused, never cut


class JointRefused(DomainError):
    """A joint complaint change the rules do not allow (another business, a third representative…).

    `reason` names the rule for the window, which words it in the user's language; `about` is the case or
    joint complaint it concerns (for a message naming it)."""

    def __init__(self, message: str, reason: str, about: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.about = about


def suggest(service: CaseService) -> list[JointSuggestion]:
    """Groups of two or more cases against one business (legal name, else shop, normalised), in no joint
    complaint yet and not in the trash; the largest first."""
    with service.session() as s:
        taken = select(JointMember.case_id)
        rows = s.execute(select(Case.id, Case.title, Case.merchant_name, Case.merchant_shop, Case.consumer_name)
                         .where(Case.id.not_in(taken), Case.trashed_at.is_(None)).order_by(Case.id)).all()
    groups: dict[str, list[tuple[int, str, str, str, str]]] = defaultdict(list)
    for case_id, title, name, shop, consumer in rows:
        key = merchant_key(name, shop)
        if key:
            groups[key].append((case_id, title, name, shop, consumer))
    out = [JointSuggestion(key, _most_common([r[2] for r in group]), _most_common([r[3] for r in group]),
                           [r[0] for r in group], [r[1] for r in group], [r[4] for r in group])
           for key, group in groups.items() if len(group) >= MIN_MEMBERS]
    return sorted(out, key=lambda g: (-len(g.case_ids), g.case_ids[0]))


def _most_common(values: list[str]) -> str:
    present = [v for v in values if v]
    return max(present, key=present.count) if present else ""


def create(service: CaseService, case_ids: Sequence[int], title: str = "") -> JointInfo:
    """A joint complaint of these cases (two or more, one business, none already in another)."""
    ids = sorted(set(case_ids))
    if len(ids) < MIN_MEMBERS:
        raise JointRefused(f"a joint complaint needs at least {MIN_MEMBERS} cases", "too_few")
    title = _title(title) if title.strip() else ""
    stamp = now()
    with service.transaction() as s:
        cases = [service.lock_case(s, case_id) for case_id in ids]
        _same_business(cases)
        _not_taken(s, ids)
        first = cases[0]
        # The title a volunteer typed is kept as typed (or refused); one made from the merchant's name is cut
        # to fit. The facts for all start empty: each complainant's own are told in the letter.
        joint = JointComplaint(title=title or f"{first.merchant_name or first.merchant_shop} 共同投诉"[:200],
                               merchant_name=first.merchant_name, merchant_shop=first.merchant_shop,
                               facts="", demands="", created_at=stamp, updated_at=stamp)
        s.add(joint)
        s.flush()
        for n, case in enumerate(cases):
            _join(s, joint, case, letter_for(n), stamp)
        joint_id = joint.id
    return get(service, joint_id)


def add(service: CaseService, joint_id: int, case_id: int) -> JointInfo:
    stamp = now()
    with service.transaction() as s:
        joint = _joint(s, joint_id)
        cases = [service.lock_case(s, cid) for cid in sorted({case_id, *(m.case_id for m in joint.members)})]
        _same_business(cases)
        _not_taken(s, [case_id])
        used = {m.letter for m in joint.members}
        letter = next(letter_for(n) for n in range(len(used) + 1) if letter_for(n) not in used)
        _join(s, joint, s.get(Case, case_id), letter, stamp)  # type: ignore[arg-type]
        joint.updated_at = stamp
    return get(service, joint_id)


def remove(service: CaseService, joint_id: int, case_id: int) -> JointInfo:
    """Take a complainant out (they withdrew); their letter is not given to anyone else."""
    with service.transaction() as s:
        joint = _joint(s, joint_id)
        member = _member(joint, case_id)
        service.lock_case(s, case_id)
        stamp = now()
        s.delete(member)
        joint.updated_at = stamp
        log(s, case_id, stamp, "joint.leave", {"joint_id": joint.id, "letter": member.letter}, None)
    return get(service, joint_id)


def consent(service: CaseService, joint_id: int, case_id: int, at: datetime | None = None, how: str = "",
            withdraw: bool = False) -> JointInfo:
    """Record that the complainant agreed to complain jointly (or that they no longer do) and how they said so."""
    from app.core.case_json import check_text

    how = check_text("how", how.strip(), CONSENT_HOW_MAX)
    with service.transaction() as s:
        joint = _joint(s, joint_id)
        member = _member(joint, case_id)
        service.lock_case(s, case_id)
        stamp = now()
        before = {"joint_id": joint.id, "consented_at": iso_beijing(member.consented_at), "how": member.consent_how}
        if withdraw:
            member.consented_at, member.consent_how, member.representative = None, "", False
        else:
            member.consented_at, member.consent_how = at or stamp, how
        joint.updated_at = stamp
        log(s, case_id, stamp, "joint.consent", before,
            {"joint_id": joint.id, "consented_at": iso_beijing(member.consented_at), "how": member.consent_how})
    return get(service, joint_id)


def elect(service: CaseService, joint_id: int, case_ids: Sequence[int]) -> JointInfo:
    """The representatives (at most two), elected from members who consented."""
    chosen = sorted(set(case_ids))
    if len(chosen) > MAX_REPRESENTATIVES:
        raise JointRefused(f"at most {MAX_REPRESENTATIVES} representatives may be elected (Art. 12)", "too_many_reps")
    with service.transaction() as s:
        joint = _joint(s, joint_id)
        for case_id in chosen:
            if _member(joint, case_id).consented_at is None:
                raise JointRefused(f"case {case_id} has not consented to the joint complaint yet", "no_consent",
                                   str(case_id))
        stamp = now()
        changed = [m for m in joint.members if m.representative != (m.case_id in chosen)]
        for member in sorted(changed, key=lambda m: m.case_id):
            service.lock_case(s, member.case_id)
        for member in changed:
            member.representative = member.case_id in chosen
            log(s, member.case_id, stamp, "joint.representative", None,
                {"joint_id": joint.id, "representative": member.representative})
        joint.updated_at = stamp
    return get(service, joint_id)


def _title(title: str) -> str:
    from app.core.case_json import LIMITS, check_text

    if not title.strip():
        raise JointRefused("a joint complaint needs a title", "no_title")
    return check_text("title", title.strip(), LIMITS["title"])


def update(service: CaseService, joint_id: int, *, title: str | None = None, facts: str | None = None,
           demands: str | None = None) -> JointInfo:
    from app.core.case_json import check_text

    with service.transaction() as s:
        joint = _joint(s, joint_id)
        if title is not None:
            joint.title = _title(title)
        if facts is not None:
            joint.facts = check_text("facts", facts, 20000)
        if demands is not None:
            joint.demands = check_text("demands", demands, 20000)
        joint.updated_at = now()
    return get(service, joint_id)


def get(service: CaseService, joint_id: int) -> JointInfo:
    with service.session() as s:
        return _info(s, _joint(s, joint_id))


def list_joint(service: CaseService) -> list[JointInfo]:
    with service.session() as s:
        joints = s.scalars(select(JointComplaint).options(selectinload(JointComplaint.members))
                           .order_by(JointComplaint.updated_at.desc(), JointComplaint.id.desc())).all()
        return [_info(s, j) for j in joints]


def of_case(service: CaseService, case_id: int) -> int | None:
    """The joint complaint a case is in, if any."""
    with service.session() as s:
        return s.scalar(select(JointMember.joint_id).where(JointMember.case_id == case_id))


# ----- inside a transaction -----------------------------------------------------------------------------
def _joint(s: Session, joint_id: int) -> JointComplaint:
    joint = s.get(JointComplaint, joint_id) if valid_id(joint_id) else None
    if joint is None:
        raise NotFound(f"no joint complaint with id {joint_id}")
    return joint


def _member(joint: JointComplaint, case_id: int) -> JointMember:
    found = next((m for m in joint.members if m.case_id == case_id), None)
    if found is None:
        raise NotFound(f"case {case_id} is not in joint complaint {joint.id}")
    return found


def _same_business(cases: list[Case]) -> None:
    keys = {case.id: merchant_key(case.merchant_name, case.merchant_shop) for case in cases}
    first = cases[0]
    for case in cases:
        if not keys[case.id]:
            raise JointRefused(f"case {case.id} 「{case.title}」 names no merchant: say whom the complaint is against",
                               "no_merchant", case.title)
        same_name = keys[case.id] == keys[first.id]
        same_shop = bool(case.merchant_shop) and merchant_key("", case.merchant_shop) == \
            merchant_key("", first.merchant_shop)
        if not (same_name or same_shop):
            against = case.merchant_name or case.merchant_shop
            raise JointRefused(f"case {case.id} 「{case.title}」 is against {against}, not "
                               f"{first.merchant_name or first.merchant_shop}: a joint complaint is against one "
                               "business (Art. 12)", "other_business", case.title)


def _not_taken(s: Session, case_ids: Sequence[int]) -> None:
    taken = s.execute(select(JointMember.case_id, JointMember.joint_id)
                      .where(JointMember.case_id.in_(list(case_ids)))).first()
    if taken is not None:
        raise JointRefused(f"case {taken[0]} is already in joint complaint {taken[1]}", "taken", str(taken[0]))


def _join(s: Session, joint: JointComplaint, case: Case, letter: str, stamp: datetime) -> None:
    s.add(JointMember(joint_id=joint.id, case_id=case.id, letter=letter, consent_how="", representative=False,
                      added_at=stamp))
    s.flush()
    log(s, case.id, stamp, "joint.join", None, {"joint_id": joint.id, "title": joint.title, "letter": letter})


def _info(s: Session, joint: JointComplaint) -> JointInfo:
    ids = [m.case_id for m in joint.members]
    cases = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_(ids)))} if ids else {}
    members = []
    for m in sorted(joint.members, key=lambda m: (len(m.letter), m.letter)):
        c = cases[m.case_id]
        members.append(JointMemberInfo(
            case_id=m.case_id, letter=m.letter, complainant=c.consumer_name, phone=c.consumer_phone,
            address=c.consumer_address, order_number=c.order_number, amount_paid=c.order_amount,
            case_title=c.title, merchant_name=c.merchant_name, merchant_shop=c.merchant_shop,
            consented_at=m.consented_at, consent_how=m.consent_how, representative=m.representative))
    return JointInfo(joint.id, joint.title, joint.merchant_name, joint.merchant_shop, joint.facts, joint.demands,
                     joint.created_at, joint.updated_at, members)
