"""Text read from a case's screenshots: stored per item, versioned by engine, searchable.

`recognise` reads every image item that has no text from the current engine (new imports; all of
them again after an engine upgrade), in the OCR worker process, one item per transaction, with
progress and cancel. The words are searchable through SQLite FTS5 (trigram tokenizer, kept in step
by triggers, see migration 0004), together with the originals' own text (PDF text layers, chat
logs): `search` within a case; CaseService's case search uses `matching_case_ids`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.sql import Select

from app.core.timeutil import now
from app.evidence.ocr.facts import Fact, read_pages
from app.evidence.ocr.install import OcrUnavailable, check_available, engine_version
from app.evidence.ocr.lines import Line
from app.evidence.ocr.worker import OcrFailed, OcrWorker, PageText, ReadCancelled
from app.models import EvidenceItem
from app.models.evidence_text import INDEXED_MIN, EvidenceText, text_match_ids

if TYPE_CHECKING:
    from app.services.cases import CaseService

Progress = Callable[[int, int, str], None]
Box = tuple[int, int, int, int]
Cancel = Callable[[], bool]
Reader = Callable[[str], list[PageText]]

# Media types that are read: pictures, and PDFs (a page's own text layer, else the page rendered and recognised).
READABLE = ("image/", "application/pdf")


@dataclass
class StoredReading:
    evidence_id: int
    engine: str
    kind: str | None
    width: int
    height: int
    lines: list[Line]
    facts: dict[str, Fact]
    error: str | None
    pages: list[int] = field(default_factory=list)  # the page (from 1) of each line: PDFs have several


@dataclass
class RecogniseReport:
    read: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    cancelled: bool = False


def current_engine() -> str | None:
    """The installed engine's version, or None when text recognition is not installed."""
    try:
        return engine_version(check_available())
    except OcrUnavailable:
        return None


def _pending_query(case_id: int | None, engine: str) -> Select[int, str, str]:
    stmt = (select(EvidenceItem.id, EvidenceItem.sha256, EvidenceItem.original_name)
            .outerjoin(EvidenceText, EvidenceText.evidence_id == EvidenceItem.id)
            .where(EvidenceItem.trashed_at.is_(None),
                   or_(*[EvidenceItem.media_type.startswith(t) for t in READABLE]),
                   or_(EvidenceText.evidence_id.is_(None), EvidenceText.engine != engine))
            .order_by(EvidenceItem.case_id, EvidenceItem.position, EvidenceItem.id))
    if case_id is not None:
        stmt = stmt.where(EvidenceItem.case_id == case_id)
    return stmt


def pending(service: CaseService, case_id: int | None = None, engine: str | None = None) -> list[int]:
    """Items whose text is missing or was read by another engine (empty when OCR is not installed)."""
    engine = engine or current_engine()
    if engine is None:
        return []
    with service.session() as s:
        return [row.id for row in s.execute(_pending_query(case_id, engine))]


def recognise(service: CaseService, case_id: int | None = None, *, progress: Progress | None = None,
              cancel: Cancel | None = None, reader: Reader | None = None,
              engine: str | None = None) -> RecogniseReport:
    """Read every pending item; each stored as it is done (a stop loses at most the one in hand)."""
    report = RecogniseReport()
    for _ in recognise_steps(service, case_id, report, progress=progress, cancel=cancel, reader=reader,
                             engine=engine):
        pass
    return report


def recognise_steps(service: CaseService, case_id: int | None, report: RecogniseReport, *,
                    progress: Progress | None = None, cancel: Cancel | None = None, reader: Reader | None = None,
                    engine: str | None = None) -> Iterator[int]:
    """The same, one item per step (yields each item's id once stored)."""
    worker: OcrWorker | None = None
    if reader is None:
        worker = OcrWorker()
        engine = worker.version
        read = worker.read

        def reader(path: str) -> list[PageText]:
            return read(path, cancel=cancel)  # a long PDF stops between pages
    engine = engine or current_engine()
    if engine is None:
        raise OcrUnavailable("text recognition is not installed")
    with service.session() as s:
        todo = [(row.id, row.sha256, row.original_name) for row in s.execute(_pending_query(case_id, engine))]
    try:
        for n, (item_id, sha, name) in enumerate(todo):
            if cancel is not None and cancel():
                report.cancelled = True
                break
            if progress is not None:
                progress(n, len(todo), name)
            try:
                pages = reader(str(service.vault.path_for(sha)))
            except ReadCancelled:
                report.cancelled = True
                break
            except OcrFailed as exc:
                store(service, item_id, engine, [], error=str(exc))
                report.failed.append((item_id, str(exc)))
            else:
                store(service, item_id, engine, pages)
                report.read.append(item_id)
            yield item_id
        if progress is not None and not report.cancelled:
            progress(len(todo), len(todo), "")
    finally:
        if worker is not None:
            worker.close()


