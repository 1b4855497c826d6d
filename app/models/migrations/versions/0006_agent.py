"""The agent who files a complaint for the consumer (Art. 11 of the 2026 complaint measures).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = ("agent_name", "agent_id_number", "agent_phone")


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.String(500), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
