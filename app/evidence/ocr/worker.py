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
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from app.evidence.ocr.install import check_available, engine_version
from app.evidence.ocr.lines import Line

if TYPE_CHECKING:
    from app.evidence.ocr.engine import Engine

_engine: Engine | None = None


class OcrFailed(Exception):
    """This file could not be read: an unreadable image, or the worker stopped on it."""


@dataclass(frozen=True)
class PageText:
    """What the engine read on one image (or one page of a PDF, page counted from 1)."""

    lines: tuple[Line, ...]
    width: int
    height: int
    page: int = 1


def _worker_init() -> None:
    from app.core.process_priority import lower_process_priority

    lower_process_priority()


def read_image_here(path: str, engine: Engine | None = None) -> list[PageText]:
    """Read one image file in this process (the worker's task; tests call it with a shared engine)."""
    global _engine
    from PIL import Image, ImageOps

    from app.evidence.imaging import strict_pillow

    if engine is None:
        if _engine is None:
            from app.evidence.ocr.engine import Engine

            _engine = Engine()
        engine = _engine
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

    def submit(self, path: str | Path) -> Future[Any]:
        return self._executor().submit(read_image_here, str(path))

    def read(self, path: str | Path, timeout: float | None = None) -> list[PageText]:
        """The pages of one file; OcrFailed when it cannot be read or the worker died on it."""
        try:
            future = self.submit(path)
        except BrokenProcessPool:  # an earlier file took the worker down: start a fresh one
            self._discard()
            future = self.submit(path)
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
