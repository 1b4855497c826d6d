"""The example case: a realistic refund case built from resources/demo, for trying the app out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.paths import resource_path

if TYPE_CHECKING:
    from app.services.cases import CaseService, Progress


def demo_case_file() -> Path:
    return resource_path("demo", "case.json")


def find_demo_case(service: CaseService) -> int | None:
    """The example case already in the store (same title and order number, not in the trash), if any."""
    from sqlalchemy import select

    from app.core.case_draft import load_json_file
    from app.models import Case

    demo = load_json_file(demo_case_file())
    with service.session() as s:
        return s.scalar(select(Case.id).where(Case.title == demo["title"],
                                              Case.order_number == demo["order"]["number"],
                                              Case.trashed_at.is_(None)).order_by(Case.id).limit(1))


def create_demo_case(service: CaseService, progress: Progress | None = None) -> int:
    """Worker side: import resources/demo/case.json with its evidence files; returns the new case id."""
    from app.core.case_draft import read_draft

    return service.create_from_draft(read_draft(demo_case_file()), progress)


def open_demo_case(service: CaseService, progress: Progress | None = None) -> tuple[int, bool]:
    """The example case: the one already there (id, False), or a new one (id, True)."""
    existing = find_demo_case(service)
    return (existing, False) if existing is not None else (create_demo_case(service, progress), True)
