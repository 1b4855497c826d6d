"""Escalation documents: the statement of claim (民事起诉状) and the evidence list (证据清单).

Both are drawn from the same case facts and exhibits as the bundle's complaint letter, in the court's
terms (原告 / 被告 instead of 投诉人 / 被投诉人). The statement of claim gives the parties, the requests
(诉讼请求: the outstanding refund, compensation where the check allows it, the costs), the facts and
reasons citing the exhibits, the complaints made so far, the court line, and the signature and date
lines (民事诉讼法 Art. 124: the evidence and its sources are in the attached list). The evidence list
follows Art. 19 of the Supreme People's Court's Provisions on Evidence in Civil Procedures: each item
numbered, with its name, source, what it proves, its pages and whether it is an original, signed and
dated. They are drafts: blanks are left for what the case does not know.

Also `document_story`: any of the four documents (complaint letter and letter of authorisation from
app/bundle/complaint.py and app/bundle/authorisation.py) as a story of its own, for PDF and DOCX alike.
"""

from __future__ import annotations

import math
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.bundle import fmt
from app.bundle.cover import platform_name
from app.bundle.facts import body_name, fact_lines, ground_lines
from app.bundle.model import Context, Exhibit
from app.bundle.styles import FRAME_H, FRAME_W, grid, p

DOCUMENTS = ("complaint", "claim", "evidence-list", "authorisation")
FORMATS = ("pdf", "docx")
MESSAGES_PER_PAGE = 30
LINES_PER_PAGE = 45

_COURT_WORDS = {
    "zh": (("被投诉人", "被告"), ("投诉人", "原告")),
    "en": (("The respondent", "The defendant"), ("the respondent", "the defendant"),
           ("The complainant", "The plaintiff"), ("the complainant", "the plaintiff")),
}


def in_court_terms(text: str, lang: str) -> str:
    """The complaint letter's parties named as a court names them (被投诉人 -> 被告, 投诉人 -> 原告)."""
    for old, new in _COURT_WORDS["zh" if lang == "zh" else "en"]:
        text = text.replace(old, new)
    return text


def _lines(ctx: Context, pairs: list[tuple[str, str]]) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    return [p(t(key, v=value or t("claim.blank")), s.body) for key, value in pairs]


def _parties(ctx: Context) -> list[Flowable]:
    t, s, d = ctx.t, ctx.styles, ctx.case.data
    out: list[Flowable] = [p(t("claim.plaintiff"), s.h2)]
    out += _lines(ctx, [("claim.name", d.consumer.name)])
    out.append(p(t("claim.person_blanks"), s.body))
    out += _lines(ctx, [("claim.id_number", d.consumer.id_number), ("claim.address", d.consumer.address),
                        ("claim.phone", d.consumer.phone)])
    out.append(p(t("claim.defendant"), s.h2))
    out += _lines(ctx, [("claim.defendant_name", d.merchant.name), ("claim.defendant_address", d.merchant.address)])
    out.append(p(t("claim.company_blanks"), s.body))
    if d.merchant.shop:
        out.append(p(t("claim.shop", shop=d.merchant.shop, platform=platform_name(ctx)), s.body))
    if d.merchant.contact:
        out += _lines(ctx, [("claim.contact", d.merchant.contact)])
    return out


def claim_requests(ctx: Context) -> list[str]:
    """诉讼请求: the refund still owed, compensation when the check allows it, the costs."""
    from app.bundle.complaint import outstanding

    t, check = ctx.t, ctx.check
    refund = outstanding(ctx)
    items = [t("claim.request.refund", amount=fmt.money(refund, t)) if refund else t("claim.request.refund_any")]
    if check.remedy == "refund_plus_compensation" and check.compensation > Decimal(0):
        items.append(t("claim.request.compensation", amount=fmt.money(check.compensation, t)))
    items.append(t("claim.request.costs"))
    return [f"{n}. {line}" for n, line in enumerate(items, 1)]


def complaint_history(ctx: Context) -> list[str]:
    """Each complaint made so far, in one sentence: where, when, its number, accepted, how it ended."""
    t, out = ctx.t, []
    for c in ctx.case.data.complaints:
        if c.filed_at is None:
            continue
        steps = ""
        if c.accepted_at is not None:
            steps += t("claim.history.accepted", date=fmt.date(c.accepted_at, t))
        if c.closed_at is not None:
            steps += t("claim.history.closed", date=fmt.date(c.closed_at, t),
                       outcome=t(f"claim.outcome.{c.outcome or 'closed'}"))
        elif c.outcome is None:
            steps += t("claim.history.open")
        number = t("key.complaint.number", number=c.number) if c.number else ""
        out.append(t("claim.history.line", date=fmt.date(c.filed_at, t), body=body_name(ctx, c.channel),
                     number=number, steps=steps))
    return out


