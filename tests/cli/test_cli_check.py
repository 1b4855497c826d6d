from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.store_helpers import case_dict, write_case_json


def _file(tmp_path: Path, **over: object) -> Path:
    data = case_dict(**over)
    data["evidence"] = [{"file": "nowhere/pay.png", "kind": "payment"}, {"file": "x.txt", "kind": "chat"}]
    return write_case_json(tmp_path, data, with_files=False)


def test_check_file_json_contract(run: Run, tmp_path: Path) -> None:
    proc = run("check", "--file", str(_file(tmp_path)), "--as-of", "2026-11-05T12:00:00", "--json", check=True)
    out = json.loads(proc.stdout)
    assert set(out) == {"as_of", "rules", "remedy", "refund_amount", "compensation", "deadlines", "refund_overdue",
                        "missing_evidence", "missing_fields", "next_steps"}
    assert out["as_of"] == "2026-11-05T12:00:00+08:00"
    assert [r["id"] for r in out["rules"]] == ["kuaishou.quick_refund", "kuaishou.before_start",
                                               "kuaishou.seven_day_5pct", "kuaishou.after_start_partial",
                                               "law.misrepresentation"]
    assert out["remedy"] == "full_refund" and out["refund_amount"] == "199.00" and out["compensation"] == "0.00"
    assert out["missing_evidence"] == ["purchase", "contract"]  # files are not opened, only kinds count
    assert out["next_steps"][0] == "contact_platform"
    seven = next(d for d in out["deadlines"] if d["id"] == "kuaishou.seven_day_5pct")
    assert seven == {"id": "kuaishou.seven_day_5pct", "due": "2026-11-08T20:00:12+08:00", "passed": False,
                     "estimated": False, "basis": seven["basis"]}
    assert "快手" in seven["basis"]


def test_check_misrepresentation_compensation(run: Run, tmp_path: Path) -> None:
    course = {"starts_at": "2026-11-03T19:00:00+08:00", "progress_percent": 50, "misrepresented": True}
    proc = run("check", "--file", str(_file(tmp_path, course=course)), "--as-of", "2026-11-20T12:00:00+08:00",
               "--json", check=True)
    out = json.loads(proc.stdout)
    assert out["remedy"] == "refund_plus_compensation"
    assert out["refund_amount"] == "199.00" and out["compensation"] == "597.00"
    assert out["missing_evidence"][-1] == "promo"


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"order": {"amount": "199", "paid_at": "2026-13-01T00:00:00"}}, "order.paid_at"),
        ({"order": {"amount": "-1"}}, "order.amount"),
        ({"course": {"progress_percent": 120}}, "course.progress_percent"),
        ({"order": {"amount": "199", "paid_at": "2026-11-03T00:00:00+08:00"}}, "order.paid_at"),
    ],
)
def test_bad_input_exit_2_names_field(run: Run, tmp_path: Path, over: dict, field: str) -> None:
    proc = run("check", "--file", str(_file(tmp_path, **over)), "--json")
    assert proc.returncode == 2 and field in proc.stderr and proc.stdout == ""


def test_check_file_needs_only_facts(run: Run, tmp_path: Path) -> None:
    """No title (a stored case needs one, a check does not): checked, and a bad fact is named, not the title."""
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"order": {"amount": "99", "paid_at": "2026-11-20T10:00:00"},
                                 "course": {"progress_percent": 0}}), "utf-8")
    out = json.loads(run("check", "--file", str(facts), "--as-of", "2026-11-20T12:00:00", "--json",
                         check=True).stdout)
    assert out["remedy"] == "full_refund" and out["refund_amount"] == "99.00"
    facts.write_text(json.dumps({"order": {"amount": "-1"}}), "utf-8")
    proc = run("check", "--file", str(facts), "--json")
    assert proc.returncode == 2 and proc.stderr.startswith("error: order.amount: ")
    proc = run("case", "create", "--json", str(facts))
    assert proc.returncode == 2 and proc.stderr.startswith("error: title: is required")


def test_bad_as_of(run: Run, tmp_path: Path) -> None:
    proc = run("check", "--file", str(_file(tmp_path)), "--as-of", "soon")
    assert proc.returncode == 2 and "--as-of" in proc.stderr


def test_check_stored_case_both_languages(run: Run, tmp_path: Path) -> None:
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in")), check=True).stdout.strip()
    zh = run("check", case_id, "--as-of", "2026-11-05T12:00:00", check=True).stdout
    en = run("check", case_id, "--as-of", "2026-11-05T12:00:00", "--lang", "en", check=True).stdout
    assert "全额退款" in zh and "¥199.00" in zh and "骗" in zh
    assert "full refund" in en.lower() and "¥199.00" in en
    data = json.loads(run("check", case_id, "--as-of", "2026-11-05T12:00:00", "--json").stdout)
    assert data["missing_evidence"] == ["purchase", "contract"]  # payment and chat were imported


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_check_cites_the_measures_in_force(run: Run, tmp_path: Path, lang: str) -> None:
    """`check` names the 2026 measures (Art. 10 for the material, Art. 13 for jurisdiction), never the
    repealed interim measures nor an invented platform document."""
    proc = run("check", "--file", str(_file(tmp_path)), "--as-of", "2026-11-20T12:00:00+08:00", "--lang", lang,
               check=True)
    if lang == "zh":
        assert "《市场监督管理投诉举报处理办法》第十条" in proc.stdout and "第十三条" in proc.stdout
        assert "暂行办法" not in proc.stdout and "快手平台付费课程退款规则" not in proc.stdout
    else:
        assert "Measures for Handling Complaints and Reports in Market Regulation" in proc.stdout
        assert "Art. 10" in proc.stdout and "Art. 13" in proc.stdout
        assert "Interim Measures" not in proc.stdout and "Kuaishou refund rules for paid courses" not in proc.stdout
