"""The joint bundle (共同投诉) and the written election of representatives (推选代表人书).

One PDF for the regulator: a cover, the joint complaint letter with the roster of complainants
(order, amount paid, amount claimed, contact through the representatives) and the totals, the
election page for signatures, an index of every complainant's exhibits, then the exhibits grouped
by complainant and numbered 证据A-1, A-2, B-1 …, and the same integrity appendix as a single bundle
(each file's full SHA-256). Exhibits are shown exactly as in a single bundle (app.bundle.exhibits).
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.bundle import fmt
from app.bundle.builder import BundleResult, build_document, give_text_layer
from app.bundle.cover import platform_name, recipient_name
from app.bundle.exhibits import exhibit
from app.bundle.facts import fact_lines, ground_lines
from app.bundle.joint_texts import JointTexts
from app.bundle.layout import Anchor, render, section
from app.bundle.manifest import integrity, manifest_csv
from app.bundle.masking import masked_case
from app.bundle.model import Cancelled, Context, Exhibit, PageMap
from app.bundle.plan import make_exhibits
from app.bundle.styles import FRAME_W, INK, grid, key_values, make_styles, p
from app.core.domain import RECIPIENTS, CaseData, CaseInfo, Consumer, Merchant
from app.core.fsutil import naming, temp_beside
from app.core.joint import JointInfo, JointMemberInfo
from app.core.timeutil import to_beijing
from app.evidence.vault import file_sha256
from app.rules.result import CheckResult

__all__ = ["JointMember", "JointRequest", "build_election", "build_joint_bundle"]


@dataclass
class JointMember:
    info: JointMemberInfo
    case: CaseInfo  # evidence in bundle order, trashed ones removed
    check: CheckResult
    originals: dict[int, Path]
    claimed: Decimal | None  # what this complainant asks for (refund, plus compensation where it applies)
    compensation: Decimal = Decimal("0.00")
    texts: dict[int, list[tuple[str, tuple[int, int, int, int]]]] = field(default_factory=dict)
    # evidence id -> page -> lines read on a scanned PDF page (as BundleRequest.pdf_texts)
    pdf_texts: dict[int, dict[int, list[tuple[str, tuple[int, int, int, int]]]]] = field(default_factory=dict)


@dataclass
class JointRequest:
    joint: JointInfo
    members: list[JointMember]  # in letter order
    as_of: datetime
    recipient: str = "market_regulator"
    lang: str = "zh"
    attach_originals: bool = False
    draft: bool = False  # every page marked 草稿 (Art. 10 material may still be missing)


@dataclass
class JointContext(Context):
    request: JointRequest | None = None
    first_of: dict[str, str] = field(default_factory=dict)  # letter -> key of its first exhibit


def _front_case(req: JointRequest) -> CaseInfo:
    """What the page furniture prints (the title in footers, the author): the joint complaint itself."""
    reps = "、".join(m.info.complainant for m in req.members if m.info.representative)
    data = CaseData(title=req.joint.title, consumer=Consumer(name=reps),
                    merchant=Merchant(name=req.joint.merchant_name, shop=req.joint.merchant_shop))
    return CaseInfo(id=req.joint.id, data=data, created_at=req.joint.created_at, updated_at=req.joint.updated_at)


def _exhibits(req: JointRequest, t: JointTexts) -> tuple[list[Exhibit], list[str], dict[str, str]]:
    exhibits: list[Exhibit] = []
    warnings: list[str] = []
    first_of: dict[str, str] = {}
    for member in req.members:
        own, warns = make_exhibits(masked_case(member.case), member.originals, t)
        letter = member.info.letter
        for ex in own:
            local = ex.number
            ex.number = len(exhibits) + 1
            ex.code = f"{letter}-{local}"
            ex.label = t("joint.label", letter=letter, n=local)
            give_text_layer(ex, member.texts, member.pdf_texts)
            if local == 1:
                ex.group = t("joint.group", letter=letter, name=member.info.complainant or member.case.data.title)
                first_of[letter] = ex.key
            exhibits.append(ex)
        warnings += [f"{letter}: {w}" for w in warns]
    return exhibits, warnings, first_of


def _context(req: JointRequest, cancel: Callable[[], bool] | None) -> tuple[JointContext, bytes, list[str]]:
    if req.recipient not in RECIPIENTS:
        raise ValueError(f"unknown recipient: {req.recipient!r}")
    t = JointTexts(req.lang)
    exhibits, warnings, first_of = _exhibits(req, t)
    manifest = manifest_csv(exhibits, by_label=True)
    short = hashlib.sha256(manifest).hexdigest()
    ctx = JointContext(
        case=_front_case(req), check=req.members[0].check, as_of=req.as_of, recipient=req.recipient, lang=req.lang,
        attach_originals=req.attach_originals, t=t, styles=make_styles(req.lang), exhibits=exhibits,
        bundle_id=f"J{req.joint.id}-{to_beijing(req.as_of):%Y%m%d}-{short[:8]}", manifest_sha=short,
        pages=PageMap(), cancel=cancel, request=req, first_of=first_of, draft=req.draft)
    return ctx, manifest, warnings


# ----- the sections -------------------------------------------------------------------------------------
def _req(ctx: Context) -> JointRequest:
    assert isinstance(ctx, JointContext) and ctx.request is not None
    return ctx.request


def _total(values: list[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal("0.00")) if present else None


def _first(req: JointRequest) -> str:
    return req.members[0].info.complainant or req.members[0].case.data.title


def _reps(req: JointRequest) -> list[JointMemberInfo]:
    return [m.info for m in req.members if m.info.representative]


def cover(ctx: Context) -> list[Flowable]:
    req, t, s = _req(ctx), ctx.t, ctx.styles
    none = t("none")
    rows = [
        (t("cover.respondent"), req.joint.merchant_name or none),
        (t("cover.shop"), req.joint.merchant_shop or none),
        (t("joint.cover.complainants"), t("joint.cover.complainants_value", first=_first(req), n=len(req.members))),
        (t("joint.cover.representatives"), "、".join(r.complainant for r in _reps(req)) or none),
        (t("joint.cover.paid"), fmt.money(_total([m.info.amount_paid for m in req.members]), t)),
        (t("joint.cover.claimed"), fmt.money(_total([m.claimed for m in req.members]), t)),
        (t("cover.date"), fmt.date(ctx.as_of, t)),
        (t("cover.bundle_id"), ctx.bundle_id),
        (t("cover.exhibits"), t("cover.exhibits_value", n=len(ctx.exhibits))),
        (t("cover.pages"), t("cover.pages_value", n=ctx.pages.total)),
    ]
    return [Anchor("cover", t("section.cover")), Spacer(1, 70), p(t("joint.bundle_title"), s.title),
            p(t("to", recipient=recipient_name(ctx)), s.center), Spacer(1, 6), p(req.joint.title, s.center),
            Spacer(1, 36), key_values(rows, [110, FRAME_W - 110], s.body, s.label), Spacer(1, 28),
            p(t("cover.note"), s.small)]


def roster(ctx: Context) -> list[Flowable]:
    req, t, s = _req(ctx), ctx.t, ctx.styles
    names = "、".join(r.complainant for r in _reps(req))
    rows = [[t("joint.col.letter"), t("joint.col.complainant"), t("joint.col.order"), t("joint.col.paid"),
             t("joint.col.claimed"), t("joint.col.contact")]]
    for m in req.members:
        info = m.info
        contact = t("joint.contact.self", phone=info.phone or t("none")) if info.representative else \
            t("joint.contact.via", names=names or t("none"))
        rows.append([info.letter, info.complainant or info.case_title, info.order_number or t("none"),
                     fmt.money(info.amount_paid, t), fmt.money(m.claimed, t), contact])
    rows.append([t("joint.total"), t("joint.total_people", n=len(req.members)), "",
                 fmt.money(_total([m.info.amount_paid for m in req.members]), t),
                 fmt.money(_total([m.claimed for m in req.members]), t), ""])
    widths = [FRAME_W * f for f in (0.08, 0.16, 0.22, 0.15, 0.15, 0.24)]
    last = len(rows) - 1
    return [p(t("joint.roster"), s.h2), grid(rows, widths, s, extra=[("LINEABOVE", (0, last), (-1, last), 0.8, INK)])]


def letter(ctx: Context) -> list[Flowable]:
    req, t, s = _req(ctx), ctx.t, ctx.styles
    j = req.joint
    none = t("none")
    out: list[Flowable] = [*section(ctx, "joint_letter"),
                           p(t("joint.letter.complainants", first=_first(req), n=len(req.members)), s.body)]
    for rep in _reps(req):
        out.append(p(t("joint.letter.representative", name=rep.complainant or none, phone=rep.phone or none,
                       address=rep.address or none), s.body))
    first_case = req.members[0].case.data
    out += [p(t("joint.letter.respondent", name=j.merchant_name or none), s.body)]
    if first_case.merchant.address:
        out.append(p(t("joint.letter.respondent_address", address=first_case.merchant.address), s.body))
    if j.merchant_shop:
        out.append(p(t("joint.letter.shop", shop=j.merchant_shop, platform=platform_name(ctx)), s.body))
    out += [Spacer(1, 6), p(t(f"joint.letter.basis.{ctx.recipient}", n=len(req.members)), s.body), *roster(ctx),
            p(t("joint.demands"), s.h2)]
    demands = [line.strip() for line in j.demands.splitlines() if line.strip()] or _drafted(ctx)
    out += [p(f"{n}. {line}" if not line[:1].isdigit() else line, s.body) for n, line in enumerate(demands, 1)]
    out += [p(t("joint.facts"), s.h2), *_joint_facts(ctx)]
    if ctx.exhibits:
        out.append(p(t("joint.facts.exhibits", first=ctx.exhibits[0].code, last=ctx.exhibits[-1].code), s.body))
    out += [Spacer(1, 8), p(t("joint.truth"), s.body), Spacer(1, 14)]
    out += [KeepTogether([p(t("joint.sign"), s.body), Spacer(1, 10)]) for _n in range(max(1, len(_reps(req))))]
    return out


def _member_context(ctx: Context, member: JointMember) -> Context:
    """The joint context narrowed to one complainant: their case, check and exhibits (labelled 证据A-1 …), so the
    single letter's third-person facts and grounds can be told for each."""
    own = [ex for ex in ctx.exhibits if ex.code.split("-", 1)[0] == member.info.letter]
    return replace(ctx, case=member.case, check=member.check, exhibits=own)


