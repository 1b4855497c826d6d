"""Every fixed set of codes, once. StrEnum members are their codes (str), so they compare, hash, print
and serialise as the plain strings stored in the database, the case JSON and the rule packs.

Labels for people live in one table per language: app/rules/wording.py and app/bundle/texts.py
(Chinese and English text for the CLI and the bundle), app/views/widgets/labels.py (the window, through
Qt's translation).
"""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    KUAISHOU = "kuaishou"
    OTHER = "other"


# The case list's filter that shows the trash instead of the cases (not a status a case has). Here, not in
# app/services/case_trash.py, so the case list can name it before the first paint without loading SQLAlchemy.
TRASH = "trash"


class CaseStatus(StrEnum):
    OPEN = "open"
    SUBMITTED = "submitted"
    RESOLVED = "resolved"
    CLOSED = "closed"


class RefundStatus(StrEnum):
    NOT_REQUESTED = "not_requested"
    PENDING = "pending"
    REFUSED = "refused"
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"


class EvidenceKind(StrEnum):
    """In bundle order."""

    PURCHASE = "purchase"
    CONTRACT = "contract"
    PAYMENT = "payment"
    CHAT = "chat"
    PROMO = "promo"
    REFUND = "refund"
    OTHER = "other"


class Recipient(StrEnum):
    MARKET_REGULATOR = "market_regulator"
    CONSUMER_ASSOCIATION = "consumer_association"


class ComplaintChannel(StrEnum):
    """Where a complaint was filed."""

    PLATFORM = "platform"
    MARKET_REGULATOR = "market_regulator"
    CONSUMER_ASSOCIATION = "consumer_association"
    COURT = "court"


class ComplaintOutcome(StrEnum):
    """How a complaint ended (none while it is open)."""

    RESOLVED = "resolved"
    MEDIATION_FAILED = "mediation_failed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class Remedy(StrEnum):
    """Best first: the rule check reports the best remedy any met rule gives."""

    REFUND_PLUS_COMPENSATION = "refund_plus_compensation"
    FULL_REFUND = "full_refund"
    PARTIAL_REFUND = "partial_refund"
    NONE = "none"
    UNKNOWN = "unknown"


MONEY_REMEDIES = (Remedy.REFUND_PLUS_COMPENSATION, Remedy.FULL_REFUND, Remedy.PARTIAL_REFUND)


class Verdict(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    UNKNOWN = "unknown"


class Language(StrEnum):
    """The languages of the bundle and the rule check's text (the window's are Qt locales)."""

    ZH = "zh"
    EN = "en"
