"""What each deadline calls for, in words for the window: shared by the 投诉进展 tab and the 待办 view.

Also the translated names of where a complaint was filed and how it ended.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from datetime import datetime

    from app.core.domain import CaseData
    from app.rules.result import Deadline

translate = QCoreApplication.translate


def complaint_number(deadline: Deadline, data: CaseData) -> str:
    if deadline.complaint is None or deadline.complaint >= len(data.complaints):
        return ""
    return data.complaints[deadline.complaint].number


def action_text(deadline: Deadline, data: CaseData, as_of: datetime) -> str:
    """The step a deadline calls for, as of now: before it, and once it has passed with nothing done."""
    ahead = deadline.due > as_of
    number = complaint_number(deadline, data) or translate("Deadlines", "(no number yet: give your name and phone)")
    if deadline.id == "complaint.acceptance":
        if ahead:
            return translate("Deadlines", "The regulator decides by then whether it accepts the complaint. "
                             "No word by then: call 12315 with complaint number %1.").replace("%1", number)
        return translate("Deadlines", "No acceptance decision yet: call 12315 with complaint number %1 and ask "
                         "for the decision and its reasons.").replace("%1", number)
    if deadline.id == "complaint.mediation_end":
        if ahead:
            return translate("Deadlines", "Mediation ends by then if there is no agreement. Keep every reply; "
                             "if it fails, ask for the decision ending mediation (complaint number %1).") \
                .replace("%1", number)
        return translate("Deadlines", "Mediation has run its 60 days: ask for the decision ending it (complaint "
                         "number %1), then go to court: statement of claim and evidence list from "
                         "Export.").replace("%1", number)
    if deadline.id == "court.limitation":
        return translate("Deadlines", "Go to court before this date: the statement of claim and the evidence list "
                         "come from Export. After it the court may refuse the claim as time-barred.")
    if deadline.party == "merchant":
        return translate("Deadlines", "The merchant must refund by then. Not refunded: contact the platform's "
                         "customer service, then complain to 12315.")
    return translate("Deadlines", "Ask for the refund before then, in the app where you bought the course; "
                     "keep a screenshot showing the time.")
