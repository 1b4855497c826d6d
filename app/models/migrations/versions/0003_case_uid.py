"""A lasting identity for each case (cases.uid), written into the vault's sidecars so an original
can find its case again after the database was restored, replaced or rebuilt (ids get reused).

Revision ID: 0003
Revises: 0002
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("uid", sa.String(32), nullable=True))
    conn = op.get_bind()
    cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    for (case_id,) in conn.execute(sa.select(cases.c.id)).all():
        conn.execute(sa.update(cases).where(cases.c.id == case_id).values(uid=uuid.uuid4().hex))
    with op.batch_alter_table("cases") as batch:
        batch.alter_column("uid", existing_type=sa.String(32), nullable=False)
    op.create_index("ix_cases_uid", "cases", ["uid"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_cases_uid", "cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("uid")
