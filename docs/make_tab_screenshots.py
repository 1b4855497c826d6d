"""Screenshots of the main window on each case tab (Chinese), and the rules tab in English, at 1024×700 (the
smallest window the app is made for) and 1440×900: docs/tab-<tab>-<width>.png.

Run from the repository root: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_tab_screenshots.py`.
Everything is generated into a temporary data folder; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from app.core.domain import CaseData, Consumer, Course, Merchant, Order, Refund  # noqa: E402
from app.core.paths import font_path  # noqa: E402
from app.core.timeutil import now  # noqa: E402
from app.services.cases import CaseService  # noqa: E402
from app.views.shell.application import create_main_window  # noqa: E402

DOCS = Path(__file__).resolve().parent


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path()), size, index=0)


def phone_shot(path: Path, title: str, lines: list[tuple[str, str]], accent: str = "#ff4906") -> Path:
    """A 750×1334 phone screenshot: a title bar and chat-like or form-like lines of Chinese text."""
    image = Image.new("RGB", (750, 1334), "#f5f5f5")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 750, 130), fill=accent)
    draw.text((375, 80), title, font=font(40), fill="white", anchor="mm")
    top = 180
    for side, text in lines:
        box_font = font(32)
        width = min(560, int(draw.textlength(text, font=box_font)) + 40)
        left = 40 if side == "l" else 710 - width
        fill = "white" if side == "l" else "#95ec69"
        if side == "c":
            left, width, fill = 40, 670, "white"
        draw.rounded_rectangle((left, top, left + width, top + 70), 14, fill=fill)
        draw.text((left + 20, top + 35), text, font=box_font, fill="#222222", anchor="lm")
        top += 100
    image.save(path, "PNG")
    return path


def contract_pdf(path: Path) -> Path:
    pdfmetrics.registerFont(TTFont("WQY", str(font_path()), subfontIndex=0))
    pdf = canvas.Canvas(str(path))
    for page in (1, 2):
        pdf.setFont("WQY", 20)
        pdf.drawString(72, 760, "课程服务协议")
        pdf.setFont("WQY", 12)
        for n, line in enumerate(["甲方：某某教育科技有限公司", "乙方：张三", "第五条 开课前申请退款的，全额退还。",
                                  f"第 {page} 页"]):
            pdf.drawString(72, 720 - n * 22, line)
        pdf.showPage()
    pdf.save()
    return path


def make_files(folder: Path) -> list[tuple[Path, str, str, str]]:
    """(file, kind, source, proves)"""
    return [
        (phone_shot(folder / "订单详情.png", "订单详情", [("c", "30天英语速成课"), ("c", "实付金额 ¥199.00"),
                                                          ("c", "订单号 2026110112345678")]),
         "purchase", "快手App订单页", "购买了课程，金额199元"),
        (phone_shot(folder / "微信支付凭证.png", "支付成功", [("c", "¥199.00"), ("c", "收款方 某某教育")], "#07c160"),
         "payment", "微信支付", "已支付199元"),
        (contract_pdf(folder / "课程服务协议.pdf"), "contract", "商家发来的协议", "开课前可全额退款"),
        (phone_shot(folder / "直播间宣传.png", "直播间",
                    [("l", "不满意随时全额退款！"), ("l", "保证三十天说一口流利英语")]),
         "promo", "快手直播间", "主播承诺随时退款"),
        (phone_shot(folder / "与客服聊天.png", "客服小王",
                    [("r", "你好，我要申请退款"), ("l", "亲，课程一经购买不予退款"), ("r", "还没开课，按规则可以退")],
                    "#3d7eff"),
         "chat", "快手私信", "商家拒绝退款"),
        (phone_shot(folder / "退款申请被拒.png", "退款详情",
                    [("c", "退款申请已被商家拒绝"), ("c", "拒绝理由：虚拟商品不退")]),
         "refund", "快手App", "退款申请被拒绝"),
    ]


def realistic_case() -> CaseData:
    paid = now().replace(second=0, microsecond=0) - timedelta(days=2, hours=3)
    return CaseData(
        title="快手直播间英语课退款",
        consumer=Consumer(name="张三", phone="13800000000", address="北京市朝阳区某路1号"),
        merchant=Merchant(name="某某教育科技有限公司", shop="某某课堂", address="杭州市西湖区某路2号"),
        order=Order(number="2026110112345678", item="30天英语速成课", amount=Decimal("199.00"), paid_at=paid,
                    channel="微信支付"),
        course=Course(starts_at=paid + timedelta(days=5, hours=2), progress_percent=Decimal("0"), misrepresented=True),
        refund=Refund(status="refused", requested_at=paid + timedelta(days=1)),
        demands="退还课程费用199元，并按规定赔偿",
        facts="在快手直播间购买英语课，主播承诺不满意随时退款；开课前申请退款被拒绝。",
    )


def settle(condition, timeout_ms: int = 60000) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until condition() holds.

    A QEventLoop, never processEvents() in a loop: with PySide6 6.12 on Python 3.11,
    processEvents() while worker threads run corrupts None's reference count.
    """
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start(50)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the panel did not settle")


