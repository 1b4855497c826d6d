"""Joint complaints (Art. 12 of the 2026 measures): cases against one business grouped, each complainant's
consent, and the representatives they elect (two at most).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "joint_complaints",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("merchant_name", sa.String(500), nullable=False),
        sa.Column("merchant_shop", sa.String(500), nullable=False),
        sa.Column("facts", sa.Text, nullable=False),
        sa.Column("demands", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "joint_members",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("joint_id", sa.Integer,
                  sa.ForeignKey("joint_complaints.id", name="fk_joint_members_joint_id_joint_complaints"),
                  nullable=False),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", name="fk_joint_members_case_id_cases"),
                  nullable=False),
        sa.Column("letter", sa.String(4), nullable=False),
        sa.Column("consented_at", sa.DateTime, nullable=True),
        sa.Column("consent_how", sa.String(200), nullable=False),
        sa.Column("representative", sa.Boolean, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("case_id", name="uq_joint_members_case_id"),
        sa.UniqueConstraint("joint_id", "letter", name="uq_joint_members_joint_letter"),
    )
    op.create_index("ix_joint_members_joint_id", "joint_members", ["joint_id"])


def downgrade() -> None:
    op.drop_index("ix_joint_members_joint_id", "joint_members")
    op.drop_table("joint_members")
    op.drop_table("joint_complaints")
