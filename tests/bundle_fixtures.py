"""Generated test data for the bundle: real files on disk and a case that names them.

Everything is drawn by code (Pillow, reportlab); nothing is checked in.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import io
import random
import shutil
import tempfile
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen.canvas import Canvas

from app.core.domain import CaseData, CaseInfo, Consumer, Course, EventInfo, EvidenceInfo, Merchant, Order, Refund
from app.core.paths import font_path
from app.core.timeutil import BEIJING
from app.rules.result import CheckResult, Deadline, InfoNote, NextStep, RuleVerdict

AS_OF = datetime(2026, 11, 20, 10, 30, tzinfo=BEIJING)
WORDS = "我想申请退款这个课程和宣传不符客服说七天内可以退但是现在不给退了请尽快处理谢谢老师您好已经付款元"
CHAT_LINES = [
    ("2026-11-02T20:15:00+08:00", "我", "老师你好，我想申请退款，课程内容和直播间宣传的不一样。"),
    ("2026-11-02T20:17:30+08:00", "AI绘画小课堂客服", "亲，课程一经购买概不退款哦。"),
    ("2026-11-02T20:18:05+08:00", "我", "直播里说七天内不满意全额退款，订单号KS2026110112345678。"),
    ("2026-11-03T09:02:41+08:00", "AI绘画小课堂客服", "这个要问主管，请耐心等待😀。"),
]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path()), size, index=0)


def phone_screenshot(seed: int = 1, width: int = 1170, height: int = 2532, photo: bool = False) -> Image.Image:
    """A chat screenshot: grey background, bubbles with real Chinese text, avatars."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height), (237, 237, 237))
    draw = ImageDraw.Draw(img)
    font = _font(42)
    draw.rectangle((0, 0, width, 180), fill=(247, 247, 247))
    draw.text((width // 2 - 90, 90), "快手客服", font=font, fill=(20, 20, 20))
    y = 230
    while y < height - 300:
        mine = rnd.random() < 0.5
        text = "".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 40)))
        lines = [text[k : k + 16] for k in range(0, len(text), 16)]
        bw, bh = min(16, len(text)) * 44 + 60, len(lines) * 60 + 40
        x0 = width - 170 - bw if mine else 170
        draw.rounded_rectangle((x0, y, x0 + bw, y + bh), 16, fill=(149, 236, 105) if mine else (255, 255, 255))
        draw.rectangle((width - 150 if mine else 30, y, width - 30 if mine else 150, y + 120), fill=(90, 140, 200))
        for k, line in enumerate(lines):
            draw.text((x0 + 30, y + 20 + k * 60), line, font=font, fill=(25, 25, 25))
        y += bh + 50
    if photo:
        img.paste(photo_content(600, 500, seed), (285, 900))
    return img


def photo_content(width: int, height: int, seed: int = 0) -> Image.Image:
    """Photo-like pixels: a colour gradient with noise (every pixel differs from its neighbours)."""
    gradient = Image.merge("RGB", [
        Image.linear_gradient("L").resize((width, height)),
        Image.linear_gradient("L").rotate(90).resize((width, height)),
        Image.new("L", (width, height), 90 + seed % 100),
    ])
    noise = Image.merge("RGB", [Image.effect_noise((width, height), 60 + k * 5) for k in range(3)])
    return Image.blend(gradient, noise, 0.35)


