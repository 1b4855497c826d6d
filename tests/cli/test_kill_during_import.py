"""Five kill -9 during a 30-file import: each leaves its staging folder, never a stored original without its
file; nothing half-stored; one re-run completes it exactly once; repair sets the leftovers aside.

On PostgreSQL (the server rolls back a killed client's transaction) one kill is
tests/cli/test_store_concurrency.py's."""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.cli.conftest import Run, cli_env
from tests.forked_app import ForkServer, kill_when_stored, stored_originals
from tests.store_helpers import write_case_json

FILES = 30


def _noise_png(path: Path, seed: int) -> None:
    # A pattern of its own per file (a distinct original each); the kill lands wherever the import is.
    pixels = (seed * 7 + np.arange(400 * 600 * 3, dtype=np.int64) * 13) % 251
    Image.frombytes("RGB", (400, 600), pixels.astype(np.uint8).tobytes()).save(path)


@pytest.mark.sqlite_only  # on PostgreSQL: test_store_concurrency's kill
@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_five_kills_then_rerun(run: Run, tmp_path: Path, data_dir: Path, fork_server: ForkServer) -> None:
    folder = tmp_path / "phone"
    folder.mkdir()
    for i in range(FILES):
        _noise_png(folder / f"shot-{i:02d}.png", i)
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", with_files=False)),
                  check=True).stdout.strip()
    argv = ["--data-dir", str(data_dir), "evidence", "add", case_id, str(folder)]
    staging = data_dir / "vault" / "staging"
    for round_no in range(5):
        proc = fork_server.popen(argv, cli_env(), stderr_to_stdout=True)  # a real process (tests/forked_app.py)
        # Each round gets a little further before the kill: 4 ... 20 of the 30 originals stored.
        kill_when_stored(proc, data_dir, 4 * (round_no + 1))
        assert proc.returncode == -signal.SIGKILL
        assert stored_originals(data_dir) < FILES  # killed in the middle, not at the end
        assert any(staging.iterdir())  # the dead process's staging folder is still there
        check = run("verify", "--json")
        assert check.returncode == 0, check.stdout
        assert json.loads(check.stdout)["ok"] is True
    repaired = json.loads(run("verify", "--repair", "--json").stdout)  # the last kill's leftovers set aside
    assert repaired["ok"], repaired
    assert all(not Path(p).exists() for p in repaired["removed"])
    for item in json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]:
        assert (data_dir / "vault" / "objects" / item["sha256"][:2] / item["sha256"]).is_file()
    final = run("evidence", "add", case_id, str(folder))
    assert final.returncode == 0
    evidence = json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]
    assert sorted(e["original_name"] for e in evidence) == sorted(p.name for p in folder.iterdir())
    assert len({e["sha256"] for e in evidence}) == FILES
    report = json.loads(run("verify", "--repair", "--json").stdout)
    assert report["ok"] is True
    final_report = json.loads(run("verify", "--json").stdout)
    assert final_report["reclaimable"] == [] and final_report["orphans"] == []
    assert final_report["checked"] == FILES
