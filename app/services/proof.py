"""Facts checked against proof: what the case states beside what its screenshots show.

From each item's stored reading (services/evidence_text.py) come sightings: a fact, its value, the
words that show it and the exhibit (证据N, numbered as in the bundle). `check` lists, per fact,
the exhibits that agree with the case and those that contradict it (amounts equal to the fen,
payment times within five minutes, names and numbers equal once spaces and full-width forms are
folded); two exhibits that disagree with each other are a contradiction even when the case is
silent. `proposals` are the facts the exhibits show with one voice and the case lacks or states
otherwise: the window offers them for the user to accept or correct, nothing is filled silently.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.domain import CaseData, CaseInfo
from app.core.errors import NotFound
from app.core.timeutil import BadDateTime, parse_datetime
from app.models import EvidenceItem
from app.services import evidence_text
from app.services.evidence_text import StoredReading

if TYPE_CHECKING:
    from app.services.cases import CaseService

FACT_KEYS = ("order.number", "order.amount", "order.paid_at", "order.item", "order.channel", "merchant.name",
             "merchant.shop")
PAID_AT_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class Sighting:
    evidence_id: int
    exhibit: int  # 证据N in the bundle
    title: str
    value: str
    line: str  # the words that show it
    lines: tuple[int, ...]  # which recognised lines (for highlighting)


@dataclass
class ProofCheck:
    key: str
    case_value: str  # "" when the case does not state it
    agree: list[Sighting] = field(default_factory=list)
    disagree: list[Sighting] = field(default_factory=list)

    @property
    def contradicts(self) -> bool:
        return bool(self.disagree)

    def to_json(self) -> dict[str, object]:
        def side(rows: list[Sighting]) -> list[dict[str, object]]:
            return [{"exhibit": s.exhibit, "evidence_id": s.evidence_id, "title": s.title, "value": s.value,
                     "line": s.line} for s in rows]

        return {"fact": self.key, "case": self.case_value, "verdict": "contradicts" if self.contradicts else "agrees",
                "agree": side(self.agree), "disagree": side(self.disagree)}


@dataclass
class Proposal:
    key: str  # a case fact ("order.amount"), or an item's field ("evidence.kind", "evidence.occurred_at")
    value: str
    case_value: str  # what the case (or the item) says now
    sightings: list[Sighting]
    evidence_id: int | None = None  # for an item's field: which item


# What a picture's guessed kind is as an evidence kind (app.core.enums.EvidenceKind).
KIND_OF_READING = {"order": "purchase", "payment": "payment", "chat": "chat", "promotion": "promo",
                   "contract": "contract"}


def case_value(data: CaseData, key: str) -> str:
    group, name = key.split(".")
    value = getattr(getattr(data, group), name)
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value.quantize(Decimal("0.01")))
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def same(key: str, a: str, b: str) -> bool:
    """Do two values of one fact say the same thing?"""
    if key == "order.amount":
        try:
            return Decimal(a) == Decimal(b)
        except InvalidOperation:
            return False
    if key == "order.paid_at":
        try:
            return abs(parse_datetime(a) - parse_datetime(b)) <= PAID_AT_SLACK
        except BadDateTime:
            return False
    return _fold(a) == _fold(b)


def sightings(service: CaseService, info: CaseInfo) -> dict[str, list[Sighting]]:
    found: dict[str, list[Sighting]] = {}
    items = [e for e in info.evidence if e.trashed_at is None]
    for number, item in enumerate(items, 1):
        reading = evidence_text.reading(service, item.id)
        if reading is None:
            continue
        for key, fact in reading.facts.items():
            found.setdefault(key, []).append(Sighting(item.id, number, item.title, fact.value, fact.text,
                                                      fact.lines))
    return found


def shown_facts(service: CaseService, case_id: int, info: CaseInfo | None = None) -> dict[str, list[int]]:
    """Per fact the case states: the items whose reading shows that value (the bundle cites them)."""
    return {c.key: [s.evidence_id for s in c.agree] for c in check(service, case_id, info)
            if c.case_value and c.agree}


def check(service: CaseService, case_id: int, info: CaseInfo | None = None) -> list[ProofCheck]:
    """Per fact shown by any exhibit: agreements with the case, contradictions (with the case or between exhibits)."""
    info = info or service.get_case(case_id)
    out = []
    seen = sightings(service, info)
    for key in FACT_KEYS:
        rows = seen.get(key)
        if not rows:
            continue
        stated = case_value(info.data, key)
        result = ProofCheck(key, stated)
        if stated:
            for s in rows:
                (result.agree if same(key, stated, s.value) else result.disagree).append(s)
        else:
            first = rows[0].value
            for s in rows:
                (result.agree if same(key, first, s.value) else result.disagree).append(s)
            if not result.disagree:
                continue  # the case is silent and the exhibits agree: a proposal, not a finding
        out.append(result)
    return out


def proposals(service: CaseService, case_id: int) -> list[Proposal]:
    """Facts the exhibits show with one voice that the case lacks or states otherwise."""
    info = service.get_case(case_id)
    out = []
    for key, rows in sightings(service, info).items():
        if any(not same(key, rows[0].value, s.value) for s in rows):
            continue  # exhibits disagree: nothing to propose (check() reports it)
        stated = case_value(info.data, key)
        if stated and same(key, stated, rows[0].value):
            continue
        out.append(Proposal(key, rows[0].value, stated, rows))
    return sorted(out, key=lambda p: FACT_KEYS.index(p.key))


def item_suggestions(service: CaseService, case_id: int) -> list[Proposal]:
    """Each read item's suggested kind (while it is still "other") and date (while it has none): a bill's
    or an order's payment time, else the first date and time with a year that the picture shows."""
    from app.evidence.ocr.facts import when

    info = service.get_case(case_id)
    out = []
    for number, item in enumerate([e for e in info.evidence if e.trashed_at is None], 1):
        reading = evidence_text.reading(service, item.id)
        if reading is None or reading.error:
            continue
        kind = KIND_OF_READING.get(reading.kind or "")
        if kind and item.kind == "other":
            first = reading.lines[0].text if reading.lines else ""
            out.append(Proposal("evidence.kind", kind, item.kind,
                                [Sighting(item.id, number, item.title, kind, first, ())], item.id))
        if item.occurred_at is None:
            paid = reading.facts.get("order.paid_at")
            if paid is not None:
                out.append(Proposal("evidence.occurred_at", paid.value, "", [Sighting(
                    item.id, number, item.title, paid.value, paid.text, paid.lines)], item.id))
                continue
            for i, line in enumerate(reading.lines):
                at = when(line.text)
                if at is not None:
                    out.append(Proposal("evidence.occurred_at", at.isoformat(), "", [Sighting(
                        item.id, number, item.title, at.isoformat(), line.text, (i,))], item.id))
                    break
    return out