def _joint_facts(ctx: Context) -> list[Flowable]:
    """What the volunteer wrote for all (as typed), then each complainant's facts and grounds in the third person,
    each citing that complainant's exhibits, and their own account as they gave it."""
    req, t, s = _req(ctx), ctx.t, ctx.styles
    out = [p(line, s.body) for line in req.joint.facts.splitlines() if line.strip()]
    for member in req.members:
        one = _member_context(ctx, member)
        name = member.info.complainant or member.case.data.title
        out.append(p(t("joint.facts.member", letter=member.info.letter, name=name), s.h3))
        out += [p(t("joint.facts.facts"), s.body), *(p(f"{n}. {line}", s.body)
                                                     for n, line in enumerate(fact_lines(one), 1))]
        grounds = ground_lines(one)
        if grounds:
            out += [p(t("joint.facts.grounds"), s.body), *(p(line, s.body) for line in grounds)]
        own = [line for line in member.case.data.facts.splitlines() if line.strip()]
        if own:
            out += [p(t("complaint.own_account"), s.body), *(p(line, s.body) for line in own)]
    return out


def _drafted(ctx: Context) -> list[str]:
    req, t = _req(ctx), ctx.t
    items = [t("joint.demand.refund", amount=fmt.money(_total([m.claimed and m.claimed - m.compensation
                                                                for m in req.members]), t))]
    compensation = _total([m.compensation or None for m in req.members])
    if compensation:
        items.append(t("joint.demand.compensation", amount=fmt.money(compensation, t)))
    items.append(t(f"demand.mediate.{ctx.recipient}"))
    return items


