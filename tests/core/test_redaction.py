"""Redacted copies: pictures upright and without metadata, PDF pages that keep nothing underneath,
the service's bookkeeping, and the pure helpers (boxes, ID numbers, suggestions)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.core.privacy import (
    BadBox,
    RedactionBox,
    mask_id_number,
    mask_id_numbers_in,
    parse_box,
    suggest_boxes,
    valid_id_number,
)
from app.evidence.redaction import pages_to_rasterise, redact_pdf, redact_picture
from tests.privacy_fixtures import (
    SECRET_CARD,
    SECRET_ID,
    SECRET_WORD,
    SHOT_BOX,
    pdf_box,
    pixels,
    secret_pdf,
    secret_red_count,
    secret_screenshot,
    stream_bytes,
)

# ----- pictures -------------------------------------------------------------------------------------

def test_picture_copy_fills_the_box_and_keeps_the_rest(tmp_path: Path) -> None:
    shot = secret_screenshot(tmp_path / "shot.png")
    out = tmp_path / "out.png"
    redact_picture(shot, None, [SHOT_BOX], out)
    with Image.open(shot) as before, Image.open(out) as after:
        assert after.size == before.size and after.format == "PNG"
        b = SHOT_BOX
        inside = after.convert("RGB").crop((b.x, b.y, b.x + b.w, b.y + b.h))
        assert set(pixels(inside)) == {(0, 0, 0)}
        assert secret_red_count(after) == 0
        below = (0, 400, 600, 900)
        assert pixels(after.convert("RGB").crop(below)) == pixels(before.convert("RGB").crop(below))


def test_picture_boxes_are_in_the_upright_picture_and_metadata_is_dropped(tmp_path: Path) -> None:
    # Stored 200 wide x 100 high, EXIF orientation 6 (shown turned: 100 wide x 200 high).
    img = Image.new("RGB", (200, 100), (255, 255, 255))
    img.paste((214, 18, 32), (150, 0, 200, 100))  # the right end of the stored picture...
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x8825] = {1: "N", 2: (39.0, 54.0, 0.0)}  # GPS
    src = tmp_path / "photo.jpg"
    img.save(src, "JPEG", exif=exif.tobytes(), quality=95)
    out = tmp_path / "out.png"
    redact_picture(src, None, [RedactionBox(1, 0, 150, 100, 50)], out)  # ...is the bottom when shown upright
    with Image.open(out) as after:
        assert after.size == (100, 200)
        assert not after.getexif() and "exif" not in after.info
        assert secret_red_count(after) == 0


def test_transparent_picture_goes_on_white(tmp_path: Path) -> None:
    src = tmp_path / "t.png"
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(src)
    out = tmp_path / "o.png"
    redact_picture(src, None, [RedactionBox(1, 0, 0, 5, 5)], out)
    with Image.open(out) as after:
        rgb = after.convert("RGB")
        assert rgb.getpixel((10, 10)) == (255, 255, 255) and rgb.getpixel((2, 2)) == (0, 0, 0)


# ----- PDFs -----------------------------------------------------------------------------------------

def test_pdf_page_with_a_box_becomes_a_picture_and_other_pages_stay_text(tmp_path: Path) -> None:
    src = secret_pdf(tmp_path / "c.pdf")
    out = tmp_path / "o.pdf"
    assert redact_pdf(src, [pdf_box()], out) == {0}
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert reader.pages[0].extract_text().strip() == ""
    assert "Page two stays text" in reader.pages[1].extract_text()
    assert [round(float(x)) for x in reader.pages[0].mediabox] == [0, 0, 595, 842]
    for data in stream_bytes(out.read_bytes()):
        assert SECRET_WORD.encode() not in data and SECRET_CARD.encode() not in data
    # The page picture is readable: 200 dpi, the line below the box still there as pixels.
    image = next(iter(reader.pages[0].images)).image
    assert image is not None and image.width >= 1600
    # The only colour on the page was under the box: the page is stored grey (a third of the bytes).
    assert image.mode == "L"


def _two_pages_sharing_an_image(path: Path, link_back: bool = False, widget: bool = False) -> Path:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4)
    logo = Image.new("RGB", (10, 10), (214, 18, 32))
    for n in range(3):
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 700, f"{SECRET_WORD} page {n + 1}" if n == 0 else f"page {n + 1}")
        if n < 2:
            from reportlab.lib.utils import ImageReader

            canvas.drawImage(ImageReader(logo), 72, 600, 20, 20)  # reportlab reuses one XObject
        canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=io.BytesIO(buf.getvalue()))
    if link_back:  # page 3 links to page 1: copying the link would copy page 1 with it
        link = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
                                 NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4),
                                 NameObject("/Dest"): ArrayObject([writer.pages[0].indirect_reference,
                                                                   NameObject("/Fit")])})
        writer.pages[2][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    if widget:
        note = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
                                 NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4)})
        writer.pages[2][NameObject("/Annots")] = ArrayObject([writer._add_object(note)])
    writer.write(path)
    return path


def test_pages_that_could_carry_part_of_a_redacted_page_are_rasterised_too(tmp_path: Path) -> None:
    src = _two_pages_sharing_an_image(tmp_path / "shared.pdf")
    assert pages_to_rasterise(PdfReader(src), {0}) == {0, 1}  # page 2 draws the same image object
    src = _two_pages_sharing_an_image(tmp_path / "noted.pdf", widget=True)
    assert pages_to_rasterise(PdfReader(src), {0}) == {0, 1, 2}  # an annotation (not a link)


def test_a_kept_page_never_brings_the_redacted_page_along(tmp_path: Path) -> None:
    src = _two_pages_sharing_an_image(tmp_path / "linked.pdf", link_back=True)
    out = tmp_path / "o.pdf"
    assert redact_pdf(src, [RedactionBox(1, 100, 100, 900, 400)], out) == {0, 1}
    reader = PdfReader(out)
    assert "page 3" in reader.pages[2].extract_text() and "/Annots" not in reader.pages[2]
    for data in stream_bytes(out.read_bytes()):
        assert SECRET_WORD.encode() not in data


# ----- the service ---------------------------------------------------------------------------------

@pytest.fixture
def redacted(service, tmp_path: Path):  # type: ignore[no-untyped-def]
    from app.core.domain import CaseData, Consumer
    from app.services import redaction

    case_id = service.create_case(CaseData(title="隐私", consumer=Consumer(phone="13800000000")))
    report = service.add_evidence(case_id, [secret_screenshot(tmp_path / "s.png")])
    item = redaction.redact(service, report.added[0].id, [SHOT_BOX])
    return service, item


def test_redact_keeps_the_original_and_stores_the_copy_by_hash(redacted) -> None:  # type: ignore[no-untyped-def]
    from app.evidence.vault import file_sha256
    from app.services import redaction

    service, item = redacted
    assert item.redaction is not None and item.redaction.count == 1
    assert service.vault.verify(item.sha256) == item.sha256
    copy = redaction.shown_path(service, item)
    assert copy.parent.parent.name == "derived" and file_sha256(copy) == item.redaction.sha256
    assert redaction.shown_path(service, item) != service.original_path(item)
    # The same boxes again change nothing; a lost copy is made again before it is used.
    again = redaction.redact(service, item.id, [SHOT_BOX])
    assert again.redaction == item.redaction
    copy.chmod(0o644)
    copy.unlink()
    fresh = redaction.ensure_copy(service, item)
    assert fresh.redaction is not None and redaction.shown_path(service, fresh).is_file()
    assert service.audit_log(item.case_id)[-1].action in ("evidence.redaction_remade", "evidence.redact")


def test_redaction_refuses_a_damaged_original(redacted) -> None:  # type: ignore[no-untyped-def]
    from app.core.errors import IntegrityFailure
    from app.services import redaction

    service, item = redacted
    original = service.original_path(item)
    original.chmod(0o644)
    original.write_bytes(original.read_bytes() + b"x")
    with pytest.raises(IntegrityFailure):
        redaction.redact(service, item.id, [RedactionBox(1, 1, 1, 4, 4)])


# ----- pure helpers ---------------------------------------------------------------------------------

def test_parse_box() -> None:
    assert parse_box("1, 2,3,4", page=2) == RedactionBox(2, 1, 2, 3, 4)
    for bad in ("1,2,3", "a,b,c,d", "1,2,0,4", "-1,2,3,4", "1.5,2,3,4"):
        with pytest.raises(BadBox):
            parse_box(bad)
    assert RedactionBox(1, 90, 90, 50, 50).clipped(100, 100) == RedactionBox(1, 90, 90, 10, 10)
    assert RedactionBox(1, 100, 0, 5, 5).clipped(100, 100) is None


def test_id_numbers_are_checked_and_masked() -> None:
    assert valid_id_number(SECRET_ID) and valid_id_number(SECRET_ID.lower())
    assert not valid_id_number("110105194912310021")  # wrong check digit
    assert mask_id_number("330106199001011234") == "3301**********1234"
    assert mask_id_numbers_in(f"身份证{SECRET_ID}，订单2026110112345678", [SECRET_ID]) == \
        "身份证1101**********002X，订单2026110112345678"
    assert mask_id_numbers_in("号码 11010519491231002X 在此") == "号码 1101**********002X 在此"


@dataclass(frozen=True)
class _Line:
    text: str
    box: tuple[int, int, int, int]
    score: float = 0.99


def test_suggestions_cover_ids_cards_and_strangers_phones_only() -> None:
    lines = [
        _Line(f"身份证号：{SECRET_ID}", (100, 50, 560, 40)),
        _Line("卡号 6222 0212 3456 7890 128", (100, 120, 500, 40)),
        _Line("商家电话 13800000000", (100, 200, 400, 40)),
        _Line("联系人 139-1234-5678", (100, 260, 400, 40)),
        _Line("订单号 2026110112345678", (100, 320, 400, 40)),  # 16 digits, fails Luhn: no card
    ]
    found = suggest_boxes(lines, party_phones=["13800000000"])
    assert [s.kind for s in found] == ["id_number", "bank_card", "phone"]
    id_box = found[0].box
    assert 275 <= id_box.x <= 300 and id_box.x + id_box.w >= 660  # the number (after 5 wide characters), not the label
    assert all(s.box.page == 1 and s.box.w > 0 for s in found)


def test_suggestions_come_from_the_recognised_text_of_a_picture(redacted) -> None:  # type: ignore[no-untyped-def]
    from app.evidence.ocr.lines import Line
    from app.evidence.ocr.worker import PageText
    from app.services import evidence_text, redaction

    service, item = redacted
    assert redaction.suggestions(service, item) == []  # nothing read yet
    # The engine read a half-size copy: its boxes are scaled to the picture's pixels.
    lines = (Line(f"身份证 {SECRET_ID}", (20, 70, 260, 20), 0.98), Line("电话 13800000000", (20, 200, 150, 20), 0.9))
    evidence_text.store(service, item.id, "test-engine", [PageText(lines, 300, 450)])
    found = redaction.suggestions(service, item)
    assert [s.kind for s in found] == ["id_number"]  # 13800000000 is the consumer's own phone
    box = found[0].box
    assert 40 < box.x < 200 and 130 <= box.y <= 140 and box.x + box.w >= 555
