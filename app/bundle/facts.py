"""The case as the complainant states it: facts with the exhibits that prove them, key dates, grounds.

The bundle speaks for the consumer to the body that handles the complaint, in the third person.
It states only what supports the claim: the facts, each with the exhibits that prove it
(…支付199.00元（证据1、证据2）), the deadlines the merchant missed, and the rules that are met with
their citations. What the consumer still lacks, unmet rules and advice stay in the window and `check`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from app.bundle import fmt
from app.bundle.cover import platform_name
from app.bundle.model import Context
from app.core.timeutil import aware
from app.rules.result import Deadline, RuleVerdict

# Which kinds of evidence prove which fact (the exhibit's "proves" is the user's words; the kind is the
# one thing the app knows for sure).
PURCHASE_KINDS = ("purchase", "payment")
START_KINDS = ("contract",)
PROMO_KINDS = ("promo",)
REQUEST_KINDS = ("chat", "refund")
REFUND_KINDS = ("refund",)


def labels(ctx: Context, kinds: Iterable[str]) -> list[str]:
    wanted = set(kinds)
    return [ex.label for ex in ctx.exhibits if ex.info.kind in wanted]


def cite(ctx: Context, exhibit_labels: list[str]) -> str:
    """'（证据1、证据2）' / ' (Exhibits 1, 2)'; empty when nothing proves the fact."""
    if not exhibit_labels:
        return ""
    return ctx.t("facts.cite", labels=ctx.t("facts.label_sep").join(exhibit_labels))


def shown_by(ctx: Context, key: str) -> list[str]:
    """The exhibits whose recognised text shows this fact as the case states it (services/proof.py)."""
    ids = set(ctx.proof.get(key, ()))
    return [ex.label for ex in ctx.exhibits if ex.info.id in ids]


def _purchase(ctx: Context) -> str:
    """The purchase, each fact followed by the exhibits that show it (支付199.00元（证据2）); exhibits of a
    purchase kind that show none of them are cited at the end, as before."""
    t, d = ctx.t, ctx.case.data
    platform = platform_name(ctx)
    cited: list[str] = []

    def see(*keys: str) -> str:
        found = list(dict.fromkeys(label for key in keys for label in shown_by(ctx, key)))
        cited.extend(found)
        return cite(ctx, found)

    paid = t("facts.paid", amount=fmt.money(d.order.amount, t)) + see("order.amount") \
        if d.order.amount is not None else ""
    when = t("facts.when", date=fmt.date(d.order.paid_at, t) + see("order.paid_at")) if d.order.paid_at else ""
    where = t("facts.where", platform=platform, shop=d.merchant.shop) + see("merchant.shop") \
        if d.merchant.shop else t("facts.where_platform", platform=platform)
    what = t("facts.what", item=d.order.item) + see("order.item") if d.order.item else t("facts.what_any")
    order = ""
    if d.order.number:
        number = shown_by(ctx, "order.number")
        cited.extend(number)
        order = t("facts.order_cited", number=d.order.number, labels=t("facts.label_sep").join(number)) \
            if number else t("facts.order", number=d.order.number)
    rest = [label for label in labels(ctx, PURCHASE_KINDS) if label not in cited]
    text = t("facts.purchase", when=when, where=where, what=what, order=order, paid=paid, see=cite(ctx, rest))
    return text[:1].upper() + text[1:]


def refund_deadline(ctx: Context) -> Deadline | None:
    """The merchant's deadline to refund, when the check knows one."""
    return next((d for d in ctx.check.deadlines if d.refund_due), None)


def _status(ctx: Context) -> str:
    t, r = ctx.t, ctx.case.data.refund
    refunded = fmt.money(r.refunded_amount, t)
    when = t("facts.on", date=fmt.date(r.refunded_at, t)) if r.refunded_at else ""
    see = cite(ctx, labels(ctx, REFUND_KINDS)) if r.status in ("partially_refunded", "refunded") else ""
    return t(f"facts.status.{r.status}", refunded=refunded, when=when, see=see)


def fact_lines(ctx: Context) -> list[str]:
    """The facts of the dispute, third person, each naming the exhibits that prove it."""
    t, d, check = ctx.t, ctx.case.data, ctx.check
    out = [_purchase(ctx)]
    if d.course.starts_at:
        out.append(t("facts.start", date=fmt.date(d.course.starts_at, t), see=cite(ctx, labels(ctx, START_KINDS))))
    if d.course.misrepresented:
        out.append(t("facts.misrepresented", see=cite(ctx, labels(ctx, PROMO_KINDS))))
    if d.refund.requested_at:
        out.append(t("facts.request", date=fmt.date(d.refund.requested_at, t),
                     see=cite(ctx, labels(ctx, REQUEST_KINDS)), status=_status(ctx)))
        if d.course.progress_percent is not None:
            out.append(t("facts.progress", p=f"{d.course.progress_percent.normalize():f}"))
    due = refund_deadline(ctx)
    if check.refund_overdue and due is not None:
        out.append(t("facts.overdue", due=fmt.stamp(due.due), source=due.source, as_of=fmt.date(check.as_of, t)))
    return out


def claimed_rules(ctx: Context) -> list[RuleVerdict]:
    """The met rules the claim rests on: those giving the best remedy, and compensation for fraud.

    A partial refund is left out when a full refund rule is met (the claim is the full refund).
    """
    check = ctx.check
    met = check.met()
    keep = {check.remedy, "refund_plus_compensation"}
    if check.remedy == "refund_plus_compensation":
        keep.add("full_refund")
    return [r for r in met if r.remedy in keep]


