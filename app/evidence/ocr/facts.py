"""What a screenshot says: its kind and the case facts it shows, from the recognised lines.

A fact is proposed only when the text supports it unambiguously: a known label with one value
(商户全称 / 收款方全称 for the merchant's legal name, 实付款 for the amount, 支付时间 for the payment
time, ...). Two different values for one fact, or a value that does not parse, propose nothing: a
wrong fact is worse than none. Pure functions of the lines (no Qt, no database).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from app.evidence.ocr.lines import Line, reading_order, rows_of

BEIJING = timezone(timedelta(hours=8))
FACT_KEYS = ("order.number", "order.amount", "order.paid_at", "order.item", "order.channel", "merchant.name",
             "merchant.shop")
KINDS = ("order", "payment", "chat", "promotion", "contract", "other")


@dataclass(frozen=True)
class Fact:
    key: str
    value: str
    text: str  # the words that show it, as read ("实付款 ¥199.00")
    lines: tuple[int, ...]  # indexes of those lines, for highlighting the region

    def to_dict(self) -> dict[str, str]:
        return {"value": self.value, "line": self.text}


@dataclass
class Reading:
    kind: str
    facts: dict[str, Fact] = field(default_factory=dict)


def norm(text: str) -> str:
    """Full-width forms folded (：→:, ￥→¥, digits), spaces dropped: what labels are matched on."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# ---- labels ----------------------------------------------------------------------------------------

LABELS: dict[str, tuple[str, ...]] = {
    "merchant.name": ("商户全称", "收款方全称", "商家全称", "企业名称", "公司名称", "经营者名称"),
    "merchant.shop": ("店铺名称", "店铺", "商家名称", "商家"),
    "order.number": ("订单编号", "订单号码", "订单号"),
    "order.amount": ("实付款", "实付金额", "实际支付", "实付", "支付金额", "付款金额", "订单金额"),
    "order.paid_at": ("支付时间", "付款时间", "交易时间", "成交时间"),
    "order.item": ("商品名称", "商品说明", "课程名称", "商品"),
    "order.channel": ("支付方式", "付款方式", "支付渠道"),
}
GENERIC_TIMES = ("交易时间", "成交时间")
# An amount under one of these labels yields to one under another (订单金额 may be the price before discounts).
WEAK_AMOUNTS = ("订单金额",)
# Labels of other fields: their values are never taken for one of ours, and they end a wrapped value.
OTHER_LABELS = ("收单机构", "交易单号", "商户单号", "商家订单号", "当前状态", "账单分类", "下单时间", "创建时间",
                "商品总价", "运费", "优惠", "备注", "收货地址", "付款人", "对方账户", "支付状态", "交易状态")
ALL_LABELS = sorted({lab for labs in LABELS.values() for lab in labs} | set(OTHER_LABELS), key=len, reverse=True)

MONEY = re.compile(r"^[-−]?[¥Y]?(\d{1,3}(?:,\d{3})+|\d{1,9})(\.\d{1,2})?(元)?$")
ENTITY_END = ("公司", "工作室", "中心", "学校", "学院", "研究院", "商行", "经营部", "门市部", "店", "厂", "合作社",
              "事务所", "企业", "集团")

CHANNELS = (("微信", "微信支付"), ("零钱", "微信支付"), ("财付通", "微信支付"), ("支付宝", "支付宝"),
            ("花呗", "支付宝"), ("余额宝", "支付宝"), ("快手", "快手支付"), ("云闪付", "云闪付"),
            ("抖音支付", "抖音支付"), ("京东支付", "京东支付"), ("Apple", "Apple Pay"))


