from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import Run
from tests.pdf_text import pdf_text
from tests.store_helpers import write_case_json


def _case(run: Run, tmp_path: Path) -> str:
    return run("case", "create", "--json", str(write_case_json(tmp_path / "in")), check=True).stdout.strip()


def test_export_writes_bundle_records_it_and_warns(run: Run, tmp_path: Path) -> None:
    case_id = _case(run, tmp_path)
    out, zipped = tmp_path / "out" / "bundle.pdf", tmp_path / "out" / "bundle.zip"
    out.parent.mkdir()
    proc = run("export", case_id, "--out", str(out), "--as-of", "2026-11-05T12:00:00", "--zip", str(zipped),
               "--recipient", "consumer_association", check=True)
    assert "warning: missing evidence: purchase" in proc.stderr
    reader = PdfReader(out)
    text = pdf_text(out)
    assert "致：消费者协会" in text.replace(" ", "") and "证据目录" in text
    assert reader.metadata is not None and "证据材料" in (reader.metadata.title or "")
    shown = json.loads(run("case", "show", case_id, "--json").stdout)
    assert shown["exports"][0]["pages"] == len(reader.pages)
    assert all(e["sha256"] in text.replace("\n", "") for e in shown["evidence"])
    assert str(tmp_path).encode() not in out.read_bytes()
    assert out.stat().st_mode & 0o044  # readable like any saved file, not private to the exporter
    with zipfile.ZipFile(zipped) as zf:
        manifest = zf.read("manifest.csv")
        assert manifest.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(manifest.decode("utf-8-sig"))))
        assert len(rows) == 1 + len(shown["evidence"])


def test_english_bundle(run: Run, tmp_path: Path) -> None:
    case_id = _case(run, tmp_path)
    out = tmp_path / "en.pdf"
    run("export", case_id, "--out", str(out), "--lang", "en", check=True)
    assert "Evidence" in pdf_text(out)


def test_tampered_original_stops_export(run: Run, tmp_path: Path, data_dir: Path) -> None:
    case_id = _case(run, tmp_path)
    victim = json.loads(run("case", "show", case_id, "--json").stdout)["evidence"][0]
    path = data_dir / "vault" / "objects" / victim["sha256"][:2] / victim["sha256"]
    os.chmod(path, 0o644)
    path.write_bytes(path.read_bytes() + b"x")
    out = tmp_path / "bundle.pdf"
    proc = run("export", case_id, "--out", str(out))
    assert proc.returncode != 0
    assert victim["title"] in proc.stderr and victim["sha256"] in proc.stderr
    assert not out.exists()
    assert list(tmp_path.glob(".bundle*")) == []


def test_output_places_new_folders_files_and_folders(run: Run, tmp_path: Path) -> None:
    case_id = _case(run, tmp_path)
    nested = tmp_path / "新文件夹" / "投诉" / "bundle.pdf"
    proc = run("export", case_id, "--out", str(nested), "--zip", str(tmp_path / "z" / "b.zip"), check=True)
    assert nested.exists() and (tmp_path / "z" / "b.zip").exists() and str(nested) in proc.stdout
    # A folder given as --out is bad input, named, with an example.
    proc = run("export", case_id, "--out", str(tmp_path))
    assert proc.returncode == 2
    example = tmp_path / "bundle.pdf"
    assert proc.stderr.strip() == f"error: --out: {tmp_path} is a folder; give a file name, e.g. {example}"
    # A file where a folder should be: a clear message naming it, exit 1, nothing written.
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    for args in (("export", case_id, "--out", str(blocker / "b.pdf")),
                 ("archive", "export", case_id, "--out", str(blocker / "sub" / "a.zip"))):
        proc = run(*args)
        assert proc.returncode == 1 and proc.stderr.strip() == f"error: {blocker}: Not a directory", args
    assert blocker.read_text() == "x"


def test_a_complaint_without_art10_material_is_refused_for_the_regulator_but_a_draft_is_made(
        run: Run, tmp_path: Path) -> None:
    from tests.store_helpers import case_dict

    data = case_dict(merchant={"name": "某某教育科技有限公司"}, facts="")
    data["consumer"]["phone"] = "12345"
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", data)),
                  check=True).stdout.strip()
    out = tmp_path / "complaint.pdf"
    refused = run("export", case_id, "--out", str(out))
    assert refused.returncode == 1 and not out.exists()
    assert "Art. 10" in refused.stderr and "merchant.address, facts" in refused.stderr
    assert "12345" in refused.stderr and "--draft" not in refused.stdout
    made = run("export", case_id, "--out", str(out), "--draft", check=True)
    assert made.stdout.strip().endswith("DRAFT: every page marked 草稿, not for filing")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert text.count("草稿") >= len(PdfReader(out).pages)  # every page is marked
    run("export", case_id, "--out", str(tmp_path / "association.pdf"), "--recipient", "consumer_association",
        check=True)  # the association has no such rule: a warning, not a refusal
    # The history says which bundle was a draft, wherever it lists exports.
    shown = json.loads(run("case", "show", case_id, "--json", check=True).stdout)["exports"]
    assert [(x["file_name"], x["draft"]) for x in shown] == [("complaint.pdf", True), ("association.pdf", False)]
    lines = [line for line in run("case", "show", case_id, check=True).stdout.splitlines() if "export " in line]
    assert len(lines) == 2 and "DRAFT" in lines[0] and "complaint.pdf" in lines[0] and "DRAFT" not in lines[1]