def ground_lines(ctx: Context) -> list[str]:
    """One line per rule the claim rests on: what is met (or the computed amount) and its citation."""
    t, check = ctx.t, ctx.check
    out: list[str] = []
    for n, rule in enumerate(claimed_rules(ctx), 1):
        title = rule.title or rule.id
        if rule.remedy == "refund_plus_compensation":
            amounts = (t("grounds.fraud_amounts", refund=fmt.money(rule.refund, t),
                         compensation=fmt.money(rule.compensation, t))
                       if rule.refund is not None and rule.compensation is not None else "")
            text = t("grounds.fraud", see=cite(ctx, labels(ctx, PROMO_KINDS)), amounts=amounts)
        else:
            text = rule.reason
        out.append(t("grounds.line", n=n, title=title, text=text.rstrip("。."), source=rule.source))
    if check.refund_overdue and (due := refund_deadline(ctx)) is not None and not out:
        out.append(t("grounds.line", n=1, title=due.title, text=t("grounds.overdue"), source=due.source))
    return out


@dataclass
class Entry:
    """One row of the 大事记: when, what, and the exhibits that show it."""

    at: datetime
    text: str
    exhibits: list[str] = field(default_factory=list)


def _key_dates(ctx: Context) -> list[Entry]:
    t, d, check = ctx.t, ctx.case.data, ctx.check
    out: list[Entry] = []
    if d.order.paid_at:
        amount = fmt.money(d.order.amount, t) if d.order.amount is not None else ""
        out.append(Entry(aware(d.order.paid_at), t("key.paid", amount=amount).strip(), labels(ctx, PURCHASE_KINDS)))
    if d.course.starts_at:
        out.append(Entry(aware(d.course.starts_at), t("key.start"), labels(ctx, START_KINDS)))
    if d.refund.requested_at:
        out.append(Entry(aware(d.refund.requested_at), t("key.request"), labels(ctx, REQUEST_KINDS)))
    if d.refund.refunded_at and d.refund.status in ("partially_refunded", "refunded"):
        out.append(Entry(aware(d.refund.refunded_at), t("key.refunded", amount=fmt.money(d.refund.refunded_amount, t)),
                         labels(ctx, REFUND_KINDS)))
    if d.refund.refused_at:
        out.append(Entry(aware(d.refund.refused_at), t("key.refused"), labels(ctx, REQUEST_KINDS)))
    due = refund_deadline(ctx)
    if due is not None and check.refund_overdue:
        out.append(Entry(aware(due.due), t("key.overdue")))
    return out + _complaint_dates(ctx)


def body_name(ctx: Context, channel: str) -> str:
    """Where a complaint went: 快手平台 / 市场监督管理部门 / 消费者协会 / 人民法院."""
    return ctx.t(f"body.{channel}", platform=platform_name(ctx))


def _complaint_dates(ctx: Context) -> list[Entry]:
    t, out = ctx.t, []
    for c in ctx.case.data.complaints:
        body = body_name(ctx, c.channel)
        number = t("key.complaint.number", number=c.number) if c.number else ""
        if c.filed_at:
            out.append(Entry(aware(c.filed_at), t("key.complaint.filed", body=body, number=number)))
        if c.accepted_at:
            text = t("key.complaint.accepted", body=body, number=number)
            out.append(Entry(aware(c.accepted_at), text[:1].upper() + text[1:]))
        if c.closed_at:
            outcome = t(f"key.outcome.{c.outcome}") if c.outcome else ""
            out.append(Entry(aware(c.closed_at), t("key.complaint.closed", body=body, number=number,
                                                   outcome=outcome)))
    return out


def _same_time(a: datetime, b: datetime) -> bool:
    return abs((a - b).total_seconds()) < 1


def timeline_entries(ctx: Context) -> list[Entry]:
    """Key dates, the case's events and the dated evidence, oldest first.

    An event at the very time of a key date replaces it (the user's words) and keeps its exhibits;
    an exhibit dated at the time of a row is named in that row instead of one of its own.
    """
    by_id = {ex.info.id: ex.label for ex in ctx.exhibits}
    rows: list[Entry] = []
    for event in ctx.case.events:
        linked = [by_id[event.evidence_id]] if event.evidence_id in by_id else []
        rows.append(Entry(aware(event.at), event.text, linked))
    for key in _key_dates(ctx):
        twin = next((r for r in rows if _same_time(r.at, key.at)), None)
        if twin is None:
            rows.append(key)
        else:
            twin.exhibits += [x for x in key.exhibits if x not in twin.exhibits]
    for ex in ctx.exhibits:
        when = ex.info.occurred_at or ex.info.captured_at
        if when is None:
            continue
        twin = next((r for r in rows if _same_time(r.at, aware(when))), None)
        if twin is None:
            rows.append(Entry(aware(when), ctx.t("timeline.evidence", title=ex.info.title), [ex.label]))
        elif ex.label not in twin.exhibits:
            twin.exhibits.append(ex.label)
    order = {label: n for n, label in enumerate(by_id.values())}
    for row in rows:
        row.exhibits.sort(key=lambda label: order.get(label, 0))
    return sorted(rows, key=lambda r: r.at)  # stable: equal times keep events before key dates
