"""Two volunteers editing one case's facts at once: nothing is overwritten unseen.

A save carries the facts as the editor last read them (the base). Each fact is then decided on its own:
changed only here, it is saved; changed only at the other desk, the other desk's value stays; changed at
both to different values, it is a conflict and nothing is saved: the caller is told which facts, what
each side has, and who changed them when (app.core.errors.EditConflict), and chooses.
Facts are compared as the case JSON writes them (app.core.case_json), field by field ("order.amount").
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.case_json import parse_case
from app.core.domain import CaseData, FieldConflict
from app.models.audit import AuditEntry
from app.models.convert import _flatten, audit_view


def flat(data: CaseData) -> dict[str, Any]:
    return _flatten(audit_view(data))


def merge(base: CaseData, mine: CaseData, current: CaseData) -> tuple[CaseData, list[str]]:
    """The facts to save and the names of the facts in conflict (then nothing may be saved)."""
    b, m, c = flat(base), flat(mine), flat(current)
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for key in sorted(b.keys() | m.keys() | c.keys()):
        mine_changed = m.get(key) != b.get(key)
        if not mine_changed:
            merged[key] = c.get(key)
        elif c.get(key) in (b.get(key), m.get(key)):
            merged[key] = m.get(key)
        else:
            conflicts.append(key)
            merged[key] = m.get(key)
    if merged == m:
        return mine, conflicts
    result = parse_case(_nest(merged))
    result.complaints = mine.complaints
    return result, conflicts


def resolved(base: CaseData, mine: CaseData, current: CaseData, names: list[str]) -> tuple[CaseData, CaseData]:
    """For a conflict: (the base with the conflicting facts as stored now, the user's facts with them too)."""
    b, m, c = flat(base), flat(mine), flat(current)
    rebased = parse_case(_nest({**b, **{n: c.get(n) for n in names}}))
    theirs = parse_case(_nest({**m, **{n: c.get(n) for n in names}}))
    rebased.complaints = theirs.complaints = mine.complaints
    return rebased, theirs


def _nest(flat_facts: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in flat_facts.items():
        node = out
        *parents, last = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return out


def who_changed(s: Session, case_id: int, fields: list[str], since: int | None = None,
                limit: int = 200) -> dict[str, tuple[str, datetime]]:
    """For each field, the actor and time of the latest fact change that set it (after entry `since`)."""
    query = select(AuditEntry).where(AuditEntry.case_id == case_id, AuditEntry.action == "case.update")
    if since is not None:
        query = query.where(AuditEntry.seq > since)
    found: dict[str, tuple[str, datetime]] = {}
    for entry in s.scalars(query.order_by(AuditEntry.seq.desc()).limit(limit)):
        try:
            after = json.loads(entry.detail).get("after") or {}
        except (ValueError, AttributeError):
            continue
        for key in fields:
            if key in after and key not in found:
                found[key] = (entry.actor, entry.at)
        if len(found) == len(fields):
            break
    return found


def conflicts_of(s: Session, case_id: int, names: list[str], base: CaseData, mine: CaseData,
                 current: CaseData) -> list[FieldConflict]:
    b, m, c = flat(base), flat(mine), flat(current)
    who = who_changed(s, case_id, names)
    return [FieldConflict(field=n, base=b.get(n), mine=m.get(n), theirs=c.get(n), by=who.get(n, ("", None))[0],
                          at=who.get(n, ("", None))[1]) for n in names]
