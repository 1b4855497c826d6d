"""The example case: a realistic refund case built from resources/demo, for trying the app out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.paths import resource_path

if TYPE_CHECKING:
    from app.services.cases import CaseService, Progress


def demo_case_file() -> Path:
    return resource_path("demo", "case.json")


def create_demo_case(service: CaseService, progress: Progress | None = None) -> int:
    """Worker side: import resources/demo/case.json with its evidence files; returns the new case id."""
    from app.core.case_json import read_draft

    return service.create_from_draft(read_draft(demo_case_file()), progress)
