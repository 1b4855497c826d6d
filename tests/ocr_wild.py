"""Screenshots unlike tests/ocr_screens.py's, for checking the fact reader on layouts it was not built on.

Other phone sizes (720×1600, 1080×2400, 1242×2688, 1440×3200), a status bar with network and battery,
a title bar with a back arrow, Android navigation buttons or a home indicator, grey page backgrounds
with white cards, amounts with thousands separators (¥1,280.00, -1,280.00), times written both ways
(2026年3月5日 14:02, 2026-03-05 14:02:33), discount rows whose labels begin like a fact's (店铺优惠,
商品信息), a bill list with a refund. Each maker returns the facts a careful reader would take from
the picture (Truth): a fact the picture does not state unambiguously is not in it.

`PYTHONPATH=. .venv/bin/python tests/ocr_wild.py` draws all of them at every size (28 files) and checks
what `python -m app scan --json` proposes against the truth.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PIL import Image

from tests.ocr_screens import NOTO, WQY, Canvas, Theme, Truth

GREY = Theme((242, 242, 242), (255, 255, 255), (33, 33, 33), (136, 136, 136), (255, 80, 0))
SIZES = {"720": (720, 1600), "1080": (1080, 2400), "1242": (1242, 2688), "1440": (1440, 3200)}


def _chrome(c: Canvas, title: str, android: bool) -> None:
    """Status bar (time, 5G, battery), a title bar with a back arrow, and the phone's navigation."""
    t = c.theme
    c.text(22, 12, "14:07", 13, bold=True)
    c.text(c.width_pt - 96, 12, "5G", 11, bold=True)
    c.text(c.width_pt - 60, 12, "87%", 11)
    c.rect(c.width_pt - 32, 14, c.width_pt - 12, 24, t.text, 2)
    c.rect(0, 36, c.width_pt, 80, t.card)
    arrow = [(26 * c.s, 50 * c.s), (18 * c.s, 58 * c.s), (26 * c.s, 66 * c.s)]
    c.d.line(arrow, fill=t.text, width=max(2, round(2 * c.s)))
    c.text(c.width_pt / 2, 48, title, 17, bold=True, anchor="ma")
    if android:  # three buttons drawn as shapes
        y = c.height_pt - 24
        c.rect(0, c.height_pt - 44, c.width_pt, c.height_pt, (250, 250, 250))
        c.d.polygon([(90 * c.s, y * c.s), (102 * c.s, (y - 8) * c.s), (102 * c.s, (y + 8) * c.s)], fill=t.sub)
        c.d.ellipse([(187 * c.s, (y - 8) * c.s), (203 * c.s, (y + 8) * c.s)], outline=t.sub, width=2)
        c.rect(290, y - 7, 304, y + 7, t.sub)
    else:  # home indicator
        c.rect(c.width_pt / 2 - 67, c.height_pt - 12, c.width_pt / 2 + 67, c.height_pt - 7, t.text, 3)


