"""Store flags; a store with cases gets `needs_state_baseline`: the app then vouches once for each case's rows
in its audit log (state.baseline), since older versions logged no state digest (see app/models/state.py).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    flags = op.create_table(
        "store_flags",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT count(*) FROM cases")).scalar():
        op.bulk_insert(flags, [{"name": "needs_state_baseline", "value": "1"}])


def downgrade() -> None:
    op.drop_table("store_flags")