def tall_screenshot(width: int = 1080, height: int = 9000, seed: int = 2) -> Image.Image:
    """A long screenshot: white, with lines of text-like dark strokes and blank gaps between them."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    y = 40
    while y < height - 60:
        for _ in range(rnd.randint(2, 6)):  # a paragraph of lines
            x = 60
            while x < width - 120:  # "words": dark blocks with white between them
                w = rnd.randint(20, 90)
                draw.rectangle((x, y, x + w, y + 27), fill=(rnd.randint(0, 60),) * 3)
                x += w + rnd.randint(10, 24)
            y += 27 + 14
        y += rnd.randint(30, 70)
    return img


def photo_with_exif(path: Path) -> None:
    """A landscape-stored JPEG whose EXIF orientation 6 says: rotate to portrait."""
    path.write_bytes(_photo_with_exif_bytes())


@functools.cache  # made once per test process (~0.3 s of noise and JPEG)
def _photo_with_exif_bytes() -> bytes:
    img = photo_content(1600, 1200, 7)
    ImageDraw.Draw(img).rectangle((0, 0, 400, 1200), fill=(200, 30, 30))  # red band on the stored left
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90, exif=exif.tobytes())
    return buf.getvalue()


def contract_pdf(path: Path, pages: int = 3) -> None:
    """A small PDF in the embedded CJK font (so the bundle's font check holds for it too)."""
    from app.bundle.pdf_fonts import FONT, register

    register()
    canv = Canvas(str(path), pagesize=(595, 842), initialFontName=FONT, invariant=1)
    for k in range(1, pages + 1):
        canv.setFont(FONT, 14)
        canv.drawString(72, 760, f"课程服务协议 第{k}页")
        canv.setFont(FONT, 10)
        canv.drawString(72, 730, "乙方承诺：开课前及开课七日内，学员可申请全额退款。")
        canv.rect(60, 60, 475, 720)
        canv.showPage()
    canv.save()


def gbk_chat_bytes() -> bytes:
    lines = [f"{at[:19].replace('T', ' ')} {sender}: {text}" for at, sender, text in CHAT_LINES]
    return "\r\n".join(lines).encode("gbk", errors="replace")


def fake_mp4() -> bytes:
    return b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(random.Random(3).randbytes(50_000))


def _evidence(eid: int, path: Path, media: str, kind: str, title: str, **extra: object) -> EvidenceInfo:
    data = path.read_bytes()
    info = EvidenceInfo(
        id=eid, case_id=12, kind=kind, title=title, source=str(extra.pop("source", "快手App截图")),
        proves=str(extra.pop("proves", "")), occurred_at=extra.pop("occurred_at", None),  # type: ignore[arg-type]
        original_name=path.name, media_type=media, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
        imported_at=AS_OF - timedelta(days=1), captured_at=None, position=eid, page_count=None, text=None,
    )
    for key, value in extra.items():
        setattr(info, key, value)
    return info


FILE_NAMES = ("订单截图.png", "长截图.png", "现场照片.jpg", "课程协议.pdf", "聊天记录.txt", "直播录屏.mp4")
_drawn: Path | None = None  # the files drawn once per test process (~0.7 s of drawing and compressing)


def _draw_files(root: Path) -> None:
    files = {name: root / name for name in FILE_NAMES}
    phone_screenshot(photo=True).save(files["订单截图.png"])
    tall_screenshot().save(files["长截图.png"])
    photo_with_exif(files["现场照片.jpg"])
    contract_pdf(files["课程协议.pdf"])
    files["聊天记录.txt"].write_bytes(gbk_chat_bytes())
    files["直播录屏.mp4"].write_bytes(fake_mp4())


def write_files(root: Path) -> dict[str, Path]:
    """The case's six files in root: copies of the ones this test process drew first."""
    global _drawn
    if _drawn is None:
        _drawn = Path(tempfile.mkdtemp(prefix="re-test-bundle-files-"))
        atexit.register(shutil.rmtree, _drawn, True)
        _draw_files(_drawn)
    root.mkdir(parents=True, exist_ok=True)
    for name in FILE_NAMES:
        shutil.copyfile(_drawn / name, root / name)
    return {name: root / name for name in FILE_NAMES}


def make_case(root: Path) -> tuple[CaseInfo, dict[int, Path]]:
    """A Kuaishou course case with six evidence items of every kind, files written under root."""
    f = write_files(root)
    day = timedelta(days=1)
    messages = [{"at": at, "sender": sender, "text": text} for at, sender, text in CHAT_LINES]
    evidence = [
        _evidence(101, f["订单截图.png"], "image/png", "purchase", "订单详情截图", proves="购买课程及支付金额199元",
                  occurred_at=AS_OF - 19 * day),
        _evidence(102, f["长截图.png"], "image/png", "promo", "直播间宣传长截图", proves="商家承诺七天无理由退款",
                  occurred_at=AS_OF - 20 * day),
        _evidence(103, f["现场照片.jpg"], "image/jpeg", "other", "课程资料照片", source="手机拍摄",
                  proves="课程资料与宣传不符"),
        _evidence(104, f["课程协议.pdf"], "application/pdf", "contract", "课程服务协议", source="商家发送",
                  proves="协议约定开课七日内可退款", occurred_at=AS_OF - 19 * day),
        _evidence(105, f["聊天记录.txt"], "text/plain", "chat", "与客服的聊天记录", source="快手私信导出",
                  proves="已申请退款且被拒绝", occurred_at=AS_OF - 18 * day, messages=messages,
                  text=gbk_chat_bytes().decode("gbk")),
        _evidence(106, f["直播录屏.mp4"], "video/mp4", "promo", "直播录屏", source="屏幕录制",
                  proves="主播口头承诺可退款"),
    ]
    data = CaseData(
        title="快手课程退款：AI绘画速成班",
        consumer=Consumer(name="张三", phone="13800000000", address="北京市朝阳区某某路1号"),
        merchant=Merchant(name="某某教育科技有限公司", shop="AI绘画小课堂", address="杭州市西湖区某某大厦8层"),
        order=Order(number="KS2026110112345678", item="AI绘画速成班", amount=Decimal("199.00"),
                    paid_at=AS_OF - 19 * day),
        course=Course(starts_at=AS_OF - 17 * day, progress_percent=Decimal("5"), misrepresented=True),
        refund=Refund(status="refused", requested_at=AS_OF - 18 * day),
        facts="购买前，主播在直播间承诺“七天内不满意全额退款”。",
    )
    events = [
        EventInfo(1, 12, AS_OF - 19 * day + timedelta(hours=2), "下单并支付199元", 101),
        EventInfo(2, 12, AS_OF - 18 * day, "向客服申请退款，被拒绝", 105),
        EventInfo(3, 12, AS_OF - 10 * day, "拨打平台客服电话，未解决"),
    ]
    case = CaseInfo(id=12, data=data, created_at=AS_OF - 10 * day, updated_at=AS_OF, evidence=evidence, events=events)
    return case, {e.id: root / e.original_name for e in evidence}


def make_check(lang: str = "zh") -> CheckResult:
    """A rule check written by hand (the engine is built elsewhere)."""
    zh = lang == "zh"
    rules = [
        RuleVerdict("kuaishou.course_7day", "met", "full_refund",
                    "开课未满七日且学习进度5%，符合无理由退款条件。" if zh else "Within 7 days of start, 5% progress.",
                    "《快手课程类商品售后规则》第四条", title="课程七日无理由退款" if zh else "7-day course refund",
                    refund=Decimal("199.00")),
        RuleVerdict("cprl.55", "met", "refund_plus_compensation",
                    "宣传承诺与实际不符，构成欺诈。" if zh else "The promotion misrepresented the course.",
                    "《中华人民共和国消费者权益保护法》第五十五条",
                    title="欺诈退一赔三（最低500元）" if zh else "Fraud: refund plus 3x",
                    compensation=Decimal("500.00")),
        RuleVerdict("refund.48h", "unknown", None, "未填写商家答复时间。" if zh else "No reply time entered.",
                    "《网络购买商品七日无理由退货暂行办法》第十八条",
                    title="商家应在七日内退款" if zh else "Refund within 7 days"),
    ]
    return CheckResult(
        as_of=AS_OF, lang=lang, rules=rules, remedy="refund_plus_compensation", refund_amount=Decimal("199.00"),
        compensation=Decimal("500.00"),
        deadlines=[Deadline("merchant_reply", AS_OF - timedelta(days=11), True,
                            "商家处理退款申请" if zh else "Merchant must answer")],
        refund_overdue=True, missing_evidence=["payment"], missing_fields=["order.channel"],
        next_steps=[NextStep("call_12315", "拨打12315或登录全国12315平台" if zh else "Call 12315",
                             "携带本材料，说明订单号和诉求。" if zh else "Bring this bundle.")],
        scam_warning="",
        info=[InfoNote("note", "关于虚拟商品" if zh else "On digital goods",
                       "课程属于服务。" if zh else "A course is a service.",
                       "《消费者权益保护法》第二十五条")],
        packs=["kuaishou 2026.1 (2026-01-01)"],
    )


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()