def kuaishou_detail(c: Canvas) -> Truth:
    """Kuaishou 订单详情: shop with 进店, a product card, the price list with 店铺优惠, 订单信息 with 下单时间
    only (no payment time: none may be proposed)."""
    t = c.theme
    _chrome(c, "订单详情", android=True)
    c.text(20, 96, "交易成功", 20, bold=True)
    c.text(20, 126, "感谢您的购买，期待再次光临", 12, t.sub)
    c.rect(10, 156, c.width_pt - 10, 330, t.card, 12)
    c.text(24, 170, "乐学书法旗舰店", 15, bold=True)
    c.text(c.width_pt - 24, 172, "进店 >", 12, t.sub, anchor="ra")
    c.rect(24, 206, 104, 286, (210, 190, 160), 6)
    long = c.w >= 1080  # the title wraps onto a second line, the size below it
    c.text(114, 208, "硬笔书法21天速成课", 15)
    if long:
        c.text(114, 230, "零基础入门练字套装", 15)
    c.text(114, 258 if long else 236, "规格：标准版", 12, t.sub)
    c.text(c.width_pt - 24, 208, "¥1,380.00", 15, anchor="ra")
    c.text(c.width_pt - 24, 234, "×1", 12, t.sub, anchor="ra")
    c.rect(10, 342, c.width_pt - 10, 500, t.card, 12)
    rows = [("商品总价", "¥1,380.00", 14, False), ("运费", "¥0.00", 14, False), ("店铺优惠", "-¥100.00", 14, False),
            ("实付款", "¥1,280.00", 16, True)]
    for i, (k, v, pt, bold) in enumerate(rows):
        c.text(24, 356 + i * 34, k, pt, t.text if bold else t.sub, bold=bold)
        c.text(c.width_pt - 24, 356 + i * 34, v, pt, t.accent if bold else t.text, bold=bold, anchor="ra")
    c.rect(10, 512, c.width_pt - 10, 660, t.card, 12)
    c.text(24, 526, "订单信息", 15, bold=True)
    rows2 = [("订单编号", "2603051402339187"), ("下单时间", "2026-03-05 14:02:33"), ("支付方式", "快手支付")]
    for i, (k, v) in enumerate(rows2):
        c.text(24, 562 + i * 32, k, 13, t.sub)
        c.text(c.width_pt - 24, 562 + i * 32, v, 13, anchor="ra")
    c.text(c.width_pt - 130, c.height_pt - 100, "申请售后", 14)
    c.text(c.width_pt - 24, c.height_pt - 100, "联系商家", 14, anchor="ra")
    item = "硬笔书法21天速成课零基础入门练字套装" if long else "硬笔书法21天速成课"
    facts = {"order.number": "2603051402339187", "order.amount": "1280.00", "order.item": item,
             "order.channel": "快手支付", "merchant.shop": "乐学书法旗舰店"}
    return Truth("order", facts, ["实付款", "2603051402339187"])


def wechat_detail(c: Canvas) -> Truth:
    """WeChat Pay 账单详情 on grey: a big -1,280.00, the time in 年月日 without seconds."""
    t = c.theme
    _chrome(c, "账单详情", android=False)
    c.rect(0, 80, c.width_pt, 560, t.card)
    c.rect(c.width_pt / 2 - 20, 100, c.width_pt / 2 + 20, 140, (90, 170, 90), 20)
    c.text(c.width_pt / 2, 150, "启明星学苑", 15, anchor="ma")
    c.text(c.width_pt / 2, 180, "-1,280.00", 32, bold=True, anchor="ma")
    rows = [("当前状态", "支付成功"), ("支付时间", "2026年3月5日 14:02"), ("商品", "少儿口才表达系统课"),
            ("商户全称", "上海启明星教育咨询有限公司"), ("收单机构", "财付通支付科技有限公司"),
            ("支付方式", "零钱"), ("交易单号", "4200002631202603051402330001"), ("商户单号", "QM20260305140233")]
    for i, (k, v) in enumerate(rows):
        c.text(22, 250 + i * 34, k, 13, t.sub)
        c.text(104, 250 + i * 34, v, 13)
    facts = {"order.amount": "1280.00", "order.paid_at": "2026-03-05T14:02:00+08:00",
             "order.item": "少儿口才表达系统课", "order.channel": "微信支付",
             "merchant.name": "上海启明星教育咨询有限公司"}
    return Truth("payment", facts, ["商户全称", "上海启明星教育咨询有限公司"])


def alipay_detail(c: Canvas) -> Truth:
    """Alipay 账单详情 with 创建时间 (not the payment time) and 订单号 (Alipay's, not the shop's order number)."""
    t = c.theme
    _chrome(c, "账单详情", android=True)
    c.rect(10, 92, c.width_pt - 10, 620, t.card, 12)
    c.text(c.width_pt / 2, 110, "博学英语", 14, t.sub, anchor="ma")
    c.text(c.width_pt / 2, 136, "-1,280.00", 30, bold=True, anchor="ma")
    c.text(c.width_pt / 2, 184, "交易成功", 13, t.sub, anchor="ma")
    rows = [("付款方式", "花呗"), ("商品说明", "30天英语速成课"), ("收款方全称", "北京博学在线网络科技有限公司"),
            ("账单分类", "教育培训"), ("创建时间", "2026-03-05 14:02:33"), ("订单号", "2026030522001412345678901234")]
    for i, (k, v) in enumerate(rows):
        c.text(24, 226 + i * 42, k, 13, t.sub)
        c.text(c.width_pt - 24, 226 + i * 42, v, 13, anchor="ra")
    facts = {"order.amount": "1280.00", "order.item": "30天英语速成课", "order.channel": "支付宝",
             "merchant.name": "北京博学在线网络科技有限公司"}
    return Truth("payment", facts, ["收款方全称", "北京博学在线网络科技有限公司"])