def shoot(widget: QWidget, name: str) -> None:
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)  # let layouts and queued updates settle
    loop.exec()
    widget.grab().save(str(DOCS / name))
    print("wrote", DOCS / name)


SIZES = ((1024, 700), (1440, 900))


def shoot_tabs(window, case_id: int, work: Path, broken: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    window.open_case(case_id, "overview")
    overview = window.panels["overview"]
    settle(lambda: overview.card.result is not None)
    shoot(window, f"tab-overview{suffix}.png")

    window.open_case(case_id, "evidence")
    evidence = window.panels["evidence"]
    if not (work / "out").exists():  # once: a refused file and a duplicate, as the tab shows them
        evidence.add_files([broken, work / "in" / "微信支付凭证.png"])
    settle(lambda: not evidence.import_jobs and all(evidence.model.has_thumbnail(i)
                                                      for i in evidence.model.ids()[:5]))
    evidence.view.setCurrentIndex(evidence.model.index(3))
    shoot(window, f"tab-evidence{suffix}.png")

    window.open_case(case_id, "timeline")
    shoot(window, f"tab-timeline{suffix}.png")

    window.open_case(case_id, "rules")
    rules = window.panels["rules"]
    settle(lambda: rules.result is not None and rules.recheck.isEnabled())
    shoot(window, f"tab-rules{suffix}.png")

    window.open_case(case_id, "export")
    export = window.panels["export"]
    settle(lambda: export.pre is not None)
    if not (work / "out").exists():
        (work / "out").mkdir()
        export.set_output_path(work / "out" / "快手直播间英语课退款-证据材料.pdf")
        export.start_export()
        settle(lambda: not export.running(), 180000)
        settle(lambda: export.pre is not None and export.history.states)
    shoot(window, f"tab-export{suffix}.png")

    window.set_language("en")
    window.open_case(case_id, "rules")
    settle(lambda: rules.result is not None and rules.result.lang == "en")
    shoot(window, f"tab-rules-en{suffix}.png")


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        service = CaseService(work / "data")
        case_id = service.create_case(realistic_case())
        paid = realistic_case().order.paid_at
        assert paid is not None
        for path, kind, source, proves in make_files(work / "in"):
            item = service.add_evidence(case_id, [path]).added[0]
            service.update_evidence(item.id, kind=kind, source=source, proves=proves,
                                    occurred_at=paid + timedelta(minutes=10 * item.position))
        service.add_event(case_id, paid - timedelta(minutes=30), "在快手直播间观看英语课直播，主播承诺不满意随时退")
        service.add_event(case_id, paid + timedelta(days=1, hours=2), "拨打快手客服电话，客服称需商家同意")
        broken = work / "in" / "截图-损坏.png"
        broken.write_bytes((work / "in" / "订单详情.png").read_bytes()[:3000])

        # The real main window, as `python -m app` builds it (bundled font, Chinese by default).
        window = create_main_window(service, app)
        window.show()
        settle(lambda: window.case_list.model.rowCount() == 1)
        for width, height in SIZES:
            window.set_language("zh_CN")
            window.resize(width, height)
            shoot_tabs(window, case_id, work, broken, f"-{width}")
        window.close()
        window.runner.wait(60000)  # nothing may still write when the temporary folder goes
        service.close()


if __name__ == "__main__":
    main()
