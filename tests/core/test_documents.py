"""The escalation documents, opened the way a volunteer or a court would: python-docx and pypdf."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from app.core.case_draft import read_draft
from app.core.errors import DomainError
from app.services.cases import CaseService
from app.services.documents import DOCUMENTS, export_document
from tests.store_helpers import case_dict, write_case_json

COMPLAINTS = [{"channel": "market_regulator", "filed_at": "2026-11-05T10:00:00+08:00", "number": "1231500000123",
               "accepted_at": "2026-11-10T09:00:00+08:00", "closed_at": "2027-01-09T09:00:00+08:00",
               "outcome": "mediation_failed"}]


@pytest.fixture
def case_id(service: CaseService, tmp_path: Path) -> int:
    data = case_dict(complaints=COMPLAINTS, agent={"name": "李志愿", "id_number": "110101199202021234"},
                     course={"starts_at": "2026-11-03T19:00:00+08:00", "progress_percent": 4,
                             "misrepresented": True})
    data["refund"] = {**data["refund"], "refused_at": "2026-11-02T18:00:00+08:00"}
    return service.create_from_draft(read_draft(write_case_json(tmp_path / "in", data)))


def docx_text(path: Path) -> str:
    doc = docx.Document(str(path))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def texts(service: CaseService, case_id: int, which: str, tmp_path: Path) -> tuple[str, str]:
    pdf = export_document(service, case_id, which, "pdf", tmp_path / f"{which}.pdf")
    word = export_document(service, case_id, which, "docx", tmp_path / f"{which}.docx")
    assert pdf.pages and pdf.pages >= 1 and word.pages is None
    return pdf_text(pdf.path), docx_text(word.path)


def squeeze(text: str) -> str:
    return "".join(text.split())  # pypdf breaks lines inside a paragraph


def test_statement_of_claim(service: CaseService, case_id: int, tmp_path: Path) -> None:
    pdf, word = texts(service, case_id, "claim", tmp_path)
    for text in (squeeze(pdf), squeeze(word)):
        assert "民事起诉状" in text
        assert "原告" in text and "姓名：张三" in text and "联系电话：13800000000" in text  # parties
        assert "被告" in text and "名称：某某教育科技有限公司" in text and "住所地：杭州市某区某路2号" in text
        assert "1.判令被告退还原告课程费用199.00元" in text  # requests
        assert "判令被告依照《中华人民共和国消费者权益保护法》第五十五条第一款的规定赔偿原告597.00元" in text
        assert "本案诉讼费用由被告负担" in text
        assert "支付199.00元（证据1）" in text  # exhibits cited in the facts
        assert "见所附证据清单（证据1至证据2）" in text
        assert "向市场监督管理部门投诉（编号1231500000123），2026年11月10日受理，2027年1月9日因调解不成终止调解" in text
        assert "被投诉人" not in text and "投诉人于" not in text  # the court's terms throughout
        assert "人民法院" in text and "具状人（签名）" in text and "日期：" in text
    doc = docx.Document(str(tmp_path / "claim.docx"))
    assert doc.paragraphs[0].style.name == "Title" and doc.core_properties.title.startswith("民事起诉状")


def test_evidence_list(service: CaseService, case_id: int, tmp_path: Path) -> None:
    pdf, _word = texts(service, case_id, "evidence-list", tmp_path)
    table = docx.Document(str(tmp_path / "evidence-list.docx")).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["序号", "证据名称", "证据来源", "证明内容", "页数", "原件/复印件"]
    assert rows[1][:4] == ["证据1", "微信支付凭证", "微信", "已支付199元"]
    assert rows[1][4] == "1" and rows[1][5] == "原件（电子数据打印件）"
    assert rows[2][0] == "证据2" and rows[2][1] == "与客服的聊天记录" and rows[2][4] == "1"
    assert len(rows) == 3
    flat = squeeze(pdf)
    assert "证据清单" in flat and "微信支付凭证" in flat and "第十九条" in flat and "提交人：原告张三" in flat


def test_complaint_letter_and_authorisation(service: CaseService, case_id: int, tmp_path: Path) -> None:
    pdf, word = texts(service, case_id, "complaint", tmp_path)
    for text in (squeeze(pdf), squeeze(word)):
        assert "投诉书" in text and "被投诉人" in text and "委托代理人：李志愿" in text
        assert "证据1微信支付凭证" in text and "第0页" not in text  # cited, without bundle pages
    pdf, word = texts(service, case_id, "authorisation", tmp_path)
    for text in (squeeze(pdf), squeeze(word)):
        assert "授权委托书" in text and "李志愿" in text and "张三" in text and "第一百六十五条" in text


def test_every_font_embedded_and_never_helvetica(service: CaseService, case_id: int, tmp_path: Path) -> None:
    for which in DOCUMENTS:
        out = export_document(service, case_id, which, "pdf", tmp_path / f"{which}.pdf").path
        fonts = set()
        for page in PdfReader(out).pages:
            resources = page.get("/Resources") or {}
            for font in (resources.get("/Font") or {}).values():
                obj = font.get_object()
                fonts.add(str(obj.get("/BaseFont")))
                assert "/FontFile2" in obj["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object() \
                    if "/DescendantFonts" in obj else "/FontFile2" in obj["/FontDescriptor"].get_object()
        assert fonts and not any("Helvetica" in f for f in fonts), fonts


def test_never_over_an_existing_file(service: CaseService, case_id: int, tmp_path: Path) -> None:
    out = tmp_path / "claim.docx"
    out.write_bytes(b"mine")
    with pytest.raises(DomainError, match="already exists"):
        export_document(service, case_id, "claim", "docx", out)
    assert out.read_bytes() == b"mine"
    export_document(service, case_id, "claim", "docx", out, force=True)
    assert "民事起诉状" in docx_text(out)
    with pytest.raises(DomainError, match="data folder"):
        export_document(service, case_id, "claim", "pdf", service.data_dir / "x.pdf")
    logged = [a for a in service.audit_log(case_id) if a.action == "bundle.document"]
    assert len(logged) == 1 and '"document":"claim"' in logged[0].detail
