"""Generate the example case in resources/demo (run once; the output is committed, this is not run at start).

    .venv/bin/python tools/make_demo.py

Draws three phone screenshots with Pillow and the bundled font (a Kuaishou order detail page,
a WeChat Pay record, a live-stream promise "7天包过"), a course contract PDF with reportlab,
a UTF-8 chat log and case.json in the case JSON format of app/core/case_json.py. Every name,
number and company in it is made up.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.paths import font_path  # noqa: E402

OUT = ROOT / "resources" / "demo"
W, H = 720, 1280
ORDER_NO = "2611012000123456"
COURSE = "教师资格证7天包过冲刺班"
SHOP = "金榜老师课堂（示例）"
COMPANY = "杭州示例教育科技有限公司"


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path()), size, index=0)


def status_bar(draw: ImageDraw.ImageDraw, color: str = "#000000") -> None:
    draw.text((28, 14), "20:31", font=font(24), fill=color)
    draw.text((W - 120, 14), "5G  86%", font=font(22), fill=color)


def order_page() -> Image.Image:
    img = Image.new("RGB", (W, H), "#f4f4f4")
    d = ImageDraw.Draw(img)
    status_bar(d)
    d.text((W // 2, 78), "订单详情", font=font(32), fill="#222222", anchor="mm")
    d.rectangle((0, 120, W, 250), fill="#ff5000")
    d.text((36, 150), "交易成功", font=font(36), fill="white")
    d.text((36, 202), "课程已发放至“我的课程”", font=font(24), fill="#ffe7d9")
    d.rounded_rectangle((24, 274, W - 24, 560), 16, fill="white")
    d.text((48, 298), SHOP, font=font(26), fill="#222222")
    d.rounded_rectangle((48, 346, 208, 506), 10, fill="#ffd9c2")
    d.text((128, 426), "7天\n包过", font=font(34), fill="#d4380d", anchor="mm", align="center")
    d.text((232, 350), COURSE, font=font(28), fill="#222222")
    d.text((232, 396), "直播间专享 · 共12节 · 11月3日开课", font=font(22), fill="#888888")
    d.text((232, 460), "¥199.00", font=font(30), fill="#222222")
    d.text((W - 60, 466), "x1", font=font(24), fill="#888888")
    d.rounded_rectangle((24, 584, W - 24, 700), 16, fill="white")
    d.text((48, 606), "实付款", font=font(26), fill="#222222")
    d.text((W - 48, 606), "¥199.00", font=font(30), fill="#ff5000", anchor="ra")
    d.text((48, 652), "商品总价 ¥199.00  优惠 ¥0.00", font=font(22), fill="#888888")
    d.rounded_rectangle((24, 724, W - 24, 1040), 16, fill="white")
    rows = [("订单编号", f"{ORDER_NO}  复制"), ("下单时间", "2026-11-01 20:00:12"),
            ("付款时间", "2026-11-01 20:00:30"), ("支付方式", "微信支付"), ("商家名称", COMPANY)]
    for n, (key, value) in enumerate(rows):
        y = 748 + n * 56
        d.text((48, y), key, font=font(24), fill="#888888")
        d.text((200, y), value, font=font(24), fill="#222222")
    d.rectangle((0, H - 120, W, H), fill="white")
    for n, label in enumerate(("联系商家", "申请售后", "再来一单")):
        x = W - 196 * (3 - n)
        d.rounded_rectangle((x, H - 96, x + 180, H - 36), 30, outline="#cccccc", width=2)
        d.text((x + 90, H - 66), label, font=font(24), fill="#222222", anchor="mm")
    return img


def payment_page() -> Image.Image:
    img = Image.new("RGB", (W, H), "#ededed")
    d = ImageDraw.Draw(img)
    status_bar(d)
    d.text((W // 2, 78), "账单详情", font=font(32), fill="#111111", anchor="mm")
    d.rectangle((0, 120, W, H), fill="white")
    d.ellipse((W // 2 - 44, 170, W // 2 + 44, 258), fill="#ff5000")
    d.text((W // 2, 214), "快", font=font(40), fill="white", anchor="mm")
    d.text((W // 2, 300), "快手", font=font(28), fill="#111111", anchor="mm")
    d.text((W // 2, 380), "-199.00", font=font(64), fill="#111111", anchor="mm")
    d.text((W // 2, 452), "支付成功", font=font(26), fill="#07c160", anchor="mm")
    rows = [("当前状态", "支付成功"), ("商品", COURSE), ("商户全称", COMPANY),
            ("支付时间", "2026年11月1日 20:00:30"), ("支付方式", "零钱"),
            ("交易单号", "4200002026110112345678"), ("商户单号", ORDER_NO)]
    for n, (key, value) in enumerate(rows):
        y = 540 + n * 62
        d.text((48, y), key, font=font(24), fill="#888888")
        d.text((210, y), value, font=font(24), fill="#111111")
    d.line((48, 1000, W - 48, 1000), fill="#e5e5e5", width=2)
    d.text((48, 1030), "对订单有疑问", font=font(24), fill="#576b95")
    d.text((48, 1090), "发起群收款", font=font(24), fill="#576b95")
    return img


def promo_page() -> Image.Image:
    img = Image.new("RGB", (W, H), "#2b1331")
    d = ImageDraw.Draw(img)
    status_bar(d, "white")
    d.rounded_rectangle((24, 70, 330, 130), 30, fill="#4a2a52")
    d.text((44, 84), "金榜老师  直播中", font=font(26), fill="white")
    d.text((W - 36, 88), "3.2万人在看", font=font(22), fill="#dddddd", anchor="ra")
    d.rounded_rectangle((60, 220, W - 60, 640), 24, fill="#ffefc2")
    d.text((W // 2, 300), "教师资格证", font=font(56), fill="#b71c1c", anchor="mm")
    d.text((W // 2, 410), "7天包过！", font=font(96), fill="#d50000", anchor="mm")
    d.text((W // 2, 520), "不过全额退款", font=font(48), fill="#b71c1c", anchor="mm")
    d.text((W // 2, 590), "零基础 · 押题直达考场", font=font(28), fill="#6d4c41", anchor="mm")
    d.rounded_rectangle((60, 690, W - 60, 820), 24, fill="#ff5000")
    d.text((W // 2, 735), "直播间专享价 ¥199", font=font(44), fill="white", anchor="mm")
    d.text((W // 2, 790), "原价¥1299  仅限今晚", font=font(26), fill="#ffe0cc", anchor="mm")
    comments = [("小雨", "真的7天能过吗？"), ("金榜老师", "保证过！不过全额退！"), ("阿杰", "已拍"),
                ("王小明", "下单了，11月能开课吗")]
    for n, (who, text) in enumerate(comments):
        y = 900 + n * 58
        d.rounded_rectangle((24, y, 24 + 40 + 26 * (len(who) + len(text)), y + 46), 23, fill="#4a2a52")
        d.text((44, y + 10), f"{who}：{text}", font=font(24), fill="#ffe08a" if who == "金榜老师" else "white")
    d.text((24, H - 60), "2026-11-01 19:52 录屏截图", font=font(22), fill="#bbbbbb")
    return img


def contract_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", str(font_path()), subfontIndex=0))
    # initialFontName: otherwise the page starts in Helvetica, which is referenced but never embedded.
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, initialFontName="WQY", initialFontSize=12)
    c.setFont("WQY", 18)
    width, height = A4
    c.drawCentredString(width / 2, height - 72, "课程服务协议")
    lines = [
        f"甲方（服务提供方）：{COMPANY}",
        "乙方（学员）：王小明",
        f"订单编号：{ORDER_NO}",
        "",
        f"一、课程内容：{COURSE}，共12节直播课，2026年11月3日19:00开课。",
        "二、课程费用：人民币199.00元（大写：壹佰玖拾玖元整），乙方已于2026年11月1日支付。",
        "三、学习方式：乙方通过快手App“我的课程”观看直播及回放。",
        "四、甲方承诺：按课程大纲完成授课，提供课后答疑。",
        "五、退款约定：课程属虚拟商品，一经售出概不退款。",
        "六、其他：本协议自乙方支付之日起生效。",
        "",
        "甲方（盖章）：杭州示例教育科技有限公司",
        "签订日期：2026年11月1日",
    ]
    c.setFont("WQY", 12)
    y = height - 120
    for line in lines:
        c.drawString(72, y, line)
        y -= 24
    c.setFont("WQY", 9)
    c.drawString(72, 48, "示例文件：姓名、公司和订单号均为虚构。")
    c.showPage()
    c.save()


CHAT = f"""2026-11-02 10:00:05 王小明: 你好，我11月1日在直播间买的教师资格证冲刺班，订单号{ORDER_NO}，还没开课，\
我想申请退款。
2026-11-02 10:03:40 金榜课堂客服: 亲，课程属于虚拟商品，一经售出概不退款哦。
2026-11-02 10:05:12 王小明: 课程11月3日才开课，我只看了试听的导学视频，现在申请开课前退款。
2026-11-02 10:06:30 金榜课堂客服: 协议里写了不退款的，亲可以先学学看，7天包过的。
2026-11-02 10:08:02 王小明: 直播里说不过全额退，现在开课前都不给退吗？请按平台规则处理。
2026-11-02 10:15:47 金榜课堂客服: 抱歉亲，退款申请无法通过。
"""


def case_json() -> dict[str, object]:
    return {
        "title": "教师资格证冲刺班退款（示例）",
        "platform": "kuaishou",
        "status": "open",
        "consumer": {"name": "王小明", "phone": "13800138000", "address": "北京市朝阳区示例路1号"},
        "merchant": {"name": COMPANY, "shop": SHOP, "address": "浙江省杭州市西湖区示例大道88号",
                     "contact": "快手店铺客服"},
        "order": {"number": ORDER_NO, "item": COURSE, "amount": "199.00", "paid_at": "2026-11-01T20:00:30+08:00",
                  "channel": "微信支付"},
        "course": {"starts_at": "2026-11-03T19:00:00+08:00", "progress_percent": 3, "misrepresented": True},
        "refund": {"status": "refused", "requested_at": "2026-11-02T10:00:05+08:00", "refunded_amount": "0.00"},
        "demands": "退还课程费用199.00元；因直播宣传“7天包过、不过全额退款”属虚假宣传，请求按价款三倍赔偿597.00元。",
        "facts": "2026年11月1日20:00，我在快手直播间购买了“教师资格证7天包过冲刺班”，支付199.00元。主播在直播中承诺"
                 "“7天包过，不过全额退款”。11月2日10:00课程尚未开课，我向商家客服申请退款，客服以“虚拟商品一经售出"
                 "概不退款”为由拒绝。",
        "evidence": [
            {"file": "order.png", "kind": "purchase", "title": "快手订单详情", "source": "快手App 我的-订单",
             "proves": "购买课程、订单号和实付款199.00元", "occurred_at": "2026-11-01T20:00:30+08:00"},
            {"file": "wechat_pay.png", "kind": "payment", "title": "微信支付账单", "source": "微信 我-服务-钱包-账单",
             "proves": "已支付199.00元", "occurred_at": "2026-11-01T20:00:30+08:00"},
            {"file": "promo.png", "kind": "promo", "title": "直播间宣传“7天包过”", "source": "直播录屏截图",
             "proves": "商家承诺7天包过、不过全额退款", "occurred_at": "2026-11-01T19:52:00+08:00"},
            {"file": "contract.pdf", "kind": "contract", "title": "课程服务协议", "source": "购买后商家发送",
             "proves": "课程内容、价格和开课时间；“概不退款”的格式条款"},
            {"file": "chat.txt", "kind": "chat", "title": "与商家客服的聊天记录", "source": "快手私信导出",
             "proves": "开课前申请退款被拒", "occurred_at": "2026-11-02T10:00:05+08:00"},
        ],
        "events": [
            {"at": "2026-11-01T19:52:00+08:00", "text": "直播间宣传“7天包过，不过全额退款”"},
            {"at": "2026-11-01T20:00:30+08:00", "text": "下单并支付199.00元"},
            {"at": "2026-11-02T10:00:05+08:00", "text": "开课前向商家客服申请退款"},
            {"at": "2026-11-02T10:15:47+08:00", "text": "商家拒绝退款"},
        ],
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, image in (("order.png", order_page()), ("wechat_pay.png", payment_page()), ("promo.png", promo_page())):
        image.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(OUT / name, optimize=True)
    contract_pdf(OUT / "contract.pdf")
    (OUT / "chat.txt").write_text(CHAT, "utf-8")
    (OUT / "case.json").write_text(json.dumps(case_json(), ensure_ascii=False, indent=2) + "\n", "utf-8")
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
