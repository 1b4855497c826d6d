"""A trash for cases (restorable; only a confirmed deletion of a trashed case removes it), and where each
exported bundle was written, so the export history can say when a file has changed or gone.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("trashed_at", sa.DateTime, nullable=True))
    with op.batch_alter_table("exports") as batch:
        batch.add_column(sa.Column("path", sa.String(4096), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exports") as batch:
        batch.drop_column("path")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("trashed_at")
