"""The one table of translated names for each fixed choice and field of a case, for every view.

Platforms, case and refund status, evidence kinds, remedies and verdicts, recipients and bundle
languages, complaint channels and outcomes, and the case's fields. Each is built when asked (the
language can change at run time) and kept apart from the widgets, so the case list can use them
without loading the editors. The translation contexts are those the strings had in their views.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def platform_labels() -> dict[str, str]:
    return {"kuaishou": translate("FormFields", "Kuaishou"), "other": translate("FormFields", "Other platform")}


def case_status_labels() -> dict[str, str]:
    return {
        "open": translate("FormFields", "In progress"),
        "submitted": translate("FormFields", "Complaint filed"),
        "resolved": translate("FormFields", "Resolved"),
        "closed": translate("FormFields", "Closed"),
    }


def refund_status_labels() -> dict[str, str]:
    return {
        "not_requested": translate("FormFields", "Not requested yet"),
        "pending": translate("FormFields", "Requested, waiting"),
        "refused": translate("FormFields", "Refused by the merchant"),
        "partially_refunded": translate("FormFields", "Partly refunded"),
        "refunded": translate("FormFields", "Fully refunded"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "purchase": translate("EvidenceKind", "Purchase record"),
        "contract": translate("EvidenceKind", "Contract or agreement"),
        "payment": translate("EvidenceKind", "Payment receipt"),
        "chat": translate("EvidenceKind", "Chat record"),
        "promo": translate("EvidenceKind", "Promotion or promise"),
        "refund": translate("EvidenceKind", "Refund record"),
        "other": translate("EvidenceKind", "Other"),
    }


def kind_label(kind: str) -> str:
    """The user-facing name of an evidence kind, in the current language."""
    return kind_labels().get(kind, kind)


def remedy_labels(short: bool = False) -> dict[str, str]:
    """What the rule check found the consumer may ask for; `short` for the case list's narrow column."""
    if short:
        return {
            "refund_plus_compensation": translate("Summary", "Refund + compensation"),
            "full_refund": translate("Summary", "Full refund"),
            "partial_refund": translate("Summary", "Partial refund"),
            "none": translate("Summary", "None found"),
            "unknown": translate("Summary", "Not enough facts"),
        }
    return {
        "refund_plus_compensation": translate("RulesPanel", "Refund plus compensation"),
        "full_refund": translate("RulesPanel", "Full refund"),
        "partial_refund": translate("RulesPanel", "Partial refund"),
        "none": translate("RulesPanel", "No refund rule is met"),
        "unknown": translate("RulesPanel", "Not enough facts to decide"),
    }


def remedy_label(remedy: str | None, short: bool = False) -> str:
    return remedy_labels(short).get(remedy or "", remedy or "")


def verdict_label(verdict: str) -> str:
    labels = {"met": translate("RulesPanel", "Met"), "not_met": translate("RulesPanel", "Not met"),
              "unknown": translate("RulesPanel", "Unknown")}
    return labels.get(verdict, verdict)


def recipient_label(code: str) -> str:
    labels = {"market_regulator": translate("Export", "Market regulator (12315)"),
              "consumer_association": translate("Export", "Consumer association")}
    return labels.get(code, code)


def language_label(code: str) -> str:
    labels = {"zh": translate("Export", "Chinese"), "en": translate("Export", "English")}
    return labels.get(code, code)


def channel_labels() -> dict[str, str]:
    return {
        "market_regulator": translate("Complaints", "Market regulator (12315)"),
        "consumer_association": translate("Complaints", "Consumer association"),
        "platform": translate("Complaints", "Platform customer service"),
        "court": translate("Complaints", "People's court"),
    }


def outcome_labels() -> dict[str, str]:
    """How a complaint ended; "" while it is open."""
    return {
        "": translate("Complaints", "Open"),
        "resolved": translate("Complaints", "Resolved"),
        "mediation_failed": translate("Complaints", "Mediation failed"),
        "refused": translate("Complaints", "Not accepted"),
        "withdrawn": translate("Complaints", "Withdrawn"),
    }


def field_labels() -> dict[str, str]:
    """Each field of a case as its form names it."""
    return {
        "title": translate("CaseEditor", "Title"),
        "platform": translate("CaseEditor", "Bought on"),
        "status": translate("CaseEditor", "Case status"),
        "order.number": translate("CaseEditor", "Order number"),
        "order.item": translate("CaseEditor", "Course name"),
        "order.amount": translate("CaseEditor", "Amount paid (¥)"),
        "order.paid_at": translate("CaseEditor", "Paid at"),
        "order.channel": translate("CaseEditor", "Paid with"),
        "course.starts_at": translate("CaseEditor", "Course starts"),
        "course.progress_percent": translate("CaseEditor", "Progress (%)"),
        "course.misrepresented": translate("CaseEditor", "The promotion was false or misleading"),
        "refund.status": translate("CaseEditor", "Refund status"),
        "refund.requested_at": translate("CaseEditor", "Refund requested at"),
        "refund.refunded_amount": translate("CaseEditor", "Already refunded (¥)"),
        "refund.refunded_at": translate("CaseEditor", "Refunded at"),
        "refund.refused_at": translate("CaseEditor", "Refused at"),
        "consumer.name": translate("CaseEditor", "Name"),
        "consumer.phone": translate("CaseEditor", "Phone"),
        "consumer.address": translate("CaseEditor", "Postal address"),
        "consumer.id_number": translate("CaseEditor", "ID card number"),
        "consumer.email": translate("CaseEditor", "Email"),
        "agent.name": translate("CaseEditor", "Agent's name"),
        "agent.id_number": translate("CaseEditor", "Agent's ID number"),
        "agent.phone": translate("CaseEditor", "Agent's phone"),
        "merchant.name": translate("CaseEditor", "Company name"),
        "merchant.shop": translate("CaseEditor", "Shop / streamer"),
        "merchant.address": translate("CaseEditor", "Company address"),
        "merchant.contact": translate("CaseEditor", "Contact"),
        "demands": translate("CaseEditor", "Your demands"),
        "facts": translate("CaseEditor", "What happened"),
    }


def field_label(name: str) -> str:
    """A field named in a list of what is missing: whose name or address it is, said in full
    (the form's group heading is not there to say it); any other field as the form names it."""
    whose = {
        "consumer.name": translate("RulesPanel", "Your name"),
        "consumer.phone": translate("RulesPanel", "Your phone number"),
        "consumer.address": translate("RulesPanel", "Your postal address"),
        "merchant.name": translate("RulesPanel", "The merchant's name"),
        "merchant.address": translate("RulesPanel", "The merchant's address"),
        "order.number": translate("RulesPanel", "The order number"),
    }
    return whose.get(name) or field_labels().get(name, name)
