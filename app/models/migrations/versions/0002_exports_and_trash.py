"""Export history, and a trash for evidence (removed items keep their originals).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", name="fk_exports_case_id_cases"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("recipient", sa.String(40), nullable=False),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("pages", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(1024), nullable=False),
    )
    op.create_index("ix_exports_case_id", "exports", ["case_id"])
    with op.batch_alter_table("evidence_items") as batch:
        batch.add_column(sa.Column("trashed_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evidence_items") as batch:
        batch.drop_column("trashed_at")
    op.drop_table("exports")
