"""PDFs read like screenshots: a scanned page (no text layer) is rendered by PDFium at 200 dpi and read
by the real engine; a page with a text layer gives its own text; boxes are pixels of the page at 200 dpi."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.core.domain import CaseData
from app.core.paths import font_path
from app.evidence.ocr.engine import Engine
from app.evidence.ocr.pdfpages import MIN_TEXT_CHARS
from app.evidence.ocr.worker import OcrFailed, read_file_here
from app.services import evidence_text
from app.services.cases import CaseService
from app.services.reading import reading_of
from tests.ocr_pictures import BILL, SHORT_CHAT, drawn, scanned_pdf

COMPANY_LINE = "收款方全称 杭州测试文本层教育科技有限公司"


@pytest.fixture
def engine(ocr_engine: Engine) -> Engine:
    """The test process's engine (tests/conftest.py)."""
    return ocr_engine


def text_pdf(path: Path, scanned_page: Path | None = None) -> Path:
    """One A4 page with a text layer in the bundled font; optionally a second page that is only a picture
    (the picture's pixels at 200 dpi)."""
    pdfmetrics.registerFont(TTFont("WQY", str(font_path()), subfontIndex=0))
    c = Canvas(str(path), pagesize=(595.0, 842.0))
    c.setFont("WQY", 14)
    c.drawString(72, 842 - 100, COMPANY_LINE)  # baseline 100 pt below the top
    c.drawString(72, 842 - 130, "交易时间 2026-11-01 20:00:12")
    c.showPage()
    if scanned_page is not None:
        from PIL import Image

        with Image.open(scanned_page) as im:
            size = im.width * 72 / 200, im.height * 72 / 200
        c.setPageSize(size)
        c.drawImage(str(scanned_page), 0, 0, *size)
        c.showPage()
    c.save()
    return path


def test_scanned_pages_are_rendered_and_read(engine: Engine, tmp_path: Path) -> None:
    path, truths = scanned_pdf(tmp_path / "scan.pdf", BILL, SHORT_CHAT)
    pages = read_file_here(str(path), engine)
    assert [p.page for p in pages] == [1, 2]
    assert [(p.width, p.height) for p in pages] == [BILL.size, SHORT_CHAT.size]  # 200 dpi: the pictures' own pixels
    first = [ln.text for ln in pages[0].lines]
    assert "商户全称" in first and truths[0].facts["merchant.name"] in first
    label = next(ln for ln in pages[0].lines if ln.text == "商户全称")
    assert 0 < label.box[0] < BILL.size[0] / 2 and 0 < label.score < 1  # read by the engine, left half of the page
    assert any(w in " ".join(ln.text for ln in pages[1].lines) for w in truths[1].words)
    reading = reading_of(str(path), pages)
    assert reading.kind == "payment"
    assert {k: f.value for k, f in reading.facts.items()} == truths[0].facts
    as_json = reading.to_json()
    assert {ln["page"] for ln in as_json["lines"]} == {1, 2}
    name = reading.facts["merchant.name"]
    assert all(as_json["lines"][i]["page"] == 1 for i in name.lines)


