"""Several volunteers on one store: who made each change, a version per case, who a case is assigned to.

audit_entries.actor: the volunteer (Settings, REFUND_EVIDENCE_USER or the OS user), inside the entry's
hash when set. cases.version: the number of the case's last audit entry, so a save made on an older
reading can be told what changed since and by whom; cases.updated_by: who made the last change;
cases.assignee: the volunteer the case is assigned to ('' = nobody).

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.add_column(sa.Column("actor", sa.String(100), nullable=False, server_default=""))
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("updated_by", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("assignee", sa.String(100), nullable=False, server_default=""))
    op.create_index("ix_cases_assignee", "cases", ["assignee"])
    op.execute("UPDATE cases SET version = coalesce((SELECT max(seq) FROM audit_entries "
               "WHERE audit_entries.case_id = cases.id), 0)")


def downgrade() -> None:
    op.drop_index("ix_cases_assignee", "cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("assignee")
        batch.drop_column("updated_by")
        batch.drop_column("version")
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_column("actor")
