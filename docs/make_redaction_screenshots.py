"""Screenshots of the redaction tool (docs/redact-*.png) and of a redacted exhibit in the bundle.

Run from the repository root: `QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_redaction_screenshots.py`.
Everything is generated into a temporary data folder. The text "recognised" on the payment screenshot is
written by this script where it drew the text (the lines text recognition would store), so that the
suggestions show without the OCR packages.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_tab_screenshots import DOCS, phone_shot, realistic_case, settle, shoot  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from app.core.paths import font_path  # noqa: E402
from app.core.privacy import PDF_DPI, RedactionBox  # noqa: E402
from app.services.cases import CaseService  # noqa: E402
from app.views.shell.application import create_main_window  # noqa: E402

ID_NUMBER = "33010619900101123X"  # a made-up resident ID with a valid check digit
PAYMENT_LINES = [("c", "支付成功 ¥199.00"), ("c", "收款方 某某教育科技有限公司"), ("c", "付款人 张三"),
                 ("c", f"身份证号 {ID_NUMBER}"), ("c", "银行卡 6222 0212 3456 7890 128"),
                 ("c", "推荐人电话 13912345678"), ("c", "商户单号 2026110112345678")]


def contract_pdf(path: Path) -> Path:
    pdfmetrics.registerFont(TTFont("WQY", str(font_path()), subfontIndex=0))
    pdf = canvas.Canvas(str(path))
    pdf.setFont("WQY", 20)
    pdf.drawString(72, 760, "课程服务协议")
    pdf.setFont("WQY", 12)
    for n, line in enumerate(["甲方：某某教育科技有限公司", "乙方：张三", f"乙方身份证号：{ID_NUMBER}",
                              "乙方住址：北京市朝阳区某路1号", "第五条 开课前申请退款的，全额退还。"]):
        pdf.drawString(72, 720 - n * 22, line)
    pdf.showPage()
    pdf.save()
    return path


def recognised_lines() -> list[object]:
    """Where phone_shot drew each line: 100 px apart from y=180, text 20 px in from a 670-wide box at x=40."""
    from PIL import Image, ImageDraw, ImageFont

    from app.evidence.ocr.lines import Line

    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    font = ImageFont.truetype(str(font_path()), 32, index=0)
    lines = []
    for n, (_side, text) in enumerate(PAYMENT_LINES):
        width = int(draw.textlength(text, font=font))
        lines.append(Line(text, (60, 180 + 100 * n + 17, width, 36), 0.98))
    return lines


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        service = CaseService(work / "data")
        case_id = service.create_case(realistic_case())
        shot = phone_shot(work / "in" / "支付详情.png", "支付详情", PAYMENT_LINES, "#07c160")
        paper = contract_pdf(work / "in" / "课程服务协议.pdf")
        shot_item = service.add_evidence(case_id, [shot]).added[0]
        pdf_item = service.add_evidence(case_id, [paper]).added[0]
        service.update_evidence(shot_item.id, kind="payment", source="微信支付", proves="已支付199元")
        service.update_evidence(pdf_item.id, kind="contract", source="商家发来的协议", proves="开课前可全额退款")
        from app.evidence.ocr.worker import PageText
        from app.services.evidence_text import store

        store(service, shot_item.id, "docs-example", [PageText(tuple(recognised_lines()), 750, 1334)])  # type: ignore

        window = create_main_window(service, app)
        window.show()
        settle(lambda: window.case_list.model.rowCount() == 1)
        window.open_case(case_id, "evidence")
        panel = window.panels["evidence"]
        settle(lambda: panel.model.rowCount() == 2)  # type: ignore[attr-defined]

        # A picture: the suggestions over the ID, the bank card and a stranger's phone; one box drawn by hand.
        viewer = panel.open_viewer(shot_item.id)  # type: ignore[attr-defined]
        viewer.resize(760, 900)
        settle(lambda: viewer.redact_button.isEnabled())
        viewer.start_redaction()
        settle(lambda: viewer.canvas is not None)
        viewer.suggest_boxes()
        settle(lambda: len(viewer.canvas.boxes()) == 3)
        drawn = viewer.canvas.add(RedactionBox(1, 40, 380, 670, 70))  # 付款人 张三
        drawn.setSelected(True)
        viewer.view.fit_width()
        shoot(viewer, "redact-picture.png")
        viewer.save_redaction()
        settle(lambda: viewer.item.redaction is not None and viewer.bar.save.isEnabled())
        viewer.close()

        # A PDF page: a box over the ID number line, saved; the page will be a picture in the bundle.
        viewer = panel.open_viewer(pdf_item.id)  # type: ignore[attr-defined]
        viewer.resize(760, 900)
        settle(lambda: viewer.redact_button.isEnabled())
        viewer.start_redaction()
        settle(lambda: viewer.canvas is not None)
        f = PDF_DPI / 72
        viewer.canvas.add(RedactionBox(1, int(66 * f), int((842 - 720 + 44 - 14) * f), int(260 * f), int(20 * f)))
        viewer.canvas.add(RedactionBox(1, int(66 * f), int((842 - 720 + 66 - 14) * f), int(240 * f), int(20 * f)))
        viewer.view.fit_width()
        viewer.save_redaction()
        settle(lambda: viewer.item.redaction is not None and viewer.bar.save.isEnabled())
        shoot(viewer, "redact-pdf.png")
        viewer.close()

        # What the recipient gets: the exhibit pages of the bundle.
        from app.services.export import ExportOptions, export_case

        out = work / "bundle.pdf"
        export_case(service, case_id, out, ExportOptions())
        pages = [n for n, span in enumerate(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                                                           text=True, check=True).stdout.split("\f"), 1)
                 if "已遮挡" in span and "SHA-256" in span]
        for name, page in zip(("bundle-redacted-picture", "bundle-redacted-pdf"), pages, strict=False):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", str(out),
                            str(DOCS / name)], check=True)
            print("wrote", DOCS / f"{name}.png")
        window.close()
        service.close()


if __name__ == "__main__":
    main()
