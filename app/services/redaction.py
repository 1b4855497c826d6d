"""Redaction: boxes over a picture or PDF page, filled solid in a copy the bundle shows instead.

The original stays in the vault untouched (and keeps verifying); the redacted copy is made from it
(app/evidence/redaction.py), stored in vault/derived under its own SHA-256, and linked to the item
with its boxes (models/redaction.py). Every change is in the case's audit log.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app.core.domain import EvidenceInfo
from app.core.errors import DomainError, IntegrityFailure, NotFound
from app.core.privacy import PDF_DPI, RedactionBox, Suggestion, normal_boxes, suggest_boxes
from app.core.timeutil import iso_beijing, now
from app.evidence.derived import DerivedFiles
from app.models import Case, EvidenceItem, Redaction, audit
from app.models.base import valid_id
from app.models.convert import evidence_info

if TYPE_CHECKING:
    from app.services.cases import CaseService

__all__ = ["PDF_DPI", "RedactionRefused", "box_space", "clear_redaction", "ensure_copy", "redact", "redactable",
           "shown_path", "suggestions"]


class RedactionRefused(DomainError):
    """An item that cannot be redacted (not a picture or PDF, or a file that cannot be read)."""


def redactable(item: EvidenceInfo) -> str | None:
    """"image" or "pdf" when the item can be redacted, else None."""
    media = (item.media_type or "").split(";", 1)[0].strip().lower()
    if media.startswith("image/"):
        return "image"
    if media == "application/pdf":
        return "pdf"
    return None


def derived_files(service: CaseService) -> DerivedFiles:
    return DerivedFiles(service.vault)


def shown_path(service: CaseService, item: EvidenceInfo) -> Path:
    """The file the bundle shows: the redacted copy when there is one, else the original."""
    if item.redaction is not None:
        return derived_files(service).path_for(item.redaction.sha256)
    return service.original_path(item)


def evidence_item(service: CaseService, evidence_id: int) -> EvidenceInfo:
    with service.session() as s:
        row = s.get(EvidenceItem, evidence_id) if valid_id(evidence_id) else None
        if row is None:
            raise NotFound(f"no evidence item with id {evidence_id}")
        return evidence_info(row)


def _kind(item: EvidenceInfo) -> str:
    kind = redactable(item)
    if kind is None:
        raise RedactionRefused(f"evidence {item.id} 「{item.title}」 ({item.media_type}): only pictures and PDFs "
                               "can be redacted")
    return kind


def _checked_original(service: CaseService, item: EvidenceInfo) -> Path:
    actual = service.vault.verify(item.sha256)
    if actual != item.sha256:
        raise IntegrityFailure(f"evidence {item.id} 「{item.title}」 ({item.original_name})", item.sha256, actual)
    return service.original_path(item)


def box_space(service: CaseService, item: EvidenceInfo) -> list[tuple[int, int]]:
    """The size in pixels of each page boxes are given in: the upright picture, or PDF pages at PDF_DPI."""
    from app.evidence.redaction import pdf_page_pixels, picture_size

    path = service.original_path(item)
    try:
        if _kind(item) == "image":
            return [picture_size(path, item.orientation)]
        return pdf_page_pixels(path)
    except (DomainError, OSError):
        raise
    except Exception as exc:  # noqa: BLE001 (Pillow and PDFium fail on odd files in many ways)
        raise RedactionRefused(f"evidence {item.id} 「{item.title}」: the file cannot be read "
                               f"({type(exc).__name__})") from exc


def _make(service: CaseService, item: EvidenceInfo, boxes: tuple[RedactionBox, ...]) -> tuple[str, int, str]:
    """Make the redacted copy in the vault; returns (sha256, size, media type)."""
    from app.evidence.redaction import redact_pdf, redact_picture

    kind = _kind(item)
    original = _checked_original(service, item)
    store = derived_files(service)
    scratch = store.scratch(".png" if kind == "image" else ".pdf")
    try:
        if kind == "image":
            redact_picture(original, item.orientation, boxes, scratch)
        else:
            redact_pdf(original, boxes, scratch)
        sha, size = store.put(scratch)
    except (DomainError, OSError):
        scratch.unlink(missing_ok=True)
        raise
    except Exception as exc:  # noqa: BLE001
        scratch.unlink(missing_ok=True)
        raise RedactionRefused(f"evidence {item.id} 「{item.title}」: the redacted copy cannot be made "
                               f"({type(exc).__name__})") from exc
    return sha, size, "image/png" if kind == "image" else "application/pdf"


def _state(row: Redaction | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"boxes": [b.to_json() for b in row.boxes], "sha256": row.sha256}


def _drop_unused(service: CaseService, shas: Iterable[str]) -> None:
    """Remove redacted copies no row refers to any more (they can always be made again)."""
    wanted = sorted(set(shas))
    if not wanted:
        return
    with service.session() as s:
        used = set(s.scalars(select(Redaction.sha256).where(Redaction.sha256.in_(wanted))))
    for sha in wanted:
        if sha not in used:
            derived_files(service).remove(sha)


def _store(service: CaseService, item: EvidenceInfo, boxes: tuple[RedactionBox, ...] | None,
           made: tuple[str, int, str] | None, action: str) -> EvidenceInfo:
    """Write the redaction (or its removal) and the audit entry in one transaction."""
    old: str | None = None
    with service.store_lock():
        try:
            with service.transaction() as s:
                row = s.get(EvidenceItem, item.id)
                if row is None:
                    raise NotFound(f"no evidence item with id {item.id}")
                current = row.redaction
                before = _state(current)
                old = current.sha256 if current is not None else None
                stamp = now()
                if boxes is None or made is None:
                    row.redaction = None
                else:
                    sha, size, media = made
                    if current is None:
                        row.redaction = Redaction(boxes_json=Redaction.dump_boxes(boxes), sha256=sha, size=size,
                                                  media_type=media, made_at=stamp)
                    else:
                        current.boxes_json, current.sha256 = Redaction.dump_boxes(boxes), sha
                        current.size, current.media_type, current.made_at = size, media, stamp
                after = _state(row.redaction)
                case = s.get(Case, row.case_id)
                assert case is not None
                case.updated_at = stamp
                audit.append(s, row.case_id, stamp, action, {"id": row.id, "redaction": before},
                             {"id": row.id, "redaction": after, "original_sha256": row.sha256,
                              "at": iso_beijing(stamp)})
                s.flush()
                info = evidence_info(row)
        except BaseException:
            if made is not None:
                _drop_unused(service, [made[0]])
            raise
        if old is not None and (made is None or made[0] != old):
            _drop_unused(service, [old])
    return info


def redact(service: CaseService, evidence_id: int, boxes: Sequence[RedactionBox], *,
           keep_existing: bool = False) -> EvidenceInfo:
    """Set the item's boxes (or add them to those it has) and make its redacted copy.

    Boxes are cut to their page; one on a page the file does not have, or wholly off its page, is
    refused (BadBox) and nothing changes. No boxes at all removes the redaction.
    """
    from app.evidence.redaction import fit_boxes

    item = evidence_item(service, evidence_id)
    _kind(item)
    wanted = list(boxes) + (list(item.redaction.boxes) if keep_existing and item.redaction else [])
    if not wanted:
        return clear_redaction(service, evidence_id)
    fitted = fit_boxes(normal_boxes(wanted), box_space(service, item))
    if item.redaction is not None and fitted == item.redaction.boxes:
        return ensure_copy(service, item)
    made = _make(service, item, fitted)
    return _store(service, item, fitted, made, "evidence.redact")


def clear_redaction(service: CaseService, evidence_id: int) -> EvidenceInfo:
    """Remove every box: the bundle shows the original again."""
    item = evidence_item(service, evidence_id)
    if item.redaction is None:
        return item
    return _store(service, item, None, None, "evidence.unredact")


def ensure_copy(service: CaseService, item: EvidenceInfo) -> EvidenceInfo:
    """The item with a whole redacted copy: one missing or damaged is made again from the original."""
    if item.redaction is None:
        return item
    if derived_files(service).verify(item.redaction.sha256) == item.redaction.sha256:
        return item
    made = _make(service, item, item.redaction.boxes)
    return _store(service, item, item.redaction.boxes, made, "evidence.redaction_remade")


def count_redacted(service: CaseService, case_id: int) -> int:
    with service.session() as s:
        return int(s.scalar(select(func.count(Redaction.id)).join(EvidenceItem)
                            .where(EvidenceItem.case_id == case_id)) or 0)


@dataclass(frozen=True)
class _Line:
    text: str
    box: tuple[int, int, int, int]


def recognised_lines(service: CaseService, item: EvidenceInfo) -> dict[int, list[_Line]]:
    """The lines text recognition read on a picture or a PDF (app/services/evidence_text.py), per page (from
    1), with their boxes in the space redaction boxes are in: the upright picture's pixels (scaled when the
    engine read a smaller copy), a PDF page's pixels at PDF_DPI (as read: app/evidence/ocr/pdfpages.py).
    Empty for other items and for those not read yet."""
    from app.services.evidence_text import reading

    kind = redactable(item)
    found = reading(service, item.id) if kind else None
    if found is None or found.error or not found.lines:
        return {}
    if kind == "pdf":
        pages: dict[int, list[_Line]] = {}
        for line, page in zip(found.lines, found.pages, strict=True):
            pages.setdefault(page, []).append(_Line(line.text, line.box))
        return pages
    width, height = box_space(service, item)[0]
    fx = width / found.width if found.width else 1.0
    fy = height / found.height if found.height else 1.0
    return {1: [_Line(ln.text, (round(ln.box[0] * fx), round(ln.box[1] * fy), round(ln.box[2] * fx),
                                round(ln.box[3] * fy))) for ln in found.lines]}


def suggestions(service: CaseService, item: EvidenceInfo) -> list[Suggestion]:
    """Boxes worth covering on a picture or PDF whose text was read: resident ID numbers, bank card numbers,
    and phone numbers other than the parties' (the consumer's phone, the merchant's contact)."""
    pages = recognised_lines(service, item)
    if not pages:
        return []
    data = service.get_case(item.case_id).data
    sizes = box_space(service, item)
    out = []
    for page, lines in sorted(pages.items()):
        if not 1 <= page <= len(sizes):
            continue
        width, height = sizes[page - 1]
        for found in suggest_boxes(lines, [data.consumer.phone, data.merchant.contact], page=page):
            inside = found.box.clipped(width, height)
            if inside is not None:
                out.append(Suggestion(found.kind, found.text, inside))
    return out
