"""The state of a case that the audit log vouches for: its facts, evidence list and order, events.

Each change is logged with what changed, and the last entry of every changing transaction carries
the digest of the case's state after it (`"state"` in the entry's detail, inside the hash chain).
`verify` compares the digest of the rows with the last one logged; when they differ, it replays
the log to name each difference (a fact, an item removed or added, a title, the order).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.timeutil import iso_beijing
from app.models.audit import AuditEntry, append, canonical
from app.models.case import Case
from app.models.complaint import ComplaintRow
from app.models.convert import _flatten, audit_view, case_facts, complaint_data, complaint_view
from app.models.evidence import EvidenceItem
from app.models.timeline import TimelineEvent

EVIDENCE_FIELDS = ("sha256", "kind", "title", "source", "proves", "occurred_at", "position", "name", "size",
                   "media_type", "trashed")


_EVIDENCE_COLUMNS = (EvidenceItem.id, EvidenceItem.sha256, EvidenceItem.kind, EvidenceItem.title, EvidenceItem.source,
                     EvidenceItem.proves, EvidenceItem.occurred_at, EvidenceItem.position, EvidenceItem.original_name,
                     EvidenceItem.size, EvidenceItem.media_type, EvidenceItem.trashed_at)


def case_state(s: Session, case_id: int) -> dict[str, Any] | None:
    """The state of a case as its rows have it now (None if there is no such case).

    Plain column reads, no objects: this runs on every logged change (each file of an import)."""
    s.flush()
    case = s.get(Case, case_id)
    if case is None:
        return None
    evidence = {}
    for (eid, sha, kind, title, source, proves, occurred, position, name, size, media,
         trashed) in s.execute(select(*_EVIDENCE_COLUMNS).where(EvidenceItem.case_id == case_id)):
        evidence[str(eid)] = {"sha256": sha, "kind": kind, "title": title, "source": source, "proves": proves,
                              "occurred_at": iso_beijing(occurred), "position": position, "name": name,
                              "size": size, "media_type": media, "trashed": trashed is not None}
    events = {str(i): {"at": iso_beijing(at), "text": text} for i, at, text in
              s.execute(select(TimelineEvent.id, TimelineEvent.at, TimelineEvent.text)
                        .where(TimelineEvent.case_id == case_id))}
    complaints = s.scalars(select(ComplaintRow).where(ComplaintRow.case_id == case_id).order_by(ComplaintRow.id))
    # The facts' snapshot leaves complaints out (they are below): not loading them saves a query per change.
    return {"facts": audit_view(case_facts(case, [])), "evidence": evidence, "events": events,
            "complaints": {str(c.id): complaint_state(complaint_view(complaint_data(c))) for c in complaints}}


def complaint_state(view: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in view.items() if k != "id"}


def digest(state: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(_as_logged(state)).encode("utf-8")).hexdigest()


def _as_logged(state: dict[str, Any]) -> dict[str, Any]:
    """What came after the first digests were logged is left out while unset (no agent, no refusal
    date, no complaints), so a case's digest is the same as before the upgrade that added them."""
    out = {k: v for k, v in state.items() if k != "complaints" or v}
    facts = dict(out.get("facts") or {})
    agent = facts.get("agent")
    if isinstance(agent, dict) and not any(agent.values()):
        del facts["agent"]
    refund = facts.get("refund")
    if isinstance(refund, dict) and "refused_at" in refund and refund["refused_at"] is None:
        facts["refund"] = {k: v for k, v in refund.items() if k != "refused_at"}
    if "facts" in out:
        out["facts"] = facts
    return out


def logged_digest(entry: AuditEntry) -> str | None:
    detail = _detail(entry)
    value = detail.get("state") if detail else None
    return value if isinstance(value, str) else None


