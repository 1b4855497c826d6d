"""Translated names of the fixed choices of a case (platform, case status, refund status).

Kept apart from the form widgets so the case list can use them without loading the editors.
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
