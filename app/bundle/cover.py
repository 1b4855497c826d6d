"""The cover page: to whom, from whom, about which order, and the bundle's identity."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.bundle import fmt
from app.bundle.layout import Anchor
from app.bundle.model import Context
from app.bundle.styles import FRAME_W, key_values, p


def platform_name(ctx: Context) -> str:
    key = f"platform.{ctx.case.data.platform}"
    return ctx.t(key) if ctx.t.has(key) else ctx.case.data.platform


def recipient_name(ctx: Context) -> str:
    return ctx.t(f"recipient.{ctx.recipient}")


def cover(ctx: Context) -> list[Flowable]:
    t, s, d = ctx.t, ctx.styles, ctx.case.data
    none = t("none")
    rows = [
        (t("cover.complainant"), d.consumer.name or none),
        (t("cover.respondent"), d.merchant.name or none),
        (t("cover.shop"), d.merchant.shop or none),
        (t("cover.platform"), platform_name(ctx)),
        (t("cover.order"), d.order.number or none),
        (t("cover.item"), d.order.item or none),
        (t("cover.amount"), fmt.money(d.order.amount, t)),
        (t("cover.date"), fmt.date(ctx.as_of, t)),
        (t("cover.bundle_id"), ctx.bundle_id),
        (t("cover.exhibits"), t("cover.exhibits_value", n=len(ctx.exhibits))),
        (t("cover.pages"), t("cover.pages_value", n=ctx.pages.total)),
    ]
    return [
        Anchor("cover", t("section.cover")),
        Spacer(1, 70),
        p(t("bundle_title"), s.title),
        p(t("to", recipient=recipient_name(ctx)), s.center),
        Spacer(1, 6),
        p(d.title, s.center),
        Spacer(1, 36),
        key_values(rows, [110, FRAME_W - 110], s.body, s.label),
        Spacer(1, 28),
        p(t("cover.note"), s.small),
    ]
