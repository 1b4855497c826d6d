"""The rule check (规则核对): every rule with verdict, reason and source; deadlines; next steps."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from app.bundle import fmt
from app.bundle.layout import section
from app.bundle.model import Context
from app.bundle.pdf_fonts import FONT
from app.bundle.styles import ACCENT, FRAME_W, grid, p


def _label(ctx: Context, key: str, prefix: str) -> str:
    """A translated label for a code (verdict, remedy, kind, field); the code itself if unknown."""
    full = f"{prefix}.{key}"
    return ctx.t(full) if ctx.t.has(full) else key


def _rules(ctx: Context) -> list[Flowable]:
    t = ctx.t
    rows = [[t("findings.col.rule"), t("findings.col.verdict"), t("findings.col.reason"), t("findings.col.source")]]
    for r in ctx.check.rules:
        rows.append([r.title or r.id, _label(ctx, r.verdict, "verdict"), r.reason, r.source])
    widths = [FRAME_W * f for f in (0.22, 0.1, 0.43, 0.25)]
    return [p(t("findings.rules"), ctx.styles.h2), grid(rows, widths, ctx.styles)]


def _deadlines(ctx: Context) -> list[Flowable]:
    t = ctx.t
    if not ctx.check.deadlines:
        return []
    rows = [[t("findings.col.deadline"), t("findings.col.due"), t("findings.col.state")]]
    for d in ctx.check.deadlines:
        rows.append([d.title or d.id, fmt.stamp(d.due), t("findings.passed" if d.passed else "findings.open")])
    widths = [FRAME_W * f for f in (0.55, 0.3, 0.15)]
    return [p(t("findings.deadlines"), ctx.styles.h2), grid(rows, widths, ctx.styles)]


def _lists(ctx: Context) -> list[Flowable]:
    t, s, check = ctx.t, ctx.styles, ctx.check
    out: list[Flowable] = []
    if check.missing_evidence:
        out.append(p(t("findings.missing_evidence"), s.h2))
        out += [p("· " + _label(ctx, k, "kind"), s.body) for k in check.missing_evidence]
    if check.missing_fields:
        out.append(p(t("findings.missing_fields"), s.h2))
        out += [p("· " + _label(ctx, f, "field"), s.body) for f in check.missing_fields]
    if check.next_steps:
        out.append(p(t("findings.next_steps"), s.h2))
        for i, step in enumerate(check.next_steps, 1):
            out.append(KeepTogether([p(f"{i}. {step.title}", s.body), p(step.text, s.small), Spacer(1, 4)]))
    if check.info:
        out.append(p(t("findings.info"), s.h2))
        for note in check.info:
            out.append(KeepTogether([p(note.title, s.body), p(note.text, s.small), p(note.source, s.small)]))
    return out


def _warning(ctx: Context) -> Flowable:
    t, s = ctx.t, ctx.styles
    text = ctx.check.scam_warning.strip() or t("findings.warning_default")
    box = Table([[p(t("findings.warning"), s.warn)], [p(text, s.body)]], colWidths=[FRAME_W])
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BOX", (0, 0), (-1, -1), 1, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return box


def findings(ctx: Context) -> list[Flowable]:
    t, s, check = ctx.t, ctx.styles, ctx.check
    summary = t("findings.summary", remedy=_label(ctx, check.remedy, "remedy"),
                refund=fmt.money(check.refund_amount, t), compensation=fmt.money(check.compensation, t))
    out = [*section(ctx, "findings"), p(t("findings.intro", date=fmt.date(check.as_of, t)), s.small),
           Spacer(1, 4), p(summary, s.body)]
    if check.refund_overdue:
        out.append(p(t("findings.overdue"), s.warn))
    out += _rules(ctx) + _deadlines(ctx) + _lists(ctx)
    out += [Spacer(1, 12), _warning(ctx)]
    if check.packs:
        out += [Spacer(1, 8), p(t("findings.packs", packs=t("facts.list_sep").join(check.packs)), s.small)]
    return out
