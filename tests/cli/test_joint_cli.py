"""A joint complaint from the command line: three cases, consent, representatives, the election, the bundle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import Run
from tests.pdf_text import pdf_text
from tests.store_helpers import case_dict, png, write_case_json


def _three(run: Run, tmp_path: Path) -> list[str]:
    ids = []
    for n in (1, 2, 3):
        folder = tmp_path / f"in{n}"
        png(folder / "shots" / "pay.png", seed=10 * n)  # each complainant's own payment screenshot
        data = case_dict(title=f"课程退款{n}", consumer={"name": f"消费者{n}", "phone": f"1380000000{n}",
                                                      "address": f"北京市某路{n}号"},
                         merchant={"name": "某某教育科技（北京）有限公司" if n != 2 else "某某教育科技(北京)有限公司",
                                   "shop": "某某课堂", "address": "杭州市某区某路2号"},
                         order={"number": f"2026000{n}", "item": "英语课", "amount": f"{n}99.00",
                                "paid_at": "2026-11-01T20:00:12+08:00"},
                         evidence=[{"file": "shots/pay.png", "kind": "payment", "title": f"消费者{n}的付款记录"}])
        ids.append(run("case", "create", "--json", str(write_case_json(folder, data)), check=True).stdout.strip())
    return ids


def test_a_joint_bundle_of_three_cases(run: Run, tmp_path: Path) -> None:
    ids = _three(run, tmp_path)
    suggested = json.loads(run("joint", "suggest", "--json", check=True).stdout)
    assert [g["cases"] for g in suggested] == [[int(i) for i in ids]]
    joint_id = run("joint", "create", *ids, "--title", "某某课堂共同投诉", check=True).stdout.strip()
    refused = run("joint", "export", joint_id, "--out", str(tmp_path / "joint.pdf"))
    assert refused.returncode == 1 and "no consent recorded" in refused.stderr
    assert not (tmp_path / "joint.pdf").exists()
    for case_id in ids:
        run("joint", "consent", joint_id, case_id, "--how", "微信确认", check=True)
    run("joint", "elect", joint_id, ids[0], ids[1], check=True)
    shown = json.loads(run("joint", "show", joint_id, "--json", check=True).stdout)
    assert shown["problems"] == [] and [m["representative"] for m in shown["members"]] == [True, True, False]

    election = tmp_path / "推选代表人书.pdf"
    assert "1 page" in run("joint", "election", joint_id, "--out", str(election), check=True).stdout
    signed = pdf_text(election)
    assert "推选代表人书" in signed and all(f"消费者{n}" in signed for n in (1, 2, 3))

    out = tmp_path / "joint.pdf"
    done = run("joint", "export", joint_id, "--out", str(out), check=True)
    assert done.stdout.startswith(str(out))
    reader = PdfReader(out)
    text = pdf_text(out)
    # The roster: each complainant, order number, paid and claimed, contact through the representatives; totals.
    for n in (1, 2, 3):
        assert f"消费者{n}" in text and f"2026000{n}" in text and f"{n}99.00元" in text
    assert "897.00元" in text and "经代表人消费者1、消费者2" in text.replace("\n", "")
    # Every complainant's exhibits, labelled by complainant, with their full hashes in the appendix.
    for label in ("证据A-1", "证据B-1", "证据C-1"):
        assert label in text
    # The letter speaks for the consumers in the third person, each complainant's facts citing their own exhibits.
    flat = text.replace("\n", "")
    assert "（A）投诉人消费者1" in flat and "（C）投诉人消费者3" in flat
    assert "投诉人在快手店铺“某某课堂”购买了“英语课”（订单号：20260003），支付399.00元（证据C-1）" in flat
    assert "《市场监督管理投诉举报处理办法》第十条、第十二条" in flat
    for case_id in ids:
        item = json.loads(run("case", "show", case_id, "--json", check=True).stdout)["evidence"][0]
        assert f"SHA-256 {item['sha256']}" in text
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:4] == ["封面", "共同投诉书", "推选代表人书", "证据目录"] and "A　消费者1的证据" in titles
    log = json.loads(run("case", "show", ids[2], "--json", check=True).stdout)
    assert log["version"] >= 4  # joined, consented, exported: each logged in the case's own audit log


@pytest.mark.parametrize("damage", ["flip", "remove"])
def test_a_damaged_original_stops_the_joint_export(run: Run, tmp_path: Path, data_dir: Path, damage: str) -> None:
    ids = _three(run, tmp_path)
    joint_id = run("joint", "create", *ids, check=True).stdout.strip()
    for case_id in ids:
        run("joint", "consent", joint_id, case_id, check=True)
    run("joint", "elect", joint_id, ids[0], check=True)
    item = json.loads(run("case", "show", ids[1], "--json", check=True).stdout)["evidence"][0]
    original = data_dir / "vault" / "objects" / item["sha256"][:2] / item["sha256"]
    original.chmod(0o644)
    if damage == "flip":
        data = bytearray(original.read_bytes())
        data[100] ^= 0xFF
        original.write_bytes(bytes(data))
    else:
        original.unlink()
    proc = run("joint", "export", joint_id, "--out", str(tmp_path / "joint.pdf"))
    assert proc.returncode == 1 and item["sha256"] in proc.stderr
    assert not (tmp_path / "joint.pdf").exists()


def test_a_complainant_without_art10_material_holds_the_joint_bundle(run: Run, tmp_path: Path) -> None:
    ids = _three(run, tmp_path)
    joint_id = run("joint", "create", *ids, check=True).stdout.strip()
    for case_id in ids:
        run("joint", "consent", joint_id, case_id, check=True)
    run("joint", "elect", joint_id, ids[0], check=True)
    folder = tmp_path / "in4"
    png(folder / "shots" / "pay.png", seed=77)
    data = case_dict(title="课程退款4", consumer={"name": "消费者4", "phone": "13800000004"},  # no address
                     merchant={"name": "某某教育科技（北京）有限公司", "shop": "某某课堂",
                               "address": "杭州市某区某路2号"},
                     evidence=[{"file": "shots/pay.png", "kind": "payment", "title": "付款记录"}])
    fourth = run("case", "create", "--json", str(write_case_json(folder, data)), check=True).stdout.strip()
    run("joint", "add", joint_id, fourth, check=True)
    run("joint", "consent", joint_id, fourth, "--how", "电话确认", check=True)
    out = tmp_path / "joint.pdf"
    refused = run("joint", "export", joint_id, "--out", str(out))
    assert refused.returncode == 1 and "D 消费者4: consumer.address" in refused.stderr and not out.exists()
    run("joint", "export", joint_id, "--out", str(out), "--draft", check=True)
    # pypdf: pdftotext splits the rotated watermark into its two characters. Every page carries it
    # (tests/core/test_bundle_draft.py); the first is read.
    assert "草稿" in PdfReader(out).pages[0].extract_text()
