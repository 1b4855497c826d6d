"""Reading screenshots: recognised lines, the kind of picture and the facts it shows.

`scan` reads files without a case (the `scan` command; nothing is stored). The work runs in the
OCR worker process (app/evidence/ocr/worker.py); a reader function can be given instead (tests
share one engine in their own process).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.evidence.ocr.facts import Fact, read_pages
from app.evidence.ocr.lines import Line
from app.evidence.ocr.pdfpages import is_pdf
from app.evidence.ocr.worker import OcrFailed, OcrWorker, PageText
from app.evidence.pipeline import expand_paths

Reader = Callable[[str], list[PageText]]
Progress = Callable[[int, int, str], None]


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
    return FileReading(path, found.kind, lines, first.width, first.height, found.facts, pages=numbers)


def scan(paths: Sequence[str], reader: Reader | None = None, progress: Progress | None = None) -> list[FileReading]:
    """Each file read in turn; a file that cannot be read is a FileReading with `error`."""
    files: list[str] = []
    for given in paths:
        p = Path(given)
        files.extend(str(f) for f in expand_paths([p])) if p.is_dir() else files.append(given)
    worker: OcrWorker | None = None
    if reader is None:
        worker = OcrWorker()  # OcrUnavailable here, before anything is read
        reader = worker.read
    out: list[FileReading] = []
    try:
        for n, path in enumerate(files):
            if progress is not None:
                progress(n, len(files), path)
            try:
                pages = reader(path)
            except OcrFailed as exc:
                out.append(FileReading(path, error=str(exc)))
                continue
            out.append(reading_of(path, pages))
    finally:
        if worker is not None:
            worker.close()
    return out
