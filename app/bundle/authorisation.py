"""The letter of authorisation (授权委托书) for a complaint filed through an agent.

Art. 11 of 《市场监督管理投诉举报处理办法》 (2026) asks for the original letter of authorisation
with the agent's proof of identity; 《民法典》 Art. 165 says what it states: the agent's name, the
matters, the powers and the term, signed by the principal. The page is printed from the case and
signed by hand; what the case does not know is left as a line to fill in.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.bundle.cover import recipient_name
from app.bundle.layout import section
from app.bundle.model import Context
from app.bundle.styles import FRAME_W, key_values, p

BLANK = "________________"


def authorisation(ctx: Context) -> list[Flowable]:
    t, s, d = ctx.t, ctx.styles, ctx.case.data
    consumer, agent = d.consumer, d.agent
    item = t("auth.item", item=d.order.item) if d.order.item else t("auth.item_any")
    order = t("auth.order", number=d.order.number) if d.order.number else ""
    merchant = d.merchant.name or d.merchant.shop or BLANK
    principal = [
        (t("auth.principal"), consumer.name or BLANK),
        (t("auth.id_number"), consumer.id_number or BLANK),
        (t("auth.phone"), consumer.phone or BLANK),
        (t("auth.address"), consumer.address or BLANK),
    ]
    agent_rows = [
        (t("auth.agent"), agent.name or BLANK),
        (t("auth.id_number"), agent.id_number or BLANK),
        (t("auth.phone"), agent.phone or BLANK),
    ]
    widths = [110, FRAME_W - 110]
    return [
        *section(ctx, "authorisation"),
        key_values(principal, widths, s.body, s.label),
        Spacer(1, 8),
        key_values(agent_rows, widths, s.body, s.label),
        Spacer(1, 12),
        p(t("auth.intro", agent=agent.name or BLANK), s.body),
        p(t("auth.matters_head"), s.h2),
        p(t("auth.matters", recipient=recipient_name(ctx), merchant=merchant, item=item, order=order), s.body),
        p(t("auth.powers_head"), s.h2),
        p(t("auth.powers"), s.body),
        p(t("auth.term_head"), s.h2),
        p(t("auth.term"), s.body),
        Spacer(1, 8),
        p(t("auth.basis"), s.small),
        Spacer(1, 30),
        p(t("auth.sign_principal"), s.body),
        Spacer(1, 14),
        p(t("auth.sign_agent"), s.body),
    ]
