from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.store_helpers import case_dict, png, write_case_json


def test_create_prints_id_alone_and_show_json(run: Run, tmp_path: Path) -> None:
    out = run("case", "create", "--json", str(write_case_json(tmp_path / "in")), check=True)
    assert out.stdout.strip().isdigit()
    case_id = out.stdout.strip()
    shown = json.loads(run("case", "show", case_id, "--json", check=True).stdout)
    assert shown["title"] == "快手课程退款"
    assert shown["order"]["amount"] == "199.00"
    assert shown["order"]["paid_at"] == "2026-11-01T20:00:12+08:00"
    assert [set(e) >= {"id", "kind", "title", "sha256", "size", "original_name"} for e in shown["evidence"]] == [
        True, True]
    listed = json.loads(run("case", "list", "--json", check=True).stdout)
    assert [c["id"] for c in listed] == [int(case_id)]


def test_invalid_case_json_creates_nothing(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(case_dict(order={"amount": "-5"})), "utf-8")
    proc = run("case", "create", "--json", str(bad))
    assert proc.returncode == 2 and "order.amount" in proc.stderr and proc.stdout == ""
    missing = write_case_json(tmp_path / "in")
    (tmp_path / "in" / "chat.txt").unlink()
    proc = run("case", "create", "--json", str(missing))
    assert proc.returncode != 0 and "chat.txt" in proc.stderr
    assert json.loads(run("case", "list", "--json").stdout) == []


def test_evidence_add_reports_each_bad_file(run: Run, tmp_path: Path) -> None:
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", with_files=False)),
                  check=True).stdout.strip()
    odd = tmp_path / ("聊天截图😀" + "x" * 191 + ".png")  # 200 characters, within 255 bytes
    png(odd, 3)
    trunc = tmp_path / "truncated.png"
    trunc.write_bytes(png(tmp_path / "t.png", 4).read_bytes()[:300])
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    pdf = tmp_path / "合同.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n" + b"x" * 400)  # no xref, no EOF marker
    proc = run("evidence", "add", case_id, str(odd), str(trunc), str(empty), str(pdf), "--kind", "chat")
    assert proc.returncode == 1
    errors = proc.stderr.splitlines()  # each bad file named once, nothing else (no library chatter)
    assert len(errors) == 3 and all(line.startswith("error: ") for line in errors), errors
    assert errors[0].startswith(f"error: {trunc}: ") and errors[1].startswith(f"error: {empty}: ")
    assert errors[2] == f"error: {pdf}: PDF is damaged and cannot be opened"
    shown = json.loads(run("case", "show", case_id, "--json").stdout)
    assert [e["original_name"] for e in shown["evidence"]] == [odd.name]
    again = run("evidence", "add", case_id, str(odd))
    assert again.returncode == 0 and "already present" in again.stderr
    assert len(json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]) == 1


def test_verify_names_damaged_original(run: Run, tmp_path: Path, data_dir: Path) -> None:
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in")), check=True).stdout.strip()
    assert run("verify").returncode == 0
    shown = json.loads(run("case", "show", case_id, "--json").stdout)
    victim = shown["evidence"][0]
    path = data_dir / "vault" / "objects" / victim["sha256"][:2] / victim["sha256"]
    os.chmod(path, 0o644)
    raw = bytearray(path.read_bytes())
    raw[100] ^= 0x01
    path.write_bytes(bytes(raw))
    proc = run("verify")
    assert proc.returncode == 1
    assert victim["title"] in proc.stderr and victim["sha256"] in proc.stderr and "快手课程退款" in proc.stderr
    report = json.loads(run("verify", "--json").stdout)
    assert report["ok"] is False and report["problems"][0]["kind"] == "damaged"


def test_archive_round_trip_cli(run: Run, tmp_path: Path) -> None:
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in")), check=True).stdout.strip()
    out = tmp_path / "handover.zip"
    run("archive", "export", case_id, "--out", str(out), check=True)
    assert zipfile.is_zipfile(out)
    again = run("archive", "import", str(out))  # this store has that case already: said, not duplicated
    assert again.returncode == 1 and "already here as case" in again.stderr and "--as-copy" in again.stderr
    new_id = run("archive", "import", str(out), "--as-copy", check=True).stdout.strip()
    a = json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]
    b = json.loads(run("case", "show", new_id, "--json").stdout)["evidence"]
    assert [e["sha256"] for e in a] == [e["sha256"] for e in b]
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("case.json", "{}")
        zf.writestr("../../escaped.txt", "x")
    proc = run("archive", "import", str(evil))
    assert proc.returncode != 0 and "escapes" in proc.stderr
    assert not (tmp_path / "escaped.txt").exists()


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli.conftest import run_in_process

    monkeypatch.setenv("REFUND_EVIDENCE_HOME", str(tmp_path / "home"))
    proc = run_in_process(["case", "list"])
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "home" / "cases.sqlite3").is_file()


def test_a_file_given_as_the_data_folder_is_named(tmp_path: Path) -> None:
    from tests.cli.conftest import run_in_process

    blocker = tmp_path / "cases.txt"
    blocker.write_text("not a folder")
    for folder in (blocker, blocker / "sub"):
        proc = run_in_process(["--data-dir", str(folder), "case", "list"])
        assert proc.returncode == 1 and proc.stderr == f"error: {blocker}: Not a directory\n"
    assert blocker.read_text() == "not a folder"


@pytest.mark.both_stores  # a real process finds the office server through $REFUND_EVIDENCE_DB_URL
def test_the_entry_point_runs_as_a_real_process(run_process: Run, data_dir: Path, store_url: str | None) -> None:
    """`python -m app` itself (the other tests call it in-process): a real interpreter, a real exit code.
    One process: a case the store has not got is the store's answer and exit code 1 (where a lost return
    value would give 0); on PostgreSQL no SQLite file was made beside it."""
    done = run_process("case", "show", "12")
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "error: no case with id 12\n")
    assert (data_dir / "cases.sqlite3").is_file() == (store_url is None)
