"""The complaint letter (投诉书), shaped to Art. 10 of 《市场监督管理投诉举报处理办法》 (2026).

Art. 10 asks for the complainant's true identity details (name, phone, postal address), the
respondent's name and address, the specific request and the facts of the dispute, and makes the
complainant answer for the truth of the material. The letter is the consumer's submission, in the
third person: the demands (the user's own, else drafted from the rule check), the facts with the
exhibits that prove them, the grounds (met rules with their citations), the list of exhibits, the
truth statement and the signature line.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.bundle import fmt
from app.bundle.cover import platform_name, recipient_name
from app.bundle.facts import cite, fact_lines, ground_lines, shown_by
from app.bundle.layout import section
from app.bundle.masking import complainant_id_number
from app.bundle.model import Context
from app.bundle.styles import p

_NUMBERED = re.compile(r"^\s*(\d+\s*[.、．)）]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")


def outstanding(ctx: Context) -> Decimal | None:
    """What is still owed: the check's refund, else the price less what came back (None: nothing known)."""
    if ctx.check.refund_amount > 0:
        return ctx.check.refund_amount
    order, refund = ctx.case.data.order, ctx.case.data.refund
    if order.amount is None or order.amount - refund.refunded_amount <= 0:
        return None
    return order.amount - refund.refunded_amount


def drafted_demands(ctx: Context) -> list[str]:
    """Demands from the check: the refund, compensation where the remedy allows it, mediation."""
    t, check = ctx.t, ctx.check
    refund = outstanding(ctx)
    items = [t("demand.refund", amount=fmt.money(refund, t)) if refund else t("demand.refund_any")]
    if check.remedy == "refund_plus_compensation" and check.compensation > 0:
        items.append(t("demand.compensation", amount=fmt.money(check.compensation, t)))
    items.append(t(f"demand.mediate.{ctx.recipient}"))
    return items


def demands(ctx: Context) -> list[str]:
    """The user's demands line by line, numbered unless they already are; else drafted ones."""
    lines = [line.strip() for line in ctx.case.data.demands.splitlines() if line.strip()]
    lines = lines or drafted_demands(ctx)
    if any(_NUMBERED.match(line) for line in lines):
        return lines
    return [f"{i}. {line}" for i, line in enumerate(lines, 1)]


def _person(ctx: Context, fields: list[tuple[str, str]], *, always: tuple[str, ...] = ()) -> list[Flowable]:
    """'label: value' lines; a required field left empty shows as a dash, an optional one is left out."""
    t, s = ctx.t, ctx.styles
    return [p(t(key, v=value or t("none")), s.body) for key, value in fields if value or key in always]


def _parties(ctx: Context) -> list[Flowable]:
    t, s, d = ctx.t, ctx.styles, ctx.case.data
    required = ("complaint.name", "complaint.phone", "complaint.address", "complaint.merchant_name",
                "complaint.merchant_address")
    out: list[Flowable] = [p(t("complaint.complainant"), s.h2)]
    id_number = complainant_id_number(d.consumer.id_number, ctx.recipient)  # in full only for the regulator
    out += _person(ctx, [("complaint.name", d.consumer.name), ("complaint.id_number", id_number),
                         ("complaint.phone", d.consumer.phone), ("complaint.address", d.consumer.address),
                         ("complaint.email", d.consumer.email)], always=required)
    if d.agent.name:
        letter = t("complaint.agent_letter") if ctx.authorisation else ""
        out.append(p(t("complaint.agent", name=d.agent.name) + letter, s.body))
        out += _person(ctx, [("complaint.agent_id", d.agent.id_number), ("complaint.agent_phone", d.agent.phone)])
    out.append(p(t("complaint.respondent"), s.h2))
    named = d.merchant.name + cite(ctx, shown_by(ctx, "merchant.name")) if d.merchant.name else ""
    out += _person(ctx, [("complaint.merchant_name", named),
                         ("complaint.merchant_address", d.merchant.address)], always=required)
    if d.merchant.shop:
        out.append(p(t("complaint.shop", shop=d.merchant.shop, platform=platform_name(ctx)), s.body))
    if d.merchant.contact:
        out.append(p(t("complaint.contact", v=d.merchant.contact), s.body))
    return out


def _attachments(ctx: Context) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    out: list[Flowable] = [p(t("complaint.attachments"), s.h2)]
    for ex in ctx.exhibits:
        if ctx.document:  # the letter on its own: no bundle pages to point to
            out.append(p(t("complaint.attachment_plain", label=ex.label, title=ex.info.title), s.body))
            continue
        pages = fmt.page_range(*ctx.exhibit_pages(ex))
        out.append(p(t("complaint.attachment_line", label=ex.label, title=ex.info.title, pages=pages), s.body))
    return out


def _facts_and_grounds(ctx: Context) -> list[Flowable]:
    t, s, d = ctx.t, ctx.styles, ctx.case.data
    out: list[Flowable] = [p(t("complaint.facts"), s.h2), p(t("complaint.facts.facts"), s.h3)]
    out += [p(f"{n}. {line}", s.body) for n, line in enumerate(fact_lines(ctx), 1)]
    own = [line for line in d.facts.splitlines() if line.strip()]
    if own:
        out.append(p(t("complaint.own_account"), s.body))
        out += [p(line, s.body) for line in own]
    grounds = ground_lines(ctx)
    if grounds:
        out.append(p(t("complaint.facts.grounds"), s.h3))
        out += [p(line, s.body) for line in grounds]
    return out


def complaint(ctx: Context) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    out = [*section(ctx, "complaint"), p(t(f"complaint.intro.{ctx.recipient}"), s.body)]
    out += _parties(ctx)
    out.append(p(t("complaint.demands"), s.h2))
    out += [p(line, s.body) for line in demands(ctx)]
    out += _facts_and_grounds(ctx)
    out += _attachments(ctx)
    # The truth statement, the closing and the signature line stay together: a lone signature page
    # would look detached.
    signatures: list[Flowable] = [p(t("complaint.signature"), s.body)]
    if ctx.case.data.agent.name or ctx.authorisation:
        signatures += [Spacer(1, 10), p(t("complaint.signature_agent"), s.body)]
    out += [Spacer(1, 12), KeepTogether([
        p(t("complaint.truth"), s.body), Spacer(1, 6), p(t("complaint.closing"), s.body),
        p(recipient_name(ctx), s.body), Spacer(1, 18), *signatures])]
    return out
