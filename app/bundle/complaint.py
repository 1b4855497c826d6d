"""The complaint letter (投诉书), shaped to Art. 9 of 《市场监督管理投诉举报处理暂行办法》.

Art. 9 asks for the complainant's name, phone and address; the respondent's name and address;
the demands; and the facts of the dispute. What the user wrote comes first; where they left
demands empty, they are drafted from the rule check.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.bundle import fmt
from app.bundle.cover import platform_name, recipient_name
from app.bundle.layout import section
from app.bundle.model import Context
from app.bundle.styles import p

_NUMBERED = re.compile(r"^\s*(\d+\s*[.、．)）]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")


def _outstanding(ctx: Context) -> Decimal | None:
    if ctx.check.refund_amount > 0:
        return ctx.check.refund_amount
    order, refund = ctx.case.data.order, ctx.case.data.refund
    if order.amount is None or order.amount - refund.refunded_amount <= 0:
        return None
    return order.amount - refund.refunded_amount


def drafted_demands(ctx: Context) -> list[str]:
    """Demands from the check: the refund, compensation where the remedy allows it, mediation."""
    t, check = ctx.t, ctx.check
    refund = _outstanding(ctx)
    items = [t("demand.refund", amount=fmt.money(refund, t)) if refund else t("demand.refund_any")]
    if check.remedy == "refund_plus_compensation" and check.compensation > 0:
        items.append(t("demand.compensation", amount=fmt.money(check.compensation, t)))
    items.append(t("demand.mediate"))
    return items


def demands(ctx: Context) -> list[str]:
    """The user's demands line by line, numbered unless they already are; else drafted ones."""
    lines = [line.strip() for line in ctx.case.data.demands.splitlines() if line.strip()]
    lines = lines or drafted_demands(ctx)
    if any(_NUMBERED.match(line) for line in lines):
        return lines
    return [f"{i}. {line}" for i, line in enumerate(lines, 1)]


def _purchase(ctx: Context) -> str:
    t, d = ctx.t, ctx.case.data
    platform = platform_name(ctx)
    text = t(
        "facts.purchase",
        when=t("facts.when", date=fmt.date(d.order.paid_at, t)) if d.order.paid_at else "",
        where=t("facts.where", platform=platform, shop=d.merchant.shop)
        if d.merchant.shop
        else t("facts.where_platform", platform=platform),
        what=t("facts.what", item=d.order.item) if d.order.item else t("facts.what_any"),
        order=t("facts.order", number=d.order.number) if d.order.number else "",
        paid=t("facts.paid", amount=fmt.money(d.order.amount, t)) if d.order.amount is not None else "",
    )
    return text[:1].upper() + text[1:]


def drafted_facts(ctx: Context) -> list[str]:
    """Sentences from the case data: purchase, course start, refund request, and the rules met."""
    t, d, check = ctx.t, ctx.case.data, ctx.check
    out = [_purchase(ctx)]
    if d.course.starts_at:
        out.append(t("facts.start", date=fmt.date(d.course.starts_at, t)))
    if d.course.progress_percent is not None:
        out.append(t("facts.progress", p=f"{d.course.progress_percent.normalize():f}"))
    if d.course.misrepresented:
        out.append(t("facts.misrepresented"))
    if d.refund.requested_at:
        status = t(f"facts.status.{d.refund.status}", refunded=fmt.money(d.refund.refunded_amount, t))
        out.append(t("facts.request", date=fmt.date(d.refund.requested_at, t), status=status))
    if check.refund_overdue:
        out.append(t("facts.overdue"))
    met = check.met()
    if met:
        out.append(t("facts.rules", rules=t("facts.list_sep").join(r.title or r.id for r in met)))
    return out


def _parties(ctx: Context) -> list[Flowable]:
    t, s, d = ctx.t, ctx.styles, ctx.case.data
    none = t("none")
    out: list[Flowable] = [p(t("complaint.complainant"), s.h2)]
    out += [p(t(key, v=value or none), s.body) for key, value in (
        ("complaint.name", d.consumer.name), ("complaint.phone", d.consumer.phone),
        ("complaint.address", d.consumer.address))]
    out.append(p(t("complaint.respondent"), s.h2))
    out.append(p(t("complaint.merchant_name", v=d.merchant.name or none), s.body))
    out.append(p(t("complaint.merchant_address", v=d.merchant.address or none), s.body))
    if d.merchant.shop:
        out.append(p(t("complaint.shop", shop=d.merchant.shop, platform=platform_name(ctx)), s.body))
    if d.merchant.contact:
        out.append(p(t("complaint.contact", v=d.merchant.contact), s.body))
    return out


def _attachments(ctx: Context) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    out: list[Flowable] = [p(t("complaint.attachments"), s.h2)]
    for ex in ctx.exhibits:
        pages = fmt.page_range(*ctx.exhibit_pages(ex))
        out.append(p(t("complaint.attachment_line", label=ex.label, title=ex.info.title, pages=pages), s.body))
    return out


def complaint(ctx: Context) -> list[Flowable]:
    t, s, d = ctx.t, ctx.styles, ctx.case.data
    joiner = "" if ctx.lang == "zh" else " "
    out = [*section(ctx, "complaint"), p(t(f"complaint.intro.{ctx.recipient}"), s.body)]
    out += _parties(ctx)
    out.append(p(t("complaint.demands"), s.h2))
    out += [p(line, s.body) for line in demands(ctx)]
    out.append(p(t("complaint.facts"), s.h2))
    out += [p(line, s.body) for line in d.facts.splitlines() if line.strip()]
    out.append(p(joiner.join(drafted_facts(ctx)), s.body))
    out += _attachments(ctx)
    # The closing and the signature line stay together: a lone signature page would look detached.
    out += [Spacer(1, 12), KeepTogether([p(t("complaint.closing"), s.body), p(recipient_name(ctx), s.body),
                                         Spacer(1, 18), p(t("complaint.signature"), s.body)])]
    return out
