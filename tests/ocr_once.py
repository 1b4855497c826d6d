"""The real text-recognition engine for tests, reading each distinct picture once per test run.

Many tests read the same drawn screenshot: the same test on both stores, the shared pictures of
tests/ocr_pictures.py, a scanned PDF's pages rendered again by another test, in another process.
`ReadOnceEngine` is the app's own Engine (the same models, the same code); it remembers what it read,
keyed by the picture's pixels (mode, size and bytes), in this process and in the run's memo
(tests/ocr_memo.py, shared by every process of the run, new for each run), and gives the same lines back
when the very same pixels come again. A picture not read before in this run is always read by the engine.

`SharedOcrWorker` is the app's OCR worker process (spawned, the engine loaded there) kept for a whole
module of tests where the process itself is not the point, its engine a ReadOnceEngine.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor

from PIL import Image

from app.evidence.ocr.engine import Engine
from app.evidence.ocr.lines import Line
from app.evidence.ocr.worker import OcrWorker
from tests.ocr_memo import Key, RunMemo


def picture_key(image: Image.Image) -> Key:
    return image.mode, image.size, hashlib.blake2b(image.tobytes(), digest_size=20).hexdigest()


class ReadOnceEngine(Engine):
    """`Engine`, with `read` remembered per distinct picture (the GUI tests read from worker threads too)."""

    def __init__(self, memo: RunMemo | None = None) -> None:
        # One thread: the suite runs a test process per core (pytest-xdist), and ONNX Runtime's own pool of
        # a thread per core, spinning while it waits, took ~60% more CPU time for the same reading.
        super().__init__(threads=1)
        self.memo = memo if memo is not None else RunMemo.of_this_run()
        self._read: dict[Key, tuple[Line, ...]] = {}
        self._lock = threading.Lock()
        self.engine_reads = 0  # pictures this engine itself read (the rest came from memory)

    def read(self, image: Image.Image) -> list[Line]:
        key = picture_key(image)
        with self._lock:
            known = self._read.get(key)
        if known is None:
            known = self.memo.get(key)  # read by another process of this run
        if known is None:
            known = tuple(super().read(image))
            self.memo.put(key, known)
            with self._lock:
                self.engine_reads += 1
        with self._lock:
            self._read[key] = known
        return list(known)


def _worker_with_read_once_engine() -> None:
    """The worker process's initializer: as the app's, then the engine it reads with is a ReadOnceEngine."""
    from app.evidence.ocr import worker

    worker._worker_init()
    worker._engine = ReadOnceEngine()


class SharedOcrWorker(OcrWorker):
    """One worker process for many reads; `close()` (what the app calls when it is done) leaves it running,
    `stop()` ends it."""

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_worker_with_read_once_engine)
        return self._pool

    def close(self) -> None:
        pass

    def stop(self) -> None:
        super().close()
