"""The case list's search over 10,000 cases and 200,000 evidence items (an office's PostgreSQL server).

Each reading of a picture (evidence_text) keeps its item's case (case_id), so the search finds the cases
whose screenshots hold a word without joining every item (on both databases; SQLite's search uses its
FTS5 index, revision 0004, and needs no more).

PostgreSQL only: pg_trgm's GIN indexes answer `LIKE/ILIKE '%word%'` for words of three characters or more,
as FTS5's trigram tokenizer does, on evidence titles, an item's own text (chat logs, PDFs) and what was
read on it; and a small index of the trashed items, which the search leaves out. pg_trgm is a trusted
extension (PostgreSQL 13+): the database's owner may create it. Without it the trigram indexes are not
made and the search still works, only slower (README: the administrator runs CREATE EXTENSION pg_trgm).

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TRIGRAM = (
    ("ix_evidence_items_title_trgm", "evidence_items", "title"),
    ("ix_evidence_items_text_trgm", "evidence_items", "text"),
    ("ix_evidence_text_text_trgm", "evidence_text", "text"),
)
TRASHED = "ix_evidence_items_trashed"  # PostgreSQL's own, like the trigram ones (not in the models)


def upgrade() -> None:
    op.add_column("evidence_text", sa.Column("case_id", sa.Integer, nullable=True))
    op.execute("UPDATE evidence_text SET case_id = (SELECT evidence_items.case_id FROM evidence_items "
               "WHERE evidence_items.id = evidence_text.evidence_id)")
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"CREATE INDEX IF NOT EXISTS {TRASHED} ON evidence_items (id) WHERE trashed_at IS NOT NULL")
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        return  # not allowed here: the search works unindexed
    for name, table, column in TRIGRAM:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in (*(n for n, _t, _c in TRIGRAM), TRASHED):
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_column("evidence_text", "case_id")  # SQLite 3.35+ drops it in place (no copy that would break its triggers)
