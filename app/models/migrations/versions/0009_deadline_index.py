"""The deadlines still waiting on someone, per case (filled by the app from the rule check).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deadline_index",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", name="fk_deadline_index_case_id_cases"),
                  nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("due", sa.DateTime, nullable=False),
        sa.Column("party", sa.String(20), nullable=False),
        sa.Column("complaint", sa.Integer, nullable=True),
    )
    op.create_index("ix_deadline_index_case_id", "deadline_index", ["case_id"])
    op.create_index("ix_deadline_index_due", "deadline_index", ["due"])


def downgrade() -> None:
    op.drop_index("ix_deadline_index_due", "deadline_index")
    op.drop_index("ix_deadline_index_case_id", "deadline_index")
    op.drop_table("deadline_index")