def election(ctx: Context) -> list[Flowable]:
    req, t, s = _req(ctx), ctx.t, ctx.styles
    none = t("none")
    merchant = req.joint.merchant_name or req.joint.merchant_shop or none
    reps = [[t("election.col.name"), t("election.col.phone"), t("election.col.address")]]
    reps += [[r.complainant or none, r.phone or none, r.address or none] for r in _reps(req)] or [[none, "", ""]]
    signers = [[t("joint.col.letter"), t("joint.col.complainant"), t("election.col.order"),
                t("election.col.consent"), t("election.col.sign"), t("election.col.date")]]
    for m in req.members:
        i = m.info
        consent = t("election.consent", date=fmt.date(i.consented_at, t), how=i.consent_how or none) \
            if i.consented_at else t("election.consent_missing")
        signers.append([i.letter, i.complainant or i.case_title, i.order_number or none, consent, "", ""])
    sign_widths = [FRAME_W * f for f in (0.07, 0.15, 0.2, 0.24, 0.2, 0.14)]
    tall = [("TOPPADDING", (0, 1), (-1, -1), 10), ("BOTTOMPADDING", (0, 1), (-1, -1), 12)]
    return [*section(ctx, "election"),
            p(t("election.intro", merchant=merchant, n=len(req.members)), s.body), p(t("election.limits"), s.body),
            p(t("election.reps"), s.h2), grid(reps, [FRAME_W * f for f in (0.2, 0.25, 0.55)], s),
            p(t("election.signers"), s.h2), grid(signers, sign_widths, s, extra=tall), Spacer(1, 6),
            p(t("election.note"), s.small), p(fmt.date(ctx.as_of, t), s.body)]


