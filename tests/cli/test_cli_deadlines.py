"""`check --json` of a stored case carries the statutory deadlines, each {id, due, passed, estimated, basis}."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.conftest import Run
from tests.store_helpers import case_dict, write_case_json

LEGAL = ("complaint.acceptance", "complaint.mediation_end", "court.limitation")


def refund(**over: Any) -> dict[str, Any]:
    return {"status": "refused", **over}


def test_check_json_of_a_stored_case(run: Run, tmp_path: Path) -> None:
    data = case_dict(complaints=[{"channel": "market_regulator", "filed_at": "2026-02-12T10:00:00+08:00",
                                  "number": "A1", "accepted_at": "2026-02-26T10:00:00+08:00"}],
                     refund=refund(requested_at="2026-02-10T10:00", refused_at="2026-02-11T10:00"),
                     order={"amount": "199", "paid_at": "2026-02-09T10:00"}, course={})
    data.pop("events")
    case_id = run("case", "create", "--json", str(write_case_json(tmp_path / "in", data)), check=True).stdout.strip()
    out = json.loads(run("check", case_id, "--as-of", "2026-03-01T12:00", "--json", check=True).stdout)
    by_id = {d["id"]: d for d in out["deadlines"] if d["id"] in LEGAL}
    # Spring Festival: 13 Feb, 14 Feb (worked Saturday), 24-27 Feb, 28 Feb (worked Saturday).
    assert by_id["complaint.acceptance"]["due"] == "2026-02-28T23:59:59+08:00"
    assert by_id["complaint.acceptance"]["passed"] is True
    assert by_id["complaint.mediation_end"]["due"] == "2026-04-27T23:59:59+08:00"
    limitation = by_id["court.limitation"]
    assert limitation == {"id": "court.limitation", "due": "2029-02-12T23:59:59+08:00", "passed": False,
                          "estimated": True, "basis": limitation["basis"]}
    assert all(set(d) == {"id", "due", "passed", "estimated", "basis"} for d in out["deadlines"])
    shown = json.loads(run("case", "show", case_id, "--json", check=True).stdout)
    assert shown["complaints"][0]["number"] == "A1" and shown["refund"]["refused_at"] == "2026-02-11T10:00:00+08:00"
