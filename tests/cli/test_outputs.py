"""#14: outputs are checked before anything is written: never the store, a device, the other output."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from app.services.outputs import OutputExists, OutputRefused, check_outputs
from tests.cli.conftest import Run
from tests.store_helpers import write_case_json


@pytest.fixture
def case_id(run: Run, tmp_path: Path) -> str:
    return run("case", "create", "--json", str(write_case_json(tmp_path / "in")), check=True).stdout.strip()


def _obj(data_dir: Path) -> Path:
    return next(p for p in (data_dir / "vault" / "objects").glob("*/*") if len(p.name) == 64)


@pytest.mark.sqlite_only  # about the SQLite file in the data folder
def test_the_database_and_the_originals_are_never_an_output(run: Run, case_id: str, data_dir: Path) -> None:
    db = data_dir / "cases.sqlite3"
    before = db.read_bytes()
    for args in (("archive", "export", case_id, "--out", str(db), "--force"),
                 ("export", case_id, "--out", str(db), "--force")):
        proc = run(*args)
        assert proc.returncode == 2 and "inside the app's data folder" in proc.stderr, proc.stderr
    assert db.read_bytes() == before
    original = _obj(data_dir)
    kept = original.read_bytes()
    proc = run("export", case_id, "--out", str(original), "--force")
    assert proc.returncode == 2 and str(original) in proc.stderr
    assert original.read_bytes() == kept
    assert json.loads(run("verify", "--json").stdout)["ok"]


def test_a_link_into_the_data_folder_is_refused(run: Run, case_id: str, data_dir: Path, tmp_path: Path) -> None:
    link = tmp_path / "innocent.zip"
    link.symlink_to(data_dir / "cases.sqlite3")
    proc = run("archive", "export", case_id, "--out", str(link), "--force")
    assert proc.returncode == 2 and "data folder" in proc.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_device_or_pipe_is_not_written_over(run: Run, case_id: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    proc = run("export", case_id, "--out", str(fifo), "--force")
    assert proc.returncode == 2 and "not a regular file" in proc.stderr
    assert fifo.is_fifo()
    with pytest.raises(OutputRefused, match="not a regular file"):  # checked only, nothing written
        check_outputs([("--out", Path("/dev/full"))], data_dir=tmp_path / "d", force=True)


def test_pdf_and_zip_on_one_file_are_refused(run: Run, case_id: str, tmp_path: Path) -> None:
    out = tmp_path / "X.pdf"
    proc = run("export", case_id, "--out", str(out), "--zip", str(out))
    assert proc.returncode == 2 and "--zip" in proc.stderr and "same file as --out" in proc.stderr
    assert not out.exists()


def test_an_existing_file_needs_force(run: Run, case_id: str, tmp_path: Path) -> None:
    out = tmp_path / "bundle.pdf"
    out.write_bytes(b"an earlier bundle, already sent")
    proc = run("export", case_id, "--out", str(out))
    assert proc.returncode == 2 and "already exists" in proc.stderr and "--force" in proc.stderr
    assert out.read_bytes() == b"an earlier bundle, already sent"
    zipped = tmp_path / "case.zip"
    zipped.write_bytes(b"keep")
    assert run("archive", "export", case_id, "--out", str(zipped)).returncode == 2
    assert zipped.read_bytes() == b"keep"
    assert run("export", case_id, "--out", str(out), "--force").returncode == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert run("archive", "export", case_id, "--out", str(zipped), "--force").returncode == 0
    with pytest.raises(OutputExists):
        check_outputs([("--out", out)], data_dir=tmp_path / "d")


def test_a_full_disk_while_laying_out_names_the_bundle(run: Run, case_id: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from app.bundle import builder

    def full(_ctx: object, body: Path, _make: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device", str(body))

    monkeypatch.setattr(builder, "_layout", full)
    out = tmp_path / "bundle.pdf"
    proc = run("export", case_id, "--out", str(out))
    assert proc.returncode == 1
    assert f"error: {out}: No space left on device (while writing its temporary files in " in proc.stderr
    assert not out.exists()
