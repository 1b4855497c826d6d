"""The case list's search: every word somewhere in a case's text fields, its evidence titles or read text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select, union

from app.core.enums import TRASH
from app.core.errors import CaseFileError
from app.models import Case, EvidenceItem
from app.models.evidence_text import INDEXED_MIN, text_match_ids

# Each word is one more condition over the cases and the evidence: SQLite refuses past ~1000.
MAX_SEARCH_WORDS, MAX_SEARCH_CHARS = 20, 500


def holds(column: Any, word: str, sqlite: bool) -> Any:
    """`column` contains `word` as typed (% and _ literal), ignoring case. SQLite's LIKE already ignores the
    case of Latin letters; on PostgreSQL ILIKE lowers every row, so a word without letters that have a case
    (Chinese, digits) is matched with LIKE, the same answer two to three times faster."""
    if sqlite or word.lower() == word.upper():
        return column.contains(word, autoescape=True)
    return column.icontains(word, autoescape=True)


def search(stmt, query: str, status: str | None, assignee: str | None, sqlite: bool):  # type: ignore[no-untyped-def]
    """Every word somewhere in the case's text fields or an evidence title, as typed (% and _ literal).

    Evidence is matched by one `id IN (...)` over the evidence table, not an EXISTS per case,
    and SQLite's LIKE is already case-blind for Latin letters (ilike's lower() on both sides
    made it twice as slow): a word found in none of 10,000 cases takes ~8 ms instead of ~22.
    """
    if assignee is not None:
        stmt = stmt.where(Case.assignee == assignee.strip())
    if status == TRASH:  # the trash, instead of the cases
        stmt = stmt.where(Case.trashed_at.is_not(None))
    else:
        stmt = stmt.where(Case.trashed_at.is_(None))
        if status:
            stmt = stmt.where(Case.status == status)
    blind = sqlite
    words = query.split()
    if len(query) > MAX_SEARCH_CHARS or len(words) > MAX_SEARCH_WORDS:
        raise CaseFileError("search", f"too long ({len(words)} words, {len(query)} characters); at most "
                                      f"{MAX_SEARCH_WORDS} words and {MAX_SEARCH_CHARS} characters")
    for n, word in enumerate(words):
        def has(column, word=word):  # type: ignore[no-untyped-def]
            return holds(column, word, blind)

        in_evidence = Case.id.in_(select(EvidenceItem.case_id).where(
            or_(has(EvidenceItem.title), *_text_holds(word, n)), EvidenceItem.trashed_at.is_(None))
            if blind else _in_evidence_pg(word))
        stmt = stmt.where(or_(
            has(Case.title), has(Case.consumer_name), has(Case.merchant_name), has(Case.merchant_shop),
            has(Case.order_number), has(Case.order_item), in_evidence,
        ))
    return stmt

def _in_evidence_pg(word: str) -> Any:
    """PostgreSQL: the cases with a live item whose title, own text or read text holds the word, as one
    UNION of three simple queries, so each can use its trigram index (migration 0013) instead of one
    scan of every item testing all three; text only for words of three characters or more (as FTS5)."""
    from app.models.evidence_text import EvidenceText

    live = EvidenceItem.trashed_at.is_(None)
    parts: list[Any] = [select(EvidenceItem.case_id).where(holds(EvidenceItem.title, word, False), live)]
    if len(word) >= INDEXED_MIN:
        trashed = select(EvidenceItem.id).where(EvidenceItem.trashed_at.is_not(None))
        parts.append(select(EvidenceItem.case_id).where(holds(EvidenceItem.text, word, False), live))
        # The reading keeps its item's case (0013): no join of every item, only the few trashed left out.
        parts.append(select(EvidenceText.case_id).where(holds(EvidenceText.text, word, False),
                                                        EvidenceText.evidence_id.not_in(trashed)))
    return union(*parts)

def _text_holds(word: str, n: int) -> list[Any]:
    """SQLite: the items whose words (read from screenshots, PDF text, chat logs) hold the word, from the
    FTS5 index; under three characters none (a LIKE over all read text is too slow)."""
    if len(word) < INDEXED_MIN:
        return []
    return [EvidenceItem.id.in_(text_match_ids([word], prefix=f"q{n}_"))]

