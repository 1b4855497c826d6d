"""Text read from the evidence: lines with their boxes, per item, versioned by the OCR engine;
a full-text index over every item's text (SQLite FTS5, trigram tokenizer: Chinese has no spaces).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_text",
        sa.Column("evidence_id", sa.Integer,
                  sa.ForeignKey("evidence_items.id", name="fk_evidence_text_evidence_id_evidence_items"),
                  primary_key=True),
        sa.Column("engine", sa.String(64), nullable=False),
        sa.Column("read_at", sa.DateTime, nullable=False),
        sa.Column("kind", sa.String(20), nullable=True),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("lines_json", sa.Text, nullable=False),
        sa.Column("facts_json", sa.Text, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
    )
    if op.get_bind().dialect.name == "sqlite":
        # One row per evidence item (rowid = evidence_items.id): the original's own text (a PDF's text
        # layer, a chat log) and what was read on it, kept in step by triggers whatever writes the rows.
        op.execute("CREATE VIRTUAL TABLE evidence_fts USING fts5(text, tokenize='trigram')")
        op.execute("INSERT INTO evidence_fts(rowid, text) SELECT id, coalesce(text, '') FROM evidence_items")
        both = ("coalesce((SELECT text FROM evidence_items WHERE id = {id}), '') || char(10) || "
                "coalesce((SELECT text FROM evidence_text WHERE evidence_id = {id}), '')")
        op.execute("CREATE TRIGGER evidence_fts_item_insert AFTER INSERT ON evidence_items BEGIN "
                   "INSERT INTO evidence_fts(rowid, text) VALUES (new.id, coalesce(new.text, '')); END")
        op.execute("CREATE TRIGGER evidence_fts_item_text AFTER UPDATE OF text ON evidence_items BEGIN "
                   f"UPDATE evidence_fts SET text = {both.format(id='new.id')} WHERE rowid = new.id; END")
        op.execute("CREATE TRIGGER evidence_fts_item_delete AFTER DELETE ON evidence_items BEGIN "
                   "DELETE FROM evidence_fts WHERE rowid = old.id; END")
        for event in ("INSERT", "UPDATE"):
            op.execute(f"CREATE TRIGGER evidence_fts_read_{event.lower()} AFTER {event} ON evidence_text BEGIN "
                       f"UPDATE evidence_fts SET text = {both.format(id='new.evidence_id')} "
                       "WHERE rowid = new.evidence_id; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("item_insert", "item_text", "item_delete", "read_insert", "read_update"):
            op.execute(f"DROP TRIGGER evidence_fts_{trigger}")
        op.execute("DROP TABLE evidence_fts")
    op.drop_table("evidence_text")