def _split_label(text: str) -> tuple[str, str] | None:
    """(label, rest) when the normalised text starts with a known label.

    A label of two characters (店铺, 商品, 商家, 实付) followed straight by a Chinese character is the start of
    another word (店铺优惠, 商品信息, 商家已发货), not the label: it needs a colon, a space or no Chinese after it.
    """
    t = norm(text)
    raw = unicodedata.normalize("NFKC", text).strip()
    for lab in ALL_LABELS:
        if t.startswith(lab):
            rest = t[len(lab):]
            if len(lab) <= 2 and rest and _is_cjk(rest[0]) and raw.startswith(lab) and raw[len(lab):][:1] != " ":
                continue
            return lab, rest.lstrip(":").strip()
    return None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def money(text: str) -> Decimal | None:
    t = norm(text).replace("−", "-")
    t = t.removesuffix("元")
    m = MONEY.match(t)
    if not m:
        return None
    try:
        value = abs(Decimal(t.lstrip("-¥Y").replace(",", "").removesuffix("元")))
    except InvalidOperation:
        return None
    return value.quantize(Decimal("0.01"))


# The hour after a date with no space between (OCR drops it: "2026-11-0120:00:12") is two digits, so
# "2026/11/120:01" is the 1st at 20:01, never the 12th at 0:01.
DATETIME = re.compile(r"(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+(\d{1,2})|(\d{2}))\s*[:：]\s*"
                      r"(\d{2})(?:\s*[:：]\s*(\d{2}))?")