def apply_items(service: CaseService, accepted: list[tuple[int, str, str]]) -> None:
    """(item id, "evidence.kind" | "evidence.occurred_at", value) as accepted or corrected by the user."""
    for evidence_id, key, value in accepted:
        value = value.strip()
        if key == "evidence.kind":
            service.update_evidence(evidence_id, kind=value)
        elif key == "evidence.occurred_at":
            service.update_evidence(evidence_id, occurred_at=parse_datetime(value) if value else None)
        else:
            raise ValueError(f"unknown item field {key!r}")


def apply(service: CaseService, case_id: int, accepted: dict[str, str]) -> CaseInfo:
    """Write the accepted (or corrected) values into the case, through the one way to change it."""
    data = service.get_case(case_id).data
    merchant, order = data.merchant, data.order
    for key, value in accepted.items():
        value = value.strip()
        if key == "order.amount":
            order = replace(order, amount=Decimal(value).quantize(Decimal("0.01")) if value else None)
        elif key == "order.paid_at":
            order = replace(order, paid_at=parse_datetime(value) if value else None)
        elif key in ("order.number", "order.item", "order.channel"):
            order = replace(order, **{key.split(".")[1]: value})  # type: ignore[arg-type]
        elif key in ("merchant.name", "merchant.shop"):
            merchant = replace(merchant, **{key.split(".")[1]: value})
        else:
            raise ValueError(f"unknown fact {key!r}")
    return service.update_case(case_id, replace(data, merchant=merchant, order=order))


def exhibit_picture(service: CaseService, evidence_id: int) -> tuple[Path, int | None, StoredReading | None]:
    """The original of an item (to show), its stored orientation and what was read on it."""
    with service.session() as s:
        row = s.get(EvidenceItem, evidence_id)
        if row is None:
            raise NotFound(f"no evidence item with id {evidence_id}")
        sha, orientation = row.sha256, row.orientation
    return service.vault.path_for(sha), orientation, evidence_text.reading(service, evidence_id)
