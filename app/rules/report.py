"""A CheckResult as a plain-text report for the terminal, in the result's language."""

from __future__ import annotations

from app.rules.result import CheckResult, Deadline, RuleVerdict
from app.rules.wording import EVIDENCE_WORDS, FIELD_WORDS, REMEDY_WORDS, VERDICT_WORDS, money, pick, when, word

_LABELS: dict[str, tuple[str, str]] = {
    "heading": ("退款规则检查报告", "Refund rule check"),
    "as_of": ("检查时间", "Checked at"),
    "beijing": ("（北京时间）", " (Beijing time)"),
    "packs": ("适用规则包", "Rule packs"),
    "summary": ("结论", "Summary"),
    "remedy": ("可主张", "What you can ask for"),
    "refund": ("应退金额", "Refund due"),
    "compensation": ("可主张的赔偿", "Compensation you may claim"),
    "needs_proof": (
        "主张赔偿需要证明宣传虚假或引人误解的证据（宣传截图、直播录屏等），目前案件中还没有宣传材料。",
        "Claiming compensation needs proof that the promotion was false or misleading (screenshots, live-stream "
        "recordings); the case has no promotion material yet.",
    ),
    "no_amount": (
        "订单金额未填写，无法计算金额；金额显示为¥0.00，并不表示不能退款。",
        "The order amount is missing, so no figure can be given; ¥0.00 here does not mean no refund is due.",
    ),
    "rules": ("逐条规则", "Rules"),
    "reason": ("理由", "Why"),
    "explanation": ("规则内容", "The rule"),
    "source": ("依据", "Source"),
    "gives": ("对应救济", "Remedy"),
    "deadlines": ("期限", "Deadlines"),
    "passed": ("已过", "passed"),
    "open": ("未到", "not yet passed"),
    "estimated": (
        "估算：该年的法定节假日安排尚未公布，暂按周一至周五为工作日计算",
        "an estimate: that year's official holidays are not published yet, so Monday to Friday are counted "
        "as working days",
    ),
    "overdue": (
        "退款已超过应到账的期限，仍未到账。",
        "The refund is overdue: it should have arrived by now.",
    ),
    "no_deadlines": ("缺少计算期限所需的时间。", "Not enough dates to compute any deadline."),
    "missing_evidence": ("还缺少的证据", "Evidence still missing"),
    "missing_fields": ("还缺少的信息", "Details still missing"),
    "none": ("无", "None"),
    "next_steps": ("下一步", "Next steps"),
    "no_steps": ("目前没有需要采取的行动。", "Nothing to do right now."),
    "scam": ("防骗提醒", "Scam warning"),
    "info": ("须知", "Good to know"),
}


def needs_promotion_proof(r: CheckResult) -> bool:
    """Compensation for false promotion is claimed, but no promotion material is in the case."""
    return r.remedy == "refund_plus_compensation" and "promo" in r.missing_evidence


def _t(key: str, lang: str) -> str:
    return pick(lang, _LABELS[key])


def _heading(key: str, lang: str) -> list[str]:
    text = _t(key, lang)
    return ["", f"【{text}】" if lang == "zh" else f"== {text} =="]


def _colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def _summary(r: CheckResult) -> list[str]:
    lang, c = r.lang, _colon(r.lang)
    lines = _heading("summary", lang)
    lines.append(f"{_t('remedy', lang)}{c}{word(REMEDY_WORDS, r.remedy, lang)}")
    if r.remedy in ("none", "unknown"):
        return lines
    if not r.amount_known:
        return [*lines, _t("no_amount", lang)]
    # Net of what was already refunded; each rule below shows its gross figure.
    lines.append(f"{_t('refund', lang)}{c}{money(r.refund_amount)}")
    if r.remedy == "refund_plus_compensation":
        lines.append(f"{_t('compensation', lang)}{c}{money(r.compensation)}")
        if needs_promotion_proof(r):
            lines.append(_t("needs_proof", lang))
    return lines


def _rule(n: int, v: RuleVerdict, lang: str) -> list[str]:
    c = _colon(lang)
    sep = " —— " if lang == "zh" else " - "
    title = v.title or v.id
    lines = [f"{n}. {title}{sep}{word(VERDICT_WORDS, v.verdict, lang)}  [{v.id}]"]
    lines.append(f"   {_t('reason', lang)}{c}{v.reason}")
    if v.explanation:
        lines.append(f"   {_t('explanation', lang)}{c}{v.explanation}")
    if v.source:
        lines.append(f"   {_t('source', lang)}{c}{v.source}")
    if v.remedy:
        amount = ""
        if v.verdict == "met" and v.refund is not None:
            amount = f" {money(v.refund)}"
            if v.compensation is not None:
                amount += f" + {money(v.compensation)}"
        lines.append(f"   {_t('gives', lang)}{c}{word(REMEDY_WORDS, v.remedy, lang)}{amount}")
    return lines


def _deadline(d: Deadline, lang: str) -> list[str]:
    state = _t("passed" if d.passed else "open", lang)
    title = d.title or d.id
    sep = "，" if lang == "zh" else ", "
    estimate = f"{sep}{_t('estimated', lang)}" if d.estimated else ""
    lines = [f"- {title}{_colon(lang)}{when(d.due)}{_t('beijing', lang)}{sep}{state}{estimate}"]
    if d.source:
        lines.append(f"  {_t('source', lang)}{_colon(lang)}{d.source}")
    return lines


def _listing(key: str, items: list[str], lang: str) -> list[str]:
    return [*_heading(key, lang), *([f"- {i}" for i in items] or [_t("none", lang)])]


def render_text(result: CheckResult) -> str:
    """Headings, verdicts with reasons and sources, amounts, deadlines, gaps, steps, scam warning."""
    lang, c = result.lang, _colon(result.lang)
    lines = [_t("heading", lang), f"{_t('as_of', lang)}{c}{when(result.as_of)}{_t('beijing', lang)}"]
    if result.packs:
        lines.append(f"{_t('packs', lang)}{c}{('；' if lang == 'zh' else '; ').join(result.packs)}")
    lines += _summary(result)
    lines += _heading("rules", lang)
    for n, verdict in enumerate(result.rules, start=1):
        lines += _rule(n, verdict, lang)
    lines += _heading("deadlines", lang)
    lines += [line for d in result.deadlines for line in _deadline(d, lang)] or [_t("no_deadlines", lang)]
    if result.refund_overdue:
        lines.append(f"! {_t('overdue', lang)}")
    lines += _listing("missing_evidence", [word(EVIDENCE_WORDS, k, lang) for k in result.missing_evidence], lang)
    lines += _listing("missing_fields", [word(FIELD_WORDS, f, lang) for f in result.missing_fields], lang)
    lines += _heading("next_steps", lang)
    for n, step in enumerate(result.next_steps, start=1):
        lines.append(f"{n}. {step.title}")
        if step.text:
            lines.append(f"   {step.text}")
    if not result.next_steps:
        lines.append(_t("no_steps", lang))
    lines += [*_heading("scam", lang), result.scam_warning]
    if result.info:
        lines += _heading("info", lang)
        for note in result.info:
            lines.append(f"- {note.title}{c}{note.text}")
            if note.source:
                lines.append(f"  {_t('source', lang)}{c}{note.source}")
    return "\n".join(lines) + "\n"