def store(service: CaseService, evidence_id: int, engine: str, pages: list[PageText], error: str | None = None) -> None:
    """Keep what was read (or that it could not be), replacing an older engine's reading."""
    first = pages[0] if pages else PageText((), 0, 0)
    lines = [ln for p in pages for ln in p.lines]
    found = read_pages([(list(p.lines), p.width) for p in pages]) if pages else None
    facts = {k: {**f.to_dict(), "lines": list(f.lines)} for k, f in found.facts.items()} if found else {}
    line_rows = [{**ln.to_dict(), "page": p.page} for p in pages for ln in p.lines]
    with service.transaction() as s:
        row = s.get(EvidenceText, evidence_id) or EvidenceText(evidence_id=evidence_id)
        row.case_id = s.scalar(select(EvidenceItem.case_id).where(EvidenceItem.id == evidence_id))
        row.engine, row.read_at, row.error = engine, now(), error
        row.kind = found.kind if found else None
        row.width, row.height = first.width, first.height
        row.text = "\n".join(ln.text for ln in lines)
        row.lines_json = json.dumps(line_rows, ensure_ascii=False)
        row.facts_json = json.dumps(facts, ensure_ascii=False)
        s.add(row)


def reading(service: CaseService, evidence_id: int) -> StoredReading | None:
    with service.session() as s:
        row = s.get(EvidenceText, evidence_id)
        if row is None:
            return None
        rows = json.loads(row.lines_json)
        lines = [Line(d["text"], tuple(d["box"]), d["score"]) for d in rows]
        facts = {k: Fact(k, d["value"], d["line"], tuple(d.get("lines", ()))) for k, d in
                 json.loads(row.facts_json).items()}
        return StoredReading(row.evidence_id, row.engine, row.kind, row.width, row.height, lines, facts, row.error,
                             [d.get("page", 1) for d in rows])


def texts_for(service: CaseService, evidence_ids: list[int]) -> dict[int, list[tuple[str, tuple[int, int, int, int]]]]:
    """What was read on these items, as (text, box) per line: the bundle's invisible text layer."""
    if not evidence_ids:
        return {}
    with service.session() as s:
        rows = s.execute(select(EvidenceText.evidence_id, EvidenceText.lines_json).where(
            EvidenceText.evidence_id.in_(evidence_ids), EvidenceText.error.is_(None))).all()
    return {eid: [(d["text"], (d["box"][0], d["box"][1], d["box"][2], d["box"][3])) for d in json.loads(lines)]
            for eid, lines in rows}


def pdf_texts_for(service: CaseService, evidence_ids: list[int]) -> dict[int, dict[int, list[tuple[str, Box]]]]:
    """What was read on these items page by page (page from 1; boxes in the page's 200 dpi pixels): the
    bundle's invisible text layer over PDF pages that have no text of their own (scanned pages)."""
    if not evidence_ids:
        return {}
    with service.session() as s:
        rows = s.execute(select(EvidenceText.evidence_id, EvidenceText.lines_json).join(
            EvidenceItem, EvidenceItem.id == EvidenceText.evidence_id).where(
            EvidenceText.evidence_id.in_(evidence_ids), EvidenceText.error.is_(None),
            EvidenceItem.media_type == "application/pdf")).all()
    out: dict[int, dict[int, list[tuple[str, Box]]]] = {}
    for eid, lines in rows:
        for d in json.loads(lines):
            box = (d["box"][0], d["box"][1], d["box"][2], d["box"][3])
            out.setdefault(eid, {}).setdefault(d.get("page", 1), []).append((d["text"], box))
    return out


# ---- search -----------------------------------------------------------------------------------------


@dataclass
class SearchHit:
    evidence_id: int
    case_id: int
    title: str
    snippet: str  # the line (or stretch of text) where the words are
    boxes: list[tuple[int, int, int, int]]  # recognised lines that hold a word, for highlighting
    width: int = 0  # of the picture those boxes are on


def _fts(service: CaseService) -> bool:
    return service.engine.dialect.name == "sqlite"


def search(service: CaseService, case_id: int, query: str, limit: int = 200) -> list[SearchHit]:
    """Items of one case whose text (read or their own) holds every word of the query."""
    words = query.split()
    if not words:
        return []
    with service.session() as s:
        base = select(EvidenceItem.id, EvidenceItem.case_id, EvidenceItem.title, EvidenceItem.text,
                      EvidenceText.text, EvidenceText.lines_json, EvidenceText.width).outerjoin(
            EvidenceText, EvidenceText.evidence_id == EvidenceItem.id).where(
            EvidenceItem.case_id == case_id, EvidenceItem.trashed_at.is_(None))
        # The trigram index for words of three characters or more (SQLite); shorter words, and PostgreSQL,
        # a plain scan of this case's own items (a few dozen).
        indexed = [w for w in words if len(w) >= INDEXED_MIN] if _fts(service) else []
        scanned = [w for w in words if w not in indexed]
        stmt = base
        for w in scanned:
            stmt = stmt.where(or_(EvidenceItem.text.icontains(w, autoescape=True),
                                  EvidenceText.text.icontains(w, autoescape=True)))
        if indexed:
            stmt = stmt.where(EvidenceItem.id.in_(text_match_ids(indexed)))
        rows = s.execute(stmt.order_by(EvidenceItem.position).limit(limit)).all()
    hits = []
    for item_id, cid, title, own, read, lines_json, width in rows:
        lines = json.loads(lines_json) if lines_json else []
        folded = [w.casefold() for w in words]
        holding = [d for d in lines if any(w in d["text"].casefold() for w in folded)]
        snippet = holding[0]["text"] if holding else _snippet(own or read or "", folded)
        hits.append(SearchHit(item_id, cid, title, snippet, [tuple(d["box"]) for d in holding], width or 0))
    return hits


def _snippet(body: str, words: list[str], width: int = 40) -> str:
    low = body.casefold()
    at = min((low.find(w) for w in words if w in low), default=0)
    start = max(0, at - width // 2)
    return body[start:start + width].replace("\n", " ")
