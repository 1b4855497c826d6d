"""What the engine read in this test run, shared by every process of the run (light: no engine imported).

The suite runs in several processes (pytest-xdist workers, the OCR worker processes some tests start),
and several tests read the same picture. `RunMemo` keeps one JSON file per picture the engine read, keyed
by the picture's pixels (mode, size, a hash of the bytes), in a folder made fresh for each run:
`start_run_memo` (tests/conftest.py's pytest_configure) makes it in the run's first process and names it
in $REFUND_EVIDENCE_TEST_OCR_MEMO, which the xdist workers and every process they spawn inherit; it is
removed when that process ends. Nothing is kept from one run to the next: a fresh run reads every picture
with the real engine. Without the variable (a process outside a test run) nothing is shared.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

from app.evidence.ocr.lines import Line
from tests.run_folder import start_run_folder

ENV_MEMO = "REFUND_EVIDENCE_TEST_OCR_MEMO"

Key = tuple[str, tuple[int, int], str]


def start_run_memo(config: Any) -> None:
    """In the run's first process (not an xdist worker, whose folder is its controller's): a new empty
    folder for this run, named in the environment before any worker starts (tests/run_folder.py)."""
    start_run_folder(config, ENV_MEMO, "re-test-ocr-memo-")


class RunMemo:
    """The lines read per picture, in `folder` (None: not shared, nothing kept on disk)."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder else None

    @classmethod
    def of_this_run(cls) -> RunMemo:
        return cls(os.environ.get(ENV_MEMO) or None)

    def _file(self, key: Key) -> Path | None:
        if self.folder is None:
            return None
        mode, (width, height), digest = key
        return self.folder / f"{mode}-{width}x{height}-{digest}.json"

    def get(self, key: Key) -> tuple[Line, ...] | None:
        path = self._file(key)
        if path is None or not path.is_file():
            return None
        rows = json.loads(path.read_text(encoding="utf-8"))
        return tuple(Line(text, (box[0], box[1], box[2], box[3]), score) for text, box, score in rows)

    def put(self, key: Key, lines: tuple[Line, ...]) -> None:
        """Written whole or not at all (a reader in another process never sees half a file)."""
        path = self._file(key)
        if path is None:
            return
        rows = [[ln.text, list(ln.box), ln.score] for ln in lines]
        part = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
        part.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        os.replace(part, path)