def jd_order(c: Canvas) -> Truth:
    """A JD-like 订单详情: labels with a colon on one line (订单号：…), 商品总额, 优惠券, a 商品信息 header,
    实付款 after discounts, 下单时间 and 支付时间."""
    t = c.theme
    _chrome(c, "订单详情", android=False)
    c.text(20, 96, "已完成", 20, bold=True)
    c.rect(10, 136, c.width_pt - 10, 320, t.card, 10)
    c.text(24, 150, "商品信息", 14, t.sub)
    c.text(24, 176, "智汇理财京东自营旗舰店 >", 15, bold=True)
    c.rect(24, 210, 100, 286, (190, 200, 220), 6)
    c.text(110, 212, "理财进阶实战课程", 14)
    c.text(c.width_pt - 24, 212, "¥1,280.00", 14, anchor="ra")
    c.text(c.width_pt - 24, 238, "×1", 12, t.sub, anchor="ra")
    c.rect(10, 332, c.width_pt - 10, 470, t.card, 10)
    rows = [("商品总额", "¥1,280.00"), ("运费", "+¥0.00"), ("优惠券", "-¥100.00"), ("实付款", "¥1,180.00")]
    for i, (k, v) in enumerate(rows):
        c.text(24, 346 + i * 30, k, 13, t.sub if i < 3 else t.text, bold=i == 3)
        c.text(c.width_pt - 24, 346 + i * 30, v, 13, t.text if i < 3 else t.accent, bold=i == 3, anchor="ra")
    c.rect(10, 482, c.width_pt - 10, 640, t.card, 10)
    for i, line in enumerate(["订单号：312045678901", "下单时间：2026-03-05 14:02:33", "支付方式：微信支付",
                              "支付时间：2026-03-05 14:02:41"]):
        c.text(24, 496 + i * 34, line, 13, t.sub)
    c.text(c.width_pt - 24, 496, "复制", 12, t.sub, anchor="ra")
    facts = {"order.number": "312045678901", "order.amount": "1180.00", "order.paid_at": "2026-03-05T14:02:41+08:00",
             "order.item": "理财进阶实战课程", "order.channel": "微信支付", "merchant.shop": "智汇理财京东自营旗舰店"}
    return Truth("order", facts, ["订单号", "312045678901"])


def douyin_order(c: Canvas) -> Truth:
    """A Douyin-like order page: 退款成功 at the top, 实付 with the number on the item's row, times with slashes."""
    t = c.theme
    _chrome(c, "订单详情", android=True)
    c.text(20, 96, "退款成功", 20, bold=True)
    c.text(20, 124, "退款金额 ¥1,280.00 已原路退回", 12, t.sub)
    c.rect(10, 152, c.width_pt - 10, 330, t.card, 10)
    c.text(24, 166, "优课精品店", 15, bold=True)
    c.rect(24, 200, 100, 276, (230, 200, 200), 6)
    c.text(110, 202, "短视频运营全套课程", 14)
    c.text(c.width_pt - 24, 202, "¥1,280.00", 14, anchor="ra")
    c.text(c.width_pt - 24, 228, "x1", 12, t.sub, anchor="ra")
    c.text(c.width_pt - 24, 296, "实付 ¥1,280.00", 14, bold=True, anchor="ra")
    c.rect(10, 342, c.width_pt - 10, 500, t.card, 10)
    rows = [("订单编号", "5012345678901234567"), ("支付时间", "2026/03/05 14:02"), ("支付方式", "抖音支付")]
    for i, (k, v) in enumerate(rows):
        c.text(24, 356 + i * 34, k, 13, t.sub)
        c.text(c.width_pt - 24, 356 + i * 34, v, 13, anchor="ra")
    facts = {"order.number": "5012345678901234567", "order.amount": "1280.00",
             "order.paid_at": "2026-03-05T14:02:00+08:00", "order.item": "短视频运营全套课程",
             "order.channel": "抖音支付", "merchant.shop": "优课精品店"}
    return Truth("order", facts, ["退款成功", "5012345678901234567"])


