"""First schema: cases, evidence, timeline, audit.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    s = sa.String
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", s(200), nullable=False),
        sa.Column("platform", s(20), nullable=False),
        sa.Column("status", s(20), nullable=False),
        *[sa.Column(f"consumer_{n}", s(500), nullable=False) for n in ("name", "phone", "address", "id_number", "email")],
        *[sa.Column(f"merchant_{n}", s(500), nullable=False) for n in ("name", "shop", "address", "contact")],
        sa.Column("order_number", s(500), nullable=False),
        sa.Column("order_item", s(500), nullable=False),
        sa.Column("order_amount", sa.BigInteger, nullable=True),
        sa.Column("order_paid_at", sa.DateTime, nullable=True),
        sa.Column("order_channel", s(500), nullable=False),
        sa.Column("course_starts_at", sa.DateTime, nullable=True),
        sa.Column("course_progress", sa.Integer, nullable=True),
        sa.Column("course_misrepresented", sa.Boolean, nullable=False),
        sa.Column("refund_status", s(30), nullable=False),
        sa.Column("refund_requested_at", sa.DateTime, nullable=True),
        sa.Column("refund_amount", sa.BigInteger, nullable=False),
        sa.Column("refund_refunded_at", sa.DateTime, nullable=True),
        sa.Column("demands", sa.Text, nullable=False),
        sa.Column("facts", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_cases_status", "cases", ["status"])
    op.create_index("ix_cases_updated_at", "cases", ["updated_at"])
    op.create_table(
        "evidence_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", name="fk_evidence_items_case_id_cases"),
                  nullable=False),
        sa.Column("kind", s(20), nullable=False),
        sa.Column("title", s(200), nullable=False),
        sa.Column("source", s(500), nullable=False),
        sa.Column("proves", sa.Text, nullable=False),
        sa.Column("occurred_at", sa.DateTime, nullable=True),
        sa.Column("original_name", s(1024), nullable=False),
        sa.Column("media_type", s(100), nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("sha256", s(64), nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("captured_at", sa.DateTime, nullable=True),
        sa.Column("orientation", sa.Integer, nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("page_count", sa.Integer, nullable=True),
        sa.Column("text", sa.Text, nullable=True),
        sa.Column("messages_json", sa.Text, nullable=True),
        sa.UniqueConstraint("case_id", "sha256", name="uq_evidence_case_sha"),
    )
    op.create_index("ix_evidence_items_case_id", "evidence_items", ["case_id"])
    op.create_index("ix_evidence_items_sha256", "evidence_items", ["sha256"])
    op.create_table(
        "timeline_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", name="fk_timeline_events_case_id_cases"),
                  nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("evidence_id", sa.Integer,
                  sa.ForeignKey("evidence_items.id", name="fk_timeline_events_evidence_id_evidence_items",
                                ondelete="SET NULL"), nullable=True),
    )
    op.create_index("ix_timeline_events_case_id", "timeline_events", ["case_id"])
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("action", s(60), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("prev_hash", s(64), nullable=False),
        sa.Column("hash", s(64), nullable=False),
        sa.UniqueConstraint("case_id", "seq", name="uq_audit_case_seq"),
    )
    op.create_index("ix_audit_entries_case_id", "audit_entries", ["case_id"])


def downgrade() -> None:
    for table in ("audit_entries", "timeline_events", "evidence_items", "cases"):
        op.drop_table(table)
