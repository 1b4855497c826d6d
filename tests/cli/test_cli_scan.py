"""`scan PATH... [--json]`: recognised lines and proposed facts per file, in the OCR worker process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.ocr_once import SharedOcrWorker
from tests.ocr_pictures import ALIPAY, BILL, CHAT, ORDER, SHORT_CHAT, scanned_pdf, shot_file
from tests.ocr_screens import make, save


@pytest.fixture(scope="module")
def one_worker() -> Iterator[SharedOcrWorker]:
    worker = SharedOcrWorker()
    yield worker
    worker.stop()


@pytest.fixture
def shared_worker(one_worker: SharedOcrWorker, monkeypatch: pytest.MonkeyPatch) -> None:
    """`scan` reads in the module's one worker process (a real one; starting it is not what these tests are
    about): each scan would otherwise spawn a process and load the engine again."""
    from app.evidence.ocr.install import check_available
    from app.services import reading

    def the_worker() -> SharedOcrWorker:
        check_available()  # as OcrWorker() does: OcrUnavailable before anything is read
        return one_worker

    monkeypatch.setattr(reading, "OcrWorker", the_worker)


def test_scan_json_reads_each_file_and_names_the_unreadable(run_no_store: Run, shared_worker: None, tmp_path: Path,
                                                            data_dir: Path) -> None:
    good, truth = shot_file(ALIPAY, tmp_path / "bill.jpg")
    folder = tmp_path / "more"
    folder.mkdir()
    _, truth2 = shot_file(ORDER, folder / "order.jpg")
    (folder / "notes.txt").write_text("not a picture", encoding="utf-8")
    proc = run_no_store("scan", str(good), "missing.png", str(folder), "--json")
    assert proc.returncode == 1, proc.stderr
    files = json.loads(proc.stdout)["files"]
    assert [f["path"] for f in files] == [str(good), "missing.png", str(folder / "notes.txt"),
                                          str(folder / "order.jpg")]
    bill = files[0]
    assert set(bill) == {"path", "kind", "lines", "facts"}
    assert bill["kind"] == "payment"
    assert {k: v["value"] for k, v in bill["facts"].items()} == truth.facts
    amount = bill["facts"]["order.amount"]
    assert amount["line"] == f"-{truth.facts['order.amount']}"
    assert bill["facts"]["merchant.name"]["line"] == f"收款方全称 {truth.facts['merchant.name']}"
    for line in bill["lines"]:
        assert set(line) == {"text", "box", "score"}
        assert len(line["box"]) == 4 and all(isinstance(v, int) for v in line["box"])
        assert 0 < line["score"] <= 1
    assert files[1]["error"] and files[2]["error"]
    assert files[1]["lines"] == [] and files[1]["facts"] == {}
    order = files[3]
    assert order["kind"] == "order"
    assert {k: v["value"] for k, v in order["facts"].items()} == truth2.facts
    assert not data_dir.exists()  # nothing stored


def test_scan_prints_facts_and_lines(run_no_store: Run, shared_worker: None, tmp_path: Path) -> None:
    path, truth = shot_file(BILL, tmp_path / "wx.jpg")
    proc = run_no_store("scan", str(path))
    assert proc.returncode == 0, proc.stderr
    assert f"{path}: payment" in proc.stdout
    assert f"merchant.name   {truth.facts['merchant.name']}" in proc.stdout
    assert "商户全称" in proc.stdout


def test_scan_without_ocr_installed_says_how_to_install(run_no_store: Run, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.evidence.ocr import install

    def missing() -> Path:
        raise install.OcrUnavailable(install.INSTALL_HINT)

    monkeypatch.setattr(install, "model_dir", missing)
    proc = run_no_store("scan", str(shot_file(CHAT, tmp_path / "c.jpg")[0]), "--json")
    assert proc.returncode == 3
    assert "pip install" in proc.stderr and proc.stdout == ""


def test_check_lists_facts_against_the_evidence(run: Run, service: object, tmp_path: Path) -> None:
    from decimal import Decimal

    from app.core.domain import CaseData, Order
    from app.evidence.ocr.lines import Line
    from app.evidence.ocr.worker import PageText
    from app.services import evidence_text

    case_id = service.create_case(CaseData(title="t", order=Order(amount=Decimal("199.00"))))  # type: ignore[attr-defined]
    img, _ = make("chat", 25, (390, 400))
    item = service.add_evidence(case_id, [save(img, tmp_path / "order.png")]).added[0]  # type: ignore[attr-defined]
    lines = (Line("订单详情", (300, 50, 200, 40), 0.99), Line("实付款", (40, 300, 200, 40), 0.99),
             Line("¥299.00", (600, 300, 200, 40), 0.99))
    evidence_text.store(service, item.id, "v1", [PageText(lines, 720, 1600)])  # type: ignore[arg-type]
    proc = run("check", str(case_id), "--json")
    assert proc.returncode == 0, proc.stderr
    (finding,) = json.loads(proc.stdout)["proof"]
    assert finding["fact"] == "order.amount" and finding["verdict"] == "contradicts"
    assert finding["disagree"][0]["exhibit"] == 1 and finding["disagree"][0]["value"] == "299.00"
    text = run("check", str(case_id)).stdout
    assert "CONTRADICTS  order.amount: the case says 199.00; 证据1 shows 299.00 (实付款 ¥299.00)" in text


def test_scan_reads_a_scanned_pdf_page_by_page(run_no_store: Run, shared_worker: None, tmp_path: Path) -> None:
    pdf, (truth, _) = scanned_pdf(tmp_path / "扫描件.pdf", BILL, SHORT_CHAT)  # pictures only
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n%garbage")
    proc = run_no_store("scan", str(pdf), "--json")
    assert proc.returncode == 0, proc.stderr
    (entry,) = json.loads(proc.stdout)["files"]  # one entry per file, whatever its pages
    assert set(entry) == {"path", "kind", "lines", "facts"} and entry["kind"] == "payment"
    assert {k: v["value"] for k, v in entry["facts"].items()} == truth.facts
    assert {line["page"] for line in entry["lines"]} == {1, 2}
    label = next(line for line in entry["lines"] if line["text"] == "商户全称")
    assert label["page"] == 1 and label["box"][0] + label["box"][2] <= BILL.size[0]  # the page's pixels at 200 dpi
    proc = run_no_store("scan", str(broken), "--json")
    assert proc.returncode == 1
    (bad,) = json.loads(proc.stdout)["files"]
    assert "damaged" in bad["error"] and bad["lines"] == []
    text = run_no_store("scan", str(pdf)).stdout
    assert f"{pdf}: payment" in text and "p1 [" in text
