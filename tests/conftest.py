"""Shared test set-up: offscreen Qt, and for every tier a fresh data folder and store per test."""

from __future__ import annotations

import os

# Must be set before any Qt import; GUI tests never open a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window reads new screenshots in an OCR worker process; only the tests about that turn it on.
os.environ.setdefault("REFUND_EVIDENCE_OCR", "off")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def service(data_dir: Path) -> Iterator[object]:
    """A fresh store: a real SQLite file and vault in a temp folder."""
    from app.services.cases import CaseService

    svc = CaseService(data_dir)
    yield svc
    svc.close()
