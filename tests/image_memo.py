"""The bundle's prepared pictures in this test run, shared by every process of the run.

Many export tests bundle the same drawn pictures (tests/bundle_fixtures.py's six files, the GUI's and
the command line's screenshots), and every export prepared them again in the image workers: ~66
preparations of ~24 distinct jobs in the pool, ~5 s of CPU per run. `ImageMemo` keeps what the app's
`prepare_image` made for each distinct job, keyed by the source file's bytes and the job's boxes and
dpi (all the preparation depends on): the pieces' files and the PreparedImage's fields, in a folder
made fresh for each run ($REFUND_EVIDENCE_TEST_IMAGE_MEMO, like tests/ocr_memo.py's: made by the run's
first process, inherited by the xdist workers and their pool processes, removed at exit). A later
identical job gets copies of the pieces at its own out_stem and an equal PreparedImage naming them.
A job not prepared before in this run is prepared by the app's code, in the shared pool's worker
processes (tests/image_pool.py), and so is every job under `prepared_afresh()` (the tests whose point is
how a picture comes out in the bundle). Without the variable nothing is kept.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import threading
from collections.abc import Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.bundle.images import ImageJob, Piece, PreparedImage, prepare_image
from tests.run_folder import start_run_folder

ENV_MEMO = "REFUND_EVIDENCE_TEST_IMAGE_MEMO"
RESULT = "prepared.json"


_afresh = [0]  # prepared_afresh() blocks open in this process


@contextmanager
def prepared_afresh() -> Iterator[None]:
    """The exports meanwhile prepare every picture with the app's code, kept or not (and keep it)."""
    _afresh[0] += 1
    try:
        yield
    finally:
        _afresh[0] -= 1


def start_image_memo(config: Any) -> None:
    start_run_folder(config, ENV_MEMO, "re-test-image-memo-")


def job_key(job: ImageJob) -> str | None:
    """The source's bytes and the job's parameters (not out_stem: where the pieces go); None when the
    file cannot be read, which the app's preparation reports in its own way."""
    digest = hashlib.blake2b(repr((job.first_box, job.next_box, job.dpi)).encode(), digest_size=20)
    try:
        with open(job.source, "rb") as fh:
            digest.update(fh.read())
    except OSError:
        return None
    return digest.hexdigest()


class ImageMemo:
    """Prepared pictures per job key, in `folder` (None: nothing kept)."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder else None
        self.hits = 0  # jobs this process answered from the memo

    @classmethod
    def of_this_run(cls) -> ImageMemo:
        return cls(os.environ.get(ENV_MEMO) or None)

    def get(self, key: str, job: ImageJob) -> PreparedImage | None:
        """The kept result, its pieces copied to this job's own out_stem paths."""
        if self.folder is None:
            return None
        entry = self.folder / key
        try:
            kept = json.loads((entry / RESULT).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        pieces = []
        for i, fields in enumerate(kept["pieces"]):
            path = job.out_stem + fields.pop("tail")
            shutil.copyfile(entry / str(i), path)
            pieces.append(Piece(path=path, **fields))
        self.hits += 1
        return PreparedImage(kept["width"], kept["height"], tuple(pieces), kept["heading_alone"])

    def put(self, key: str, job: ImageJob, prepared: PreparedImage) -> None:
        """Kept whole or not at all (a reader in another process never sees half an entry); the first
        process of the run to finish a job keeps it."""
        if self.folder is None or not all(p.path.startswith(job.out_stem) for p in prepared.pieces):
            return
        part = self.folder / f".{key}.{os.getpid()}.{threading.get_ident()}"
        part.mkdir()
        rows = []
        for i, piece in enumerate(prepared.pieces):
            shutil.copyfile(piece.path, part / str(i))
            fields = dataclasses.asdict(piece)
            fields["tail"] = fields.pop("path")[len(job.out_stem):]  # "-0.png": the name the app gave it
            rows.append(fields)
        kept = {"width": prepared.width, "height": prepared.height, "heading_alone": prepared.heading_alone,
                "pieces": rows}
        (part / RESULT).write_text(json.dumps(kept), encoding="utf-8")
        try:
            os.rename(part, self.folder / key)
        except OSError:  # another process of the run kept the same job first
            shutil.rmtree(part, ignore_errors=True)


def prepare_and_keep(folder: str, key: str, job: ImageJob) -> PreparedImage:
    """In a pool worker: the app's own preparation, kept for the run's later identical jobs."""
    prepared = prepare_image(job)
    ImageMemo(folder).put(key, job, prepared)
    return prepared


def submit_once(memo: ImageMemo, pool: Executor, job: ImageJob) -> Future[PreparedImage]:
    """An export's `prepare_image` job: the result of the very same job earlier in this run, or the app's
    preparation of it in `pool`, kept."""
    key = job_key(job) if memo.folder is not None else None
    if key is None:
        return pool.submit(prepare_image, job)
    kept = None if _afresh[0] else memo.get(key, job)
    if kept is None:
        return pool.submit(prepare_and_keep, str(memo.folder), key, job)
    done: Future[PreparedImage] = Future()
    done.set_result(kept)
    return done
