"""The fact reader on screenshots unlike the ones it was built on (tests/ocr_wild.py): other phone sizes,
grey pages, status and navigation bars, thousands separators, discount rows, a wrapped title, a bill list
and a refund. Every proposed fact must be the truth; a fact the picture states plainly must be found."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.evidence.ocr.engine import Engine
from app.evidence.ocr.facts import guess_kind, read_facts
from app.evidence.ocr.worker import read_image_here
from app.services.reading import reading_of
from tests.core.test_ocr import L
from tests.ocr_wild import SIZES, draw


@pytest.mark.parametrize(("kind", "size", "suffix"), [
    ("kuaishou", "1080", ".jpg"),  # 进店 beside the shop, 店铺优惠 -¥100.00, the title on two lines, a photo
    ("jd", "720", ".png"),  # a 商品信息 header above the shop, 订单号：… on one line, 实付款 after a coupon
    ("wechat_list", "720", ".png"),  # the payment and its refund: two amounts, no fact
    ("wechat_refund", "720", ".jpg"),  # +640.00 back: not the price; 交易时间 is the refund's
])
def test_drawn_screens_give_exactly_the_truth(ocr_engine: Engine, tmp_path: Path, kind: str, size: str,
                                              suffix: str) -> None:
    img, truth = draw(kind, SIZES[size], "noto" if suffix == ".png" else "wqy")
    path = tmp_path / f"{kind}{suffix}"
    img.save(path, quality=85) if suffix == ".jpg" else img.save(path)
    reading = reading_of(str(path), read_image_here(str(path), ocr_engine))
    assert reading.kind == truth.kind
    assert {k: f.value for k, f in reading.facts.items()} == truth.facts
    text = "".join(ln.text for ln in reading.lines).replace(" ", "")
    assert all(word in text for word in truth.words)


def test_two_character_labels_need_a_break_after_them() -> None:
    """店铺优惠 is a discount, 商品信息 a header, 商家已发货 a status: none is the shop or the item."""
    lines = [L("订单详情", 300, 50), L("商品信息", 40, 120), L("商家已发货", 40, 180),
             L("店铺优惠", 40, 300), L("-¥100.00", 600, 300), L("实付款", 40, 360), L("¥1,180.00", 600, 360),
             L("店铺：乐学书法", 40, 420, 300), L("商品 硬笔书法课", 40, 480, 300)]
    facts = {k: f.value for k, f in read_facts(lines).facts.items()}
    assert facts == {"order.amount": "1180.00", "merchant.shop": "乐学书法", "order.item": "硬笔书法课"}


def test_paid_amount_wins_over_the_order_total() -> None:
    lines = [L("订单详情", 300, 50), L("订单金额", 40, 300), L("¥1,280.00", 600, 300), L("优惠券", 40, 360),
             L("-¥100.00", 600, 360), L("实付款", 40, 420), L("¥1,180.00", 600, 420)]
    assert read_facts(lines).facts["order.amount"].value == "1180.00"
    alone = [L("订单详情", 300, 50), L("订单编号", 40, 200), L("1234567890123", 200, 200), L("订单金额", 40, 300),
             L("¥1,280.00", 600, 300)]
    assert read_facts(alone).facts["order.amount"].value == "1280.00"


def test_refund_page_times_and_amounts() -> None:
    """On a refund's page only 支付时间 says when it was paid; a big +amount is money back, not the price."""
    refund = [L("账单详情", 300, 50), L("+640.00", 280, 150, 300, 90), L("当前状态", 40, 300), L("已退款", 200, 300),
              L("交易时间", 40, 360), L("2026-03-08 10:15:02", 200, 360, 400),
              L("商户全称", 40, 420), L("深圳市优课文化传播有限公司", 200, 420, 400)]
    facts = read_facts(refund).facts
    assert "order.amount" not in facts and "order.paid_at" not in facts
    assert facts["merchant.name"].value == "深圳市优课文化传播有限公司"
    paid = [L("订单详情", 300, 50), L("退款成功", 40, 100), L("订单编号", 40, 200), L("5012345678901", 200, 200),
            L("支付时间", 40, 260), L("2026/03/05 14:02", 200, 260, 400)]
    assert read_facts(paid).facts["order.paid_at"].value == "2026-03-05T14:02:00+08:00"
    assert guess_kind([L("账单", 300, 50), L("支出 ¥1,280.00 收入 ¥640.00", 40, 120, 400),
                       L("3月8日 10:15", 40, 200), L("优课精品店-退款", 40, 160), L("+640.00", 600, 170)]) == "payment"
