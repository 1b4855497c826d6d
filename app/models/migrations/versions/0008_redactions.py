"""Redacted copies of evidence: the boxes filled, and the copy's hash (the copy lives in vault/derived).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "redactions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("evidence_id", sa.Integer,
                  sa.ForeignKey("evidence_items.id", name="fk_redactions_evidence_id_evidence_items"), nullable=False),
        sa.Column("boxes_json", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("made_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_redactions_evidence_id", "redactions", ["evidence_id"], unique=True)
    op.create_index("ix_redactions_sha256", "redactions", ["sha256"])


def downgrade() -> None:
    op.drop_table("redactions")