def when(text: str) -> datetime | None:
    """A date and time with a year (2026-11-01 20:00:12, 2026年11月1日 20:00), Beijing time."""
    m = DATETIME.search(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    y, mo, d, h1, h2, mi, s = (int(g) if g else 0 for g in m.groups())
    h = h1 if m.group(4) is not None else h2
    try:
        return datetime(y, mo, d, h, mi, s, tzinfo=BEIJING)
    except ValueError:
        return None


# ---- label/value pairs ------------------------------------------------------------------------------


@dataclass
class Pair:
    label: str
    value: str
    text: str
    lines: tuple[int, ...]


def pairs(lines: list[Line]) -> list[Pair]:
    """Label and value on one row ("商户全称 某某公司", one line or two), values wrapped onto the next row joined."""
    index = {id(ln): i for i, ln in enumerate(lines)}
    rows = _rows(lines)
    out: list[Pair] = []
    for r, row in enumerate(rows):
        for k, line in enumerate(row):
            split = _split_label(line.text)
            if split is None:
                continue
            label, rest = split
            used = [index[id(line)]]
            parts = [rest] if rest else []
            shown = [line.text.strip()]
            value_x = None
            for other in row[k + 1:]:
                if _split_label(other.text) is not None:
                    break
                parts.append(norm(other.text))
                shown.append(other.text.strip())
                used.append(index[id(other)])
                value_x = value_x if value_x is not None else other.box[0]
            # A long value wraps: the next row is one line starting where the value started, with no label.
            if value_x is not None and r + 1 < len(rows):
                nxt = rows[r + 1]
                gap = nxt[0].box[1] - max(ln.box[1] + ln.box[3] for ln in row)
                if (len(nxt) == 1 and abs(nxt[0].box[0] - value_x) <= 0.6 * nxt[0].box[3]
                        and gap < 0.6 * nxt[0].box[3] and _split_label(nxt[0].text) is None):
                    parts.append(norm(nxt[0].text))
                    shown.append(nxt[0].text.strip())
                    used.append(index[id(nxt[0])])
            value = "".join(parts)
            if value:
                out.append(Pair(label, value, " ".join(shown), tuple(used)))
            break  # one label per row
    return out


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Rows of the lines that hold a word or a number, in reading order without the others: a product photo
    read as a symbol ("■") is as tall as many rows and had joined them into one."""
    wordy = [ln for ln in lines if re.search(r"[0-9A-Za-z\u4e00-\u9fff]", ln.text)]
    return rows_of(reading_order(wordy) if len(wordy) < len(lines) else wordy)


# ---- kind ---------------------------------------------------------------------------------------------

MARKERS = {
    "payment": ("账单详情", "商户全称", "收款方全称", "交易单号", "收单机构", "账单分类", "商户单号", "商家订单号",
                "支付成功", "对此订单有疑问", "计入收支", "支出", "收入"),
    "order": ("订单详情", "订单编号", "实付款", "下单时间", "商品总价", "申请售后", "申请退款", "订单信息", "联系商家",
              "再次购买", "查看物流", "订单号"),
    "contract": ("合同", "协议", "甲方", "乙方", "签署", "条款", "违约", "盖章", "签字"),
    "promotion": ("直播间", "限时", "秒杀", "抢购", "立即购买", "原价", "优惠券", "包学会", "保过", "名额", "福利",
                  "零基础", "月入", "马上抢", "报名"),
    "chat": ("客服", "发送", "按住说话", "在线咨询", "[图片]", "已读", "撤回了一条消息", "说点什么"),
}
SIGNED = re.compile(r"^[-+−](\d{1,3}(,\d{3})+|\d+)\.\d{2}$")
CONTRACT_ARTICLE = re.compile(r"第[一二三四五六七八九十百\d]+条")
CHAT_TIME = re.compile(r"^(昨天|前天|今天|星期.|周.|上午|下午|晚上|凌晨|\d{1,2}月\d{1,2}日)?\s*\d{1,2}:\d{2}$")


def guess_kind(lines: list[Line], width: int | None = None) -> str:
    texts = [norm(ln.text) for ln in lines]
    joined = "\n".join(texts)
    score = {kind: sum(1 for m in marks if m in joined) for kind, marks in MARKERS.items()}
    score["contract"] += min(3, len(CONTRACT_ARTICLE.findall(joined)))
    score["payment"] += any(SIGNED.match(t) for t in texts)  # -1,280.00 / +640.00: money out or in, a bill
    if score["payment"] >= 2 and score["payment"] >= score["order"]:
        return "payment"
    if score["order"] >= 2:
        return "order"
    if score["contract"] >= 3:
        return "contract"
    sentences = [ln for ln, t in zip(lines, texts, strict=True) if len(t) >= 4 and re.search(r"[\u4e00-\u9fff]", t)]
    chat_times = sum(1 for t in texts if CHAT_TIME.match(t))
    if _two_sided(sentences, width) and (score["chat"] >= 1 or chat_times >= 1 or len(sentences) >= 4):
        return "chat"
    if score["promotion"] >= 2:
        return "promotion"
    if len(sentences) >= 3 and (score["chat"] >= 1 or chat_times >= 1):
        return "chat"
    return "other"


def _two_sided(lines: list[Line], width: int | None) -> bool:
    """Messages on both sides (bubbles of two people): some start near the left edge, some end near the right."""
    if len(lines) < 3:
        return False
    w = width or max(ln.box[0] + ln.box[2] for ln in lines)
    left = sum(1 for ln in lines if ln.box[0] < 0.3 * w and ln.box[0] + ln.box[2] < 0.9 * w)
    right = sum(1 for ln in lines if ln.box[0] > 0.1 * w and ln.box[0] + ln.box[2] > 0.7 * w and ln.box[0] > 0.3 * w)
    return left >= 1 and right >= 1 and left + right >= 3


# ---- facts ----------------------------------------------------------------------------------------------


def read_facts(lines: list[Line], kind: str | None = None, width: int | None = None) -> Reading:
    """The kind (guessed unless given) and the facts the lines show; `width` is the image's."""
    kind = kind or guess_kind(lines, width)
    found: dict[str, list[Fact]] = {}

    def add(key: str, value: str, text: str, used: tuple[int, ...]) -> None:
        found.setdefault(key, []).append(Fact(key, value, text, used))

    # On a refund's page (退款), 交易时间 may be the refund's time: only 支付时间 / 付款时间 say when it was paid.
    refund = any("退款" in norm(ln.text) for ln in lines)
    for p in pairs(lines):
        key = next((k for k, labs in LABELS.items() if p.label in labs), None)
        if key is None:
            continue
        if key == "merchant.name" and len(p.value) >= 4:
            add(key, p.value, p.text, p.lines)
        elif key == "merchant.shop" and 2 <= len(p.value) <= 30 and kind == "order":
            add(key, p.value.rstrip(">〉"), p.text, p.lines)
        elif key == "order.number" and kind == "order":
            m = re.match(r"([0-9A-Za-z]{8,40})", p.value)
            if m:
                add(key, m.group(1), p.text, p.lines)
        elif key == "order.amount" and kind == "order":
            amount = money(p.value)
            if amount is not None:
                add(key, str(amount), p.text, p.lines)
        elif key == "order.paid_at" and not (refund and p.label in GENERIC_TIMES):
            at = when(p.value)
            if at is not None:
                add(key, at.isoformat(), p.text, p.lines)
        elif key == "order.item" and kind in ("order", "payment") and len(p.value) >= 2:
            add(key, p.value, p.text, p.lines)
        elif key == "order.channel" and kind == "order":
            add(key, _channel(p.value) or p.value, p.text, p.lines)
    if kind == "payment":
        _bill_facts(lines, add)
    if kind == "order":
        _order_card(lines, add)
    strong = [c for c in found.get("order.amount", []) if not norm(c.text).startswith(WEAK_AMOUNTS)]
    if strong:
        found["order.amount"] = strong
    facts = {}
    for key, cands in found.items():
        if len({c.value for c in cands}) == 1:  # two different values: ambiguous, propose none
            facts[key] = cands[0]
    return Reading(kind, {k: facts[k] for k in FACT_KEYS if k in facts})


def _channel(value: str) -> str | None:
    hits = {name for word, name in CHANNELS if word in value}
    return hits.pop() if len(hits) == 1 else None


def _bill_facts(lines: list[Line], add) -> None:  # type: ignore[no-untyped-def]
    """A payment bill: the amount is the one big number; the app that made it is the channel."""
    amounts = [(i, ln, money(ln.text)) for i, ln in enumerate(lines)]
    amounts = [(i, ln, a) for i, ln, a in amounts if a is not None and a > 0 and "." in ln.text]
    if any(norm(ln.text).startswith("+") for _, ln, _ in amounts):  # money coming back: a refund, not the price
        amounts = []
    if amounts:
        tallest = max(ln.box[3] for _, ln, _ in amounts)
        big = [(i, ln, a) for i, ln, a in amounts if ln.box[3] >= 0.8 * tallest]
        if len({a for _, _, a in big}) == 1 and tallest >= 1.4 * _median_height(lines):
            i, ln, a = big[0]
            add("order.amount", str(a), ln.text.strip(), (i,))
    joined = "".join(norm(ln.text) for ln in lines)
    wechat = any(w in joined for w in ("商户全称", "收单机构", "财付通", "零钱通", "微信支付"))
    alipay = any(w in joined for w in ("收款方全称", "账单分类", "支付宝", "余额宝", "花呗"))
    if wechat != alipay:
        name = "微信支付" if wechat else "支付宝"
        marker = ("商户全称", "收单机构", "财付通") if wechat else ("收款方全称", "账单分类", "支付宝")
        i = next((i for i, ln in enumerate(lines) if any(m in norm(ln.text) for m in marker)), 0)
        add("order.channel", name, lines[i].text.strip(), (i,))


def _median_height(lines: list[Line]) -> float:
    heights = sorted(ln.box[3] for ln in lines)
    return heights[len(heights) // 2] if heights else 0.0


QUANTITY = re.compile(r"^[xX×*]\d{1,3}$")
ARROW = re.compile(r"^[>〉›》vV]$")
ENTER = re.compile(r"^(进店|进入店铺|进店逛逛)[>〉›》]?$")


def _order_card(lines: list[Line], add) -> None:  # type: ignore[no-untyped-def]
    """An order page's product card: the title left of its price, above the quantity (×1); the shop above."""
    rows = _rows(lines)
    index = {id(ln): i for i, ln in enumerate(lines)}
    qty_rows = [r for r, row in enumerate(rows) if any(QUANTITY.match(norm(ln.text)) for ln in row)]
    if len(qty_rows) != 1:
        return
    q = qty_rows[0]
    title_row = None
    for r in (q, q - 1):
        if r < 0:
            continue
        row = rows[r]
        has_price = any(money(ln.text) is not None and "¥" in norm(ln.text) for ln in row)
        texts = [ln for ln in row if money(ln.text) is None and not QUANTITY.match(norm(ln.text))
                 and _split_label(ln.text) is None and len(norm(ln.text)) >= 4]
        if has_price and len(texts) == 1:
            title_row = r
            title = texts[0]
            more = _wrapped(title, rows[r + 1] if r + 1 < len(rows) else [])  # half a title is a wrong fact
            shown = [title, *more]
            add("order.item", "".join(norm(ln.text) for ln in shown), " ".join(ln.text.strip() for ln in shown),
                tuple(index[id(ln)] for ln in shown))
            break
    if title_row is None:
        return
    # The shop: the row just above the title ("某某课堂 >"), one short name, no sentence, no label.
    above = rows[title_row - 1] if title_row > 0 else []
    # The arrow after a shop's name ("某某课堂 >") is often read as a token of its own (">", "V").
    # So is the 进店 (enter the shop) button at the row's right end.
    above = above[:1] + [ln for ln in above[1:] if not ARROW.match(norm(ln.text)) and not ENTER.match(norm(ln.text))]
    if len(above) != 1:
        return
    shop = above[0]
    name = re.sub(r"(进店|进入店铺)$", "", norm(shop.text).rstrip(">〉›")).strip()
    title_top = min(ln.box[1] for ln in rows[title_row])
    gap = title_top - (shop.box[1] + shop.box[3])
    if (2 <= len(name) <= 20 and gap < 2.5 * shop.box[3] and not re.search(r"[，。,.!！?？“”:]", name)
            and _split_label(shop.text) is None and money(shop.text) is None and name not in STATUS_WORDS):
        add("merchant.shop", name, shop.text.strip(), (index[id(shop)],))


def _wrapped(title: Line, below: list[Line]) -> list[Line]:
    """The title's second line: right under it, starting where it starts, in the same type size (judged by
    the width of a character: a subtitle such as 有效期365天 is smaller), no label or colon (规格：标准版)."""
    h, em = title.box[3], _em(title)
    return [ln for ln in below if abs(ln.box[0] - title.box[0]) <= 0.6 * h and ln.box[1] - (title.box[1] + h) < 0.6 * h
            and abs(_em(ln) - em) <= 0.1 * em and money(ln.text) is None and not re.search(r"[:：]", ln.text)
            and _split_label(ln.text) is None][:1]


def _em(line: Line) -> float:
    """The width of one Chinese character in this line (Latin letters and digits count as half)."""
    t = norm(line.text)
    return line.box[2] / max(1.0, sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.55 for ch in t))


STATUS_WORDS = {"交易成功", "交易关闭", "待付款", "待发货", "待收货", "已完成", "已取消", "退款成功", "退款中",
                "售后中", "订单详情", "商品信息", "已开通"}


def read_pages(pages: list[tuple[list[Line], int]]) -> Reading:
    """The facts of a file of several pages ((lines, width) each: a PDF): each page read on its own, a fact
    kept when the pages that show it agree; its lines are indexes into all pages' lines in order. The kind
    is the first page's that is not "other"."""
    kinds: list[str] = []
    found: dict[str, list[Fact]] = {}
    offset = 0
    for lines, width in pages:
        reading = read_facts(lines, width=width)
        kinds.append(reading.kind)
        for key, fact in reading.facts.items():
            moved = Fact(key, fact.value, fact.text, tuple(i + offset for i in fact.lines))
            found.setdefault(key, []).append(moved)
        offset += len(lines)
    facts = {k: v[0] for k, v in found.items() if len({f.value for f in v}) == 1}
    kind = next((k for k in kinds if k != "other"), "other")
    return Reading(kind, {k: facts[k] for k in FACT_KEYS if k in facts})
