"""Why a joint complaint change or export was refused, in the window's language (the services word it in
English for the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Qca


def refused_text(exc: BaseException) -> str | None:
    """The message for a JointRefused or a joint bundle's missing material; None for any other error."""
    from app.services.joint import JointRefused
    from app.services.joint_export import JointIncomplete

    if isinstance(exc, JointIncomplete):
        from app.views.widgets.labels import field_label

        lines = []
        for who, fields, problems in exc.gaps:
            parts = [", ".join(field_label(f) for f in fields)] if fields else []
            lines.append(f"{who}: " + "; ".join(parts + problems))
        head = Qca.translate("JointText", "Not ready for the market regulator: each complainant's case needs what "
                                          "Art. 10 asks for and consistent facts (a draft can still be exported).")
        return head + "\n" + "\n".join(lines)
    if not isinstance(exc, JointRefused):
        return None
    texts = {
        "too_few": Qca.translate("JointText", "A joint complaint needs two complainants or more."),
        "too_many_reps": Qca.translate("JointText", "At most two representatives may be elected."),
        "no_consent": Qca.translate("JointText", "A representative is elected among those who consented: "
                                                 "record their consent first."),
        "no_title": Qca.translate("JointText", "A joint complaint needs a title."),
        "no_merchant": Qca.translate("JointText", "The case 「%1」 names no merchant: say whom the complaint is "
                                                  "against."),
        "other_business": Qca.translate("JointText", "The case 「%1」 is against another business: a joint "
                                                     "complaint is against one (Art. 12)."),
        "taken": Qca.translate("JointText", "Case %1 is already in a joint complaint."),
        "not_ready": Qca.translate("JointText", "Not ready to file: every complainant's consent and at least one "
                                                "representative are needed."),
    }
    text = texts.get(exc.reason)
    return text.replace("%1", exc.about) if text is not None else str(exc)
