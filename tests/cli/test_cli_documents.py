"""`export ID --document complaint|claim|evidence-list|authorisation --format pdf|docx --out FILE`."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from app.cli import export as cli_export
from app.services import documents
from tests.cli.conftest import Run
from tests.store_helpers import case_dict, write_case_json


@pytest.fixture
def case_id(run: Run, tmp_path: Path) -> str:
    data = case_dict()
    data["refund"] = {**data["refund"], "refused_at": "2026-11-02T18:00:00+08:00"}
    path = write_case_json(tmp_path / "in", data)
    return run("case", "create", "--json", str(path), check=True).stdout.strip()


def test_the_cli_knows_the_same_documents() -> None:
    assert cli_export.DOCUMENTS == documents.DOCUMENTS and cli_export.FORMATS == documents.FORMATS


@pytest.mark.parametrize("which", documents.DOCUMENTS)
def test_each_document_in_both_formats(run: Run, case_id: str, tmp_path: Path, which: str) -> None:
    pdf, word = tmp_path / f"{which}.pdf", tmp_path / f"{which}.docx"
    out = run("export", case_id, "--document", which, "--format", "pdf", "--out", str(pdf), check=True).stdout
    assert out.startswith(str(pdf)) and " pages  sha256 " in out
    run("export", case_id, "--document", which, "--out", str(word), check=True)  # the format from the name
    assert PdfReader(pdf).pages and "张三" in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    doc = docx.Document(str(word))
    text = [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert any("张三" in line for line in text)


def test_no_overwrite_without_force_and_usage_errors(run: Run, case_id: str, tmp_path: Path) -> None:
    out = tmp_path / "claim.docx"
    out.write_bytes(b"edited by a volunteer")
    proc = run("export", case_id, "--document", "claim", "--format", "docx", "--out", str(out))
    assert proc.returncode == 2 and "already exists" in proc.stderr and out.read_bytes() == b"edited by a volunteer"
    run("export", case_id, "--document", "claim", "--format", "docx", "--out", str(out), "--force", check=True)
    assert "民事起诉状" in docx.Document(str(out)).paragraphs[0].text
    proc = run("export", case_id, "--document", "claim", "--zip", str(tmp_path / "x.zip"), "--out",
               str(tmp_path / "c.pdf"))
    assert proc.returncode == 2 and "--zip applies to the bundle" in proc.stderr
    assert run("export", case_id, "--document", "letter", "--out", str(tmp_path / "c.pdf")).returncode == 2
    proc = run("export", case_id, "--format", "docx", "--out", str(tmp_path / "b.docx"))
    assert proc.returncode == 2 and "needs --document" in proc.stderr
    shown = json.loads(run("case", "show", case_id, "--json", check=True).stdout)
    assert shown["refund"]["refused_at"] == "2026-11-02T18:00:00+08:00"
