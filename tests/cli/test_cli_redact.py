"""`evidence redact` and the bundle: what is covered is gone from everything an export writes."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.core.privacy import PDF_DPI
from tests.cli.conftest import Run
from tests.pdf_text import pdf_text
from tests.privacy_fixtures import (
    SECRET_CARD,
    SECRET_ID,
    SECRET_WORD,
    SHOT_BOX,
    SHOT_SIZE,
    pdf_box,
    pixels,
    secret_pdf,
    secret_red_count,
    secret_screenshot,
    stream_bytes,
)
from tests.store_helpers import case_dict

FILL_MAX = 24  # the fill is black (0, 0, 0); JPEG in the bundle may move it by a few levels


def _case(run: Run, tmp_path: Path) -> tuple[str, str, str]:
    folder = tmp_path / "in"
    shot = secret_screenshot(folder / "chat.png")
    pdf = secret_pdf(folder / "contract.pdf")
    data = case_dict(evidence=[{"file": shot.name, "kind": "chat", "title": "客服聊天截图"},
                               {"file": pdf.name, "kind": "contract", "title": "课程合同"}])
    (folder / "case.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    case_id = run("case", "create", "--json", str(folder / "case.json"), check=True).stdout.strip()
    items = json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]
    return case_id, str(items[0]["id"]), str(items[1]["id"])


def _recognised(data_dir: Path, evidence_id: int) -> None:
    """What text recognition would store for the screenshot: the ID number on the red band, and a chat line."""
    from app.evidence.ocr.lines import Line
    from app.evidence.ocr.worker import PageText
    from app.services.cases import CaseService
    from app.services.evidence_text import store

    lines = (Line(SECRET_ID, (80, 158, 330, 34), 0.99), Line("老师您好请退款", (80, 312, 210, 34), 0.99))
    svc = CaseService(data_dir, housekeeping=False)
    try:
        store(svc, evidence_id, "test-engine", [PageText(lines, SHOT_SIZE[0], SHOT_SIZE[1])])
    finally:
        svc.close()


def _region(img: Image.Image, box: tuple[float, float, float, float], inset: int) -> list[tuple[int, ...]]:
    x0, y0, x1, y1 = (round(v) for v in box)
    crop = img.convert("RGB").crop((x0 + inset, y0 + inset, x1 - inset, y1 - inset))
    return pixels(crop)


def test_redacted_screenshot_and_pdf_page_leave_nothing_in_the_bundle(run: Run, tmp_path: Path,
                                                                      data_dir: Path) -> None:
    case_id, shot_id, pdf_id = _case(run, tmp_path)
    _recognised(data_dir, int(shot_id))
    b = SHOT_BOX
    done = run("evidence", "redact", shot_id, "--box", f"{b.x},{b.y},{b.w},{b.h}", check=True)
    assert "1 area(s) redacted" in done.stdout
    p = pdf_box()
    run("evidence", "redact", pdf_id, "--page", "1", "--box", f"{p.x},{p.y},{p.w},{p.h}", check=True)
    out, zipped = tmp_path / "out" / "bundle.pdf", tmp_path / "out" / "bundle.zip"
    run("export", case_id, "--out", str(out), "--attach-originals", "--zip", str(zipped), check=True)

    # Text: pdftotext, pypdf, and every stream of the bundle, attachments opened too.
    text = pdf_text(out)
    text += "".join(page.extract_text() for page in PdfReader(out).pages)
    assert SECRET_WORD not in text and SECRET_CARD not in text and SECRET_ID not in text
    assert "Page two stays text" in text  # a page without a box keeps its text layer
    assert "老师您好请退款" in text  # the picture's recognised text outside the box is still searchable
    assert "已遮挡 1 处" in text.replace(" ", "").replace("已遮挡1处", "已遮挡 1 处")
    for data in stream_bytes(out.read_bytes()):
        assert SECRET_WORD.encode() not in data and SECRET_CARD.encode() not in data
    with zipfile.ZipFile(zipped) as zf:
        names = zf.namelist()
        assert any(n.endswith("-已遮挡.png") for n in names) and any(n.endswith("-已遮挡.pdf") for n in names)
        for name in names:
            blob = zf.read(name)
            assert SECRET_WORD.encode() not in blob
            if name.endswith(".pdf"):
                assert not any(SECRET_WORD.encode() in d for d in stream_bytes(blob))

    # Pixels: every image in the bundle (pdfimages), the redacted areas nothing but the fill.
    images = tmp_path / "images"
    images.mkdir()
    subprocess.run(["pdfimages", "-png", str(out), str(images / "img")], check=True)
    found = sorted(images.glob("*.png"))
    assert found
    shot_seen = page_seen = False
    for path in found:
        with Image.open(path) as img:
            rgb = img.convert("RGB")
            assert secret_red_count(rgb) == 0, path.name
            if abs(rgb.width / rgb.height - SHOT_SIZE[0] / SHOT_SIZE[1]) < 0.01:
                f = rgb.width / SHOT_SIZE[0]
                region = _region(rgb, (b.x * f, b.y * f, (b.x + b.w) * f, (b.y + b.h) * f), inset=3)
                assert max(max(px) for px in region) <= FILL_MAX
                shot_seen = True
            elif rgb.width > 1000:  # the PDF page, rasterised at PDF_DPI: box pixels are page pixels
                f = rgb.width / (595.2756 * PDF_DPI / 72)
                region = _region(rgb, (p.x * f, p.y * f, (p.x + p.w) * f, (p.y + p.h) * f), inset=1)
                assert max(max(px) for px in region) == 0
                page_seen = True
    assert shot_seen and page_seen

    # The originals are untouched and still verify.
    shown = json.loads(run("case", "show", case_id, "--json").stdout)
    for e in shown["evidence"]:
        original = data_dir / "vault" / "objects" / e["sha256"][:2] / e["sha256"]
        assert original.is_file()
    assert run("verify", check=True).stdout.strip().endswith("OK")
    # The integrity appendix lists both hashes of each redacted exhibit.
    flat = text.replace("\n", "").replace(" ", "")
    for item_id in (shot_id, pdf_id):
        listed = json.loads(run("evidence", "redact", item_id, "--json", check=True).stdout)
        assert listed["original_sha256"] in flat and listed["redacted_sha256"] in flat


def test_boxes_add_up_clear_removes_and_bad_boxes_change_nothing(run: Run, tmp_path: Path,
                                                                 data_dir: Path) -> None:
    _case_id, shot_id, pdf_id = _case(run, tmp_path)
    run("evidence", "redact", shot_id, "--box", "10,10,50,50", check=True)
    run("evidence", "redact", shot_id, "--box", "100,100,20,20", "--box", "590,890,50,50", check=True)
    state = json.loads(run("evidence", "redact", shot_id, "--json", check=True).stdout)
    assert state["areas"] == 3
    assert {"page": 1, "x": 590, "y": 890, "w": 10, "h": 10} in state["boxes"]  # cut to the picture
    first_copy = state["redacted_sha256"]
    # A box off the picture, on a page the file lacks, or badly written: exit 2, nothing changed.
    for bad in (["--box", "700,10,5,5"], ["--page", "3", "--box", "1,1,5,5"], ["--box", "1,2,3"],
                ["--box", "1,1,0,5"], ["--page", "0", "--box", "1,1,1,1"]):
        item = pdf_id if "--page" in bad else shot_id
        proc = run("evidence", "redact", item, *bad)
        assert proc.returncode == 2, (bad, proc.stderr)
        assert proc.stderr.startswith("error: ")
    again = json.loads(run("evidence", "redact", shot_id, "--json", check=True).stdout)
    assert again["redacted_sha256"] == first_copy
    copy = data_dir / "vault" / "derived" / first_copy[:2] / first_copy
    assert copy.is_file()
    # --clear --box replaces; --clear alone removes, and the unused copy goes with it.
    run("evidence", "redact", shot_id, "--clear", "--box", "5,5,5,5", check=True)
    assert json.loads(run("evidence", "redact", shot_id, "--json").stdout)["areas"] == 1
    assert not copy.exists()
    proc = run("evidence", "redact", shot_id, "--clear", check=True)
    assert "not redacted" in proc.stdout
    assert not [f for f in (data_dir / "vault" / "derived").rglob("*") if f.is_file()]


@pytest.mark.parametrize("pages", [["--page", "2", "--box", "1,1,10,10", "--page", "1", "--box", "2,2,10,10"],
                                   ["--box", "1,1,10,10", "--page", "2"]])
def test_page_applies_to_the_boxes_after_it(run: Run, tmp_path: Path, pages: list[str]) -> None:
    _case_id, _shot_id, pdf_id = _case(run, tmp_path)
    run("evidence", "redact", pdf_id, *pages, check=True)
    state = json.loads(run("evidence", "redact", pdf_id, "--json").stdout)
    got = sorted((bx["page"], bx["x"]) for bx in state["boxes"])
    assert got == ([(1, 2), (2, 1)] if len(pages) == 8 else [(2, 1)])


def test_only_pictures_and_pdfs_and_audit_records_each_change(run: Run, tmp_path: Path) -> None:
    case_id, shot_id, _pdf_id = _case(run, tmp_path)
    chat = tmp_path / "chat.txt"
    chat.write_text("2026-11-01 20:00:12 张三: 你好\n", "utf-8")
    run("evidence", "add", case_id, str(chat), check=True)
    items = json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]
    chat_id = str(next(e["id"] for e in items if e["original_name"] == "chat.txt"))
    proc = run("evidence", "redact", chat_id, "--box", "1,1,5,5")
    assert proc.returncode == 1 and "only pictures and PDFs" in proc.stderr
    assert run("evidence", "redact", "999", "--box", "1,1,5,5").returncode == 1
    run("evidence", "redact", shot_id, "--box", "1,1,5,5", check=True)
    run("evidence", "redact", shot_id, "--clear", check=True)
    from app.services.cases import CaseService

    svc = CaseService(tmp_path / "data", housekeeping=False)
    try:
        actions = [a.action for a in svc.audit_log(int(case_id))]
    finally:
        svc.close()
    assert actions[-2:] == ["evidence.redact", "evidence.unredact"]


def test_id_number_in_full_only_in_the_letter_to_the_regulator(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    data = case_dict(consumer={"name": "张三", "phone": "13800000000", "address": "北京市朝阳区某路1号",
                               "id_number": SECRET_ID},
                     facts=f"投诉人（身份证号{SECRET_ID}）于2026年11月1日购买课程。",
                     events=[{"at": "2026-11-02T10:00:05", "text": f"客服要求提供身份证号 {SECRET_ID}"}])
    (folder / "case.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    case_id = run("case", "create", "--json", str(folder / "case.json"), check=True).stdout.strip()
    masked = "1101**********002X"
    for recipient, full_times in (("market_regulator", 1), ("consumer_association", 0)):
        out = tmp_path / f"{recipient}.pdf"
        run("export", case_id, "--out", str(out), "--recipient", recipient, check=True)
        text = pdf_text(out)
        flat = text.replace(" ", "")
        assert flat.count(SECRET_ID) == full_times, recipient
        assert flat.count(masked) >= 2  # the facts and the event
        if full_times:
            assert f"身份证件号码：{SECRET_ID}" in flat
        else:
            assert f"身份证件号码：{masked}" in flat
