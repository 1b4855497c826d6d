"""The 12315 helper's service side: pictures within the limits, PDFs and chat logs as pages, new folders only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from app.core.case_draft import read_draft
from app.services.cases import CaseService
from app.services.online_filing import document_context, fit_jpeg, form_fields, upload_folder, write_upload_images
from tests.store_helpers import case_dict, write_case_json


def test_fit_jpeg_keeps_within_bytes_and_pixels() -> None:
    # Over max_side: shrunk to 600x800 first; noise fits at no quality there, nor at 480x640: 384x512 at quality 40
    # (the same 18 tries as a 2100x2800 picture into 150 KB and 1600 px, at a quarter of the pixels).
    noisy = Image.effect_noise((1050, 1400), 80).convert("RGB")
    data = fit_jpeg(noisy, max_bytes=38 * 1024, max_side=800)
    assert len(data) <= 38 * 1024
    with Image.open(__import__("io").BytesIO(data)) as out:
        assert max(out.size) <= 800


def test_every_kind_of_exhibit_becomes_numbered_pictures(service: CaseService, tmp_path: Path) -> None:
    import img2pdf

    folder = tmp_path / "in"
    path = write_case_json(folder)  # a payment screenshot and a chat log
    Image.new("RGB", (200, 300), (250, 250, 250)).save(folder / "page.png")
    (folder / "contract.pdf").write_bytes(img2pdf.convert([str(folder / "page.png")] * 2))
    draft = read_draft(path)
    case_id = service.create_from_draft(draft)
    service.add_evidence(case_id, [folder / "contract.pdf"], kind="contract")
    ctx = document_context(service, case_id)
    report = write_upload_images(ctx, tmp_path / "up")
    names = sorted(p.name for p in report.written)
    assert names == ["证据1-1.jpg", "证据2-1.jpg", "证据3-1.jpg", "证据3-2.jpg"], names
    assert report.skipped == []
    with pytest.raises(FileExistsError):
        write_upload_images(ctx, tmp_path / "up")
    assert upload_folder(tmp_path, "a/b") != upload_folder(tmp_path / "nowhere", "a/b")
    (tmp_path / upload_folder(tmp_path, "x").name).mkdir()
    assert upload_folder(tmp_path, "x").name.endswith("-2")


def test_form_fields_follow_the_case(service: CaseService, tmp_path: Path) -> None:
    data = case_dict(demands="退还199元\n赔礼道歉")
    case_id = service.create_from_draft(read_draft(write_case_json(tmp_path / "in", data)))
    fields = {f.key: f.text for f in form_fields(document_context(service, case_id))}
    assert fields["request"] == "1. 退还199元\n2. 赔礼道歉"
    assert fields["purchase_time"] == "2026-11-01 20:00" and fields["respondent_shop"] == "某某课堂（快手）"
    assert fields["problem_short"].startswith("2026年11月1日在快手平台“某某课堂”购买“30天英语速成课”")
    assert "（证据1）" in fields["problem_full"]


def test_the_upload_pictures_show_the_redacted_copy(service: CaseService, tmp_path: Path) -> None:
    """What the 12315 helper writes follows the redaction, as the bundle does: the covered ID number's red band
    is nowhere in the pictures; a PDF page's secret neither; a lost copy is made again first."""
    from app.core.domain import CaseData
    from app.services.redaction import derived_files, redact
    from tests.privacy_fixtures import SHOT_BOX, pdf_box, secret_pdf, secret_red_count, secret_screenshot

    case_id = service.create_case(CaseData(title="遮挡后上传"))
    shot, pdf = secret_screenshot(tmp_path / "in" / "聊天.png"), secret_pdf(tmp_path / "in" / "合同.pdf")
    service.add_evidence(case_id, [shot, pdf])

    def red_in_pictures(folder: Path) -> int:
        report = write_upload_images(document_context(service, case_id), folder)
        assert len(report.written) == 3 and report.skipped == []  # the picture and two PDF pages
        return sum(secret_red_count(Image.open(p)) for p in report.written)

    assert red_in_pictures(tmp_path / "before") > 1000  # the secret is there without a redaction
    shot_item, pdf_item = service.get_case(case_id).evidence
    redact(service, shot_item.id, [SHOT_BOX])
    redacted = redact(service, pdf_item.id, [pdf_box(1)])
    assert red_in_pictures(tmp_path / "after") == 0
    assert redacted.redaction is not None
    derived_files(service).path_for(redacted.redaction.sha256).unlink()  # a lost copy: made again, never the original
    assert red_in_pictures(tmp_path / "again") == 0
