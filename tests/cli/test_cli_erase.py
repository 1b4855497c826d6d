"""`case erase`: nothing of the case is left in the data folder, and another case keeps what it shares."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.privacy_fixtures import SHOT_BOX, secret_screenshot
from tests.store_helpers import case_dict, png

pytestmark = pytest.mark.both_stores  # erasing a case deletes rows across tables

UNIQUE = ["独一无二的投诉人王小明", "13712345678", "浙江省杭州市某某街道99号", "独特的课程名称", "唯一的事实陈述",
          "秘密截图文件名", "被识别的独特文字", "独特的投诉备注", "独特的代理人李四"]


def _case(run: Run, folder: Path, data_dir: Path) -> tuple[str, list[dict[str, object]]]:
    folder.mkdir(parents=True)
    secret_screenshot(folder / f"{UNIQUE[5]}.png")
    png(folder / "shared.png", seed=5)
    data = case_dict(title="王小明的退款", consumer={"name": UNIQUE[0], "phone": UNIQUE[1], "address": UNIQUE[2]},
                     facts=UNIQUE[4], order={"number": "2026110112345678", "item": UNIQUE[3], "amount": "199.00"},
                     complaints=[{"channel": "market_regulator", "filed_at": "2026-11-05T10:30:00+08:00",
                                  "number": "1231500000123", "notes": UNIQUE[7]}],
                     agent={"name": UNIQUE[8], "phone": "13612345678"},
                     evidence=[{"file": f"{UNIQUE[5]}.png", "kind": "chat", "title": "聊天"},
                               {"file": "shared.png", "kind": "payment", "title": "付款"}])
    (folder / "case.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    case_id = run("case", "create", "--json", str(folder / "case.json"), check=True).stdout.strip()
    items = json.loads(run("case", "show", case_id, "--json").stdout)["evidence"]
    b = SHOT_BOX
    run("evidence", "redact", str(items[0]["id"]), "--box", f"{b.x},{b.y},{b.w},{b.h}", check=True)
    from app.evidence.ocr.lines import Line
    from app.evidence.ocr.worker import PageText
    from app.services.cases import CaseService
    from app.services.evidence_text import store

    svc = CaseService(data_dir, housekeeping=False)
    try:
        store(svc, int(items[0]["id"]), "test", [PageText((Line(UNIQUE[6], (80, 300, 200, 30), 0.9),), 600, 900)])
    finally:
        svc.close()
    return case_id, items


def _everything(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())


@pytest.mark.sqlite_only  # reads the SQLite file's bytes; a server keeps its own files
def test_erase_leaves_nothing_of_the_case(run: Run, tmp_path: Path, data_dir: Path) -> None:
    case_id, items = _case(run, tmp_path / "in", data_dir)
    other = tmp_path / "other"
    other.mkdir()
    png(other / "shared.png", seed=5)  # the same bytes in a second case
    (other / "case.json").write_text(json.dumps(case_dict(title="另一个案件", evidence=[
        {"file": "shared.png", "kind": "payment", "title": "付款"}]), ensure_ascii=False), "utf-8")
    other_id = run("case", "create", "--json", str(other / "case.json"), check=True).stdout.strip()
    run("export", case_id, "--out", str(tmp_path / "bundle.pdf"), check=True)
    everything = _everything(data_dir)
    assert all(text.encode("utf-8") in everything for text in UNIQUE[:3])  # they were there

    proc = run("case", "erase", case_id, "--yes", check=True)
    assert "1 original(s) and 1 redacted copy(ies) removed" in proc.stdout and "1 kept for another case" in proc.stdout
    everything = _everything(data_dir)
    for text in UNIQUE:
        assert text.encode("utf-8") not in everything, text
    assert not (data_dir / "vault" / "objects" / items[0]["sha256"][:2] / items[0]["sha256"]).exists()
    assert not [p for p in (data_dir / "vault" / "derived").rglob("*") if p.is_file()]
    assert run("case", "show", case_id).returncode == 1
    kept = json.loads(run("case", "show", other_id, "--json").stdout)["evidence"][0]
    assert kept["sha256"] == items[1]["sha256"]
    assert (data_dir / "vault" / "objects" / kept["sha256"][:2] / kept["sha256"]).is_file()
    assert run("verify", check=True).stdout.strip().endswith("OK")  # no orphan, no broken log
    log = [json.loads(line) for line in (data_dir / "deletions.log").read_text("utf-8").splitlines()]
    assert log[-1]["action"] == "case.erase" and log[-1]["case_id"] == int(case_id)
    assert log[-1]["originals_removed"] == [items[0]["sha256"]] and log[-1]["copies_removed"] == 1


def test_erase_can_keep_the_originals_released(run: Run, tmp_path: Path, data_dir: Path) -> None:
    case_id, items = _case(run, tmp_path / "in", data_dir)
    proc = run("case", "erase", case_id, "--yes", "--keep-originals", check=True)
    assert "0 original(s)" in proc.stdout and "2 kept as you asked (released)" in proc.stdout
    assert all((data_dir / "vault" / "objects" / i["sha256"][:2] / i["sha256"]).is_file() for i in items)
    assert "released on purpose" in run("verify", "--orphans").stdout
    run("rebuild", check=True)
    assert json.loads(run("case", "list", "--json").stdout) == []  # the erased case is not made again


def test_erase_asks_for_the_id_first(run: Run, tmp_path: Path, data_dir: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    case_id, _items = _case(run, tmp_path / "in", data_dir)
    monkeypatch.setattr(sys, "stdin", io.StringIO("999\n"))
    proc = run("case", "erase", case_id)
    assert proc.returncode == 1 and "not erased" in proc.stderr
    assert run("case", "show", case_id).returncode == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{case_id}\n"))
    assert run("case", "erase", case_id, check=True).stdout.startswith(f"erased: case {case_id}")
    assert run("case", "erase", case_id).returncode == 1  # no such case any more