def wechat_list(c: Canvas) -> Truth:
    """WeChat Pay's bill list: the payment and its partial refund, two amounts of one size: no amount, no time."""
    t = c.theme
    _chrome(c, "账单", android=False)
    c.text(20, 96, "2026年3月", 15, bold=True)
    c.text(20, 122, "支出 ¥1,280.00  收入 ¥640.00", 12, t.sub)
    entries = [("优课精品店-退款", "3月8日 10:15", "+640.00"),
               ("扫二维码付款-给优课精品店", "3月5日 14:02", "-1,280.00")]
    for i, (who, at, amount) in enumerate(entries):
        y = 156 + i * 76
        c.rect(0, y, c.width_pt, y + 72, t.card)
        c.rect(16, y + 14, 60, y + 58, (90, 170, 90), 22)
        c.text(72, y + 14, who, 15)
        c.text(72, y + 42, at, 12, t.sub)
        c.text(c.width_pt - 20, y + 22, amount, 17, bold=True, anchor="ra")
    return Truth("payment", {}, ["退款", "1,280.00"])


def wechat_refund(c: Canvas) -> Truth:
    """WeChat Pay's detail of a partial refund: +640.00 is money back, not the price; 交易时间 is the refund's."""
    t = c.theme
    _chrome(c, "账单详情", android=True)
    c.rect(0, 80, c.width_pt, 520, t.card)
    c.text(c.width_pt / 2, 110, "优课精品店", 15, anchor="ma")
    c.text(c.width_pt / 2, 140, "+640.00", 32, bold=True, anchor="ma")
    rows = [("当前状态", "已退款"), ("退款方式", "退回零钱"), ("交易时间", "2026-03-08 10:15:02"),
            ("商户全称", "深圳市优课文化传播有限公司"), ("退款单号", "50300012345678901234567890")]
    for i, (k, v) in enumerate(rows):
        c.text(22, 220 + i * 36, k, 13, t.sub)
        c.text(104, 220 + i * 36, v, 13)
    return Truth("payment", {"merchant.name": "深圳市优课文化传播有限公司", "order.channel": "微信支付"},
                 ["已退款", "深圳市优课文化传播有限公司"])


MAKERS = {"kuaishou": kuaishou_detail, "wechat": wechat_detail, "alipay": alipay_detail, "jd": jd_order,
          "douyin": douyin_order, "wechat_list": wechat_list, "wechat_refund": wechat_refund}


def draw(kind: str, size: tuple[int, int], font: str = "noto") -> tuple[Image.Image, Truth]:
    fp, idx = (NOTO, 2) if font == "noto" else (WQY, 0)
    c = Canvas(size, GREY, fp, idx)
    return c.img, MAKERS[kind](c)


def check(folder: Path) -> int:
    """Draw every layout at every size (PNG and JPEG, both fonts), run `python -m app scan --json` on them
    and print each file's wrong and missed facts; returns the number of files with a wrong fact or kind."""
    truths: dict[str, Truth] = {}
    for kind in MAKERS:
        for i, name in enumerate(SIZES):
            img, truth = draw(kind, SIZES[name], "noto" if i % 2 == 0 else "wqy")
            path = folder / f"{kind}-{name}.{'jpg' if i % 2 else 'png'}"
            img.save(path, quality=85) if path.suffix == ".jpg" else img.save(path)
            truths[str(path)] = truth
    done = subprocess.run([sys.executable, "-m", "app", "scan", "--json", *truths], capture_output=True, text=True,
                          encoding="utf-8", check=False)
    bad = 0
    for entry in json.loads(done.stdout)["files"]:
        truth = truths[entry["path"]]
        got = {k: v["value"] for k, v in entry.get("facts", {}).items()}
        wrong = {k: v for k, v in got.items() if truth.facts.get(k) != v}
        missed = [k for k in truth.facts if k not in got]
        bad += bool(wrong) or entry.get("kind") != truth.kind
        print(f"{Path(entry['path']).name:24s} {entry.get('kind')}/{truth.kind}  wrong: {wrong or '-'}  "
              f"missed: {missed or '-'}")
    return bad


if __name__ == "__main__":  # PYTHONPATH=. .venv/bin/python tests/ocr_wild.py [FOLDER]
    import tempfile

    with tempfile.TemporaryDirectory(prefix="ocr-wild-") as tmp:
        sys.exit(1 if check(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp)) else 0)
