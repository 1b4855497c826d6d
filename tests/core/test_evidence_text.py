"""Stored text of screenshots: read once per engine, searchable (FTS5 trigram), by case and in a case."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import CaseData
from app.evidence.ocr.engine import Engine
from app.evidence.ocr.worker import read_image_here
from app.services import evidence_text
from app.services.cases import CaseService
from tests.ocr_pictures import ALIPAY, BILL, CHAT, ORDER, Shot, shot_file

pytestmark = pytest.mark.both_stores  # stored readings: the pending query and the search (FTS5 / pg_trgm)


@pytest.fixture
def reader(ocr_engine: Engine):  # type: ignore[no-untyped-def]
    calls: list[str] = []

    def read(path: str):  # type: ignore[no-untyped-def]
        calls.append(path)
        return read_image_here(path, ocr_engine)

    read.calls = calls  # type: ignore[attr-defined]
    return read


def case_with(service: CaseService, tmp_path: Path, *shots: Shot) -> tuple[int, list[int], list]:
    """A case of the shared screenshots (tests/ocr_pictures.py) and a chat log."""
    case_id = service.create_case(CaseData(title="课程退款"))
    paths, truths = [], []
    for shot in shots:
        path, truth = shot_file(shot, tmp_path / f"{shot.layout}-{shot.seed}{shot.suffix}")
        paths.append(path)
        truths.append(truth)
    chat = tmp_path / "chat.txt"
    chat.write_text("2026-11-01 20:00:12 张三: 我要退款，老师承诺的包过没有兑现\n", encoding="utf-8")
    report = service.add_evidence(case_id, [*paths, chat])
    return case_id, [e.id for e in report.added], truths


def test_read_once_per_engine_and_stored(service: CaseService, tmp_path: Path, reader) -> None:  # type: ignore[no-untyped-def]
    case_id, ids, truths = case_with(service, tmp_path, BILL, ORDER)
    image_ids = ids[:2]
    assert evidence_text.pending(service, case_id, engine="v1") == image_ids  # the chat log has its own text
    report = evidence_text.recognise(service, case_id, reader=reader, engine="v1")
    assert report.read == image_ids and not report.failed
    assert len(reader.calls) == 2
    stored = evidence_text.reading(service, image_ids[0])
    assert stored is not None and stored.engine == "v1" and stored.kind == "payment"
    assert stored.facts["merchant.name"].value == truths[0].facts["merchant.name"]
    assert (stored.width, stored.height) == BILL.size
    assert any(ln.text == "商户全称" for ln in stored.lines)
    label = next(i for i, ln in enumerate(stored.lines) if ln.text == "商户全称")
    assert label in stored.facts["merchant.name"].lines  # the region to highlight
    # Nothing left for this engine; everything again for a new one.
    assert evidence_text.pending(service, case_id, engine="v1") == []
    evidence_text.recognise(service, case_id, reader=reader, engine="v1")
    assert len(reader.calls) == 2
    assert evidence_text.pending(service, case_id, engine="v2") == image_ids


def test_search_finds_words_inside_screenshots_and_chat_logs(service: CaseService, tmp_path: Path,
                                                             reader) -> None:  # type: ignore[no-untyped-def]
    case_id, ids, truths = case_with(service, tmp_path, ALIPAY)
    other = service.create_case(CaseData(title="另一个案件"))
    company = truths[0].facts["merchant.name"]
    assert evidence_text.search(service, case_id, company) == []  # not read yet
    assert service.list_cases(company) == []
    evidence_text.recognise(service, case_id, reader=reader, engine="v1")
    from app.models.evidence_text import EvidenceText

    with service.session() as s:  # each reading keeps its item's case (the search on PostgreSQL needs no join)
        assert {row.case_id for row in s.query(EvidenceText)} == {case_id}
    hits = evidence_text.search(service, case_id, company)
    assert [h.evidence_id for h in hits] == [ids[0]]
    assert company in hits[0].snippet and hits[0].boxes
    # Two characters (below the trigram index's three) and several words all work.
    assert [h.evidence_id for h in evidence_text.search(service, case_id, "退款")] == [ids[1]]
    assert [h.evidence_id for h in evidence_text.search(service, case_id, "收款方全称 教育培训")] == [ids[0]]
    assert evidence_text.search(service, case_id, "收款方全称 不存在的词") == []
    # The case list's search finds the case by words in its screenshots, not the other case.
    assert [c.id for c in service.list_cases(company[:6])] == [case_id]
    assert [c.id for c in service.list_cases("承诺的包过")] == [case_id]
    # The case list looks inside the evidence for words of three characters or more (SQLite's FTS5 trigram
    # index, PostgreSQL's pg_trgm indexes, migration 0013); a shorter one would scan every item's text at each
    # keystroke, on both.
    assert service.list_cases("包过") == []
    assert other not in [c.id for c in service.list_cases(company)]
    # A trashed item is not found.
    service.trash_evidence(ids[0])
    assert evidence_text.search(service, case_id, company) == []
    assert service.list_cases(company) == []


def test_unreadable_item_is_recorded_and_not_retried(service: CaseService, tmp_path: Path) -> None:
    from app.evidence.ocr.worker import OcrFailed

    case_id, ids, _ = case_with(service, tmp_path, CHAT)
    calls = []

    def broken(path: str):  # type: ignore[no-untyped-def]
        calls.append(path)
        raise OcrFailed("the text recognition process stopped")

    report = evidence_text.recognise(service, case_id, reader=broken, engine="v1")
    assert report.failed == [(ids[0], "the text recognition process stopped")]
    stored = evidence_text.reading(service, ids[0])
    assert stored is not None and stored.error and stored.lines == []
    assert evidence_text.pending(service, case_id, engine="v1") == []


def test_cancel_keeps_what_was_read(service: CaseService, tmp_path: Path, reader) -> None:  # type: ignore[no-untyped-def]
    case_id, ids, _ = case_with(service, tmp_path, CHAT, ORDER)
    report = evidence_text.recognise(service, case_id, reader=reader, engine="v1",
                                     cancel=lambda: len(reader.calls) >= 1)
    assert report.cancelled and report.read == [ids[0]]
    assert evidence_text.pending(service, case_id, engine="v1") == [ids[1]]
