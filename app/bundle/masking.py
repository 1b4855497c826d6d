"""ID numbers in the bundle: in full only where the recipient needs them, masked everywhere else.

The complaint letter to the market regulator states the complainant's true identity (Art. 10 of the
2026 measures), so it prints the consumer's ID number in full; a letter to a consumer association
prints it masked (3301**********1234). Every text the user typed that the bundle prints (facts,
demands, events, evidence titles, sources and what they prove) has the consumer's number, and any
valid resident ID number, masked. The evidence itself is shown as it is: covering a number in a
screenshot is what redaction is for; and the text recognised under a redaction box is never put into the
bundle's invisible text layer.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.domain import CaseInfo, RedactionInfo
from app.core.privacy import mask_id_number, mask_id_numbers_in

FULL_ID_FOR = ("market_regulator",)


def complainant_id_number(number: str, recipient: str) -> str:
    return number if recipient in FULL_ID_FOR or not number.strip() else mask_id_number(number)


def masked_case(case: CaseInfo) -> CaseInfo:
    """A copy of the case whose typed texts carry no ID number in full (the consumer's own field is kept)."""
    known = [case.data.consumer.id_number] if case.data.consumer.id_number.strip() else []

    def m(text: str) -> str:
        return mask_id_numbers_in(text, known) if text else text

    data = replace(case.data, facts=m(case.data.facts), demands=m(case.data.demands))
    evidence = [replace(e, title=m(e.title), proves=m(e.proves), source=m(e.source)) for e in case.evidence]
    events = [replace(ev, text=m(ev.text)) for ev in case.events]
    return replace(case, data=data, evidence=evidence, events=events)


Line = tuple[str, tuple[int, int, int, int]]


def visible_lines(lines: list[Line], redaction: RedactionInfo | None, page: int = 1) -> list[Line]:
    """Recognised lines of a picture (or of one PDF page) that no redaction box touches: the bundle's
    invisible text layer must not give back what the boxes cover (a line partly covered goes whole)."""
    if redaction is None:
        return lines
    boxes = [b for b in redaction.boxes if b.page == page]

    def touches(box: tuple[int, int, int, int]) -> bool:
        x, y, w, h = box
        return any(x < b.x + b.w and b.x < x + w and y < b.y + b.h and b.y < y + h for b in boxes)

    return [(text, box) for text, box in lines if not touches(box)]
