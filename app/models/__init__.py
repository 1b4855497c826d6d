"""The store: SQLAlchemy 2 mapped classes, the engine, Alembic migrations."""

from app.models.audit import AuditEntry
from app.models.base import Base
from app.models.case import Case
from app.models.complaint import ComplaintRow
from app.models.deadline_index import DeadlineEntry
from app.models.evidence import EvidenceItem
from app.models.evidence_text import EvidenceText
from app.models.export import ExportRecord
from app.models.flags import StoreFlag
from app.models.joint import JointComplaint, JointMember
from app.models.redaction import Redaction
from app.models.timeline import TimelineEvent

__all__ = [
    "AuditEntry", "Base", "Case", "ComplaintRow", "DeadlineEntry", "EvidenceItem", "EvidenceText", "ExportRecord",
    "JointComplaint", "JointMember", "Redaction", "StoreFlag", "TimelineEvent",
]
