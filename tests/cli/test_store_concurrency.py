"""#14: repair and housekeeping beside an import, and an import killed mid-way (real processes: that is the point).

Two imports racing into one case are tests/cli/test_desks_cli.py's (two desks, the same race, on both stores).
"""

from __future__ import annotations

import functools
import io
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.cli.conftest import Run, cli_env
from tests.forked_app import ForkedApp, ForkServer, kill_when_stored, stored_originals, wait_until_stored
from tests.store_helpers import write_case_json

pytestmark = pytest.mark.both_stores  # repair and start-up beside an import, kills

KILLED_FILES = 16  # an import of 16 files, killed after 6


def _noise_png(path: Path, seed: int, side: int = 300) -> Path:
    path.write_bytes(_noise_png_bytes(seed, side))
    return path


@functools.cache  # once per test process: both tests, on both stores, import seeds 0-11
def _noise_png_bytes(seed: int, side: int) -> bytes:
    # Noise does not compress: each file takes long enough to hash that the processes overlap.
    pixels = (seed * 7 + np.arange(side * side * 3, dtype=np.int64) * 13) % 251  # the same bytes, drawn by numpy
    buf = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels.astype(np.uint8).tobytes()).save(buf, "PNG")
    return buf.getvalue()


def _popen(fork_server: ForkServer, data_dir: Path, *args: str) -> ForkedApp:
    return fork_server.popen(["--data-dir", str(data_dir), *args], cli_env())


def _case(run: Run, tmp_path: Path) -> str:
    return run("case", "create", "--json", str(write_case_json(tmp_path / "in", with_files=False)),
               check=True).stdout.strip()


def test_repair_and_start_up_beside_an_import_remove_nothing_it_adds(run: Run, tmp_path: Path, data_dir: Path,
                                                                     fork_server: ForkServer) -> None:
    case_id = _case(run, tmp_path)
    folder = tmp_path / "phone"
    folder.mkdir()
    for i in range(12):
        _noise_png(folder / f"s{i:02d}.png", i)
    importer = _popen(fork_server, data_dir, "evidence", "add", case_id, str(folder))
    wait_until_stored(importer, data_dir, 1)  # (it prints its lines only at the end)
    repairs = 0  # the import is under way: the repairs below run beside it
    while importer.poll() is None or repairs < 2:
        repaired = run("verify", "--repair", "--json")  # also a second process starting: its housekeeping
        assert repaired.returncode == 0, repaired.stdout
        assert json.loads(repaired.stdout)["quarantined"] == []
        run("case", "list", check=True)
        repairs += 1
    out, err = importer.communicate(timeout=120)
    assert importer.returncode == 0, err
    assert out.count("added:") == 12
    report = json.loads(run("verify", "--json").stdout)
    assert report["ok"] and report["checked"] == 12 and report["orphans"] == []


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_a_killed_import_leaves_leftovers_that_repair_sets_aside_never_originals(run: Run, tmp_path: Path,
                                                                                 data_dir: Path,
                                                                                 store_url: str | None,
                                                                                 fork_server: ForkServer) -> None:
    """On PostgreSQL, where the server rolls back the killed client's transaction; on SQLite the same checks
    are tests/cli/test_kill_during_import.py's (five kills)."""
    import signal

    if store_url is None:
        pytest.skip("on SQLite: tests/cli/test_kill_during_import.py")
    case_id = _case(run, tmp_path)
    folder = tmp_path / "phone"
    folder.mkdir()
    for i in range(KILLED_FILES):
        _noise_png(folder / f"s{i:02d}.png", i)
    proc = _popen(fork_server, data_dir, "evidence", "add", case_id, str(folder))
    kill_when_stored(proc, data_dir, 6)  # 10 more to go: the kill lands mid-import
    assert proc.returncode == -signal.SIGKILL and stored_originals(data_dir) < KILLED_FILES
    staging = data_dir / "vault" / "staging"
    assert any(staging.iterdir())  # the dead process's staging folder is still there
    report = json.loads(run("verify", "--repair", "--json").stdout)
    assert report["ok"], report
    assert all(not Path(p).exists() for p in report["removed"])
    shown = json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]
    for item in shown:
        assert (data_dir / "vault" / "objects" / item["sha256"][:2] / item["sha256"]).is_file()
    assert run("evidence", "add", case_id, str(folder), check=True)
    final = json.loads(run("verify", "--json").stdout)
    assert final["ok"] and final["checked"] == KILLED_FILES and final["orphans"] == []
