"""The rule check: case facts + evidence kinds + packs -> CheckResult.

Pure: no clock, no I/O, no database. The caller passes `as_of` and the loaded packs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from app.core.domain import CaseData
from app.core.enums import MONEY_REMEDIES
from app.core.money import round_cent
from app.core.timeutil import aware, to_beijing
from app.rules.consistency import ART10_FIELDS, CONTRADICTIONS, problems
from app.rules.kinds import Facts, Outcome
from app.rules.legal_deadlines import legal_deadlines
from app.rules.packs import Bilingual, RulePack, RuleSpec, StepSpec
from app.rules.result import CheckResult, Deadline, InfoNote, NextStep, RuleVerdict
from app.rules.wording import LANGS

ZERO = Decimal("0.00")
# Best first; the overall remedy is the best one a met rule gives.
REMEDY_RANK = MONEY_REMEDIES
EVIDENCE_NEEDED = ("purchase", "contract", "payment", "chat")
# Art. 10 of the 2026 measures first (app.rules.consistency), then what helps the merchant find the order.
FIELDS_NEEDED = (*ART10_FIELDS, "order.number")
# Safety text must never be missing, even if a volunteer's pack drops it.
FALLBACK_SCAM_WARNING = Bilingual(
    "谨防退款诈骗：凡是以退款为由索要银行卡号、密码、短信验证码，或要求先交“退款手续费”的，都是骗子。",
    "Beware of refund scams: anyone who asks for your bank card number, password or verification code, "
    "or for a 'refund fee', is a fraudster.",
)


def facts_of(case: CaseData, as_of: datetime) -> Facts:
    def at(value: datetime | None) -> datetime | None:
        return None if value is None else aware(value)

    return Facts(
        amount=case.order.amount,
        paid_at=at(case.order.paid_at),
        starts_at=at(case.course.starts_at),
        progress=case.course.progress_percent,
        misrepresented=bool(case.course.misrepresented),
        requested_at=at(case.refund.requested_at),
        as_of=aware(as_of),
        status=case.refund.status,
        refunded=case.refund.refunded_amount or ZERO,
    )


def _verdict(rule: RuleSpec, outcome: Outcome, lang: str) -> RuleVerdict:
    return RuleVerdict(
        id=rule.id,
        verdict=outcome.verdict,
        remedy=rule.remedy,
        reason=outcome.reason,
        source=rule.source.text(lang),
        title=rule.say(rule.title, lang),
        explanation=rule.say(rule.explanation, lang),
        refund=outcome.refund,
        compensation=outcome.compensation,
    )


def _overall(verdicts: list[RuleVerdict], facts: Facts) -> tuple[str, Decimal, Decimal]:
    """Best met remedy and its amounts. An unknown order amount gives 0.00, never a guess."""
    met = [v for v in verdicts if v.verdict == "met" and v.remedy in REMEDY_RANK]
    if not met:
        return ("unknown" if any(v.verdict == "unknown" for v in verdicts) else "none"), ZERO, ZERO
    remedy = min((v.remedy for v in met if v.remedy), key=REMEDY_RANK.index)
    best = [v for v in met if v.remedy == remedy]
    refunds = [v.refund for v in best if v.refund is not None]
    if not refunds:
        return remedy, ZERO, ZERO
    refund = round_cent(max(max(refunds) - facts.refunded, ZERO))
    comps = [v.compensation for v in best if v.compensation is not None]
    return remedy, refund, round_cent(max(comps)) if comps else ZERO


def _deadlines(rules: list[RuleSpec], facts: Facts, lang: str) -> list[Deadline]:
    found: list[tuple[int, datetime, int, Deadline]] = []
    for n, rule in enumerate(rules):
        fn = rule.kind_def.deadline
        due = fn(facts, rule.params) if fn else None
        if due is None:
            continue
        title = rule.say(rule.deadline_title or rule.title, lang)
        merchant = rule.kind_def.marks_overdue
        item = Deadline(rule.id, to_beijing(due), facts.as_of > due, title, merchant, rule.source.text(lang),
                        deadline_state("merchant" if merchant else "consumer", due, facts))
        found.append((rule.kind_def.anchor, due, n, item))
    # By the event they count from (payment, course start, request), then by due time.
    return [d for *_, d in sorted(found, key=lambda x: (x[0], x[1], x[2]))]


def deadline_state(party: str, due: datetime, facts: Facts) -> str:
    """met, open or missed, as the party it binds would see it."""
    if party == "merchant":
        if facts.status == "refunded":
            return "met"
        return "missed" if facts.status == "refused" or facts.as_of > due else "open"
    if facts.requested_at is not None:
        return "met" if facts.requested_at <= due else "missed"
    return "missed" if facts.as_of > due else "open"


def _overdue(rules: list[RuleSpec], facts: Facts) -> bool:
    if facts.requested_at is None or facts.status != "pending":
        return False
    for rule in rules:
        fn = rule.kind_def.deadline
        if rule.kind_def.marks_overdue and fn:
            due = fn(facts, rule.params)
            if due is not None and facts.as_of > due:
                return True
    return False


def _missing_fields(case: CaseData) -> list[str]:
    values = {
        "consumer.name": case.consumer.name,
        "consumer.phone": case.consumer.phone,
        "consumer.address": case.consumer.address,
        "merchant.name": case.merchant.name,
        "merchant.address": case.merchant.address,
        "order.number": case.order.number,
        "demands": case.demands,
        "facts": case.facts,
    }
    return [f for f in FIELDS_NEEDED if not (values[f] or "").strip()]


def _missing_evidence(kinds: Sequence[str], misrepresented: bool) -> list[str]:
    have = set(kinds)
    missing = [k for k in EVIDENCE_NEEDED if k not in have]
    if misrepresented and "promo" not in have:
        missing.append("promo")
    return missing


def step_ids(status: str, remedy: str, overdue: bool) -> list[str]:
    ids: list[str] = []
    if status == "not_requested" and remedy != "none":
        ids.append("request_refund")
    refused = status == "refused"
    if overdue or refused:
        ids += ["contact_platform", "complain_regulator", "complain_consumer_association"]
    if refused:
        ids.append("go_to_court")
    return ids


MERCHANT_ADDRESS_UNKNOWN = Bilingual(
    "未填写（见商家在平台上公示的地址）", "not entered (see the address the merchant shows on the platform)"
)


def _next_steps(packs: list[RulePack], ids: list[str], case: CaseData, lang: str) -> list[NextStep]:
    # The first pack (by id order) that explains a step wins; the platform pack can be specific.
    specs: dict[str, StepSpec] = {}
    for pack in reversed(packs):
        specs.update({s.id: s for s in pack.next_steps})
    # The regulator with jurisdiction is named from the merchant's address (a plain replace: step
    # texts are prose, and a stray brace in them must not break the check).
    address = case.merchant.address.strip() or MERCHANT_ADDRESS_UNKNOWN.get(lang)

    def text(spec: StepSpec) -> str:
        return spec.text.get(lang).replace("{merchant_address}", address)

    # A step no pack explains still appears: the id list is the contract.
    return [NextStep(i, specs[i].title.get(lang), text(specs[i])) if i in specs else NextStep(i, i, "") for i in ids]


def _scam_warning(packs: list[RulePack], lang: str) -> str:
    texts = next((p.scam_warning for p in packs if p.scam_warning), FALLBACK_SCAM_WARNING)
    return texts.get(lang)


def check(
    case: CaseData, evidence_kinds: Sequence[str], packs: Sequence[RulePack], as_of: datetime, lang: str = "zh"
) -> CheckResult:
    """Apply the packs for the case's platform, as of `as_of` (naive = Beijing)."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    facts = facts_of(case, as_of)
    active = [p for p in packs if p.applies_to(case.platform)]
    rules = [r for p in active for r in p.rules]
    verdicts = [
        _verdict(r, r.kind_def.evaluate(facts, r.params, lang), lang) for r in rules if r.kind_def.evaluate is not None
    ]
    remedy, refund, compensation = _overall(verdicts, facts)
    found = problems(case, lang)
    if any(p.code in CONTRADICTIONS for p in found):
        # Facts that contradict each other give no figure: "refund ¥0.00 plus ¥597.00" helps nobody.
        remedy, refund, compensation = "unknown", ZERO, ZERO
    overdue = _overdue(rules, facts)
    info = [InfoNote(i.id, i.title.get(lang), i.text.get(lang), i.source.text(lang)) for p in active for i in p.info]
    return CheckResult(
        as_of=to_beijing(facts.as_of),
        lang=lang,
        rules=verdicts,
        remedy=remedy,
        refund_amount=refund,
        compensation=compensation,
        deadlines=_deadlines(rules, facts, lang) + legal_deadlines(case, facts.as_of, lang),
        refund_overdue=overdue,
        missing_evidence=_missing_evidence(evidence_kinds, facts.misrepresented),
        missing_fields=_missing_fields(case),
        next_steps=_next_steps(active, step_ids(facts.status, remedy, overdue), case, lang),
        scam_warning=_scam_warning(active, lang),
        info=info,
        packs=[p.label for p in active],
        amount_known=facts.amount is not None,
        problems=found,
    )
