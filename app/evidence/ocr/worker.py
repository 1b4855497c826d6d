"""The text-recognition worker: one spawned process that holds the engine.

The engine takes hundreds of megabytes and native code; in its own process a crash or an
out-of-memory kill costs only the file being read (the caller gets OcrFailed and the next file
starts a fresh worker), never the window or the database. The process is spawned, not forked
(a fork of a Qt process with threads is unsafe), runs below normal priority, and keeps the engine
loaded between files until closed.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from app.evidence.ocr.install import check_available, engine_version
from app.evidence.ocr.lines import PageText
from app.evidence.ocr.pdfpages import PdfUnreadable, is_pdf, page_count, read_pdf_page

if TYPE_CHECKING:
    from app.evidence.ocr.engine import Engine

__all__ = ["OcrFailed", "OcrWorker", "PageText", "ReadCancelled", "read_file_here", "read_image_here"]

_engine: Engine | None = None


class OcrFailed(Exception):
    """This file could not be read: an unreadable image, or the worker stopped on it."""


class ReadCancelled(Exception):
    """Stopped between two pages of a PDF: nothing of the file is kept."""


def _worker_init() -> None:
    from app.core.process_priority import lower_process_priority

    lower_process_priority()


def _the_engine(engine: Engine | None) -> Engine:
    global _engine
    if engine is not None:
        return engine
    if _engine is None:
        from app.evidence.ocr.engine import Engine

        _engine = Engine()
    return _engine


def read_file_here(path: str, engine: Engine | None = None) -> list[PageText]:
    """Read one image or every page of a PDF in this process (tests call it with a shared engine)."""
    if not is_pdf(path):
        return read_image_here(path, engine)
    return [read_pdf_page_here(path, n, engine) for n in range(pdf_pages_here(path))]


def pdf_pages_here(path: str) -> int:
    """How many pages of a PDF are read (the worker's task)."""
    try:
        return page_count(path)
    except PdfUnreadable as exc:
        raise OcrFailed(str(exc)) from None


def read_pdf_page_here(path: str, index: int, engine: Engine | None = None) -> PageText:
    """One page of a PDF (the worker's task): its text layer, or the page rendered and read."""
    try:
        page = read_pdf_page(path, index, lambda: _the_engine(engine))
    except PdfUnreadable as exc:
        raise OcrFailed(str(exc)) from None
    _give_back_memory()
    return page


def read_image_here(path: str, engine: Engine | None = None) -> list[PageText]:
    """Read one image file in this process (the worker's task; tests call it with a shared engine)."""
    from PIL import Image, ImageOps

    from app.evidence.imaging import strict_pillow

    engine = _the_engine(engine)
    try:
        with strict_pillow(), Image.open(path) as im:
            im.seek(0)
            upright = ImageOps.exif_transpose(im)  # boxes in the picture as displayed
            upright.load()
    except OSError as exc:  # missing, unreadable, not an image, truncated
        raise OcrFailed(str(exc.strerror or exc)) from None
    except (ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise OcrFailed(str(exc)) from None
    lines = engine.read(upright)
    size = upright.width, upright.height
    del upright
    _give_back_memory()
    return [PageText(tuple(lines), *size)]


def _give_back_memory() -> None:
    """Return freed heap to the OS after each picture (glibc keeps it otherwise): over 50 phone screenshots
    the worker's peak stayed at 425 MB instead of growing to 740 MB (bench/ocr_bench.py)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl): nothing to do
        pass


def _peak_rss_mb() -> float:
    """The worker's own peak memory (resident set), in MB (0 where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


class OcrWorker:
    """`with OcrWorker() as w: pages = w.read(path)`; a crash of the worker is OcrFailed for that file only."""

    def __init__(self) -> None:
        self.folder = check_available()  # OcrUnavailable before any process starts
        self.version = engine_version(self.folder)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> OcrWorker:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(1, mp_context=context, initializer=_worker_init)
        return self._pool

    def read(self, path: str | Path, timeout: float | None = None,
             cancel: Callable[[], bool] | None = None) -> list[PageText]:
        """The pages of one file; OcrFailed when it cannot be read or the worker died on it. A PDF is read
        page by page, `cancel` asked between pages (ReadCancelled)."""
        if not is_pdf(path):
            return [*self._call(read_image_here, timeout, str(path))]
        pages = []
        for n in range(self._call(pdf_pages_here, timeout, str(path))):
            if cancel is not None and cancel():
                raise ReadCancelled(str(path))
            pages.append(self._call(read_pdf_page_here, timeout, str(path), n))
        return pages

    def _call(self, task: Callable[..., Any], timeout: float | None, *args: Any) -> Any:
        try:
            future = self._executor().submit(task, *args)
        except BrokenProcessPool:  # an earlier file took the worker down: start a fresh one
            self._discard()
            future = self._executor().submit(task, *args)
        try:
            return future.result(timeout)
        except BrokenProcessPool:
            self._discard()
            raise OcrFailed("the text recognition process stopped while reading this file "
                            "(out of memory, or a crash in the engine)") from None

    def peak_rss_mb(self) -> float:
        """Peak memory of the worker process so far (for bench/ocr_bench.py)."""
        return float(self._executor().submit(_peak_rss_mb).result())

    def _discard(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
