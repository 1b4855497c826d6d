"""Phone screenshots drawn with Pillow for the OCR tests and bench/ocr_bench.py.

Each maker draws one layout and returns the facts the picture shows (Truth). Layouts imitate real
apps (Kuaishou order page, WeChat Pay bill, Alipay bill, a chat) with plain shapes and the texts in
their usual places; names, amounts and times vary with the seed. Fonts: Noto Sans CJK SC (Debian
fonts-noto-cjk, installed by scripts/setup.sh) and the app's bundled WenQuanYi Micro Hei.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from app.core.paths import font_path

NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
WQY = str(font_path())

COMPANIES = ["杭州知行教育科技有限公司", "北京博学在线网络科技有限公司", "深圳市优课文化传播有限公司",
             "上海启明星教育咨询有限公司", "成都乐学互动科技有限公司", "广州市智汇信息技术有限公司"]
SHOPS = ["知行课堂", "博学英语", "优课精品店", "启明星学苑", "乐学书法", "智汇理财课"]
ITEMS = ["30天英语速成课", "零基础书法入门训练营", "理财进阶21天实战课", "Python编程从入门到精通",
         "少儿口才表达系统课", "短视频运营全套课程"]
CHATS = ["你好，我想申请退款", "老师说的包学会根本没有做到", "课程内容和直播间介绍的不一样",
         "亲，课程已经开通了不能退哦", "我才看了两节课，按规定可以退款", "请在三天内处理，否则我会投诉到12315",
         "已经帮您提交售后申请了", "好的，谢谢"]


@dataclass
class Theme:
    bg: tuple[int, int, int]
    card: tuple[int, int, int]
    text: tuple[int, int, int]
    sub: tuple[int, int, int]
    accent: tuple[int, int, int]


LIGHT = Theme((245, 245, 245), (255, 255, 255), (25, 25, 25), (128, 128, 128), (254, 44, 85))
DARK = Theme((17, 17, 17), (30, 30, 30), (222, 222, 222), (140, 140, 140), (255, 80, 110))


@dataclass
class Truth:
    kind: str
    facts: dict[str, str] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)


class Canvas:
    def __init__(self, size: tuple[int, int], theme: Theme, font_path: str, index: int):
        self.w, self.h = size
        self.s = self.w / 390  # points -> pixels
        self.theme = theme
        self.img = Image.new("RGB", size, theme.bg)
        self.d = ImageDraw.Draw(self.img)
        self.font_path, self.index = font_path, index
        self._fonts: dict[tuple[int, bool], ImageFont.FreeTypeFont] = {}

    def font(self, pt: float, bold: bool = False) -> ImageFont.FreeTypeFont:
        px = max(8, round(pt * self.s))
        key = (px, bold)
        if key not in self._fonts:
            path = NOTO_BOLD if bold and self.font_path == NOTO and Path(NOTO_BOLD).is_file() else self.font_path
            self._fonts[key] = ImageFont.truetype(path, px, index=self.index)
        return self._fonts[key]

    def text(self, x: float, y: float, s: str, pt: float = 15, color: tuple[int, int, int] | None = None,
             bold: bool = False, anchor: str = "la") -> None:
        self.d.text((x * self.s, y * self.s), s, font=self.font(pt, bold), fill=color or self.theme.text,
                    anchor=anchor)

    def rect(self, x0: float, y0: float, x1: float, y1: float, color: tuple[int, int, int], r: float = 0) -> None:
        box = (x0 * self.s, y0 * self.s, x1 * self.s, y1 * self.s)
        if r:
            self.d.rounded_rectangle(box, r * self.s, fill=color)
        else:
            self.d.rectangle(box, fill=color)

    def status_bar(self, time_text: str = "20:41") -> None:
        self.text(28, 14, time_text, 15, bold=True)
        self.rect(330, 18, 360, 30, self.theme.text, 3)

    @property
    def width_pt(self) -> float:
        return self.w / self.s

    @property
    def height_pt(self) -> float:
        return self.h / self.s


def _amount(rng: random.Random) -> Decimal:
    yuan = Decimal(rng.choice([99, 199, 299, 399, 1280, 2980, 49]))
    return (yuan + Decimal(rng.choice([0, 0, 0, 90, 50])) / 100).quantize(Decimal("0.01"))


def _when(rng: random.Random) -> tuple[str, str, str]:
    mo, d, h, mi, s = rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 23), rng.randint(0, 59), rng.randint(0, 59)
    iso = f"2026-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+08:00"
    dash = f"2026-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
    cn = f"2026年{mo}月{d}日 {h:02d}:{mi:02d}:{s:02d}"
    return iso, dash, cn


def kuaishou_order(c: Canvas, rng: random.Random) -> Truth:
    t = c.theme
    amount = _amount(rng)
    iso, dash, _ = _when(rng)
    number = "".join(rng.choice("0123456789") for _ in range(19))
    shop, item = rng.choice(SHOPS), rng.choice(ITEMS)
    channel = rng.choice(["微信支付", "支付宝", "快手支付"])
    c.status_bar()
    c.text(c.width_pt / 2, 52, "订单详情", 17, bold=True, anchor="ma")
    c.rect(0, 84, c.width_pt, 150, t.card)
    c.text(20, 96, "交易成功", 20, bold=True)
    c.text(20, 126, "课程已开通，可在“我的课程”中学习", 13, t.sub)
    c.rect(12, 162, c.width_pt - 12, 330, t.card, 10)
    c.text(28, 176, shop + "  >", 15, bold=True)
    c.rect(28, 208, 108, 288, (200, 170, 120), 6)
    c.text(118, 210, item, 15)
    c.text(118, 238, "有效期365天", 12, t.sub)
    c.text(c.width_pt - 28, 210, f"¥{amount}", 15, anchor="ra")
    c.text(c.width_pt - 28, 236, "x1", 13, t.sub, anchor="ra")
    c.text(28, 300, "商品总价", 13, t.sub)
    c.text(c.width_pt - 28, 300, f"¥{amount}", 13, t.sub, anchor="ra")
    c.rect(12, 342, c.width_pt - 12, 420, t.card, 10)
    c.text(28, 356, "运费", 14, t.sub)
    c.text(c.width_pt - 28, 356, "¥0.00", 14, t.sub, anchor="ra")
    c.text(28, 386, "实付款", 15, bold=True)
    c.text(c.width_pt - 28, 384, f"¥{amount}", 17, t.accent, bold=True, anchor="ra")
    c.rect(12, 432, c.width_pt - 12, 600, t.card, 10)
    rows = [("订单编号", number + "  复制"), ("下单时间", dash[:-2] + f"{max(0, int(dash[-2:]) - 9):02d}"),
            ("支付时间", dash), ("支付方式", channel)]
    for i, (k, v) in enumerate(rows):
        c.text(28, 448 + i * 36, k, 14, t.sub)
        c.text(110, 448 + i * 36, v, 14)
    c.rect(0, c.height_pt - 70, c.width_pt, c.height_pt, t.card)
    c.text(c.width_pt - 130, c.height_pt - 52, "申请售后", 14)
    c.text(c.width_pt - 50, c.height_pt - 52, "联系商家", 14, anchor="ma")
    facts = {"order.number": number, "order.amount": str(amount), "order.paid_at": iso, "order.item": item,
             "order.channel": channel, "merchant.shop": shop}
    return Truth("order", facts, ["订单详情", "实付款", number, item])


def wechat_bill(c: Canvas, rng: random.Random) -> Truth:
    t = c.theme
    amount = _amount(rng)
    iso, _, cn = _when(rng)
    company = rng.choice(COMPANIES)
    item = rng.choice(ITEMS)
    tx = "42000" + "".join(rng.choice("0123456789") for _ in range(23))
    mch = "".join(rng.choice("0123456789") for _ in range(20))
    c.status_bar()
    c.text(c.width_pt / 2, 52, "账单详情", 17, anchor="ma")
    c.rect(c.width_pt / 2 - 22, 100, c.width_pt / 2 + 22, 144, (80, 160, 220), 22)
    c.text(c.width_pt / 2, 156, rng.choice(SHOPS), 16, anchor="ma")
    c.text(c.width_pt / 2, 190, f"-{amount}", 34, bold=True, anchor="ma")
    rows = [("当前状态", "支付成功"), ("支付时间", cn), ("商品", item), ("商户全称", company),
            ("收单机构", "财付通支付科技有限公司"), ("支付方式", rng.choice(["零钱", "招商银行储蓄卡(1234)"])),
            ("交易单号", tx), ("商户单号", mch)]
    y = 270
    for k, v in rows:
        c.text(24, y, k, 14, t.sub)
        # long values wrap at the right edge like the real bill
        maxw = c.width_pt - 24 - 110
        line = ""
        for ch in v:
            if c.font(14).getlength(line + ch) / c.s > maxw:
                c.text(110, y, line, 14)
                y += 22
                line = ""
            line += ch
        c.text(110, y, line, 14)
        y += 38
    facts = {"order.amount": str(amount), "order.paid_at": iso, "order.item": item, "order.channel": "微信支付",
             "merchant.name": company}
    return Truth("payment", facts, ["账单详情", "商户全称", company])


def alipay_bill(c: Canvas, rng: random.Random) -> Truth:
    t = c.theme
    amount = _amount(rng)
    iso, dash, _ = _when(rng)
    company = rng.choice(COMPANIES)
    item = rng.choice(ITEMS)
    c.status_bar()
    c.text(c.width_pt / 2, 52, "账单详情", 17, anchor="ma")
    c.text(c.width_pt / 2, 110, rng.choice(SHOPS), 15, t.sub, anchor="ma")
    c.text(c.width_pt / 2, 136, f"-{amount}", 32, bold=True, anchor="ma")
    c.text(c.width_pt / 2, 186, "交易成功", 14, t.sub, anchor="ma")
    c.rect(12, 220, c.width_pt - 12, 560, t.card, 10)
    rows = [("支付时间", dash), ("付款方式", rng.choice(["余额宝", "花呗", "中国银行储蓄卡(5678)"])),
            ("商品说明", item), ("收款方全称", company), ("账单分类", "教育培训"),
            ("订单号", "2026" + "".join(rng.choice("0123456789") for _ in range(24))),
            ("商家订单号", "T" + "".join(rng.choice("0123456789") for _ in range(22)))]
    y = 238
    for k, v in rows:
        c.text(28, y, k, 14, t.sub)
        c.text(c.width_pt - 28, y, v, 14, anchor="ra")
        y += 44
    facts = {"order.amount": str(amount), "order.paid_at": iso, "order.item": item, "order.channel": "支付宝",
             "merchant.name": company}
    return Truth("payment", facts, ["收款方全称", company, item])


def chat(c: Canvas, rng: random.Random) -> Truth:
    t = c.theme
    c.status_bar()
    c.text(c.width_pt / 2, 52, rng.choice(SHOPS) + "客服", 17, anchor="ma")
    y = 100.0
    c.text(c.width_pt / 2, y, "11月2日 10:00", 12, t.sub, anchor="ma")
    y += 30
    words = []
    while y < c.height_pt - 80:
        msg = rng.choice(CHATS)
        mine = rng.random() < 0.5
        wpt = c.font(15).getlength(msg) / c.s + 28
        wpt = min(wpt, c.width_pt - 120)
        x0 = c.width_pt - 64 - wpt if mine else 64
        c.rect(12 if not mine else c.width_pt - 52, y, 52 if not mine else c.width_pt - 12, y + 40,
               (120, 150, 200), 6)
        bubble = (149, 236, 105) if t is LIGHT else (60, 140, 60)
        c.rect(x0, y, x0 + wpt, y + 40, bubble if mine else t.card, 6)
        c.text(x0 + 14, y + 10, msg, 15, (20, 20, 20) if mine and t is LIGHT else t.text)
        words.append(msg)
        y += 60
    return Truth("chat", {}, words)


MAKERS = {"order": kuaishou_order, "wechat": wechat_bill, "alipay": alipay_bill, "chat": chat}
SIZES = [(1170, 2532), (1080, 2400), (750, 1334), (1284, 2778), (720, 1600)]


def save(img: Image.Image, path: Path) -> Path:
    """PNG, or JPEG (quality 85, as phones share them) by the suffix."""
    if path.suffix.lower() in (".jpg", ".jpeg"):
        img.save(path, quality=85)
    else:
        img.save(path)
    return path


def make(kind: str, seed: int, size: tuple[int, int] = (1170, 2532), dark: bool = False,
         font: str = "noto", height_pt: float | None = None) -> tuple[Image.Image, Truth]:
    """One screenshot; `height_pt` makes a long one (a scrolled chat captured whole)."""
    rng = random.Random(seed)
    if height_pt is not None:
        size = (size[0], round(height_pt * size[0] / 390))
    fp, idx = (NOTO, 2) if font == "noto" and Path(NOTO).is_file() else (WQY, 0)
    c = Canvas(size, DARK if dark else LIGHT, fp, idx)
    truth = MAKERS[kind](c, rng)
    return c.img, truth


