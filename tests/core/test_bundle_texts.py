"""The bundle's words: both languages complete, every character in the font, drafting rules."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from app.bundle.complaint import demands, drafted_demands
from app.bundle.facts import fact_lines, ground_lines, timeline_entries
from app.bundle.manifest import bundle_id, manifest_csv
from app.bundle.model import Context, PageMap
from app.bundle.pdf_fonts import MISSING, covered, markup
from app.bundle.plan import make_exhibits
from app.bundle.styles import make_styles
from app.bundle.texts import EN, ZH, Texts
from app.core.paths import font_path
from tests.bundle_fixtures import AS_OF, make_case, make_check

FIELD = re.compile(r"{(\w+)[^}]*}")


def test_both_languages_have_the_same_keys_and_fields() -> None:
    assert ZH.keys() == EN.keys()
    for key in ZH:
        assert set(FIELD.findall(ZH[key])) == set(FIELD.findall(EN[key])), key


def test_every_character_printed_is_in_the_font() -> None:
    chars = TTFont("check", str(font_path()), subfontIndex=0).face.charToGlyph
    for table in (ZH, EN):
        for key, text in table.items():
            missing = {c for c in text if ord(c) not in chars}
            assert not missing, (key, missing)


def test_covered_boxes_what_the_font_lacks() -> None:
    assert covered("退款😀") == "退款" + MISSING
    assert covered("👍🏽") == MISSING  # the skin tone modifier joins its emoji
    assert covered("❤️") == MISSING  # the variation selector vanishes
    assert markup("a<b>&\nc") == "a&lt;b&gt;&amp;<br/>c"


def _ctx(tmp_path: Path, **check_changes: object) -> Context:
    case, originals = make_case(tmp_path)
    t = Texts("zh")
    exhibits, _ = make_exhibits(case, originals, t)
    check = dataclasses.replace(make_check(), **check_changes)  # type: ignore[arg-type]
    return Context(case=case, check=check, as_of=AS_OF, recipient="market_regulator", lang="zh",
                   attach_originals=False, t=t, styles=make_styles("zh"), exhibits=exhibits, bundle_id="C12",
                   manifest_sha="0" * 64, pages=PageMap())


def test_drafted_demands_follow_the_remedy(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    assert drafted_demands(ctx)[:2] == ["退还课程费用199.00元。",
                                        "依照《中华人民共和国消费者权益保护法》第五十五条第一款，赔偿500.00元。"]
    ctx = _ctx(tmp_path, remedy="full_refund", refund_amount=Decimal("0"))
    drafted = drafted_demands(ctx)
    assert drafted[0] == "退还课程费用199.00元。"  # from the order when the check has no amount
    assert not any("赔偿" in line for line in drafted)


def test_user_demands_win_and_keep_their_numbers(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    ctx.case.data.demands = "（一）退还199元\n（二）赔礼道歉"
    assert demands(ctx) == ["（一）退还199元", "（二）赔礼道歉"]
    ctx.case.data.demands = "退还199元\n赔礼道歉"
    assert demands(ctx) == ["1. 退还199元", "2. 赔礼道歉"]


def test_facts_name_dates_and_the_exhibits_that_prove_them(tmp_path: Path) -> None:
    facts = "".join(fact_lines(_ctx(tmp_path)))
    for part in ("2026年11月1日", "AI绘画小课堂", "KS2026110112345678", "支付199.00元（证据1）",
                 "2026年11月3日开课（证据4）", "实际情况不符（证据2、证据6）",
                 "2026年11月2日向被投诉人申请退款（证据5）",
                 "拒绝退款", "学习进度约为 5%"):
        assert part in facts, part
    assert "你" not in facts


def test_grounds_are_the_met_rules_with_their_sources(tmp_path: Path) -> None:
    grounds = ground_lines(_ctx(tmp_path))
    assert len(grounds) == 2
    assert grounds[0].startswith("1. 课程七日无理由退款：") and "《快手课程类商品售后规则》第四条" in grounds[0]
    assert "虚假或者引人误解的宣传诱使投诉人购买（证据2、证据6）" in grounds[1]


def test_a_missed_refund_deadline_is_stated_as_a_fact(tmp_path: Path) -> None:
    from app.rules.result import Deadline

    due = Deadline("kuaishou.refund_in_3_days", AS_OF - timedelta(days=15), True, "退款处理期限", True,
                   "快手退款政策公开培训资料（3日内审核退款）")
    ctx = _ctx(tmp_path, deadlines=[due], refund_overdue=True)
    ctx.case.data.refund.status = "pending"
    facts = "".join(fact_lines(ctx))
    assert "依照快手退款政策公开培训资料（3日内审核退款），被投诉人应于2026-11-05" in facts
    assert "截至2026年11月20日，被投诉人仍未退款" in facts
    assert any(e.text == "退款期限届满，被投诉人未退款" for e in timeline_entries(ctx))


def test_partial_refund_ground_is_the_computed_amount(tmp_path: Path) -> None:
    from app.rules.result import RuleVerdict

    partial = RuleVerdict("kuaishou.after_start_partial", "met", "partial_refund",
                          "已开课；按未学部分退款：¥199.00 ×（100% − 40%）= ¥119.40", "培训资料（本应用的理解）",
                          title="开课后按进度退款", refund=Decimal("119.40"))
    ctx = _ctx(tmp_path, rules=[partial], remedy="partial_refund", refund_amount=Decimal("119.40"))
    assert ground_lines(ctx) == ["1. 开课后按进度退款：已开课；按未学部分退款：¥199.00 ×（100% − 40%）= ¥119.40。"
                                 "依据：培训资料（本应用的理解）。"]


def test_manifest_and_bundle_id(tmp_path: Path) -> None:
    ctx = _ctx(tmp_path)
    data = manifest_csv(ctx.exhibits)
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 7
    assert re.fullmatch(r"C12-20261120-[0-9a-f]{8}", bundle_id(12, AS_OF, data))
    assert bundle_id(12, AS_OF, data) != bundle_id(12, AS_OF, data + b"x")


def test_the_timeline_has_the_refusal_and_each_complaint(tmp_path: Path) -> None:
    from app.core.domain import Complaint

    ctx = _ctx(tmp_path)
    data = ctx.case.data
    data.refund.refused_at = AS_OF - timedelta(days=17, hours=3)
    data.complaints = [
        Complaint("platform", filed_at=AS_OF - timedelta(days=16, hours=5),
                  closed_at=AS_OF - timedelta(days=15, hours=5), outcome="refused"),
        Complaint("market_regulator", filed_at=AS_OF - timedelta(days=14, hours=5), number="1231500001",
                  accepted_at=AS_OF - timedelta(days=10, hours=5)),
    ]
    texts = [e.text for e in timeline_entries(ctx)]
    for line in ("被投诉人拒绝退款", "投诉人向快手平台投诉", "快手平台的投诉处理终结：不予受理",
                 "投诉人向市场监督管理部门投诉（编号1231500001）", "市场监督管理部门受理投诉（编号1231500001）"):
        assert line in texts, line
    assert texts.index("投诉人向快手平台投诉") < texts.index("市场监督管理部门受理投诉（编号1231500001）")
