"""What the SQLite and PostgreSQL tests of shared compiled statements both check (tests/core/test_*_engines.py)."""

from __future__ import annotations

from collections.abc import Sized
from typing import Any

from app.core.domain import CaseData
from app.services.cases import CaseService


def each_reads_its_own_rows_compiled_once(first: CaseService, second: CaseService, cache: Sized, query: Any) -> int:
    """甲 goes to the first store, 乙 and 丙 to the second; `query` (titles, newest name first) reads each store's
    own rows, and the second store's read compiles nothing new in `cache`. Returns the cache's size after the
    first read."""
    first.create_case(CaseData(title="甲"))
    second.create_case(CaseData(title="乙"))
    second.create_case(CaseData(title="丙"))
    with first.session() as s:
        assert list(s.scalars(query)) == ["甲"]
    compiled = len(cache)
    with second.session() as s:
        assert list(s.scalars(query)) == ["乙", "丙"]
    assert len(cache) == compiled  # compiled once, for the first store
    return compiled