def joint_index(ctx: Context) -> list[Flowable]:
    req, t, s = _req(ctx), ctx.t, ctx.styles
    names = {m.info.letter: m.info.complainant or m.case.data.title for m in req.members}
    rows = [[t("index.col.no"), t("joint.col.complainant"), t("index.col.title"), t("index.col.source"),
             t("index.col.proves"), t("index.col.pages")]]
    for ex in ctx.exhibits:
        info = ex.info
        rows.append([ex.code, names.get(ex.code.split("-", 1)[0], ""), info.title, info.source, info.proves,
                     fmt.page_range(*ctx.exhibit_pages(ex))])
    links = [("DESTINATION", (0, row), (-1, row), ex.key) for row, ex in enumerate(ctx.exhibits, 1)]
    widths = [FRAME_W * f for f in (0.09, 0.13, 0.25, 0.15, 0.25, 0.13)]
    return [*section(ctx, "joint_index"), p(t("index.note"), s.small), grid(rows, widths, s, extra=links)]


def story(ctx: Context) -> list[Flowable]:
    out = cover(ctx) + letter(ctx) + election(ctx) + joint_index(ctx)
    for ex in ctx.exhibits:
        out += exhibit(ex, ctx)
    return out + integrity(ctx)


def election_story(ctx: Context) -> list[Flowable]:
    return election(ctx)[1:]  # no page break before the first page


# ----- building -----------------------------------------------------------------------------------------
def build_joint_bundle(req: JointRequest, out: Path, progress: Callable[[int, int, str], None] | None = None,
                       cancel: Callable[[], bool] | None = None) -> BundleResult:
    out = Path(out)
    if cancel is not None and cancel():
        raise Cancelled()
    ctx, manifest, warnings = _context(req, cancel)
    return build_document(ctx, manifest, warnings, out, None, progress, story)


def build_election(req: JointRequest, out: Path) -> int:
    """The 推选代表人书 alone, for signatures before the complaint is filed; returns its pages."""
    out = Path(out)
    t = JointTexts(req.lang)
    ctx = JointContext(case=_front_case(req), check=req.members[0].check, as_of=req.as_of, recipient=req.recipient,
                       lang=req.lang, attach_originals=False, t=t, styles=make_styles(req.lang), exhibits=[],
                       bundle_id="", manifest_sha="", pages=PageMap(), request=req)
    ctx.pages = render(ctx, election_story, io.BytesIO(), save=False)
    temp = temp_beside(out)
    try:
        with naming(out):
            pages = render(ctx, election_story, str(temp))
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    file_sha256(out)
    return pages.total
