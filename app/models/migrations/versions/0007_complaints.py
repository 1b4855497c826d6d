"""Complaints on a case (where, when filed, accepted, closed, how it ended) and the date of a refusal.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", name="fk_complaints_case_id_cases"),
                  nullable=False),
        sa.Column("channel", sa.String(30), nullable=False),
        sa.Column("filed_at", sa.DateTime, nullable=True),
        sa.Column("number", sa.String(200), nullable=False),
        sa.Column("accepted_at", sa.DateTime, nullable=True),
        sa.Column("closed_at", sa.DateTime, nullable=True),
        sa.Column("outcome", sa.String(30), nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_index("ix_complaints_case_id", "complaints", ["case_id"])
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("refund_refused_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("refund_refused_at")
    op.drop_index("ix_complaints_case_id", "complaints")
    op.drop_table("complaints")
