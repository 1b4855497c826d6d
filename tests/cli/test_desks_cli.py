"""Several desks from the command line: who, assignment, and two imports into one case at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run, cli_env
from tests.forked_app import ForkServer
from tests.store_helpers import png, write_case_json

pytestmark = pytest.mark.both_stores  # two desks importing into one case at once


def _case(run: Run, tmp_path: Path, name: str = "in") -> str:
    return run("case", "create", "--json", str(write_case_json(tmp_path / name, with_files=False)),
               check=True).stdout.strip()


def test_who_changed_and_who_has_the_case(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFUND_EVIDENCE_USER", "张志愿")
    first = _case(run, tmp_path)
    second = _case(run, tmp_path, "in2")
    created = json.loads(run("case", "show", first, "--json", check=True).stdout)["version"]
    assert run("case", "assign", first, "李律师", check=True).stdout.endswith("assigned to 李律师\n")
    assert run("case", "assign", second, check=True).stdout.endswith("assigned to 张志愿\n")  # yourself
    shown = json.loads(run("case", "show", first, "--json", check=True).stdout)
    assert shown["assignee"] == "李律师" and shown["updated_by"] == "张志愿" and shown["version"] == created + 1
    assert f"assigned to 李律师; version {created + 1}" in run("case", "show", first, check=True).stdout

    def ids(*args: str) -> list[int]:
        return [c["id"] for c in json.loads(run("case", "list", "--json", *args, check=True).stdout)]

    assert ids("--assignee", "李律师") == [int(first)]
    assert ids("--mine") == [int(second)]
    assert ids("--unassigned") == []
    run("case", "assign", first, "--nobody", check=True)
    assert ids("--unassigned") == [int(first)]
    assert "@张志愿" in run("case", "list", check=True).stdout


def test_two_desks_importing_into_one_case_at_once(run: Run, tmp_path: Path, data_dir: Path,
                                                   fork_server: ForkServer) -> None:
    """Both add 8 shared screenshots (in opposite orders) and 8 of their own: 24 items, each once, in 1..24."""
    case_id = _case(run, tmp_path)
    shared = [png(tmp_path / "shared" / f"s{i}.png", seed=i) for i in range(8)]
    own = [[png(tmp_path / f"desk{d}" / f"d{i}.png", seed=100 * (d + 1) + i) for i in range(8)] for d in range(2)]
    orders = [shared + own[0], list(reversed(shared)) + own[1]]
    # Two real processes (tests/forked_app.py), each with its own connection to the store.
    procs = [fork_server.popen(["--data-dir", str(data_dir), "evidence", "add", case_id, *map(str, files)],
                               cli_env()) for files in orders]
    outs = [p.communicate(timeout=180) for p in procs]
    for proc, (_out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
    added = sum(out.count("added:") for out, _err in outs)
    present = sum(err.count("already present") for _out, err in outs)
    assert added == 24 and present == 8
    evidence = json.loads(run("case", "show", case_id, "--json", check=True).stdout)["evidence"]
    assert sorted(e["position"] for e in evidence) == list(range(1, 25))
    assert len({e["sha256"] for e in evidence}) == 24
    report = json.loads(run("verify", "--json").stdout)
    assert report["ok"] and report["checked"] == 24 and report["problems"] == []