def _detail(entry: AuditEntry) -> dict[str, Any] | None:
    try:
        value = json.loads(entry.detail)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _set_path(facts: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    node = facts
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[parts[-1]] = value


def replay(entries: list[AuditEntry]) -> dict[str, Any] | None:
    """The state the log describes, or None if it cannot be told (no creation or baseline entry)."""
    state: dict[str, Any] | None = None
    for entry in entries:
        detail = _detail(entry) or {}
        before, after = detail.get("before"), detail.get("after")
        action = entry.action
        if action == "state.baseline" and isinstance(after, dict):
            state = json.loads(json.dumps(after))
            continue
        if action == "case.create" and isinstance(after, dict):
            facts = {k: v for k, v in after.items() if k not in ("recovered_from_vault", "previous_id")}
            state = {"facts": facts, "evidence": {}, "events": {}, "complaints": {}}
            continue
        if state is None:
            continue
        _apply(state, action, before, after)
    return state


def _apply(state: dict[str, Any], action: str, before: Any, after: Any) -> None:
    evidence, events = state["evidence"], state["events"]
    if action == "case.update" and isinstance(after, dict):
        for key, value in after.items():
            _set_path(state["facts"], key, value)
    elif action == "evidence.add" and isinstance(after, dict) and "id" in after:
        evidence[str(after["id"])] = {
            "sha256": after.get("sha256"), "kind": after.get("kind"), "title": after.get("title"),
            "source": after.get("source"), "proves": after.get("proves"), "occurred_at": after.get("occurred_at"),
            "position": after.get("position"), "name": after.get("name"), "size": after.get("size"),
            "media_type": after.get("media_type"), "trashed": False}
    elif action == "evidence.update" and isinstance(after, dict):
        item = evidence.get(str(after.get("id")))
        if item is not None:
            item.update({k: v for k, v in after.items() if k != "id"})
    elif action == "evidence.reorder" and isinstance(after, list):
        for pos, eid in enumerate(after, start=1):
            if str(eid) in evidence:
                evidence[str(eid)]["position"] = pos
    elif action in ("evidence.trash", "evidence.restore") and isinstance(after, dict):
        item = evidence.get(str(after.get("id")))
        if item is not None:
            item["trashed"] = action == "evidence.trash"
    elif action in ("event.add", "event.update") and isinstance(after, dict) and "id" in after:
        events[str(after["id"])] = {"at": after.get("at"), "text": after.get("text")}
    elif action == "event.delete" and isinstance(before, dict):
        events.pop(str(before.get("id")), None)
    elif action in ("complaint.add", "complaint.update") and isinstance(after, dict) and "id" in after:
        state.setdefault("complaints", {})[str(after["id"])] = complaint_state(after)
    elif action == "complaint.delete" and isinstance(before, dict):
        state.setdefault("complaints", {}).pop(str(before.get("id")), None)


def differences(logged: dict[str, Any], rows: dict[str, Any]) -> list[str]:
    """What the rows say that the log does not, in words naming each field and item."""
    out: list[str] = []
    flat_log, flat_rows = _flatten(logged["facts"]), _flatten(rows["facts"])
    for key in sorted(flat_log.keys() | flat_rows.keys()):
        if flat_log.get(key) != flat_rows.get(key):
            out.append(f"{key} is {_show(flat_rows.get(key))} in the database but {_show(flat_log.get(key))} "
                       "in the audit log")
    for name, what in (("evidence", "evidence"), ("events", "event"), ("complaints", "complaint")):
        log_items, row_items = logged.get(name, {}), rows.get(name, {})
        for key in sorted(log_items.keys() - row_items.keys(), key=int):
            out.append(f"{what} {key} {_label(log_items[key])}is in the audit log but no longer in the database")
        for key in sorted(row_items.keys() - log_items.keys(), key=int):
            out.append(f"{what} {key} {_label(row_items[key])}is in the database but not in the audit log")
        for key in sorted(log_items.keys() & row_items.keys(), key=int):
            for field in sorted(log_items[key].keys() | row_items[key].keys()):
                a, b = log_items[key].get(field), row_items[key].get(field)
                if a != b:
                    out.append(f"{what} {key} {field} is {_show(b)} in the database but {_show(a)} in the audit log")
    return out


def _label(item: dict[str, Any]) -> str:
    title = item.get("title") or item.get("text") or item.get("number")
    return f"「{str(title)[:60]}」 " if title else ""


def _show(value: Any) -> str:
    if value is None:
        return "empty"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"「{text[:80]}」" if isinstance(value, str) else text[:80]


def log(s: Session, case_id: int, at: datetime, action: str, before: Any = None, after: Any = None, *,
        final: bool = True) -> None:
    """audit.append with the digest of the case's state after the change (on the last entry of a transaction)."""
    rows = case_state(s, case_id) if final else None
    append(s, case_id, at, action, before, after, state=digest(rows) if rows is not None else None)
    if not action.startswith(("evidence.", "bundle.")):  # the facts or events changed: the case card too
        s.info.setdefault(CARDS_DUE, set()).add(case_id)


# Session.info key: cases whose card (app/evidence/vault_records.py) is rewritten once the transaction commits.
CARDS_DUE = "case_cards_due"


def baseline(s: Session, case_id: int, at: datetime) -> None:
    """Vouch for the rows of a case kept by an older version, which logged no state (once, at upgrade)."""
    rows = case_state(s, case_id)
    if rows is not None:
        append(s, case_id, at, "state.baseline", None, rows, state=digest(rows))


def _last_seq(s: Session, case_id: int) -> int | None:
    return s.scalar(select(func.max(AuditEntry.seq)).where(AuditEntry.case_id == case_id))


def check_case(s: Session, case_id: int) -> list[str]:
    """[] if the rows are what the audit log last vouched for; else each difference, named.

    Read again when the case changed while it was being read (another process's import commits
    its row and its log entry together, so the last entry number tells)."""
    found: list[str] = []
    for _attempt in range(5):
        before = _last_seq(s, case_id)
        found = _check_once(s, case_id)
        if not found or _last_seq(s, case_id) == before:
            return found
    return found


def _check_once(s: Session, case_id: int) -> list[str]:
    s.expire_all()  # what another process committed since this session last read must be seen
    entries = list(s.scalars(select(AuditEntry).where(AuditEntry.case_id == case_id).order_by(AuditEntry.seq)))
    rows = case_state(s, case_id)
    if rows is None:
        return ["the case is in the audit log but no longer in the database"] if entries else []
    if not entries:
        return ["the case has no audit log (it was deleted outside the app)"]
    last = next((d for d in (logged_digest(e) for e in reversed(entries)) if d is not None), None)
    if last is None:
        return []  # kept by an older version: no digest to compare with until its baseline is written
    if digest(rows) == last:
        return []
    logged = replay(entries)
    if logged is not None and digest(logged) == last:
        named = differences(logged, rows)
        if named:
            return named
    return ["the rows differ from the state the audit log last recorded"]
