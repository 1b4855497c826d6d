"""What a complaint cannot go out with: facts that contradict each other, a phone number nobody can
call, and the material Art. 10 of 《市场监督管理投诉举报处理办法》 (SAMR Order No. 121, in force
2026-04-15) requires of a complaint: the complainant's name, phone and postal address, the
respondent's name and address, a specific request and the facts of the dispute.

Pure: the case in, problems out (in the requested language). The rule check reports them; the
export pre-flight blocks a bundle for the market regulator while any is open (a draft, watermarked,
stays possible).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.core.domain import CaseData
from app.core.timeutil import aware
from app.rules import wording as w

# Art. 10: what the complaint must give (the order number helps, but the article does not ask for it).
ART10_FIELDS = ("consumer.name", "consumer.phone", "consumer.address", "merchant.name", "merchant.address",
                "demands", "facts")
CONTRADICTIONS = ("refunded_over_paid", "paid_after_request", "refunded_before_request")

_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}\d{7,8}")  # area code and number
_SERVICE = re.compile(r"[48]00\d{7}")  # 400 / 800 service numbers
_EXTENSION = re.compile(r"(转|ext\.?|x|#|分机)\d{1,6}$", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    code: str  # one of CONTRADICTIONS, or "phone_format"
    field: str  # the field to correct
    text: str  # what is wrong, in the check's language


def phone_ok(text: str) -> bool:
    """A Chinese mobile number (with or without +86) or a landline with its area code (an extension may
    follow); spaces, dashes and brackets as people write them."""
    plain = unicodedata.normalize("NFKC", text).strip()
    plain = _EXTENSION.sub("", plain)
    plain = re.sub(r"[\s\-()（）—.]", "", plain)
    for prefix in ("+86", "0086"):
        plain = plain.removeprefix(prefix)
    if len(plain) == 13 and plain.startswith("86"):
        plain = plain[2:]
    return bool(_MOBILE.fullmatch(plain) or _LANDLINE.fullmatch(plain) or _SERVICE.fullmatch(plain))


def complaint_missing(case: CaseData) -> list[str]:
    """The Art. 10 fields still empty."""
    values = {"consumer.name": case.consumer.name, "consumer.phone": case.consumer.phone,
              "consumer.address": case.consumer.address, "merchant.name": case.merchant.name,
              "merchant.address": case.merchant.address, "demands": case.demands, "facts": case.facts}
    return [f for f in ART10_FIELDS if not (values[f] or "").strip()]


def problems(case: CaseData, lang: str) -> list[Problem]:
    out: list[Problem] = []
    amount, refunded = case.order.amount, case.refund.refunded_amount
    if amount is not None and refunded is not None and refunded > amount:
        out.append(Problem("refunded_over_paid", "refund.refunded_amount", w.pick(lang, (
            f"已退金额{w.money(refunded)}大于实付金额{w.money(amount)}",
            f"the amount refunded ({w.money(refunded)}) is more than was paid ({w.money(amount)})"))))
    paid, requested, back = (None if v is None else aware(v)
                             for v in (case.order.paid_at, case.refund.requested_at, case.refund.refunded_at))
    if paid is not None and requested is not None and paid > requested:
        out.append(Problem("paid_after_request", "order.paid_at", w.pick(lang, (
            f"付款时间{w.when(paid)}晚于申请退款时间{w.when(requested)}",
            f"the payment ({w.when(paid)}) is after the refund request ({w.when(requested)})"))))
    if requested is not None and back is not None and back < requested:
        out.append(Problem("refunded_before_request", "refund.refunded_at", w.pick(lang, (
            "退款到账时间早于申请退款时间", "the refund arrived before it was requested"))))
    phone = case.consumer.phone.strip()
    if phone and not phone_ok(phone):
        out.append(Problem("phone_format", "consumer.phone", w.pick(lang, (
            f"电话号码“{phone}”不像中国大陆的手机号或带区号的固定电话",
            f"the phone number “{phone}” does not look like a Chinese mobile or a landline with its area code"))))
    return out
