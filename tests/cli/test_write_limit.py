"""A write cut short (a full disk, a file size limit) or a damaged database: no half record, no traceback."""

from __future__ import annotations

import functools
import io
import json
import os
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.cli.conftest import Run, cli_env
from tests.forked_app import ForkServer
from tests.store_helpers import write_case_json

# The commands run in real processes forked with a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored: a write
# fails with EFBIG), tests/forked_app.py.
LIMIT = 3_000_000  # bytes any one file of this process may grow to: the database fits, the big photo does not


def _noise(path: Path) -> None:
    path.write_bytes(_noise_bytes())


@functools.cache  # made once per test process (~0.1 s), written by both tests
def _noise_bytes() -> bytes:
    """A 1200x1200 noise photo, ~4.3 MB as PNG at any compression level (0: no time spent compressing)."""
    buf = io.BytesIO()
    Image.frombytes("RGB", (1200, 1200), os.urandom(1200 * 1200 * 3)).save(buf, "PNG", compress_level=0)
    return buf.getvalue()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_write_cut_short_stores_nothing_of_that_file(run: Run, tmp_path: Path, data_dir: Path,
                                                       fork_server: ForkServer) -> None:
    small, big = tmp_path / "订单.png", tmp_path / "录屏截图.png"
    Image.new("RGB", (60, 60), (200, 30, 30)).save(small)
    _noise(big)
    assert big.stat().st_size > LIMIT
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", with_files=False)),
                  check=True).stdout.strip()
    done = fork_server.run(["--data-dir", str(data_dir), "evidence", "add", case_id, str(small), str(big)],
                           cli_env(), timeout=120, file_size_limit=LIMIT)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    assert [line.split()[2] for line in done.stdout.splitlines()] == ["订单.png"]  # "added: ID  NAME  sha256 …"
    assert done.stderr.strip() == (f"error: {big}: the file is larger than this computer lets the app write "
                                   "(file size limit); nothing was changed")
    shown = json.loads(run("case", "show", case_id, "--json", check=True).stdout)
    assert [e["original_name"] for e in shown["evidence"]] == ["订单.png"]
    assert run("verify", check=True).stdout.startswith("verified 1 original(s): OK")
    leftovers = [p for p in (data_dir / "vault").rglob("*") if p.is_file() and not {"objects", "cases"} & set(p.parts)
                 and p.suffix != ".lock" and p.name != "format"]  # the store's own bookkeeping
    assert leftovers == []  # the cut-short copy is gone, not left to be cleaned up later
    # Without the limit the same file goes in: nothing stuck half-way blocks it.
    again = run("evidence", "add", case_id, str(big), check=True)
    assert again.stdout.startswith("added:") and "录屏截图.png" in again.stdout


@pytest.mark.sqlite_only
@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_database_that_cannot_be_written_is_named_not_a_traceback(run: Run, tmp_path: Path, data_dir: Path,
                                                                    fork_server: ForkServer) -> None:
    small = tmp_path / "订单.png"
    Image.new("RGB", (60, 60), (200, 30, 30)).save(small)
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", with_files=False)),
                  check=True).stdout.strip()
    database = data_dir / "cases.sqlite3"
    limit = 16_000  # under the 32 KiB of SQLite's write-ahead index (-shm): the database cannot be written
    done = fork_server.run(["--data-dir", str(data_dir), "evidence", "add", case_id, str(small)], cli_env(),
                           timeout=120, file_size_limit=limit)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    assert done.stderr.startswith(f"error: {database}: the case database cannot be used: ")
    assert done.stderr.strip().endswith("; nothing was changed")
    shown = json.loads(run("case", "show", case_id, "--json", check=True).stdout)
    assert shown["evidence"] == []
    assert run("verify", check=True).returncode == 0


@pytest.mark.sqlite_only
def test_a_damaged_database_is_named_not_a_traceback(run: Run, tmp_path: Path, data_dir: Path) -> None:
    run("case", "list", check=True)
    database = data_dir / "cases.sqlite3"
    for leftover in data_dir.glob("cases.sqlite3-*"):
        leftover.unlink()
    database.write_bytes(b"this is not an SQLite file, it was overwritten by something\n" * 100)
    done = run("case", "list")
    assert done.returncode == 1
    assert done.stderr.strip() == (f"error: {database}: the case database cannot be used: the file is not a case "
                                   "database (damaged, or another program's file) (file is not a database); "
                                   "nothing was changed")


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_an_export_cut_short_names_the_bundle_and_leaves_no_file(run: Run, tmp_path: Path,
                                                                fork_server: ForkServer) -> None:
    big = tmp_path / "录屏截图.png"
    _noise(big)
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", with_files=False)),
                  check=True).stdout.strip()
    run("evidence", "add", case_id, str(big), check=True)
    out = tmp_path / "材料" / "bundle.pdf"
    done = fork_server.run(["--data-dir", str(tmp_path / "data"), "export", case_id, "--out", str(out),
                            "--zip", str(out.with_suffix(".zip")), "--attach-originals"], cli_env(),
                           file_size_limit=1_000_000)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == f"error: {out}: File too large"
    assert list(out.parent.iterdir()) == []  # neither the PDF, the ZIP nor a temporary file
    assert json.loads(run("case", "show", case_id, "--json", check=True).stdout)["exports"] == []