def _facts(ctx: Context) -> list[Flowable]:
    t, s, d, lang = ctx.t, ctx.styles, ctx.case.data, ctx.lang
    out: list[Flowable] = [p(t("claim.facts"), s.h2)]
    out += [p(f"{n}. {in_court_terms(line, lang)}", s.body) for n, line in enumerate(fact_lines(ctx), 1)]
    history = complaint_history(ctx)
    if history:
        out.append(p(t("claim.history"), s.body))
        out += [p(line, s.body) for line in history]
    own = [line for line in d.facts.splitlines() if line.strip()]
    if own:
        out.append(p(t("claim.own_account"), s.body))
        out += [p(line, s.body) for line in own]
    grounds = ground_lines(ctx)
    if grounds:
        out.append(p(t("claim.grounds"), s.body))
        out += [p(in_court_terms(line, lang), s.body) for line in grounds]
    if d.refund.refused_at is not None:
        out.append(p(t("claim.limitation", date=fmt.date(d.refund.refused_at, t)), s.body))
    out.append(p(t("claim.basis"), s.body))
    if ctx.exhibits:
        out.append(p(t("claim.evidence", first=ctx.exhibits[0].label, last=ctx.exhibits[-1].label), s.body))
    else:
        out.append(p(t("claim.evidence_none"), s.body))
    return out


def claim(ctx: Context) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    out: list[Flowable] = [p(t("claim.title"), s.title)]
    out += _parties(ctx)
    out.append(p(t("claim.requests"), s.h2))
    out += [p(line, s.body) for line in claim_requests(ctx)]
    out += _facts(ctx)
    out += [Spacer(1, 10), KeepTogether([
        p(t("claim.closing"), s.body), p(t("claim.court"), s.body), p(t("claim.court_hint"), s.small),
        Spacer(1, 16), p(t("claim.signature"), s.body), p(t("claim.date"), s.body), Spacer(1, 8),
        p(t("claim.copies"), s.body)])]
    out += [Spacer(1, 10), p(t("claim.draft_note"), s.small)]
    return out


def exhibit_pages(ex: Exhibit) -> int | None:
    """How many pages the exhibit takes when printed as in the bundle (an estimate for pictures and logs)."""
    if ex.kind == "pdf":
        return len(ex.pdf_pages) or None
    if ex.kind == "image" and ex.original is not None:
        from app.bundle.images import ImageJob, estimate_image

        job = ImageJob(str(ex.original), "", (FRAME_W, FRAME_H * 0.85), (FRAME_W, FRAME_H))
        return max(1, len(estimate_image(job).pieces))
    if ex.kind == "chat":
        info = ex.info
        if info.messages:
            return max(1, math.ceil(len(info.messages) / MESSAGES_PER_PAGE))
        text = info.text if info.text is not None else ex.chat_text or ""
        return max(1, math.ceil((text.count("\n") + 1) / LINES_PER_PAGE))
    return None


def evidence_rows(ctx: Context) -> list[list[str]]:
    """Number, name, source, what it proves, pages, original or copy: one row per exhibit."""
    from app.rules.wording import EVIDENCE_WORDS, word

    t, rows = ctx.t, []
    for ex in ctx.exhibits:
        info = ex.info
        pages = exhibit_pages(ex)
        original = t("evlist.original_media") if ex.kind == "opaque" else t("evlist.original")
        rows.append([ex.label, info.title or info.original_name, info.source or t("evlist.source_unknown"),
                     info.proves or word(EVIDENCE_WORDS, info.kind, ctx.lang),
                     str(pages) if pages else t("none"), original])
    return rows


def evidence_list(ctx: Context) -> list[Flowable]:
    t, s, d = ctx.t, ctx.styles, ctx.case.data
    head = [t(f"evlist.col.{key}") for key in ("no", "name", "source", "proves", "pages", "original")]
    widths = [44, 110, 78, FRAME_W - 44 - 110 - 78 - 34 - 80, 34, 80]
    out: list[Flowable] = [
        p(t("evlist.title"), s.title),
        p(t("evlist.case_number"), s.body),
        p(t("evlist.party", name=d.consumer.name or t("claim.blank")), s.body),
        Spacer(1, 6),
        grid([head, *evidence_rows(ctx)], widths, s),
        Spacer(1, 8),
        p(t("evlist.note"), s.small),
        Spacer(1, 18),
        p(t("evlist.signature"), s.body),
        Spacer(1, 8),
        p(t("evlist.basis"), s.small),
    ]
    return out


def document_story(ctx: Context, which: str) -> list[Flowable]:
    """One document as a story of its own (no cover, no leading page break)."""
    from app.bundle.authorisation import authorisation
    from app.bundle.complaint import complaint

    makers = {"complaint": complaint, "claim": claim, "evidence-list": evidence_list,
              "authorisation": authorisation}
    if which not in makers:
        raise ValueError(f"unknown document {which!r} (known: {', '.join(DOCUMENTS)})")
    story = makers[which](ctx)
    while story and isinstance(story[0], PageBreak):
        story = story[1:]
    return story
