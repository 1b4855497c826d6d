"""Rule kinds: the logic behind pack rules. Packs hold the thresholds, these functions the meaning.

Every condition is three-valued (True, False, None = a fact is missing). A rule is
`not_met` as soon as one condition is False, whatever else is missing; `unknown`
only when a missing fact could still change the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from app.core.money import round_cent
from app.rules import wording as w

# Order of deadlines in a result: by the event they count from, then by due time.
ANCHOR_PAYMENT, ANCHOR_START, ANCHOR_REQUEST = 0, 1, 2
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Facts:
    """The case facts the rules read; datetimes are aware."""

    amount: Decimal | None
    paid_at: datetime | None
    starts_at: datetime | None
    progress: Decimal | None
    misrepresented: bool
    requested_at: datetime | None
    as_of: datetime
    status: str
    refunded: Decimal

    @property
    def ask_at(self) -> datetime:
        # No request yet: judge "if you ask now".
        return self.requested_at if self.requested_at is not None else self.as_of

    @property
    def asked_now(self) -> bool:
        return self.requested_at is None


@dataclass(frozen=True)
class Outcome:
    verdict: str
    reason: str
    refund: Decimal | None = None
    compensation: Decimal | None = None


@dataclass(frozen=True)
class Cond:
    value: bool | None  # None: the fact is missing
    text: str


Params = Mapping[str, Decimal]
Evaluator = Callable[[Facts, Params, str], Outcome]
DeadlineFn = Callable[[Facts, Params], datetime | None]


@dataclass(frozen=True)
class Kind:
    name: str
    params: Mapping[str, str]  # threshold key -> type: amount | percent | hours | days | number
    remedies: tuple[str, ...]  # remedies a pack may name; empty for deadline-only kinds
    evaluate: Evaluator | None = None
    deadline: DeadlineFn | None = None
    anchor: int = ANCHOR_PAYMENT
    marks_overdue: bool = False


# --- conditions -----------------------------------------------------------


def _missing(lang: str, zh: str, en: str) -> Cond:
    return Cond(None, f"缺少{zh}" if lang == "zh" else f"{en} missing")


def amount_cond(f: Facts, limit: Decimal, lang: str) -> Cond:
    if f.amount is None:
        return _missing(lang, "订单金额", "order amount")
    ok = f.amount <= limit
    a, lim = w.money(f.amount), w.money(limit)
    if lang == "zh":
        return Cond(ok, f"订单金额{a}，{'未超过' if ok else '超过'}{lim}")
    return Cond(ok, f"order amount {a}, {'not over' if ok else 'over'} {lim}")


def since_payment_cond(f: Facts, limit: timedelta, lang: str) -> Cond:
    if f.paid_at is None:
        return _missing(lang, "支付时间", "payment time")
    span = f.ask_at - f.paid_at
    ok = span <= limit
    d, lim = w.duration(span, lang), w.duration(limit, lang)
    if lang == "zh":
        lead = "若现在申请，距支付" if f.asked_now else "申请距支付"
        return Cond(ok, f"{lead}{d}，{'未超过' if ok else '已超过'}{lim}")
    lead = "asking now would be" if f.asked_now else "requested"
    return Cond(ok, f"{lead} {d} after payment, {'within' if ok else 'over'} {lim}")


def progress_cond(f: Facts, limit: Decimal, lang: str) -> Cond:
    if f.progress is None:
        return _missing(lang, "学习进度", "progress")
    ok = f.progress <= limit
    g = w.percent(f.progress)
    if limit == 0:  # "no progress" reads better than "not over 0%"
        if lang == "zh":
            return Cond(ok, f"学习进度{g}，{'尚未开始学习' if ok else '已开始学习'}")
        return Cond(ok, f"progress {g}, {'not started' if ok else 'already started'}")
    lim = w.percent(limit)
    if lang == "zh":
        return Cond(ok, f"学习进度{g}，{'未超过' if ok else '超过'}{lim}")
    return Cond(ok, f"progress {g}, {'not over' if ok else 'over'} {lim}")


def unfinished_cond(f: Facts, lang: str) -> Cond:
    if f.progress is None:
        return _missing(lang, "学习进度", "progress")
    ok = f.progress < HUNDRED
    g = w.percent(f.progress)
    if lang == "zh":
        return Cond(ok, f"学习进度{g}，{'尚未学完' if ok else '已学完'}")
    return Cond(ok, f"progress {g}, {'not finished' if ok else 'finished'}")


def _start_text(f: Facts, started: bool, lang: str) -> str:
    assert f.starts_at is not None
    at, s = w.when(f.ask_at), w.when(f.starts_at)
    if lang == "zh":
        lead = f"现在是{at}" if f.asked_now else f"申请时间{at}"
        return f"{lead}，{'已开课' if started else '尚未开课'}（开课时间{s}）"
    lead = f"it is now {at}" if f.asked_now else f"requested {at}"
    return f"{lead}, {'after the course started' if started else 'before the course starts'} ({s})"


def before_start_cond(f: Facts, lang: str) -> Cond:
    if f.starts_at is None:
        return _missing(lang, "开课时间", "course start time")
    ok = f.ask_at < f.starts_at
    return Cond(ok, _start_text(f, not ok, lang))


def after_start_cond(f: Facts, lang: str) -> Cond:
    if f.starts_at is None:
        return _missing(lang, "开课时间", "course start time")
    ok = f.ask_at >= f.starts_at
    return Cond(ok, _start_text(f, ok, lang))


def decide(conds: list[Cond], lang: str) -> tuple[str, list[str]]:
    """Three-valued AND, and the clauses that explain it."""
    known = [c.text for c in conds if c.value is not None]
    if any(c.value is False for c in conds):
        return "not_met", known
    missing = [c.text for c in conds if c.value is None]
    if missing:
        return "unknown", missing + known
    return "met", known


def sentence(clauses: list[str], lang: str) -> str:
    text = ("；" if lang == "zh" else "; ").join(clauses)
    return text[:1].upper() + text[1:] if lang == "en" else text


def _no_amount(lang: str) -> str:
    return "订单金额未填写，无法计算金额" if lang == "zh" else "order amount missing, so no figure can be given"


# --- kinds ----------------------------------------------------------------


def _full_refund(f: Facts, conds: list[Cond], lang: str) -> Outcome:
    verdict, clauses = decide(conds, lang)
    if verdict != "met":
        return Outcome(verdict, sentence(clauses, lang))
    if f.amount is None:
        return Outcome(verdict, sentence([*clauses, _no_amount(lang)], lang))
    a = w.money(f.amount)
    clauses.append(f"可全额退款{a}" if lang == "zh" else f"full refund of {a}")
    return Outcome(verdict, sentence(clauses, lang), refund=f.amount)


def _eval_amount_time_progress(f: Facts, p: Params, lang: str) -> Outcome:
    conds = [
        amount_cond(f, p["max_amount"], lang),
        since_payment_cond(f, w.hours_span(p["max_hours"]), lang),
        progress_cond(f, p["max_progress_percent"], lang),
    ]
    return _full_refund(f, conds, lang)


def _eval_time_progress(f: Facts, p: Params, lang: str) -> Outcome:
    conds = [since_payment_cond(f, w.days_span(p["max_days"]), lang), progress_cond(f, p["max_progress_percent"], lang)]
    return _full_refund(f, conds, lang)


def _eval_before_start(f: Facts, p: Params, lang: str) -> Outcome:
    return _full_refund(f, [before_start_cond(f, lang)], lang)


def partial_refund(amount: Decimal, progress: Decimal) -> Decimal:
    """The unstudied share of the price, half-up to the cent."""
    return round_cent(amount * (HUNDRED - progress) / HUNDRED)


def _eval_after_start_partial(f: Facts, p: Params, lang: str) -> Outcome:
    verdict, clauses = decide([after_start_cond(f, lang), unfinished_cond(f, lang)], lang)
    if verdict != "met":
        return Outcome(verdict, sentence(clauses, lang))
    assert f.progress is not None  # met implies known
    if f.amount is None:
        return Outcome(verdict, sentence([*clauses, _no_amount(lang)], lang))
    refund = partial_refund(f.amount, f.progress)
    a, g, r = w.money(f.amount), w.percent(f.progress), w.money(refund)
    if lang == "zh":
        clauses.append(f"按未学部分退款：{a} ×（100% − {g}）= {r}")
    else:
        clauses.append(f"refund for the unstudied part: {a} × (100% − {g}) = {r}")
    return Outcome(verdict, sentence(clauses, lang), refund=refund)


def compensation(amount: Decimal, multiplier: Decimal, minimum: Decimal) -> Decimal:
    return round_cent(max(amount * multiplier, minimum))


def _eval_misrepresentation(f: Facts, p: Params, lang: str) -> Outcome:
    # Neutral words: the same reason is read in the window and, for a met rule, in the bundle.
    if lang == "zh":
        said = "案件记载被投诉人存在虚假或引人误解的宣传" if f.misrepresented else "案件未记载虚假或引人误解的宣传"
    else:
        said = "the case records false or misleading promotion by the merchant" if f.misrepresented else (
            "the case does not record false or misleading promotion"
        )
    if not f.misrepresented:
        return Outcome("not_met", sentence([said], lang))
    if f.amount is None:
        return Outcome("met", sentence([said, _no_amount(lang)], lang))
    comp = compensation(f.amount, p["multiplier"], p["min_compensation"])
    a, c, m, n = w.money(f.amount), w.money(comp), w.money(p["min_compensation"]), w.number(p["multiplier"])
    if lang == "zh":
        money_text = f"可主张退还价款{a}，并增加赔偿{c}（价款的{n}倍，不足{m}的为{m}）"
    else:
        money_text = (f"may claim the price of {a} back plus increased compensation of {c} "
                      f"({n} × the price, at least {m})")
    return Outcome("met", sentence([said, money_text], lang), refund=f.amount, compensation=comp)


def _due_hours(f: Facts, p: Params) -> datetime | None:
    return None if f.paid_at is None else f.paid_at + w.hours_span(p["max_hours"])


def _due_days(f: Facts, p: Params) -> datetime | None:
    return None if f.paid_at is None else f.paid_at + w.days_span(p["max_days"])


def _due_start(f: Facts, p: Params) -> datetime | None:
    return f.starts_at


def _due_refund(f: Facts, p: Params) -> datetime | None:
    return None if f.requested_at is None else f.requested_at + w.days_span(p["days"])


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(
            "amount_time_progress",
            {"max_amount": "amount", "max_hours": "hours", "max_progress_percent": "percent"},
            ("full_refund",),
            _eval_amount_time_progress,
            _due_hours,
        ),
        Kind(
            "time_progress",
            {"max_days": "days", "max_progress_percent": "percent"},
            ("full_refund",),
            _eval_time_progress,
            _due_days,
        ),
        Kind("before_start", {}, ("full_refund",), _eval_before_start, _due_start, anchor=ANCHOR_START),
        Kind("after_start_partial", {}, ("partial_refund",), _eval_after_start_partial),
        Kind(
            "misrepresentation",
            {"multiplier": "number", "min_compensation": "amount"},
            ("refund_plus_compensation",),
            _eval_misrepresentation,
        ),
        Kind("refund_deadline", {"days": "days"}, (), None, _due_refund, anchor=ANCHOR_REQUEST, marks_overdue=True),
    )
}


def param_words(kind: Kind, params: Params, lang: str) -> dict[str, str]:
    """Thresholds as words, for `{placeholders}` in pack texts."""
    out: dict[str, str] = {}
    for key, typ in kind.params.items():
        value = params[key]
        if typ == "amount":
            out[key] = w.money(value)
        elif typ == "percent":
            out[key] = w.percent(value)
        elif typ == "hours":
            out[key] = w.duration(w.hours_span(value), lang, long=True)
        elif typ == "days":
            out[key] = w.duration(w.days_span(value), lang, long=True)
        else:
            out[key] = w.number(value)
    return out
