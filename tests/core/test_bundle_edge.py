"""Bundles from awkward evidence: broken files, missing originals, encrypted and rotated PDFs, long chats."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from app.bundle.builder import BundleRequest, _context, build_bundle, story
from app.bundle.layout import render
from app.core.domain import EvidenceInfo
from tests.bundle_fixtures import AS_OF, contract_pdf, make_case, make_check
from tests.pdf_text import pdf_pages


def _info(eid: int, path: Path, media: str, title: str, **changes: object) -> EvidenceInfo:
    data = path.read_bytes() if path.exists() else b""
    info = EvidenceInfo(
        id=eid, case_id=12, kind="other", title=title, source="", proves="", occurred_at=None,
        original_name=path.name, media_type=media, size=len(data), sha256=hashlib.sha256(data).hexdigest(),
        imported_at=AS_OF, captured_at=None, position=eid, page_count=None, text=None,
    )
    return dataclasses.replace(info, **changes)  # type: ignore[arg-type]


def _build(tmp_path: Path, evidence: list[EvidenceInfo], files: dict[int, Path]) -> tuple[PdfReader, list[str], list]:
    case, _ = make_case(tmp_path / "base")
    case.evidence = evidence
    req = BundleRequest(case=case, check=make_check(), originals=files, as_of=AS_OF)
    result = build_bundle(req, tmp_path / "bundle.pdf")
    reader = PdfReader(result.path)
    assert len(reader.pages) == result.pages
    return reader, result.warnings, result.exhibits


def test_broken_files_are_listed_and_reported(tmp_path: Path) -> None:
    bad_png = tmp_path / "坏图.png"
    bad_png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 100)
    bad_pdf = tmp_path / "坏.pdf"
    bad_pdf.write_bytes(b"%PDF-1.7\nnot really")
    locked = tmp_path / "加密.pdf"
    contract_pdf(tmp_path / "plain.pdf", pages=1)
    writer = PdfWriter(clone_from=str(tmp_path / "plain.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner")
    writer.write(locked)
    evidence = [_info(1, bad_png, "image/png", "坏图"), _info(2, bad_pdf, "application/pdf", "坏PDF"),
                _info(3, locked, "application/pdf", "加密PDF"), _info(4, tmp_path / "gone.png", "image/png", "丢失")]
    files = {1: bad_png, 2: bad_pdf, 3: locked, 4: tmp_path / "gone.png"}
    reader, warnings, spans = _build(tmp_path, evidence, files)
    assert len(warnings) == 4
    assert any("证据3" in w and "加密" in w for w in warnings)
    for _, first, last in spans:
        assert first == last
        assert "原件另行提交" in reader.pages[first - 1].extract_text()


def test_rotated_and_odd_sized_pdf_pages_are_kept(tmp_path: Path) -> None:
    src = tmp_path / "rot.pdf"
    contract_pdf(src, pages=2)
    writer = PdfWriter(clone_from=str(src))
    writer.pages[0].rotate(90)
    writer.pages[1].mediabox.upper_right = (300, 400)  # a small receipt-sized page
    writer.write(src)
    reader, warnings, spans = _build(tmp_path, [_info(1, src, "application/pdf", "协议")], {1: src})
    assert warnings == []
    (_, first, last), = spans
    assert last - first + 1 == 2
    for k, page in enumerate(range(first, last + 1), 1):
        assert f"证据1　第 {k} 页 / 共 2 页" in reader.pages[page - 1].extract_text()
    assert "课程服务协议" in reader.pages[first - 1].extract_text()


def test_long_chat_flows_over_pages_and_plain_text_logs_print(tmp_path: Path) -> None:
    log = tmp_path / "chat.txt"
    log.write_bytes("第一行\n第二行".encode("gbk"))
    messages = [{"at": (AS_OF + timedelta(minutes=i)).isoformat(), "sender": "客服" if i % 2 else "我",
                 "text": f"第{i}条消息：" + "课程退款" * (i % 7 + 1)} for i in range(400)]
    evidence = [_info(1, log, "text/plain", "长聊天", messages=messages),
                _info(2, log, "text/plain", "未解析的聊天")]  # no messages, no text: decoded here (GBK)
    reader, warnings, spans = _build(tmp_path, evidence, {1: log, 2: log})
    (_, first, last), (_, first2, _) = spans
    assert last > first + 3
    pages = pdf_pages(tmp_path / "bundle.pdf")  # pdftotext: the long chat's many pages
    text = "".join(pages[first - 1:last])
    assert "第0条消息" in text and "第399条消息" in text
    assert "第二行" in pages[first2 - 1]
    # no PDF exhibit, nothing attached: reportlab's file is the bundle, with outline and metadata
    assert [item.title for item in reader.outline if not isinstance(item, list)][-2:] == ["证据", "完整性校验"]
    assert reader.metadata is not None and reader.metadata.author == "张三"
    assert reader.metadata.creation_date is not None and reader.metadata.creation_date.year == 2026


def test_a_counting_pass_finds_the_pages_a_drawn_pass_finds(tmp_path: Path) -> None:
    """The pass that only counts pages lays every paragraph out but draws none (app/bundle/layout.py's
    _Unsaved, styles.p): each anchor's page, the PDF slots and the total must be what drawing finds."""
    case, originals = make_case(tmp_path / "base")
    messages = [{"at": (AS_OF + timedelta(minutes=i)).isoformat(), "sender": "客服" if i % 2 else "我",
                 "text": f"第{i}条消息：" + "课程退款" * (i % 7 + 1)} for i in range(120)]
    case.evidence = [dataclasses.replace(e, messages=messages) if e.id == 105 else e
                     for e in case.evidence if e.id in (104, 105, 106)]  # the PDF, a long chat, a video: no pictures
    ctx, _, _ = _context(BundleRequest(case=case, check=make_check(), originals=originals, as_of=AS_OF), None)
    ctx.draw_images = False
    counted = render(ctx, story, io.BytesIO(), save=False)
    drawn = render(ctx, story, io.BytesIO())
    assert counted == drawn
    assert counted.total > 12 and len(counted.slots) == 3 and len(counted.anchors) >= 8


def test_an_exhibits_own_fonts_stay_on_its_pages(tmp_path: Path) -> None:
    """A PDF exhibit made with Helvetica (not embedded: it is the evidence, unchanged) must not
    leak that font into the resources of the bundle's other pages."""
    src = tmp_path / "helvetica.pdf"
    canv = Canvas(str(src))
    canv.setFont("Helvetica", 12)
    canv.drawString(72, 720, "Receipt 199.00")
    canv.showPage()
    canv.save()
    reader, _, spans = _build(tmp_path, [_info(1, src, "application/pdf", "收据")], {1: src})
    (_, first, last), = spans
    for number, page in enumerate(reader.pages, 1):
        fonts = page["/Resources"]["/Font"].get_object()
        names = {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
        if first <= number <= last:
            assert "/Helvetica" in names
        else:
            assert all("WenQuanYi" in name for name in names), (number, names)
    assert "Receipt 199.00" in reader.pages[first - 1].extract_text()
