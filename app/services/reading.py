"""Reading screenshots: recognised lines, the kind of picture and the facts it shows.

`scan` reads files without a case (the `scan` command; nothing is stored). The work runs in the
OCR worker process (app/evidence/ocr/worker.py); a reader function can be given instead (tests
share one engine in their own process).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.evidence.ocr.facts import Fact, read_pages
from app.evidence.ocr.lines import Line
from app.evidence.ocr.pdfpages import is_pdf
from app.evidence.ocr.worker import OcrFailed, OcrWorker, PageText, ReadCancelled
from app.evidence.pipeline import expand_paths

if TYPE_CHECKING:
    from app.core.domain import CaseData
    from app.services.cases import CaseService
    from app.services.evidence_import import ImportReport

Reader = Callable[[str], list[PageText]]
Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]


@dataclass
class FileReading:
    path: str  # as given (a file inside a given folder: the folder joined with its name)
    kind: str = "other"
    lines: list[Line] = field(default_factory=list)
    width: int = 0
    height: int = 0
    facts: dict[str, Fact] = field(default_factory=dict)
    error: str | None = None
    pages: list[int] | None = None  # a PDF: the page (from 1) of each line; boxes in 200 dpi pixels
    read: list[PageText] = field(default_factory=list, repr=False)  # what the engine gave (to store with an item)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path}
        if self.error is not None:
            out["error"] = self.error
        out["kind"] = self.kind
        if self.pages is None:
            out["lines"] = [ln.to_dict() for ln in self.lines]
        else:
            out["lines"] = [{**ln.to_dict(), "page": n} for ln, n in zip(self.lines, self.pages, strict=True)]
        out["facts"] = {k: f.to_dict() for k, f in self.facts.items()}
        return out


def reading_of(path: str, pages: list[PageText]) -> FileReading:
    """What the pages of one file show: every line in page order, the facts the pages agree on."""
    first = pages[0] if pages else PageText((), 0, 0)
    lines = [ln for p in pages for ln in p.lines]
    found = read_pages([(list(p.lines), p.width) for p in pages])
    numbers = [p.page for p in pages for _ in p.lines] if is_pdf(path) else None
    return FileReading(path, found.kind, lines, first.width, first.height, found.facts, pages=numbers, read=pages)


def scan(paths: Sequence[str], reader: Reader | None = None, progress: Progress | None = None,
         cancel: Cancel | None = None) -> list[FileReading]:
    """Each file read in turn; a file that cannot be read is a FileReading with `error`. `cancel` is asked
    before each file (and between a PDF's pages): what was read until then is returned."""
    files: list[str] = []
    for given in paths:
        p = Path(given)
        files.extend(str(f) for f in expand_paths([p])) if p.is_dir() else files.append(given)
    worker: OcrWorker | None = None
    if reader is None:
        worker = OcrWorker()  # OcrUnavailable here, before anything is read
        read = worker.read

        def reader(path: str) -> list[PageText]:
            return read(path, cancel=cancel)
    out: list[FileReading] = []
    try:
        for n, path in enumerate(files):
            if cancel is not None and cancel():
                break
            if progress is not None:
                progress(n, len(files), path)
            try:
                pages = reader(path)
            except ReadCancelled:
                break
            except OcrFailed as exc:
                out.append(FileReading(path, error=str(exc)))
                continue
            out.append(reading_of(path, pages))
    finally:
        if worker is not None:
            worker.close()
    return out


@dataclass(frozen=True)
class FoundFact:
    """A fact the screenshots agree on, with the file and the words it was read from."""

    key: str
    value: str
    path: str
    line: str


@dataclass(frozen=True)
class Disagreement:
    key: str
    values: list[tuple[str, str]]  # (value, file) as the files show them


def agreed_facts(readings: Sequence[FileReading]) -> tuple[dict[str, FoundFact], list[Disagreement]]:
    """The facts the files show with one voice (the first file that shows each), and those they disagree on
    (nothing proposed for those: a wrong fact is worse than none)."""
    from app.services.proof import FACT_KEYS, same

    agreed: dict[str, FoundFact] = {}
    differ: list[Disagreement] = []
    for key in FACT_KEYS:
        shown = [(r.facts[key], r.path) for r in readings if r.error is None and key in r.facts]
        if not shown:
            continue
        if all(same(key, shown[0][0].value, f.value) for f, _ in shown):
            agreed[key] = FoundFact(key, shown[0][0].value, shown[0][1], shown[0][0].text)
        else:
            differ.append(Disagreement(key, [(f.value, path) for f, path in shown]))
    return agreed, differ


def create_case_with(service: CaseService, data: CaseData, files: Sequence[Path], readings: Sequence[FileReading],
                     engine: str | None) -> tuple[int, ImportReport]:
    """A new case with these files as its evidence; what was already read on them is stored with each item
    (matched by content), so nothing is read twice. The rest is read by the evidence tab as after any import."""
    from app.evidence.vault import file_sha256
    from app.services import evidence_text

    case_id = service.create_case(data)
    report = service.add_evidence(case_id, list(files))
    if engine:
        by_hash = {}
        for r in readings:
            if r.error is None and r.read:
                try:
                    by_hash[file_sha256(Path(r.path))] = r.read
                except OSError:
                    continue  # the file went meanwhile: it is read again from the vault
        for item in report.added:
            pages = by_hash.get(item.sha256)
            if pages is not None:
                evidence_text.store(service, item.id, engine, pages)
    return case_id, report
