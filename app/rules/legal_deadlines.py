"""Deadlines the law sets once a complaint is filed or the merchant refuses: statutory, so in code.

Packs hold the platform's and the merchant's figures; these three periods come from the law itself
and their ids are part of the `check --json` contract, so a volunteer's pack can neither drop nor
rename them (as with the scam warning's fallback text). Counted on the official calendar by
app.core.periods: the starting day is not counted, a last rest day moves to the next working day.

- complaint.acceptance: for a complaint to the market regulator with its filing time, the end of the
  7th working day after the filing day (《市场监督管理投诉举报处理办法》 Art. 15; 实施条例 Art. 46).
- complaint.mediation_end: for such a complaint with its acceptance time, 60 days after acceptance
  (the same Measures, Art. 23(1)(5)).
- court.limitation: with the date the merchant refused, 3 years later (民法典 Art. 188). The earliest
  the period can end: a later demand or complaint may interrupt it (Art. 195), which is not counted here.
"""

from __future__ import annotations

from datetime import datetime

from app.core.domain import CaseData, Complaint
from app.core.enums import ComplaintChannel, RefundStatus
from app.core.periods import Due, after_days, after_working_days, after_years
from app.core.timeutil import to_beijing
from app.rules.result import Deadline
from app.rules.wording import pick

ACCEPTANCE, MEDIATION_END, LIMITATION = "complaint.acceptance", "complaint.mediation_end", "court.limitation"
IDS = (ACCEPTANCE, MEDIATION_END, LIMITATION)
ACCEPTANCE_WORKING_DAYS = 7
MEDIATION_DAYS = 60
LIMITATION_YEARS = 3

_TEXTS: dict[str, tuple[str, str]] = {
    "acceptance.title": ("市场监管部门决定是否受理投诉", "The regulator decides whether to accept the complaint"),
    "acceptance.basis": (
        "《市场监督管理投诉举报处理办法》第十五条、《中华人民共和国消费者权益保护法实施条例》第四十六条"
        "（自收到投诉之日起七个工作日内作出是否受理的决定）；《中华人民共和国民法典》第二百零一条（开始的当日不计入）",
        "Measures for Handling Complaints and Reports in Market Regulation (SAMR Order No. 121), Art. 15, and "
        "Implementing Regulations of the Consumer Rights Protection Law, Art. 46 (a decision whether to accept "
        "within 7 working days of receipt); Civil Code Art. 201 (the first day is not counted)",
    ),
    "mediation.title": ("调解期限届满：自受理之日起六十日", "Mediation period ends, 60 days after acceptance"),
    "mediation.basis": (
        "《市场监督管理投诉举报处理办法》第二十三条第一款第（五）项（自投诉受理之日起六十日内未能达成调解协议的，"
        "终止调解）；《中华人民共和国民法典》第二百零一条、第二百零三条（最后一日是法定休假日的，以休假日结束的次日为最后一日）",
        "Measures for Handling Complaints and Reports in Market Regulation, Art. 23(1)(5) (mediation ends when "
        "no agreement is reached within 60 days of acceptance); Civil Code Arts. 201 and 203 (a last day that "
        "is a rest day moves to the day after the rest ends)",
    ),
    "limitation.title": ("向法院起诉的诉讼时效届满（自商家拒绝退款起三年）",
                         "Limitation period for going to court ends (3 years after the refusal)"),
    "limitation.basis": (
        "《中华人民共和国民法典》第一百八十八条（诉讼时效期间为三年，自知道或者应当知道权利受到损害以及义务人之日起计算；"
        "此处从商家拒绝退款之日起算）、第一百九十五条（向对方提出履行请求等使诉讼时效中断，重新计算，此处未计入）、"
        "第二百零一条、第二百零三条",
        "Civil Code Art. 188 (three years from when the consumer knew or should have known of the harm and who "
        "caused it; counted here from the merchant's refusal), Art. 195 (a demand on the merchant and similar "
        "steps interrupt it and it starts again; not counted here), Arts. 201 and 203",
    ),
    "number": ("（投诉编号{number}）", " (complaint no. {number})"),
}


def _say(key: str, lang: str) -> str:
    return pick(lang, _TEXTS[key])


def _state(done_at: datetime | None, due: Due, as_of: datetime) -> str:
    """met: done by the end of the last day; missed: done late, or not done and the day is over."""
    if done_at is not None:
        return "met" if done_at <= due.at else "missed"
    return "missed" if as_of > due.at else "open"


def _deadline(id_: str, due: Due, as_of: datetime, title: str, basis: str, *, state: str, party: str,
              complaint: int | None = None) -> Deadline:
    return Deadline(id_, due.at, as_of > due.at, title, False, basis, state, party=party, estimated=due.estimated,
                    complaint=complaint)


def _complaint_deadlines(n: int, c: Complaint, as_of: datetime, lang: str) -> list[Deadline]:
    if c.channel != ComplaintChannel.MARKET_REGULATOR:
        return []
    out = []
    number = _say("number", lang).format(number=c.number) if c.number else ""
    if c.filed_at is not None:
        due = after_working_days(c.filed_at, ACCEPTANCE_WORKING_DAYS)
        # Accepted, or closed without acceptance (refused, withdrawn): either way it was decided.
        decided = c.accepted_at or c.closed_at
        out.append(_deadline(ACCEPTANCE, due, as_of, _say("acceptance.title", lang) + number,
                             _say("acceptance.basis", lang), state=_state(decided, due, as_of),
                             party="authority", complaint=n))
    if c.accepted_at is not None:
        due = after_days(c.accepted_at, MEDIATION_DAYS)
        out.append(_deadline(MEDIATION_END, due, as_of, _say("mediation.title", lang) + number,
                             _say("mediation.basis", lang), state=_state(c.closed_at, due, as_of),
                             party="authority", complaint=n))
    return out


def _limitation(case: CaseData, as_of: datetime, lang: str) -> Deadline | None:
    refused_at = case.refund.refused_at
    if refused_at is None:
        return None
    due = after_years(refused_at, LIMITATION_YEARS)
    sued = [c.filed_at for c in case.complaints if c.channel == ComplaintChannel.COURT and c.filed_at is not None]
    # Refunded: nothing is left to sue for. Else met once a court complaint was filed in time.
    refunded = case.refund.status == RefundStatus.REFUNDED
    state = "met" if refunded else _state(min(sued) if sued else None, due, as_of)
    return _deadline(LIMITATION, due, as_of, _say("limitation.title", lang), _say("limitation.basis", lang),
                     state=state, party="consumer")


def legal_deadlines(case: CaseData, as_of: datetime, lang: str) -> list[Deadline]:
    """The statutory deadlines of a case as of `as_of`, soonest first (complaints in the case's order)."""
    as_of = to_beijing(as_of)
    found = [d for n, c in enumerate(case.complaints) for d in _complaint_deadlines(n, c, as_of, lang)]
    limitation = _limitation(case, as_of, lang)
    if limitation is not None:
        found.append(limitation)
    return sorted(found, key=lambda d: d.due)