def bill_rows(path: Path, company: str) -> Path:
    """Two rows of a bill, label left and value right, as a picture 720 px wide (read in a few tenths of a
    second)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (720, 160), (255, 255, 255))
    draw, font = ImageDraw.Draw(img), ImageFont.truetype(str(font_path()), 28)
    for top, (label, value) in zip((30, 90), (("商户全称", company), ("支付方式", "零钱")), strict=True):
        draw.text((40, top), label, font=font, fill=(128, 128, 128))
        draw.text((220, top), value, font=font, fill=(25, 25, 25))
    img.save(path)
    return path


def test_a_text_layer_is_used_and_a_picture_page_beside_it_is_read(engine: Engine, tmp_path: Path) -> None:
    other = "杭州知行教育科技有限公司"
    pages = read_file_here(str(text_pdf(tmp_path / "mixed.pdf", bill_rows(tmp_path / "rows.png", other))), engine)
    assert len(COMPANY_LINE) >= MIN_TEXT_CHARS
    first = pages[0]
    assert (first.width, first.height) == (round(595 * 200 / 72), round(842 * 200 / 72))
    company = next(ln for ln in first.lines if ln.text == COMPANY_LINE)
    assert company.score == 1.0  # the text layer, not the engine
    x, y, w, h = company.box
    assert abs(x - 200) <= 8  # 72 pt from the left at 200 dpi (the first glyph's side bearing aside)
    assert 100 * 200 / 72 - h - 8 <= y <= 100 * 200 / 72 and 30 <= h <= 60  # the line sits on its baseline
    assert w > 500
    assert (pages[1].width, pages[1].height) == (720, 160)
    second = [ln.text for ln in pages[1].lines]
    assert "商户全称" in second and other in second  # the page without text was read as a picture
    assert reading_of("rows.pdf", pages[1:]).facts["merchant.name"].value == other
    reading = reading_of("mixed.pdf", pages)
    # Page 1 names one company, page 2 another: the pages disagree, so no merchant is proposed.
    assert "merchant.name" not in reading.facts


def test_unreadable_pdfs_are_named(engine: Engine, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj garbage")
    with pytest.raises(OcrFailed, match="damaged"):
        read_file_here(str(broken), engine)


@pytest.mark.both_stores  # the search over what was read (FTS5 / pg_trgm)
def test_a_scanned_pdf_in_a_case_is_read_stored_and_searchable(service: CaseService, engine: Engine,
                                                                tmp_path: Path) -> None:
    path, truths = scanned_pdf(tmp_path / "账单扫描.pdf", SHORT_CHAT, BILL)
    case_id = service.create_case(CaseData(title="扫描件"))
    item = service.add_evidence(case_id, [path]).added[0]
    assert evidence_text.pending(service, case_id, engine="v1") == [item.id]
    report = evidence_text.recognise(service, case_id, reader=lambda p: read_file_here(p, engine), engine="v1")
    assert report.read == [item.id]
    stored = evidence_text.reading(service, item.id)
    assert stored is not None and stored.kind == "chat"  # the first page's kind (not "other")
    assert stored.facts["merchant.name"].value == truths[1].facts["merchant.name"]
    assert {stored.pages[i] for i in stored.facts["merchant.name"].lines} == {2}
    hits = evidence_text.search(service, case_id, truths[1].facts["merchant.name"])
    assert [h.evidence_id for h in hits] == [item.id]
    assert evidence_text.pending(service, case_id, engine="v1") == []


def test_a_pdf_with_text_on_every_page_never_loads_the_engine(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = text_pdf(tmp_path / "text.pdf")
    code = ("import sys; from app.evidence.ocr.worker import read_file_here; "
            f"pages = read_file_here({str(path)!r}); "
            "print(len(pages), pages[0].lines[0].text, 'onnxruntime' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2]).stdout.split()
    assert out == ["1", *COMPANY_LINE.split(), "False", "False"]


def test_an_id_number_on_a_scanned_pdf_page_is_suggested_for_covering_on_that_page(
        service: CaseService, engine: Engine, tmp_path: Path) -> None:
    from PIL import Image

    from app.services.redaction import suggestions
    from tests.privacy_fixtures import SECRET_ID, SHOT_BOX, secret_screenshot

    chat = drawn(SHORT_CHAT)[0]
    with Image.open(secret_screenshot(tmp_path / "secret.png")) as secret:
        # Its top 300 rows: the title and the ID on its red band (the chat bubbles below took a second to read).
        top = secret.convert("RGB").crop((0, 0, secret.width, 300))
    assert SHOT_BOX.y + SHOT_BOX.h < top.height
    pdf = tmp_path / "扫描件.pdf"
    chat.save(pdf, "PDF", resolution=200.0, save_all=True, append_images=[top])
    case_id = service.create_case(CaseData(title="遮挡"))
    item = service.add_evidence(case_id, [pdf]).added[0]
    assert suggestions(service, item) == []  # not read yet
    evidence_text.recognise(service, case_id, reader=lambda p: read_file_here(p, engine), engine="v1")
    found = suggestions(service, item)
    assert [(s.kind, s.text, s.box.page) for s in found] == [("id_number", SECRET_ID, 2)]
    box = found[0].box  # in the page's pixels at 200 dpi: where the picture drew it
    assert SHOT_BOX.x <= box.x and box.x + box.w <= SHOT_BOX.x + SHOT_BOX.w
    assert SHOT_BOX.y <= box.y and box.y + box.h <= SHOT_BOX.y + SHOT_BOX.h
