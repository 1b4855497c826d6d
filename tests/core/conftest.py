from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.cases import CaseService


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CaseService]:
    """A fresh store: real SQLite file and vault in a temp folder."""
    svc = CaseService(tmp_path / "data")
    yield svc
    svc.close()
