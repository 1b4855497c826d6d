"""#14: the vault is the ground truth; nothing deletes an original because the database is wrong.

Each test is one finding: the data folder is made as a user's would be, the database is then
emptied, replaced by an older copy, pointed elsewhere or cut short, and the originals must all
still be there, `verify` must say which ones the database lost (exit 1), and `rebuild` must
give them back.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.store_helpers import case_dict, png, write_case_json

# Each finding damages or swaps the SQLite file itself (an office's server is backed up by its administrator).
pytestmark = pytest.mark.sqlite_only


def _objects(data_dir: Path) -> set[str]:
    return {p.name for p in (data_dir / "vault" / "objects").glob("*/*") if len(p.name) == 64}


def _backdate(data_dir: Path, hours: float = 2) -> None:
    """Make every vault file look old: the old housekeeping deleted unreferenced ones over 10 minutes."""
    old = time.time() - hours * 3600
    for path in (data_dir / "vault").rglob("*"):
        os.utime(path, (old, old), follow_symlinks=False)


COMPLAINTS = [{"channel": "platform", "filed_at": "2026-11-02T09:00:00+08:00", "number": "KS-778",
               "closed_at": "2026-11-03T09:00:00+08:00", "outcome": "refused"},
              {"channel": "market_regulator", "filed_at": "2026-11-05T10:30:00+08:00", "number": "1231500000123"}]


def _new_case(run: Run, tmp_path: Path, name: str = "in") -> str:
    doc = write_case_json(tmp_path / name, case_dict(complaints=COMPLAINTS))
    return run("case", "create", "--json", str(doc), check=True).stdout.strip()


def _add(run: Run, case_id: str, tmp_path: Path, seeds: range) -> list[str]:
    files = [str(png(tmp_path / "more" / f"shot-{i}.png", 100 + i)) for i in seeds]
    out = run("evidence", "add", case_id, *files, check=True).stdout
    return [line.split("sha256 ")[1] for line in out.splitlines() if line.startswith("added:")]


def _verify(run: Run) -> tuple[int, dict]:
    proc = run("verify", "--json")
    return proc.returncode, json.loads(proc.stdout)


def test_empty_database_deletes_nothing_and_rebuild_gives_everything_back(run: Run, tmp_path: Path,
                                                                         data_dir: Path) -> None:
    case_id = _new_case(run, tmp_path)
    _add(run, case_id, tmp_path, range(3))
    before = _objects(data_dir)
    assert len(before) == 5
    _backdate(data_dir)
    for suffix in ("", "-wal", "-shm"):
        (data_dir / f"cases.sqlite3{suffix}").unlink(missing_ok=True)
    assert run("case", "list", check=True).stdout == ""  # start-up housekeeping ran on the empty database
    assert _objects(data_dir) == before
    code, report = _verify(run)
    assert code == 1 and not report["ok"]
    lost = {o["sha256"]: o for o in report["orphans"]}
    assert set(lost) == before and {o["status"] for o in lost.values()} == {"lost"}
    assert all(o["refs"][0]["case_title"] == "快手课程退款" for o in lost.values())
    text = run("verify")
    assert text.returncode == 1 and "an original the database lost" in text.stderr and "rebuild" in text.stderr
    rebuilt = run("rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "case made again" in rebuilt.stdout
    cases = json.loads(run("case", "list", "--json").stdout)
    assert [c["title"] for c in cases] == ["快手课程退款"]
    shown = json.loads(run("case", "show", str(cases[0]["id"]), "--json").stdout)
    assert {e["sha256"] for e in shown["evidence"]} == before
    assert {e["title"] for e in shown["evidence"]} >= {"微信支付凭证", "与客服的聊天记录"}
    # The facts and events come back from the case card kept in the vault beside the originals.
    assert (shown["order"]["amount"], shown["merchant"]["name"]) == ("199.00", "某某教育科技有限公司")
    assert [e["text"] for e in shown["events"]] == ["向商家申请退款"]
    assert [(c["channel"], c["number"], c["outcome"]) for c in shown["complaints"]] == \
        [("platform", "KS-778", "refused"), ("market_regulator", "1231500000123", None)]
    code, report = _verify(run)
    assert code == 0 and report["orphans"] == []


def test_restoring_an_older_database_keeps_what_was_added_since(run: Run, tmp_path: Path, data_dir: Path) -> None:
    case_id = _new_case(run, tmp_path)
    backup = tmp_path / "backup.sqlite3"
    src, dst = sqlite3.connect(data_dir / "cases.sqlite3"), sqlite3.connect(backup)
    src.backup(dst)
    src.close()
    dst.close()
    added = _add(run, case_id, tmp_path, range(4))
    _backdate(data_dir)
    shutil.copy(backup, data_dir / "cases.sqlite3")
    for suffix in ("-wal", "-shm"):
        (data_dir / f"cases.sqlite3{suffix}").unlink(missing_ok=True)
    run("case", "list", check=True)
    assert set(added) <= _objects(data_dir)
    code, report = _verify(run)
    assert code == 1 and {o["sha256"] for o in report["orphans"]} == set(added)
    assert run("rebuild", check=True).stdout.count("re-attached") == 4
    shown = json.loads(run("case", "show", case_id, "--json").stdout)  # the same case, found by its uid
    assert set(added) <= {e["sha256"] for e in shown["evidence"]}
    assert len(json.loads(run("case", "list", "--json").stdout)) == 1
    assert _verify(run)[0] == 0


def test_another_database_url_deletes_nothing(run: Run, tmp_path: Path, data_dir: Path, sqlite_template: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = _new_case(run, tmp_path)
    _add(run, case_id, tmp_path, range(2))
    before = _objects(data_dir)
    _backdate(data_dir)
    shutil.copyfile(sqlite_template, tmp_path / "other.sqlite3")  # another made store (tests/store_template.py)
    monkeypatch.setenv("REFUND_EVIDENCE_DB_URL", f"sqlite:///{tmp_path / 'other.sqlite3'}")
    run("case", "list", check=True)
    code, report = _verify(run)
    assert code == 1 and {o["sha256"] for o in report["orphans"]} == before
    assert run("verify", "--repair").returncode == 1  # repair moves no original the other database lacks
    assert _objects(data_dir) == before
    monkeypatch.delenv("REFUND_EVIDENCE_DB_URL")
    assert _verify(run)[0] == 0


def test_rows_lost_from_a_cut_wal_are_named_lost_not_import_leftovers(run: Run, tmp_path: Path,
                                                                      data_dir: Path) -> None:
    case_id = _new_case(run, tmp_path)
    holder = sqlite3.connect(data_dir / "cases.sqlite3")  # keeps the WAL from being folded in on close
    try:
        holder.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        holder.execute("SELECT count(*) FROM cases").fetchall()
        added = _add(run, case_id, tmp_path, range(4))  # committed: in the WAL only
        copy = tmp_path / "copy"
        shutil.copytree(data_dir / "vault", copy / "vault")
        shutil.copy(data_dir / "cases.sqlite3", copy / "cases.sqlite3")  # the main file without its WAL
    finally:
        holder.close()
    _backdate(copy)
    run("--data-dir", str(copy), "case", "list", check=True)
    assert set(added) <= _objects(copy)
    proc = run("--data-dir", str(copy), "verify", "--json")
    report = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert {o["sha256"]: o["status"] for o in report["orphans"]} == dict.fromkeys(added, "lost")
    assert "never committed" not in run("--data-dir", str(copy), "verify").stdout


def test_orphan_attach_and_quarantine(run: Run, tmp_path: Path, data_dir: Path) -> None:
    case_id = _new_case(run, tmp_path)
    added = _add(run, case_id, tmp_path, range(2))
    for suffix in ("", "-wal", "-shm"):
        (data_dir / f"cases.sqlite3{suffix}").unlink(missing_ok=True)
    fresh = run("case", "create", "--json", str(write_case_json(tmp_path / "other", with_files=False)),
                check=True).stdout.strip()
    listing = run("verify", "--orphans")
    assert listing.returncode == 1 and added[0] in listing.stdout and "shot-0.png" in listing.stdout
    attached = run("orphan", "attach", added[0][:10], fresh)
    assert attached.returncode == 0 and "added:" in attached.stdout
    item = json.loads(run("case", "show", fresh, "--json").stdout)["evidence"][0]
    assert (item["sha256"], item["original_name"], item["title"]) == (added[0], "shot-0.png", "shot-0")
    moved = run("orphan", "quarantine", added[1])
    assert moved.returncode == 0 and "quarantine" in moved.stdout
    assert added[1] not in _objects(data_dir)
    assert list((data_dir / "vault" / "quarantine").glob(f"*/{added[1]}"))
    assert run("orphan", "quarantine", added[0]).returncode == 1  # a row refers to it now
    assert "no object" in run("orphan", "attach", "deadbeef00", fresh).stderr
    back = run("orphan", "attach", added[1], fresh)  # from the quarantine too
    assert back.returncode == 0 and added[1] in _objects(data_dir)


def test_adding_the_genuine_bytes_heals_a_damaged_original(run: Run, tmp_path: Path, data_dir: Path) -> None:
    case_id = _new_case(run, tmp_path)
    genuine = png(tmp_path / "g.png", 9)
    sha = run("evidence", "add", case_id, str(genuine), check=True).stdout.split("sha256 ")[1].strip()
    obj = data_dir / "vault" / "objects" / sha[:2] / sha
    os.chmod(obj, 0o644)
    obj.write_bytes(b"scribbled over")
    assert _verify(run)[0] == 1
    healed = run("evidence", "add", case_id, str(genuine))
    assert healed.returncode == 0 and "restored:" in healed.stdout and "already present" not in healed.stderr
    assert obj.read_bytes() == genuine.read_bytes()
    assert _verify(run)[0] == 0
    again = run("evidence", "add", case_id, str(genuine))
    assert "already present" in again.stderr
    from app.services.cases import CaseService

    service = CaseService(data_dir, housekeeping=False)
    try:
        actions = [a.action for a in service.audit_log(int(case_id))]
    finally:
        service.close()
    assert actions.count("evidence.heal") == 1
